// The account objects: AccountFactory makes the right one per service (and
// refuses what it cannot use), and each account's jobs (delete, restore,
// listing, connection test) work against the sandbox over real loopback
// HTTP, with the account's table kept in step.

#include "accountfactory.h"
#include "accountvisitor.h"
#include "apiclient.h"
#include "journal.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzupjobs.h"
#include "wazzupusertablemodel.h"
#include "woowupaccount.h"
#include "woowupcustomertablemodel.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

class ServiceNamer : public AccountVisitor
{
public:
    void visit(WazzupAccount &) override { visited.append(QStringLiteral("wazzup")); }
    void visit(WoowUpAccount &) override { visited.append(QStringLiteral("woowup")); }

    QStringList visited;
};

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void factoryMakesTheAccountOfEachService_data();
    void factoryMakesTheAccountOfEachService();
    void factoryRefusesAnAddressItCannotUse_data();
    void factoryRefusesAnAddressItCannotUse();
    void testConnectionTellsAGoodKeyFromABadOne();
    void wazzupDeleteAndRestoreKeepTheTable();
    void woowUpDeleteAndRestoreKeepTheTable();
    void woowUpRestoreAgainChecksBeforeCreating();
    void woowUpListsOnePageOrAll();
    void woowUpLoadAllCanBeCancelled();

private:
    Account *create(Service service, const QString &key = QString());
    void loseEveryAnswer(bool lose);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestAccounts::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
}

void TestAccounts::init()
{
    loseEveryAnswer(false);
    m_server->reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>();
    QVERIFY2(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))),
             qPrintable(m_journal->errorString()));
}

void TestAccounts::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

Account *TestAccounts::create(Service service, const QString &key)
{
    const QString apiKey = !key.isEmpty() ? key
        : service == Service::Wazzup      ? m_server->options().wazzupKey
                                          : m_server->options().woowupKey;
    ApiError problem;
    Account *account =
        AccountFactory::create(service, fastConfig(m_server->baseUrl(), apiKey), &problem, this);
    if (!account)
        qWarning("no account: %s", qPrintable(problem.message()));
    return account;
}

void TestAccounts::loseEveryAnswer(bool lose)
{
    SandboxOptions options = m_server->options();
    options.woowupRateLimit = 0;
    options.faultRate = lose ? 1.0 : 0.0;
    options.faultKinds = {FaultInjector::Kind::Truncated};
    m_server->setOptions(options);
}

void TestAccounts::factoryMakesTheAccountOfEachService_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("visited");
    QTest::newRow("wazzup") << Service::Wazzup << QStringLiteral("wazzup");
    QTest::newRow("woowup") << Service::WoowUp << QStringLiteral("woowup");
}

void TestAccounts::factoryMakesTheAccountOfEachService()
{
    QFETCH(Service, service);
    QFETCH(QString, visited);
    std::unique_ptr<Account> account(create(service));
    QVERIFY(account);
    QCOMPARE(account->service(), service);
    QCOMPARE(bool(qobject_cast<WazzupAccount *>(account.get())), service == Service::Wazzup);
    QCOMPARE(bool(qobject_cast<WoowUpAccount *>(account.get())), service == Service::WoowUp);
    // The account owns its client, and the client is of the same service.
    QCOMPARE(account->apiClient()->parent(), account.get());
    QCOMPARE(bool(qobject_cast<WazzupClient *>(account->apiClient())), service == Service::Wazzup);
    ServiceNamer namer;
    account->accept(namer);
    QCOMPARE(namer.visited, QStringList{visited});

    const ApiClientConfig defaults = AccountFactory::defaultConfig(service);
    QCOMPARE(defaults.baseUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(defaults.baseUrl.host().contains(service == Service::Wazzup ? u"wazzup" : u"woowup"),
             true);
}

void TestAccounts::factoryRefusesAnAddressItCannotUse_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("wazzup plain http elsewhere")
        << Service::Wazzup << QUrl(QStringLiteral("http://api.wazzup24.com/v3/"));
    QTest::newRow("woowup plain http elsewhere")
        << Service::WoowUp << QUrl(QStringLiteral("http://api.woowup.com/apiv3/"));
    QTest::newRow("woowup ftp") << Service::WoowUp << QUrl(QStringLiteral("ftp://127.0.0.1/"));
    QTest::newRow("wazzup no address") << Service::Wazzup << QUrl();
}

