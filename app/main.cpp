#include "application.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Userdesk"));
    QApplication::setOrganizationName(QStringLiteral("Userdesk"));
    QApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("userdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage Wazzup employees and WoowUp customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start with a built-in sandbox and demo data; no account needed."));
    parser.addOption(demo);
    parser.process(app);

    Application userdesk;
    if (parser.isSet(demo)) {
        if (!userdesk.startDemo()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Userdesk"),
                                  QApplication::translate("main", "The demo sandbox could not start."));
            return 1;
        }
    } else {
        userdesk.openSavedProfiles();
    }
    userdesk.window()->show();
    return QApplication::exec();
}
