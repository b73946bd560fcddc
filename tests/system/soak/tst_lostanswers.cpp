// Creates whose answers are all lost (the sandbox carries every request out
// and cuts every answer short), so the first try ends "failed, outcome
// unknown" while the customer is on the server; then the person tries
// again with the network back. An import resume and a second restore must
// find it there instead of creating it again (which the server refuses as
// a duplicate and which would have left the row failed or "not restored").

#include "bulkdeletewoowup.h"
#include "importengine.h"
#include "importjournal.h"
#include "journal.h"
#include "restorewoowup.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupimportstrategy.h"

#include <QTemporaryDir>
#include <QtTest>

class TestLostAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importResumeChecksFailedCreate();
    void restoreAgainChecksFailedRestore();

private:
    void loseEveryAnswer(bool lose);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WoowUpClient> m_client;
    QTemporaryDir m_dir;
};

void TestLostAnswers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    ApiClientConfig config = fastConfig(m_server->baseUrl(), m_server->options().woowupKey);
    config.retry.maxAttempts = 2;
    m_client.reset(WoowUpClient::create(config));
    QVERIFY(m_client);
}

void TestLostAnswers::init()
{
    loseEveryAnswer(false);
    m_server->reset();
}

void TestLostAnswers::loseEveryAnswer(bool lose)
{
    SandboxOptions options = m_server->options();
    options.woowupRateLimit = 0;
    options.faultRate = lose ? 1.0 : 0.0;
    options.faultKinds = {FaultInjector::Kind::Truncated};
    m_server->setOptions(options);
}

void TestLostAnswers::importResumeChecksFailedCreate()
{
    WoowUpCustomer customer;
    customer.email = QStringLiteral("lost-import@soak.example");
    customer.firstName = QStringLiteral("Perdida");
    ImportRow row;
    row.number = 2;
    row.line = 2;
    row.key = QStringLiteral("email=") + customer.email;
    row.action = ImportRow::Action::Create;
    row.customer = customer;
    ImportPlan plan;
    plan.service = Service::WoowUp;
    plan.filePath = m_dir.filePath(QStringLiteral("lost.csv"));
    plan.checksum = QByteArrayLiteral("lost");
    plan.rows = {row};

    ImportJournal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("import.sqlite"))));
    const int before = m_server->woowupCustomerCount();
    loseEveryAnswer(true);
    qint64 importId = 0;
    {
        WoowUpImportStrategy strategy(m_client.get());
        ImportEngine engine(&strategy, &journal);
        QSignalSpy done(&engine, &ImportEngine::finished);
        engine.start(plan, QStringLiteral("test"));
        QVERIFY(done.wait(30000));
        importId = engine.importId();
        QCOMPARE(engine.counts().failed, 1);
        QVERIFY(!engine.rows().first().error.isEmpty());
    }
    // Reported failed, yet carried out once.
    QCOMPARE(m_server->woowupCustomerCount(), before + 1);
    QCOMPARE(m_server->duplicateCreates(), 0);

    loseEveryAnswer(false);
    ImportPlan resumed;
    QVERIFY(journal.loadPlan(importId, &resumed));
    QCOMPARE(resumed.rows.first().state, ImportRow::State::Failed);
    WoowUpImportStrategy strategy(m_client.get());
    ImportEngine engine(&strategy, &journal);
    QSignalSpy done(&engine, &ImportEngine::finished);
    engine.start(resumed, QStringLiteral("test"), importId);
    QVERIFY(done.wait(30000));
    QCOMPARE(engine.counts().created, 1);
    QCOMPARE(engine.counts().updated, 0);
    QCOMPARE(engine.counts().failed, 0);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + 1);
    QCOMPARE(journal.rowCount(importId, ImportRow::State::Done), 1);
}

void TestLostAnswers::restoreAgainChecksFailedRestore()
{
    auto page = await(m_client->searchCustomers(0, 10));
    QVERIFY(!page->error());
    WoowUpCustomerList victims;
    for (const WoowUpCustomer &customer : page->customers()) {
        if (!customer.email.isEmpty() && victims.size() < 3)
            victims.append(customer);
    }
    QCOMPARE(victims.size(), 3);
    Journal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("delete.sqlite"))));
    BulkDeleteWoowUp bulk(m_client.get(), &journal, QStringLiteral("test"));
    bulk.setCustomers(victims);
    QSignalSpy deleted(&bulk, &BulkDelete::finished);
    bulk.start();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(bulk.count(JournalItem::State::Deleted), 3);
    const int before = m_server->woowupCustomerCount();

    loseEveryAnswer(true);
    {
        RestoreWoowUp restore(m_client.get(), &journal);
        QSignalSpy done(&restore, &RestoreRecords::finished);
        restore.start(journal.items(bulk.operationId()));
        QVERIFY(done.wait(30000));
        QCOMPARE(restore.failedCount(), 3);
    }
    QCOMPARE(m_server->woowupCustomerCount(), before + 3);

    loseEveryAnswer(false);
    const QList<JournalItem> items = journal.items(bulk.operationId());
    for (const JournalItem &item : items)
        QVERIFY(RestoreRecords::canRestore(item)); // not restored, as reported
    RestoreWoowUp again(m_client.get(), &journal);
    QSignalSpy restoredSignal(&again, &RestoreWoowUp::customerRestored);
    QSignalSpy done(&again, &RestoreRecords::finished);
    again.start(items);
    QVERIFY(done.wait(30000));
    QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(u'\n')));
    QCOMPARE(again.restoredCount(), 3);
    QCOMPARE(restoredSignal.size(), 3);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + 3);
    for (const JournalItem &item : journal.items(bulk.operationId()))
        QCOMPARE(item.state, JournalItem::State::Restored);
}

QTEST_GUILESS_MAIN(TestLostAnswers)
#include "tst_lostanswers.moc"
