#include "consenteditor.h"
#include "customattributeeditor.h"
#include "customerdialog.h"
#include "recordtableview.h"
#include "sandboxserver.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzuppage.h"
#include "wazzupuserdialog.h"
#include "wazzupusertablemodel.h"
#include "woowupaccount.h"
#include "woowupclient.h"
#include "woowupcustomertablemodel.h"
#include "woowupjobs.h"
#include "woowuppage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

static QString problemsOf(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

// The account pages as a person uses them, against the sandbox in-process
// over real loopback HTTP.
class TestAccountPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createCustomerThroughForm();
    void invalidEmailDisablesSave();
    void editWazzupUserNameUpdatesTable();
    void wrongKeyShowsKeyMessage();
    void scrollingToTheEndFetchesEveryPageOnce();
    void staleSearchAnswersAreDropped();

private:
    template<typename Client>
    Client *makeClient(const QUrl &baseUrl, const QString &key);
    WoowUpCustomer findOnServer(const QString &email);
    int requestsTo(const QString &route) const;

    SandboxServer m_sandbox;
};

void TestAccountPages::initTestCase()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Demo;
    options.woowupRateLimit = 0; // the tests are about the views, not the limiter
    m_sandbox.setOptions(options);
    QVERIFY(m_sandbox.listen(0));
}

void TestAccountPages::init()
{
    m_sandbox.reset();
}

template<typename Client>
Client *TestAccountPages::makeClient(const QUrl &baseUrl, const QString &key)
{
    ApiClientConfig config = Client::defaultConfig();
    config.baseUrl = baseUrl;
    config.apiKey = key;
    config.timeoutMs = 10000;
    config.retry.baseDelayMs = 10;
    ApiError problem;
    Client *client = Client::create(config, &problem, this);
    if (!client)
        qFatal("client: %s", qPrintable(problem.message()));
    return client;
}

WoowUpCustomer TestAccountPages::findOnServer(const QString &email)
{
    auto *client =
        makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey);
    WoowUpCustomerJob *job = client->findCustomer(QStringLiteral("email"), email);
    job->setAutoDelete(false);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(10000) || job->error() || !job->found())
        return {};
    const WoowUpCustomer customer = job->customer();
    delete job;
    return customer;
}

int TestAccountPages::requestsTo(const QString &route) const
{
    const QJsonObject outcomes = m_sandbox.stats()
                                     .value(QStringLiteral("requests"))
                                     .toObject()
                                     .value(QStringLiteral("by_route"))
                                     .toObject()
                                     .value(route)
                                     .toObject();
    int total = 0;
    for (const QJsonValue &count : outcomes)
        total += count.toInt();
    return total;
}

void TestAccountPages::createCustomerThroughForm()
{
    auto *client =
        makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey);
    WoowUpAccount account(client);
    QSignalSpy definitions(&account, &WoowUpAccount::definitionsChanged);
    account.loadDefinitions();
    QVERIFY(definitions.wait(10000));
    WoowUpPage page(&account);
    page.show();

    page.newRecord();
    // The form deletes itself once saved.
    QPointer<CustomerDialog> dialog = page.findChild<CustomerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
                     QStringLiteral("marta.quiroga@example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                     QStringLiteral("Marta"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")),
                     QStringLiteral("Quiroga"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("country")),
                     QStringLiteral("ARG"));

    auto *mailing = dialog->findChild<ConsentEditor *>(QStringLiteral("mailingConsent"));
    mailing->stateBox()->setCurrentIndex(
        mailing->stateBox()->findText(QStringLiteral("Can't receive")));
    QVERIFY(mailing->reasonBox()->isEnabled());
    mailing->reasonBox()->setCurrentIndex(
        mailing->reasonBox()->findData(QStringLiteral("unsubscribe")));
    auto *sms = dialog->findChild<ConsentEditor *>(QStringLiteral("smsConsent"));
    sms->stateBox()->setCurrentIndex(sms->stateBox()->findText(QStringLiteral("Can receive")));

    auto *attributes = dialog->findChild<CustomAttributeEditor *>();
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(attributes->addAttribute(QStringLiteral("nombre_mascota"))),
        QStringLiteral("Rex"));
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(attributes->addAttribute(QStringLiteral("cantidad_autos"))),
        QStringLiteral("2"));

    const WoowUpCustomer typed = dialog->customer();
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY2(save->isEnabled(), qPrintable(dialog->saveBlockedReason()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog || !dialog->isVisible(),
                              qPrintable(dialog ? problemsOf(dialog->issues()) : QString()), 10000);

    const WoowUpCustomer stored = findOnServer(QStringLiteral("marta.quiroga@example.com"));
    QCOMPARE(stored.email, typed.email);
    QCOMPARE(stored.firstName, QStringLiteral("Marta"));
    QCOMPARE(stored.lastName, QStringLiteral("Quiroga"));
    QCOMPARE(stored.country, QStringLiteral("ARG"));
    QCOMPARE(stored.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(stored.mailing.disabledReason, QStringLiteral("unsubscribe"));
    QCOMPARE(stored.sms.enabled, std::optional<bool>(true));
    QCOMPARE(stored.customAttributes.value(QStringLiteral("nombre_mascota")).toString(),
             QStringLiteral("Rex"));
    QCOMPARE(stored.customAttributes.value(QStringLiteral("cantidad_autos")).toLongLong(), 2);
    // And the new customer is in the table without a reload.
    QVERIFY(account.model()->rowOf(stored.userappId) >= 0);
}

void TestAccountPages::invalidEmailDisablesSave()
{
    auto *client =
        makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.newRecord();
    auto *dialog = page.findChild<CustomerDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
                     QStringLiteral("marta.example.com"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(QLatin1String("e-mail"), Qt::CaseInsensitive));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("emailProblem"));
    QVERIFY(problem);
    QVERIFY(!problem->text().isEmpty());
    dialog->reject();
}

