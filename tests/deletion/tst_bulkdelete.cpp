// Bulk delete with journal snapshots and restore, against the sandbox over
// real loopback HTTP (no mocks of our classes).

#include "bulkdeletewazzup.h"
#include "bulkdeletewoowup.h"
#include "journal.h"
#include "restorewazzup.h"
#include "restorewoowup.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupusertablemodel.h"
#include "woowupaccount.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupcustomertablemodel.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString wazzupKey = QStringLiteral("test-wazzup-key-5f1c9a");
const QString woowupKey = QStringLiteral("test-woowup-key-8d2e7b");

int bulkDeleteRequests(const QJsonObject &stats)
{
    const QJsonObject outcomes = stats.value(QLatin1String("requests"))
                                     .toObject()
                                     .value(QLatin1String("by_route"))
                                     .toObject()
                                     .value(QLatin1String("PATCH /v3/users/bulk_delete"))
                                     .toObject();
    int total = 0;
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        total += it.value().toInt();
    return total;
}

bool waitFor(QObject *object, const char *signal, int timeoutMs)
{
    QSignalSpy spy(object, signal);
    return spy.wait(timeoutMs);
}

} // namespace

class TestBulkDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journalIsRealSqliteInWalMode();
    void wazzupDeletes250InThreeRequests();
    void wazzupReportsPresentAndAbsent();
    void woowUpDeletes200WithFaultsThenRestores();
    void cancelKeepsTableAndServerInAgreement();
    void interruptedOperationIsResumed();
    void journalHoldsNoApiKey();

private:
    WazzupClient *wazzupClient();
    WoowUpClient *woowUpClient(int timeoutMs = 3000);
    WazzupUserList makeWazzupUsers(int count, const QString &prefix);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    QList<QObject *> m_owned;
};

void TestBulkDelete::initTestCase()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Demo;
    options.wazzupKey = wazzupKey;
    options.woowupKey = woowupKey;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
}

void TestBulkDelete::init()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    options.latencyMs = 0;
    m_server->setOptions(options);
    m_server->reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>();
    QVERIFY2(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))),
             qPrintable(m_journal->errorString()));
}

void TestBulkDelete::cleanup()
{
    qDeleteAll(m_owned);
    m_owned.clear();
    m_journal.reset();
    m_dir.reset();
}

WazzupClient *TestBulkDelete::wazzupClient()
{
    auto *client = WazzupClient::create(fastConfig(m_server->baseUrl(), wazzupKey));
    m_owned.append(client);
    return client;
}

WoowUpClient *TestBulkDelete::woowUpClient(int timeoutMs)
{
    ApiClientConfig config = fastConfig(m_server->baseUrl(), woowupKey);
    config.timeoutMs = timeoutMs;
    config.retry.maxAttempts = 6;
    config.retry.maxDelayMs = 300;
    auto *client = WoowUpClient::create(config);
    m_owned.append(client);
    return client;
}

WazzupUserList TestBulkDelete::makeWazzupUsers(int count, const QString &prefix)
{
    WazzupUserList users;
    for (int i = 0; i < count; ++i)
        users.append({QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("Employee %1 %2").arg(prefix).arg(i),
                      QStringLiteral("7926%1").arg(1000000 + i)});
    return users;
}

