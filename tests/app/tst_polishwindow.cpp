#include "aboutdialog.h"
#include "accountpage.h"
#include "application.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "recordtableview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The main window's menus as the app wires them, in demo mode: File → Export
// (Ctrl+Shift+E) on the demo customers, View → Language, Help → About.
class TestPolishWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menusAreThere();
    void exportShortcutExportsTheDemoCustomers();
    void aboutOpensFromTheHelpMenu();
};

namespace {

QStringList menuTitles(QMenuBar *bar)
{
    QStringList titles;
    for (QAction *action : bar->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

void TestPolishWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"UserdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_polishwindow"_s);
}

void TestPolishWindow::init()
{
    QSettings().clear();
}

void TestPolishWindow::menusAreThere()
{
    Application app;
    MainWindow *window = app.window();
    QCOMPARE(menuTitles(window->menuBar()), QStringList({u"&File"_s, u"&View"_s, u"&Help"_s}));
    auto *exportAction = window->findChild<QAction *>(u"exportTable"_s);
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
    QVERIFY(!exportAction->isEnabled()); // no account open yet
    QVERIFY(window->findChild<QMenu *>(u"languageMenu"_s));
    QVERIFY(window->findChild<QAction *>(u"about"_s));
}

void TestPolishWindow::exportShortcutExportsTheDemoCustomers()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"customers.csv"_s);
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    AccountPage *page = window->currentPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() >= 100, 10000);
    QVERIFY(window->findChild<QAction *>(u"exportTable"_s)->isEnabled());

    bool seen = false;
    QTimer::singleShot(0, window, [&] {
        auto *dialog = window->findChild<ExportDialog *>();
        seen = dialog != nullptr;
        if (!dialog)
            return;
        dialog->setFileName(fileName);
        dialog->accept();
    });
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(seen);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"));
    // A header and one line per loaded row (the demo's cells have no line breaks).
    QCOMPARE(lines.size() - 1, page->table()->model()->rowCount() + 1);
    QVERIFY(window->statusBar()->currentMessage().contains(u"customers.csv"_s));
}

void TestPolishWindow::aboutOpensFromTheHelpMenu()
{
    Application app;
    MainWindow *window = app.window();
    bool seen = false;
    QTimer::singleShot(0, window, [&] {
        if (auto *about = window->findChild<AboutDialog *>()) {
            seen = about->isVisible();
            about->reject();
        }
    });
    window->findChild<QAction *>(u"about"_s)->trigger();
    QVERIFY(seen);
}

QTEST_MAIN(TestPolishWindow)
#include "tst_polishwindow.moc"
