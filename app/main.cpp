#include "accountpage.h"
#include "application.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "recordtableview.h"
#include "translator.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// The SVG scales to any device pixel ratio; the PNGs are used at their exact
// sizes and stand in when Qt's SVG icon engine is not installed.
QIcon appIcon()
{
    QIcon icon(QStringLiteral(":/icons/userdesk.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/userdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// For bench/startup: once the first rows of the current account are painted,
// print how long that took and the memory in use, then quit.
void quitAfterFirstPage(MainWindow *window, const QElapsedTimer &sinceMain)
{
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, sinceMain] {
        AccountPage *page = window->currentPage();
        if (!page || !window->isVisible() || page->table()->model()->rowCount() == 0)
            return;
        poll->stop();
        page->table()->viewport()->repaint();
        std::printf("first page shown after %lld ms in main; resident %lld KiB\n",
                    sinceMain.elapsed(), residentKiB());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    poll->start(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Userdesk"));
    QApplication::setOrganizationName(QStringLiteral("Userdesk"));
    QApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("userdesk"));
    QApplication::setWindowIcon(appIcon());
    // After the names: the chosen language is in the settings they locate.
    Translator::install(&app, LanguageSettings::locale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage Wazzup employees and WoowUp customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start with a built-in sandbox and demo data; no account needed."));
    parser.addOption(demo);
    QCommandLineOption startupProbe(QStringLiteral("quit-after-first-page"));
    startupProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(startupProbe);
    parser.process(app);

    Application userdesk;
    if (parser.isSet(demo)) {
        if (!userdesk.startDemo()) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Userdesk"),
                QApplication::translate("main", "The demo sandbox could not start."));
            return 1;
        }
    } else {
        userdesk.openSavedProfiles();
    }
    userdesk.window()->show();
    if (parser.isSet(startupProbe))
        quitAfterFirstPage(userdesk.window(), sinceMain);
    return QApplication::exec();
}