void TestAccounts::factoryRefusesAnAddressItCannotUse()
{
    QFETCH(Service, service);
    QFETCH(QUrl, url);
    ApiClientConfig config = AccountFactory::defaultConfig(service);
    config.baseUrl = url;
    config.apiKey = QStringLiteral("secret");
    ApiError problem;
    QObject owner;
    QCOMPARE(AccountFactory::create(service, config, &problem, &owner), nullptr);
    QVERIFY(bool(problem));
    QVERIFY(!problem.message().isEmpty());
    QVERIFY(owner.children().isEmpty());
}

void TestAccounts::testConnectionTellsAGoodKeyFromABadOne()
{
    for (Service service : {Service::Wazzup, Service::WoowUp}) {
        for (bool goodKey : {true, false}) {
            std::unique_ptr<Account> account(
                create(service, goodKey ? QString() : QStringLiteral("not-the-key")));
            QVERIFY(account);
            std::optional<QString> answer;
            account->testConnection([&answer](const QString &problem) { answer = problem; });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
            QCOMPARE(answer->isEmpty(), goodKey);
        }
    }
}

void TestAccounts::wazzupDeleteAndRestoreKeepTheTable()
{
    std::unique_ptr<WazzupClient> seeder(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    WazzupUserList users;
    for (int i = 0; i < 5; ++i)
        users.append({QStringLiteral("acc-%1").arg(i), QStringLiteral("Ana %1").arg(i),
                      QStringLiteral("7926123456%1").arg(i)});
    QVERIFY(!await(seeder->upsertUsers(users))->error());

    std::unique_ptr<Account> owner(create(Service::Wazzup));
    auto *account = qobject_cast<WazzupAccount *>(owner.get());
    QVERIFY(account);
    account->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account->isLoading(), 10000);
    const int before = account->model()->rowCount();
    QVERIFY(before >= 5);

    // As the command line names them: ids.
    std::unique_ptr<BulkDelete> job(
        account->createBulkDelete(m_journal.get(), QStringLiteral("p")));
    job->setIdentifiers({users.at(0).id, users.at(1).id, QStringLiteral("acc-nobody")});
    QSignalSpy deleted(job.get(), &BulkDelete::finished);
    job->start();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(job->count(JournalItem::State::Deleted), 2);
    QCOMPARE(job->count(JournalItem::State::Absent), 1);
    QCOMPARE(account->model()->rowCount(), before - 2);

    std::unique_ptr<RestoreRecords> restore(account->createRestore(m_journal.get()));
    QVERIFY(qobject_cast<RestoreWazzup *>(restore.get()));
    QSignalSpy restored(restore.get(), &RestoreRecords::finished);
    restore->start(m_journal->items(job->operationId()));
    QVERIFY(restored.wait(30000));
    QCOMPARE(restore->restoredCount(), 2);
    QCOMPARE(restore->failedCount(), 0);
    QCOMPARE(account->model()->rowCount(), before);

    std::optional<WazzupUserList> listed;
    account->listUsers([&listed](const QString &problem, const WazzupUserList &all) {
        QVERIFY(problem.isEmpty());
        listed = all;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
    QHash<QString, QString> names; // the list leaves the phones out
    for (const WazzupUser &user : *listed)
        names.insert(user.id, user.name);
    for (const WazzupUser &user : users)
        QCOMPARE(names.value(user.id), user.name);
}

void TestAccounts::woowUpDeleteAndRestoreKeepTheTable()
{
    std::unique_ptr<Account> owner(create(Service::WoowUp));
    auto *account = qobject_cast<WoowUpAccount *>(owner.get());
    QVERIFY(account);
    account->setSearch(QString());
    WoowUpCustomerTableModel *model = account->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3 && !model->isLoading(), 10000);
    const int before = model->rowCount();
    WoowUpCustomerList victims;
    for (int row = 0; row < 3; ++row)
        victims.append(model->customerAt(row));

    BulkDeleteWoowUp *job = account->createBulkDelete(m_journal.get(), QStringLiteral("p"), this);
    job->setCustomers(victims);
    QSignalSpy deleted(job, &BulkDelete::finished);
    job->start();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(job->count(JournalItem::State::Deleted), 3);
    QCOMPARE(model->rowCount(), before - 3);
    const int onServer = m_server->woowupCustomerCount();

    RestoreWoowUp *restore = account->createRestore(m_journal.get(), this);
    QSignalSpy customers(restore, &RestoreWoowUp::customerRestored);
    QSignalSpy restored(restore, &RestoreRecords::finished);
    restore->start(m_journal->items(job->operationId()));
    QVERIFY(restored.wait(30000));
    QCOMPARE(restore->restoredCount(), 3);
    QCOMPARE(customers.size(), 3);
    QCOMPARE(m_server->woowupCustomerCount(), onServer + 3);
    QCOMPARE(model->rowCount(), before);
}

void TestAccounts::woowUpRestoreAgainChecksBeforeCreating()
{
    std::unique_ptr<Account> account(create(Service::WoowUp));
    std::optional<WoowUpCustomerList> page;
    qobject_cast<WoowUpAccount *>(account.get())
        ->loadPage(0, 10, QString(),
                   [&page](const WoowUpAccount::Outcome &outcome, const WoowUpCustomerList &list) {
                       QVERIFY(outcome.ok());
                       page = list;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10000);
    WoowUpCustomerList victims;
    for (const WoowUpCustomer &customer : *page) {
        if (!customer.email.isEmpty() && victims.size() < 2)
            victims.append(customer);
    }
    QCOMPARE(victims.size(), 2);
    std::unique_ptr<BulkDelete> job(
        account->createBulkDelete(m_journal.get(), QStringLiteral("p")));
    QStringList emails;
    for (const WoowUpCustomer &customer : victims)
        emails.append(customer.email);
    job->setIdentifiers(emails);
    QSignalSpy deleted(job.get(), &BulkDelete::finished);
    job->start();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(job->count(JournalItem::State::Deleted), 2);
    const int before = m_server->woowupCustomerCount();

    // The creates reach the server but their answers are lost.
    loseEveryAnswer(true);
    {
        std::unique_ptr<RestoreRecords> restore(account->createRestore(m_journal.get()));
        QSignalSpy done(restore.get(), &RestoreRecords::finished);
        restore->start(m_journal->items(job->operationId()));
        QVERIFY(done.wait(30000));
        QCOMPARE(restore->failedCount(), 2);
    }
    QCOMPARE(m_server->woowupCustomerCount(), before + 2);

    loseEveryAnswer(false);
    std::unique_ptr<RestoreRecords> again(account->createRestore(m_journal.get()));
    QSignalSpy done(again.get(), &RestoreRecords::finished);
    again->start(m_journal->items(job->operationId()));
    QVERIFY(done.wait(30000));
    QVERIFY2(again->problems().isEmpty(), qPrintable(again->problems().join(u'\n')));
    QCOMPARE(again->restoredCount(), 2);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + 2);
}

void TestAccounts::woowUpListsOnePageOrAll()
{
    std::unique_ptr<Account> owner(create(Service::WoowUp));
    auto *account = qobject_cast<WoowUpAccount *>(owner.get());
    std::optional<WoowUpCustomerList> page;
    account->loadPage(
        1, 7, QString(),
        [&page](const WoowUpAccount::Outcome &outcome, const WoowUpCustomerList &list) {
            QVERIFY(outcome.ok());
            page = list;
        });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10000);
    QCOMPARE(page->size(), 7);

    std::optional<WoowUpCustomerList> all;
    int lastProgress = -1;
    account->loadAll(
        QString(), [&lastProgress](int loaded) { lastProgress = loaded; },
        [&all](const WoowUpAccount::Outcome &outcome, const WoowUpCustomerList &list) {
            QVERIFY(outcome.ok());
            QVERIFY(!outcome.cancelled);
            all = list;
        });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 30000);
    QCOMPARE(int(all->size()), m_server->woowupCustomerCount());
    QVERIFY(lastProgress > 0);
    // The table is left alone.
    QCOMPARE(account->model()->rowCount(), 0);
}

void TestAccounts::woowUpLoadAllCanBeCancelled()
{
    SandboxOptions options = m_server->options();
    options.latencyMs = 200;
    m_server->setOptions(options);
    std::unique_ptr<Account> owner(create(Service::WoowUp));
    auto *account = qobject_cast<WoowUpAccount *>(owner.get());
    std::optional<WoowUpAccount::Outcome> outcome;
    const WoowUpAccount::Cancel cancel =
        account->loadAll(QString(), {},
                         [&outcome](const WoowUpAccount::Outcome &answer,
                                    const WoowUpCustomerList &) { outcome = answer; });
    cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    options.latencyMs = 0;
    m_server->setOptions(options);
    QVERIFY(outcome->cancelled);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->message.isEmpty());
    cancel(); // after the end: nothing left to stop, and no crash
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