void TestAccountPages::editWazzupUserNameUpdatesTable()
{
    auto *client =
        makeClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey);
    WazzupAccount account(client);
    WazzupPage page(&account);
    page.show();
    QSignalSpy loaded(&account, &WazzupAccount::loadingChanged);
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading() && account.model()->rowCount() > 0, 10000);

    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    const WazzupUser before = account.model()->userAt(0);
    page.editCurrent();
    QPointer<WazzupUserDialog> dialog = page.findChild<WazzupUserDialog *>();
    QVERIFY(dialog);
    // The form reads the user (and its phone) before it can be edited.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), before.name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Zoya Renamed"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    const int row = account.model()->rowOf(before.id);
    QVERIFY(row >= 0);
    QCOMPARE(account.model()->userAt(row).name, QStringLiteral("Zoya Renamed"));
    QCOMPARE(account.model()->rowCount(), m_sandbox.wazzupUserCount());
}

void TestAccountPages::wrongKeyShowsKeyMessage()
{
    auto *client = makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), QStringLiteral("wrong-key"));
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    QSignalSpy problems(&page, &AccountPage::problem);
    account.refresh();
    QVERIFY(problems.wait(10000));
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("API key")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("403")), qPrintable(message));
    QVERIFY(page.statusText().contains(message));

    auto *wazzup = makeClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), QStringLiteral("wrong-key"));
    WazzupAccount wazzupAccount(wazzup);
    WazzupPage wazzupPage(&wazzupAccount);
    QSignalSpy wazzupProblems(&wazzupPage, &AccountPage::problem);
    wazzupAccount.refresh();
    QVERIFY(wazzupProblems.wait(10000));
    QVERIFY2(wazzupProblems.first().first().toString().contains(QLatin1String("API key")),
             qPrintable(wazzupProblems.first().first().toString()));
}

void TestAccountPages::scrollingToTheEndFetchesEveryPageOnce()
{
    auto *client =
        makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The view asks for the first page itself; this only covers a view that didn't.
    account.model()->fetchMore();

    WoowUpCustomerTableModel *model = account.model();
    QScrollBar *scroll = page.table()->verticalScrollBar();
    for (int guard = 0; guard < 200 && !model->isComplete(); ++guard) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
        // What a person does: drag the scroll bar to the end, the view asks for more.
        scroll->setValue(scroll->maximum());
        QTest::qWait(1);
    }
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), m_sandbox.woowupCustomerCount());
    // 50 full pages and the empty one that says there is no more.
    const int expectedPages =
        m_sandbox.woowupCustomerCount() / WoowUpCustomerTableModel::pageSize + 1;
    QCOMPARE(model->pagesLoaded(), expectedPages);
    QCOMPARE(requestsTo(QStringLiteral("GET /apiv3/users")), expectedPages);
    QVERIFY(page.statusText().startsWith(QStringLiteral("%1 ").arg(model->rowCount())));
}

void TestAccountPages::staleSearchAnswersAreDropped()
{
    auto *client =
        makeClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey);
    WoowUpAccount account(client);
    WoowUpCustomerTableModel *model = account.model();
    // Two searches in a row: the first one's answer arrives after the second
    // started and must not land in the table.
    account.setSearch(QStringLiteral("a"));
    account.setSearch(QStringLiteral("Волков"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->pagesLoaded() == 1, 10000);
    QTest::qWait(200);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const WoowUpCustomer &customer = model->customerAt(row);
        const QString haystack = WoowUpCustomerTableModel::displayName(customer) + customer.email;
        QVERIFY2(haystack.contains(QStringLiteral("Волков"), Qt::CaseInsensitive)
                     || haystack.contains(QStringLiteral("volkov"), Qt::CaseInsensitive),
                 qPrintable(haystack));
    }
}

QTEST_MAIN(TestAccountPages)
#include "tst_accountpages.moc"
