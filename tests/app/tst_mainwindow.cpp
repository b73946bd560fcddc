#include "accountpage.h"
#include "application.h"
#include "customerdialog.h"
#include "mainwindow.h"
#include "recordtableview.h"
#include "woowuppage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

// The window as the app wires it, in demo mode (the sandbox in-process).
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void welcomeOffersTheDemo();
    void demoOpensBothAccountsAndLoads();
    void shortcutsActOnTheCurrentAccount();
    void windowGeometryIsRestored();
    void removedAccountLeavesAndDemoReopensIt();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UserdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::welcomeOffersTheDemo()
{
    Application app;
    app.openSavedProfiles();
    MainWindow *window = app.window();
    window->show();
    auto *stack = window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *demo = window->findChild<QPushButton *>(QStringLiteral("tryDemo"));
    QVERIFY(demo);
    QVERIFY(demo->isVisible());
    QCOMPARE(window->currentPage(), nullptr);

    QTest::mouseClick(demo, Qt::LeftButton);
    auto *accounts = window->findChild<QComboBox *>(QStringLiteral("accounts"));
    QCOMPARE(accounts->count(), 2);
    QVERIFY(window->currentPage());
    QVERIFY(!demo->isVisible());
}

void TestMainWindow::demoOpensBothAccountsAndLoads()
{
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->show();
    auto *page = qobject_cast<WoowUpPage *>(window->currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() >= 100, 10000);
    auto *status = window->findChild<QLabel *>(QStringLiteral("tableStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("customer")));

    auto *accounts = window->findChild<QComboBox *>(QStringLiteral("accounts"));
    accounts->setCurrentIndex(1);
    AccountPage *wazzup = window->currentPage();
    QVERIFY(wazzup && wazzup != page);
    QTRY_VERIFY_WITH_TIMEOUT(wazzup->table()->model()->rowCount() > 0, 10000);
    QTRY_VERIFY(status->text().contains(QLatin1String("employee")));
}

void TestMainWindow::shortcutsActOnTheCurrentAccount()
{
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *page = qobject_cast<WoowUpPage *>(window->currentPage());
    QVERIFY(page);

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());

    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = page->findChild<CustomerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindow::windowGeometryIsRestored()
{
    {
        Application app;
        app.window()->show();
        app.window()->resize(901, 602);
        app.window()->close();
    }
    Application app;
    QCOMPARE(app.window()->size(), QSize(901, 602));
}

void TestMainWindow::removedAccountLeavesAndDemoReopensIt()
{
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    auto *accounts = window->findChild<QComboBox *>(QStringLiteral("accounts"));
    QCOMPARE(accounts->count(), 2);

    emit window->removeAccountRequested(QStringLiteral("demo-wazzup"));
    QCOMPARE(accounts->count(), 1);
    QCOMPARE(accounts->findData(QStringLiteral("demo-wazzup")), -1);
    emit window->removeAccountRequested(QStringLiteral("demo-woowup"));
    QCOMPARE(accounts->count(), 0);
    QCOMPARE(window->currentPage(), nullptr);

    emit window->demoRequested();
    QCOMPARE(accounts->count(), 2);
    QVERIFY(window->currentPage());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
