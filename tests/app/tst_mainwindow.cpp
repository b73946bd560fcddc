#include "accountfactory.h"
#include "accountpage.h"
#include "apiclient.h"
#include "apiclientconfig.h"
#include "application.h"
#include "customerdialog.h"
#include "mainwindow.h"
#include "recentlydeleteddialog.h"
#include "recordtableview.h"
#include "translator.h"
#include "wazzupaccount.h"
#include "wazzuppage.h"
#include "woowupcustomertablemodel.h"
#include "woowuppage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
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
    void titleNamesTheAccountAndTheDemo();
    void editAndDeleteNeedASelection();
    void accountWindowsAreInTheFileMenu_data();
    void accountWindowsAreInTheFileMenu();
    void pageNoticesReachTheStatusBar();
    void profileRateLimitReachesTheClient();
    void screenshots();
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

void TestMainWindow::titleNamesTheAccountAndTheDemo()
{
    Application app;
    MainWindow *window = app.window();
    QCOMPARE(window->windowTitle(), QStringLiteral("Userdesk"));
    QVERIFY(app.startDemo());
    QCOMPARE(window->windowTitle(),
             QStringLiteral("Demo shop (WoowUp) — demo: changes are not kept after closing — "
                            "Userdesk"));
    window->showAccount(QStringLiteral("demo-wazzup"));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Demo team (Wazzup) — demo")));

    // A real account: its name, nothing about a demo.
    Profile profile;
    profile.id = QStringLiteral("real");
    profile.name = QStringLiteral("Shop");
    profile.service = Service::Wazzup;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    ApiError problem;
    auto *account = qobject_cast<WazzupAccount *>(AccountFactory::create(
        profile.service, Application::clientConfig(profile, QStringLiteral("k"), nullptr), &problem,
        window));
    QVERIFY(account);
    window->addAccountPage(profile, new WazzupPage(account));
    window->showAccount(QStringLiteral("real"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Shop (Wazzup) — Userdesk"));
}

void TestMainWindow::editAndDeleteNeedASelection()
{
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->show();
    AccountPage *page = window->currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() >= 100, 10000);
    auto *edit = window->findChild<QAction *>(QStringLiteral("editRecord"));
    auto *remove = window->findChild<QAction *>(QStringLiteral("deleteRecords"));
    QVERIFY(edit && remove);
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    page->table()->selectRow(3);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    page->table()->clearSelection();
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    // The other account starts with nothing selected.
    page->table()->selectRow(1);
    window->showAccount(QStringLiteral("demo-wazzup"));
    QVERIFY(!edit->isEnabled());
}

void TestMainWindow::accountWindowsAreInTheFileMenu_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("recently deleted")
        << QStringLiteral("recentlyDeleted") << QKeySequence(QStringLiteral("Ctrl+Shift+D"))
        << QStringLiteral("RecentlyDeletedDialog");
    QTest::newRow("history") << QStringLiteral("history") << QKeySequence(QStringLiteral("Ctrl+H"))
                             << QStringLiteral("HistoryDialog");
}

void TestMainWindow::accountWindowsAreInTheFileMenu()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, dialogClass);
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *menuAction = window->findChild<QAction *>(action);
    QVERIFY(menuAction);
    QCOMPARE(menuAction->shortcut(), shortcut);
    QMenu *file = window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(menuAction));
    // No other action of the window has the same shortcut.
    for (QAction *other : window->findChildren<QAction *>()) {
        if (other != menuAction)
            QVERIFY2(other->shortcut() != shortcut, qPrintable(other->text()));
    }

    AccountPage *page = window->currentPage();
    const auto dialog = [page, dialogClass]() -> QDialog * {
        for (QDialog *candidate : page->findChildren<QDialog *>()) {
            if (QLatin1String(candidate->metaObject()->className()) == dialogClass)
                return candidate;
        }
        return nullptr;
    };
    QVERIFY(!dialog());
    QTest::keySequence(window, shortcut);
    QVERIFY(dialog());
    QTRY_VERIFY(dialog()->isVisible());
    QVERIFY(dialog()->windowTitle().contains(QStringLiteral("Demo shop")));
    dialog()->close();
}

void TestMainWindow::pageNoticesReachTheStatusBar()
{
    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    emit window->currentPage()->notice(QStringLiteral("Customer “Ann” created."));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Customer “Ann” created."));
}

void TestMainWindow::profileRateLimitReachesTheClient()
{
    Profile profile;
    profile.id = QStringLiteral("p");
    profile.name = QStringLiteral("Shop");
    profile.service = Service::WoowUp;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    // Not set: the documented limit, exactly as the client knows it.
    ApiClientConfig config = Application::clientConfig(profile, QStringLiteral("k"), nullptr);
    QCOMPARE(config.rateLimit.limit,
             AccountFactory::defaultConfig(Service::WoowUp).rateLimit.limit);
    // The dialog's default matches it.
    const auto [requests, seconds] = Profile::documentedRateLimit(Service::WoowUp);
    QCOMPARE(requests * 60000 / (seconds * 1000),
             config.rateLimit.limit * 60000 / config.rateLimit.windowMs);
    const auto [wazzupRequests, wazzupSeconds] = Profile::documentedRateLimit(Service::Wazzup);
    const ApiClientConfig wazzup = AccountFactory::defaultConfig(Service::Wazzup);
    QCOMPARE(wazzupRequests * 60000 / (wazzupSeconds * 1000),
             wazzup.rateLimit.limit * 60000 / wazzup.rateLimit.windowMs);

    // Set: every client of the account keeps to it.
    profile.rateLimit = 30;
    profile.rateLimitWindowSeconds = 1;
    config = Application::clientConfig(profile, QStringLiteral("k"), nullptr);
    QCOMPARE(config.rateLimit.limit, 30);
    QCOMPARE(config.rateLimit.windowMs, 1000);
    ApiError problem;
    std::unique_ptr<Account> account(
        AccountFactory::create(profile.service, config, &problem, nullptr));
    QVERIFY(account);
    QCOMPARE(account->apiClient()->rateLimiter()->settings().limit, 30);
    QCOMPARE(account->apiClient()->rateLimiter()->settings().windowMs, 1000);
}

// The README's pictures of the window: USERDESK_SCREENSHOT_DIR=docs ./tst_mainwindow
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    const QList<std::pair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("main-window.png")},
        {QStringLiteral("ru"), QStringLiteral("main-window-ru.png")},
        {QStringLiteral("es"), QStringLiteral("main-window-es.png")}};
    for (const auto &[language, file] : languages) {
        Translator::install(QCoreApplication::instance(), QLocale(language));
        // Dates and numbers follow the language chosen, not the system's.
        QCOMPARE(QLocale().language(), QLocale(language).language());
        Application app;
        QVERIFY(app.startDemo());
        MainWindow *window = app.window();
        window->resize(1180, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        AccountPage *page = window->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() >= 100, 10000);
        page->table()->sortByColumn(WoowUpCustomerTableModel::NameColumn, Qt::AscendingOrder);
        page->table()->selectRow(2);
        QTest::qWait(100);
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(QDir(dir).filePath(file)));
    }
    Translator::install(QCoreApplication::instance(), QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