void TestBulkDelete::journalIsRealSqliteInWalMode()
{
    QList<JournalItem> items(3);
    for (int i = 0; i < items.size(); ++i) {
        items[i].recordKey = QStringLiteral("key-%1").arg(i);
        items[i].label = QStringLiteral("Ana Pérez %1").arg(i);
        items[i].snapshot = QJsonObject{{QStringLiteral("id"), items[i].recordKey}};
    }
    const qint64 operationId = m_journal->beginOperation(
        QStringLiteral("delete"), QStringLiteral("profile-1"), QStringLiteral("wazzup"), &items);
    QVERIFY(operationId > 0);
    items[1].state = JournalItem::State::Deleted;
    QVERIFY(m_journal->updateItem(items[1]));
    QVERIFY(m_journal->setOperationState(operationId, QStringLiteral("finished")));

    QFile file(m_journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(16), QByteArray("SQLite format 3\0", 16));
    file.close();

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_journal->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("SELECT state, record_key, snapshot FROM items WHERE "
                                          "operation_id = %1 ORDER BY position")
                               .arg(operationId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("pending"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("deleted"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("{\"id\":\"key-1\"}"));
        QVERIFY(query.exec(QStringLiteral("SELECT deleted, state, finished_at IS NOT NULL FROM "
                                          "operations WHERE id = %1")
                               .arg(operationId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("finished"));
        QVERIFY(query.value(2).toBool());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    const auto operation = m_journal->operation(operationId);
    QVERIFY(operation);
    QCOMPARE(operation->total, 3);
    QCOMPARE(operation->deleted, 1);
    QCOMPARE(operation->pending, 2);
    QVERIFY(!operation->interrupted);
}

void TestBulkDelete::wazzupDeletes250InThreeRequests()
{
    WazzupClient *client = wazzupClient();
    const WazzupUserList users = makeWazzupUsers(250, QStringLiteral("bulk"));
    QVERIFY(!await(client->upsertUsers(users))->error());
    auto list = await(client->listUsers());
    QVERIFY(!list->error());

    WazzupUserTableModel model;
    model.setUsers(list->users()); // the list has ids and names, no phones
    WazzupUserList selected;
    for (const WazzupUser &user : model.users()) {
        if (user.id.startsWith(QLatin1String("bulk-")))
            selected.append(user);
    }
    QCOMPARE(selected.size(), 250);
    const int othersBefore = model.rowCount() - 250;

    const int requestsBefore = bulkDeleteRequests(m_server->stats());
    BulkDeleteWazzup job(client, m_journal.get(), QStringLiteral("wz"));
    connect(&job, &BulkDeleteWazzup::usersGone, &model, &WazzupUserTableModel::removeUsers);
    job.setUsers(selected);
    QElapsedTimer clock;
    clock.start();
    job.start();
    QVERIFY(waitFor(&job, SIGNAL(finished()), 60000));
    qInfo("250 Wazzup users deleted in %lld ms", clock.elapsed());

    QCOMPARE(bulkDeleteRequests(m_server->stats()) - requestsBefore, 3);
    QCOMPARE(job.count(JournalItem::State::Deleted), 250);
    QCOMPARE(model.rowCount(), othersBefore);
    auto after = await(client->listUsers());
    for (const WazzupUser &user : after->users())
        QVERIFY2(!user.id.startsWith(QLatin1String("bulk-")), qPrintable(user.id));

    // The snapshots are the full records, phones included, and on disk.
    const QList<JournalItem> stored = m_journal->items(job.operationId());
    QCOMPARE(stored.size(), 250);
    QHash<QString, WazzupUser> byId;
    for (const WazzupUser &user : users)
        byId.insert(user.id, user);
    for (const JournalItem &item : stored) {
        QCOMPARE(item.state, JournalItem::State::Deleted);
        QCOMPARE(WazzupCodec::userFromJson(item.snapshot), byId.value(item.recordKey));
    }
    const auto operation = m_journal->operation(job.operationId());
    QCOMPARE(operation->state, QStringLiteral("finished"));
    QCOMPARE(operation->deleted, 250);

    // Restore brings them back with their phones.
    RestoreWazzup restore(client, m_journal.get());
    connect(&restore, &RestoreWazzup::userRestored, &model, &WazzupUserTableModel::upsertUser);
    restore.start(stored);
    QVERIFY(waitFor(&restore, SIGNAL(finished()), 30000));
    QCOMPARE(restore.restoredCount(), 250);
    QCOMPARE(model.rowCount(), othersBefore + 250);
    auto one = await(client->getUser(users.at(7).id));
    QCOMPARE(one->user(), users.at(7));
    for (const JournalItem &item : m_journal->items(job.operationId()))
        QCOMPARE(item.state, JournalItem::State::Restored);
}

void TestBulkDelete::wazzupReportsPresentAndAbsent()
{
    WazzupClient *client = wazzupClient();
    const WazzupUserList present = makeWazzupUsers(10, QStringLiteral("here"));
    const WazzupUserList absent = makeWazzupUsers(5, QStringLiteral("gone"));
    QVERIFY(!await(client->upsertUsers(present))->error());

    // Complete records (no reads first): the bulk answer names the absent ones.
    BulkDeleteWazzup job(client, m_journal.get(), QStringLiteral("wz"));
    job.setUsers(present + absent, true);
    job.start();
    QVERIFY(waitFor(&job, SIGNAL(finished()), 30000));
    QCOMPARE(job.count(JournalItem::State::Deleted), 10);
    QCOMPARE(job.count(JournalItem::State::Absent), 5);
    QCOMPARE(job.count(JournalItem::State::Failed), 0);
    QVERIFY(job.problems().isEmpty());
    for (const JournalItem &item : job.items()) {
        QCOMPARE(item.state,
                 item.recordKey.startsWith(QLatin1String("here")) ? JournalItem::State::Deleted
                                                                  : JournalItem::State::Absent);
    }

    // By id only (as the command line does): absent ones are found out by the read.
    QVERIFY(!await(client->upsertUsers(present.mid(0, 3)))->error());
    BulkDeleteWazzup byIds(client, m_journal.get(), QStringLiteral("wz"));
    byIds.setIds(
        {present.at(0).id, absent.at(0).id, present.at(1).id, present.at(2).id, present.at(5).id});
    byIds.start();
    QVERIFY(waitFor(&byIds, SIGNAL(finished()), 30000));
    QCOMPARE(byIds.count(JournalItem::State::Deleted), 3);
    QCOMPARE(byIds.count(JournalItem::State::Absent), 2);
    QCOMPARE(byIds.items().at(0).label, BulkDeleteWazzup::label(present.at(0)));
}

void TestBulkDelete::woowUpDeletes200WithFaultsThenRestores()
{
    WoowUpClient *client = woowUpClient(1500);
    auto listed = await(client->searchCustomers(3, 100));
    auto listed2 = await(client->searchCustomers(4, 100));
    QVERIFY(!listed->error() && !listed2->error());
    const WoowUpCustomerList customers = listed->customers() + listed2->customers();
    QCOMPARE(customers.size(), 200);

    SandboxOptions options = m_server->options();
    options.faultRate = 0.1;
    options.faultSeed = 7;
    options.hangMs = 5000;
    m_server->setOptions(options);

    BulkDeleteWoowUp job(client, m_journal.get(), QStringLiteral("wu"));
    QList<qint64> gone;
    connect(&job, &BulkDeleteWoowUp::customerGone, this, [&gone](qint64 id) { gone.append(id); });
    job.setCustomers(customers);
    QElapsedTimer clock;
    clock.start();
    job.start();
    QVERIFY(waitFor(&job, SIGNAL(finished()), 80000));
    qInfo("200 WoowUp customers with 10%% faults: %d deleted, %d absent, %d failed in %lld ms",
          job.count(JournalItem::State::Deleted), job.count(JournalItem::State::Absent),
          job.count(JournalItem::State::Failed), clock.elapsed());
    QCOMPARE(job.count(JournalItem::State::Pending), 0);
    QCOMPARE(job.count(JournalItem::State::Deleted) + job.count(JournalItem::State::Absent)
                 + job.count(JournalItem::State::Failed),
             200);
    for (const QString &problem : job.problems())
        qInfo("not deleted: %s", qPrintable(problem));
    for (const JournalItem &item : job.items()) {
        if (item.state == JournalItem::State::Failed)
            QVERIFY2(!item.error.isEmpty(), qPrintable(item.label));
    }
    QCOMPARE(gone.size(),
             job.count(JournalItem::State::Deleted) + job.count(JournalItem::State::Absent));

    // What the journal says is what the server has.
    options.faultRate = 0;
    m_server->setOptions(options);
    WoowUpClient *checker = woowUpClient();
    for (const JournalItem &item : job.items()) {
        // Each customer is read before it is deleted; one whose read failed
        // has no snapshot and was not deleted.
        QVERIFY(item.hasSnapshot() || item.state == JournalItem::State::Failed);
        const auto identifier = item.hasSnapshot()
            ? WoowUpCodec::customerFromJson(item.snapshot).bestIdentifier()
            : BulkDeleteWoowUp::lookupsFor(item.recordKey).constFirst();
        auto exists = await(checker->customerExists(identifier.first, identifier.second));
        QVERIFY(!exists->error());
        QCOMPARE(exists->result(), !item.isGone());
    }

    // Restore (failed ones are still there and are not restorable).
    const QList<JournalItem> stored = m_journal->items(job.operationId());
    RestoreWoowUp restore(client, m_journal.get());
    restore.start(stored);
    QVERIFY(waitFor(&restore, SIGNAL(finished()), 60000));
    QCOMPARE(restore.failedCount(), 0);
    QCOMPARE(restore.restoredCount(), int(gone.size()));
    QHash<QString, WoowUpCustomer> before;
    for (const WoowUpCustomer &customer : customers)
        before.insert(BulkDeleteWoowUp::recordKey(customer), customer);
    for (const JournalItem &item : restore.items()) {
        const auto identifier = WoowUpCodec::customerFromJson(item.snapshot).bestIdentifier();
        auto found = await(checker->findCustomer(identifier.first, identifier.second));
        QVERIFY(found->found());
        const QJsonObject now = WoowUpCodec::customerToJson(found->customer());
        // The snapshot is the record as the server had it, read-only
        // fields included (what a restore can't set is still on record).
        QVERIFY(item.snapshot.contains(QLatin1String("userapp_id")));
        QVERIFY(item.snapshot.contains(QLatin1String("createtime")));
        QVERIFY(item.snapshot.contains(QLatin1String("blocked")));
        // Field by field, server-assigned ids and times aside (the codec
        // writes neither).
        QCOMPARE(now, WoowUpCodec::customerToJson(WoowUpCodec::customerFromJson(item.snapshot)));
        const WoowUpCustomer original = before.value(item.recordKey);
        const WoowUpCustomer restored = found->customer();
        QCOMPARE(restored.customAttributes, original.customAttributes);
        QCOMPARE(restored.mailing, original.mailing);
        QCOMPARE(restored.whatsapp, original.whatsapp);
        QCOMPARE(restored.sms, original.sms);
        QCOMPARE(restored.tags, original.tags);
        QCOMPARE(restored.points, original.points);
        QCOMPARE(restored.birthdate, original.birthdate);
    }
    QCOMPARE(m_server->duplicateCreates(), 0);
}

void TestBulkDelete::cancelKeepsTableAndServerInAgreement()
{
    SandboxOptions options = m_server->options();
    options.latencyMs = 20;
    m_server->setOptions(options);
    WoowUpClient *client = woowUpClient();
    WoowUpAccount account(client);
    WoowUpCustomerTableModel *model = account.model();
    account.setSearch(QString());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 100 && !model->isLoading(), 10000);
    model->fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 200 && !model->isLoading(), 10000);

    WoowUpCustomerList selected;
    for (int row = 0; row < 150; ++row)
        selected.append(model->customerAt(row));

    BulkDeleteWoowUp job(client, m_journal.get(), QStringLiteral("wu"));
    connect(&job, &BulkDeleteWoowUp::customerGone, model,
            &WoowUpCustomerTableModel::removeCustomer);
    const auto cancelling = connect(&job, &BulkDelete::progress, &job, [&job](int done, int) {
        if (done >= 60)
            job.cancel();
    });
    job.setCustomers(selected);
    job.start();
    QVERIFY(waitFor(&job, SIGNAL(finished()), 60000));
    const int deleted = job.count(JournalItem::State::Deleted);
    const int cancelled = job.count(JournalItem::State::Cancelled);
    qInfo("cancelled: %d deleted, %d cancelled", deleted, cancelled);
    QVERIFY(deleted >= 60 && deleted < 80);
    QCOMPARE(deleted + cancelled, 150);
    QCOMPARE(model->rowCount(), 200 - deleted);
    QCOMPARE(m_journal->operation(job.operationId())->state, QStringLiteral("cancelled"));

    options.latencyMs = 0;
    m_server->setOptions(options);
    for (const WoowUpCustomer &customer : selected) {
        const auto identifier = customer.bestIdentifier();
        auto exists = await(client->customerExists(identifier.first, identifier.second));
        QVERIFY(!exists->error());
        QCOMPARE(exists->result(), model->rowOf(customer.userappId) >= 0);
    }

    // Retry sends the cancelled ones.
    disconnect(cancelling);
    job.retryFailed();
    QVERIFY(waitFor(&job, SIGNAL(finished()), 60000));
    QCOMPARE(job.count(JournalItem::State::Deleted), 150);
    QCOMPARE(model->rowCount(), 50);
    QCOMPARE(m_journal->operation(job.operationId())->deleted, 150);
}

void TestBulkDelete::interruptedOperationIsResumed()
{
    WazzupClient *client = wazzupClient();
    const WazzupUserList users = makeWazzupUsers(30, QStringLiteral("crash"));
    QVERIFY(!await(client->upsertUsers(users))->error());

    // A process that stopped half-way: its operation is still "running",
    // ten items deleted, twenty pending.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashed"));
        db.setDatabaseName(m_journal->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO operations (kind, profile_id, service, state, started_at, owner, pid, "
            "total) VALUES ('delete', 'wz', 'wazzup', 'running', '2024-01-01T10:00:00.000Z', "
            "'another-process', 999999999, 30)")));
        const qint64 operationId = query.lastInsertId().toLongLong();
        for (int i = 0; i < users.size(); ++i) {
            query.prepare(QStringLiteral(
                "INSERT INTO items (operation_id, position, record_key, label, server_id, "
                "snapshot, state, error, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, '', "
                "'2024-01-01T10:00:00.000Z')"));
            query.addBindValue(operationId);
            query.addBindValue(i);
            query.addBindValue(users.at(i).id);
            query.addBindValue(users.at(i).name);
            query.addBindValue(QString::fromUtf8(QJsonDocument(WazzupCodec::userToJson(users.at(i)))
                                                     .toJson(QJsonDocument::Compact)));
            query.addBindValue(i < 10 ? QStringLiteral("deleted") : QStringLiteral("pending"));
            QVERIFY(query.exec());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashed"));

    Journal reopened;
    QVERIFY(reopened.open(m_journal->path()));
    const QList<JournalOperation> interrupted =
        reopened.interruptedOperations(QStringLiteral("wz"));
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().pending, 20);

    BulkDeleteWazzup job(client, &reopened, QStringLiteral("wz"));
    QVERIFY(job.resume(interrupted.first().id));
    QVERIFY(waitFor(&job, SIGNAL(finished()), 30000));
    // The first ten were never really deleted in this test, so they stay;
    // the twenty pending ones are gone now.
    QCOMPARE(job.count(JournalItem::State::Deleted), 30);
    QVERIFY(reopened.interruptedOperations(QStringLiteral("wz")).isEmpty());
    auto after = await(client->listUsers());
    int left = 0;
    for (const WazzupUser &user : after->users())
        left += user.id.startsWith(QLatin1String("crash-")) ? 1 : 0;
    QCOMPARE(left, 10);
}

void TestBulkDelete::journalHoldsNoApiKey()
{
    // A run of each service, then look at every byte of the journal files.
    WazzupClient *wazzup = wazzupClient();
    QVERIFY(!await(wazzup->upsertUsers(makeWazzupUsers(5, QStringLiteral("key"))))->error());
    BulkDeleteWazzup first(wazzup, m_journal.get(), QStringLiteral("wz"));
    first.setUsers(makeWazzupUsers(5, QStringLiteral("key")));
    first.start();
    QVERIFY(waitFor(&first, SIGNAL(finished()), 30000));

    WoowUpClient *woowup = woowUpClient();
    BulkDeleteWoowUp second(woowup, m_journal.get(), QStringLiteral("wu"));
    second.setIdentifiers({QStringLiteral("nobody@example.com"), QStringLiteral("20000000")});
    second.start();
    QVERIFY(waitFor(&second, SIGNAL(finished()), 30000));
    QCOMPARE(second.count(JournalItem::State::Absent) + second.count(JournalItem::State::Deleted),
             2);

    const QString path = m_journal->path();
    m_journal.reset(); // checkpoints the WAL into the file
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(wazzupKey.toUtf8()));
        QVERIFY(!bytes.contains(woowupKey.toUtf8()));
        QVERIFY(!bytes.contains("Bearer"));
    }
}

QTEST_GUILESS_MAIN(TestBulkDelete)
#include "tst_bulkdelete.moc"
