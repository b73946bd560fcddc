// A soak of mixed operations through the real engines — CSV imports
// (ImportPlanner, ImportEngine, ImportJournal), edits (client update jobs),
// bulk deletes (BulkDeleteWoowUp, BulkDeleteWazzup, Journal) and restores
// (RestoreRecords) of WoowUp customers and Wazzup users — against the
// sandbox over loopback with latency and a 20% fault rate.
//
// The test keeps its own account of what each customer must be, built only
// from what the engines reported. A reported failure is followed up the
// way a person would (resume the import, retry the failed deletes, restore
// again, save the edit again); what still failed is looked up and must be
// one of the outcomes the report allows. At the end, with faults off, the
// server must equal that account: nothing created twice, nothing deleted
// that was not asked, the demo customers and users untouched.
//
// USERDESK_SOAK_OPS (default 500) and USERDESK_SOAK_SEED (default random,
// printed) size and replay a run; scripts/soak.sh runs the long one.

#include "bulkdeletewazzup.h"
#include "bulkdeletewoowup.h"
#include "importengine.h"
#include "importjournal.h"
#include "importplanner.h"
#include "importreader.h"
#include "journal.h"
#include "restorewazzup.h"
#include "restorewoowup.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupimportstrategy.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupimportstrategy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// What a customer of the soak's pool must be on the server.
struct Expected
{
    bool present = false;
    QString firstName;
    QString lastName;
    QString document;

    static Expected of(const WoowUpCustomer &customer)
    {
        return {true, customer.firstName, customer.lastName, customer.document};
    }
    bool matches(const WoowUpCustomer &customer) const
    {
        return present && customer.firstName == firstName && customer.lastName == lastName
            && customer.document == document;
    }
    QString describe() const
    {
        return present ? QStringLiteral("%1 %2 (%3)").arg(firstName, lastName, document)
                       : QStringLiteral("absent");
    }
};

struct Figures
{
    QMap<QString, int> operations; // by kind: create, update, edit, delete, restore
    QMap<QString, int> failuresReported; // by kind, first reports
    QMap<QString, int> retryRounds; // follow-ups a person would do, by kind
    int failuresLeft = 0; // still failed after the follow-ups, then looked up
    int unknownResolvedApplied = 0;
    int unknownResolvedNotApplied = 0;
    int planFailures = 0;

    int total() const
    {
        int sum = 0;
        for (int n : operations)
            sum += n;
        return sum;
    }
};

QString mapText(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

constexpr int followUps = 6; // rounds of "try again" before looking the outcome up

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soak();

private:
    void importStep(int step);
    void editStep(int step);
    void deleteStep();
    void restoreStep();
    void wazzupImportStep(int step);
    void wazzupDeleteStep();
    void wazzupRestoreStep();
    void resolveWazzup(const QString &id, const QList<WazzupUser> &allowed,
                       const WazzupUser &applied);
    QStringList pickPresentWazzup(int count);

    QString newEmail();
    QStringList pickPresent(int count);
    // A failure that survived the follow-ups: the server must show one of
    // the outcomes the report allows; the account then follows the server.
    void resolve(const QString &email, const QList<Expected> &allowed, const Expected &applied);
    bool lookUp(const QString &email, Expected *actual);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WoowUpClient> m_client;
    std::unique_ptr<WoowUpClient> m_checker; // patient: many attempts, for look-ups only
    std::unique_ptr<WazzupClient> m_wazzup;
    std::unique_ptr<WazzupClient> m_wazzupChecker;
    QTemporaryDir m_dir;
    Journal m_journal;
    ImportJournal m_importJournal;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_nextId = 0;
    QMap<QString, Expected> m_expected; // by e-mail, the soak's pool only
    QList<qint64> m_deleteOperations; // with records that may be restored
    // Wazzup users of the soak's pool by id; an empty name means absent.
    QMap<QString, QString> m_wazzupExpected;
    QList<qint64> m_wazzupDeleteOperations;
    Figures m_figures;
    bool m_broken = false; // a QVERIFY failed inside a step
};

void TestFaultSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    QVERIFY(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
    QVERIFY(m_importJournal.open(m_journal.path()));

    ApiClientConfig config = fastConfig(m_server->baseUrl(), m_server->options().woowupKey);
    // A hung request costs one timeout; Retry-After (1 s) is capped so that
    // the soak spends its time on operations rather than waiting. Few
    // attempts, so that failures reach the engines and their reports, and
    // the follow-ups (resume, retry failed, restore again) get exercised.
    config.timeoutMs = 600;
    config.retry.maxAttempts = 3;
    config.retry.maxDelayMs = 200;
    m_client.reset(WoowUpClient::create(config));
    QVERIFY(m_client);
    config.apiKey = m_server->options().wazzupKey;
    m_wazzup.reset(WazzupClient::create(config));
    QVERIFY(m_wazzup);
    config.retry.maxAttempts = 15;
    m_wazzupChecker.reset(WazzupClient::create(config));
    QVERIFY(m_wazzupChecker);
    config.apiKey = m_server->options().woowupKey;
    m_checker.reset(WoowUpClient::create(config));
    QVERIFY(m_checker);
}

QString TestFaultSoak::newEmail()
{
    const int id = m_nextId++;
    const QString email = QStringLiteral("soak-%1@soak.example").arg(id);
    m_expected.insert(email,
                      Expected{false, QString(), QString(), QString::number(900000000 + id)});
    return email;
}

QStringList TestFaultSoak::pickPresent(int count)
{
    QStringList present;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (it->present)
            present.append(it.key());
    }
    QStringList chosen;
    while (chosen.size() < count && !present.isEmpty())
        chosen.append(present.takeAt(m_random.bounded(int(present.size()))));
    return chosen;
}

bool TestFaultSoak::lookUp(const QString &email, Expected *actual)
{
    auto job = await(m_checker->findCustomer(QStringLiteral("email"), email), 60000);
    if (job->error() && job->error().kind() != ApiError::Kind::NotFound)
        return false;
    *actual = job->error() || !job->found() ? Expected{} : Expected::of(job->customer());
    actual->document = job->found() ? job->customer().document : m_expected.value(email).document;
    return true;
}

void TestFaultSoak::resolve(const QString &email, const QList<Expected> &allowed,
                            const Expected &applied)
{
    ++m_figures.failuresLeft;
    Expected actual;
    if (!lookUp(email, &actual)) {
        m_broken = true;
        QFAIL(qPrintable(QStringLiteral("%1 could not be looked up").arg(email)));
    }
    bool ok = false;
    for (const Expected &outcome : allowed) {
        if (outcome.present == actual.present
            && (!outcome.present
                || (outcome.firstName == actual.firstName && outcome.lastName == actual.lastName
                    && outcome.document == actual.document)))
            ok = true;
    }
    if (!ok) {
        m_broken = true;
        QFAIL(qPrintable(QStringLiteral("%1 is %2 on the server after a reported failure")
                             .arg(email, actual.describe())));
    }
    const bool wasApplied = actual.present == applied.present
        && (!actual.present || actual.lastName == applied.lastName);
    ++(wasApplied ? m_figures.unknownResolvedApplied : m_figures.unknownResolvedNotApplied);
    m_expected[email] = actual;
}

void TestFaultSoak::importStep(int step)
{
    const int size = 15 + int(m_random.bounded(46));
    const QStringList updates = pickPresent(int(m_random.bounded(size / 2 + 1)));
    QStringList emails = updates;
    while (emails.size() < size)
        emails.append(newEmail());

    QMap<QString, Expected> wanted;
    QByteArray data("email,first_name,last_name,document\n");
    for (const QString &email : std::as_const(emails)) {
        Expected row = m_expected.value(email);
        row.present = true;
        if (row.firstName.isEmpty())
            row.firstName = QStringLiteral("Nuevo");
        row.lastName = QStringLiteral("Import%1").arg(step);
        wanted.insert(email, row);
        data += QStringLiteral("%1,%2,%3,%4\n")
                    .arg(email, row.firstName, row.lastName, row.document)
                    .toUtf8();
    }
    const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(step));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    ImportSource source;
    source.filePath = path;
    const ImportReadResult read = ImportReader::readNow(source);
    QCOMPARE(read.invalidCount, 0);
    ImportPlan plan;
    plan.service = Service::WoowUp;
    plan.filePath = path;
    plan.checksum = read.checksum;
    plan.mapping = read.mapping;
    plan.rows = read.rows;

    // The plan's look-ups fail too: a failed plan sends nothing, and the
    // person checks again.
    ImportPlan planned;
    for (int attempt = 0;; ++attempt) {
        WoowUpImportStrategy strategy(m_client.get());
        ImportPlanner planner(&strategy);
        QSignalSpy done(&planner, &ImportPlanner::finished);
        planner.start(plan);
        QVERIFY(done.wait(120000));
        if (planner.errorString().isEmpty()) {
            planned = planner.plan();
            break;
        }
        ++m_figures.planFailures;
        QVERIFY2(attempt < followUps, qPrintable(planner.errorString()));
    }
    for (const ImportRow &row : std::as_const(planned.rows)) {
        const QString email = row.customer.email;
        const bool known = m_expected.value(email).present;
        QCOMPARE(row.action, known ? ImportRow::Action::Update : ImportRow::Action::Create);
        ++m_figures.operations[known ? QStringLiteral("import-update")
                                     : QStringLiteral("import-create")];
    }

    qint64 importId = 0;
    ImportRows rows;
    for (int round = 0; round <= followUps; ++round) {
        WoowUpImportStrategy strategy(m_client.get());
        ImportEngine engine(&strategy, &m_importJournal);
        QSignalSpy done(&engine, &ImportEngine::finished);
        if (round == 0) {
            engine.start(planned, QStringLiteral("soak"));
        } else {
            // What the import dialog does when the same file is chosen again.
            ImportPlan resumed;
            QVERIFY(m_importJournal.loadPlan(importId, &resumed));
            engine.start(resumed, QStringLiteral("soak"), importId);
        }
        QVERIFY(done.wait(300000));
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        importId = engine.importId();
        rows = engine.rows();
        int failed = 0;
        for (const ImportRow &row : std::as_const(rows)) {
            if (row.state != ImportRow::State::Failed)
                continue;
            ++failed;
            QVERIFY2(!row.error.isEmpty(), "a failed row without a reason");
        }
        // The journal tells the same story as the engine.
        QCOMPARE(m_importJournal.rowCount(importId, ImportRow::State::Failed), failed);
        QCOMPARE(m_importJournal.rowCount(importId, ImportRow::State::Done),
                 int(rows.size()) - failed);
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("import")] += failed;
        if (failed == 0)
            break;
        if (round < followUps)
            ++m_figures.retryRounds[QStringLiteral("import-resume")];
    }

    for (const ImportRow &row : std::as_const(rows)) {
        const QString email = row.customer.email;
        if (row.state == ImportRow::State::Done) {
            m_expected[email] = wanted.value(email);
            continue;
        }
        QCOMPARE(row.state, ImportRow::State::Failed);
        resolve(email, {m_expected.value(email), wanted.value(email)}, wanted.value(email));
    }
}

void TestFaultSoak::editStep(int step)
{
    const QStringList emails = pickPresent(5 + int(m_random.bounded(16)));
    QMap<QString, Expected> wanted;
    for (const QString &email : emails) {
        Expected edited = m_expected.value(email);
        edited.firstName = QStringLiteral("Editado%1").arg(step);
        wanted.insert(email, edited);
        ++m_figures.operations[QStringLiteral("edit")];
    }
    QStringList left = emails;
    for (int round = 0; round <= followUps && !left.isEmpty(); ++round) {
        QList<WoowUpCustomerJob *> jobs;
        for (const QString &email : std::as_const(left)) {
            // A form sends the whole record.
            WoowUpCustomer customer;
            customer.email = email;
            customer.document = wanted.value(email).document;
            customer.firstName = wanted.value(email).firstName;
            customer.lastName = wanted.value(email).lastName;
            jobs.append(m_client->updateCustomer(customer));
        }
        const auto finished = awaitAll(jobs, 120000);
        QStringList failed;
        for (int i = 0; i < left.size(); ++i) {
            const auto &job = finished.at(size_t(i));
            QVERIFY(job->isFinished());
            if (!job->error()) {
                m_expected[left.at(i)] = wanted.value(left.at(i));
                continue;
            }
            QVERIFY(!job->error().message().isEmpty());
            failed.append(left.at(i));
        }
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("edit")] += int(failed.size());
        if (!failed.isEmpty() && round < followUps)
            ++m_figures.retryRounds[QStringLiteral("edit-again")];
        left = failed;
    }
    for (const QString &email : std::as_const(left))
        resolve(email, {m_expected.value(email), wanted.value(email)}, wanted.value(email));
}

void TestFaultSoak::deleteStep()
{
    const QStringList emails = pickPresent(4 + int(m_random.bounded(17)));
    if (emails.isEmpty())
        return;
    m_figures.operations[QStringLiteral("delete")] += int(emails.size());
    BulkDeleteWoowUp bulk(m_client.get(), &m_journal, QStringLiteral("soak"));
    // As the command line gives them: each record is read in full first.
    bulk.setIdentifiers(emails);
    for (int round = 0; round <= followUps; ++round) {
        QSignalSpy done(&bulk, &BulkDelete::finished);
        if (round == 0)
            bulk.start();
        else
            bulk.retryFailed();
        QVERIFY(done.wait(300000));
        QVERIFY2(bulk.errorString().isEmpty(), qPrintable(bulk.errorString()));
        const int failed = bulk.count(JournalItem::State::Failed);
        QCOMPARE(bulk.count(JournalItem::State::Pending), 0);
        QCOMPARE(bulk.count(JournalItem::State::Cancelled), 0);
        QCOMPARE(int(bulk.problems().size()), failed);
        for (const QString &problem : bulk.problems())
            QVERIFY2(problem.contains(u':') && !problem.endsWith(u':'), qPrintable(problem));
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("delete")] += failed;
        if (failed == 0)
            break;
        if (round < followUps)
            ++m_figures.retryRounds[QStringLiteral("delete-retry")];
    }
    // The journal holds what the job holds, snapshots included.
    const QList<JournalItem> stored = m_journal.items(bulk.operationId());
    QCOMPARE(stored.size(), bulk.items().size());
    bool restorable = false;
    for (int i = 0; i < stored.size(); ++i) {
        const JournalItem &item = stored.at(i);
        QCOMPARE(item.state, bulk.items().at(i).state);
        const QString email = item.recordKey;
        QVERIFY2(m_expected.contains(email), qPrintable(email));
        if (item.isGone()) {
            // The snapshot is the record as it was just before.
            const WoowUpCustomer snapshot = WoowUpCodec::customerFromJson(item.snapshot);
            QVERIFY2(m_expected.value(email).matches(snapshot),
                     qPrintable(QStringLiteral("snapshot of %1: %2 %3, expected %4")
                                    .arg(email, snapshot.firstName, snapshot.lastName,
                                         m_expected.value(email).describe())));
            m_expected[email].present = false;
            restorable = true;
            continue;
        }
        QCOMPARE(item.state, JournalItem::State::Failed);
        Expected gone = m_expected.value(email);
        gone.present = false;
        resolve(email, {m_expected.value(email), gone}, gone);
    }
    if (restorable)
        m_deleteOperations.append(bulk.operationId());
}

void TestFaultSoak::restoreStep()
{
    if (m_deleteOperations.isEmpty())
        return;
    const qint64 operationId =
        m_deleteOperations.takeAt(m_random.bounded(int(m_deleteOperations.size())));
    QList<JournalItem> items;
    for (const JournalItem &item : m_journal.items(operationId)) {
        if (RestoreRecords::canRestore(item))
            items.append(item);
    }
    m_figures.operations[QStringLiteral("restore")] += int(items.size());
    for (int round = 0; round <= followUps && !items.isEmpty(); ++round) {
        RestoreWoowUp restore(m_client.get(), &m_journal);
        QSignalSpy done(&restore, &RestoreRecords::finished);
        restore.start(items);
        QVERIFY(done.wait(300000));
        QCOMPARE(restore.restoredCount() + restore.failedCount(), int(items.size()));
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("restore")] += restore.failedCount();
        for (const QString &problem : restore.problems())
            QVERIFY2(problem.contains(u':') && !problem.endsWith(u':'), qPrintable(problem));
        QList<JournalItem> again;
        for (const JournalItem &item : restore.items()) {
            const QString email = WoowUpCodec::customerFromJson(item.snapshot).email;
            if (item.state == JournalItem::State::Restored) {
                m_expected[email] = Expected::of(WoowUpCodec::customerFromJson(item.snapshot));
                continue;
            }
            again.append(item);
        }
        // The journal says restored exactly for those.
        for (const JournalItem &item : m_journal.items(operationId)) {
            const bool restored = item.state == JournalItem::State::Restored;
            const QString email = WoowUpCodec::customerFromJson(item.snapshot).email;
            if (restored)
                QVERIFY(m_expected.value(email).present);
        }
        if (!again.isEmpty() && round < followUps)
            ++m_figures.retryRounds[QStringLiteral("restore-again")];
        items = again;
    }
    for (const JournalItem &item : std::as_const(items)) {
        const WoowUpCustomer snapshot = WoowUpCodec::customerFromJson(item.snapshot);
        resolve(snapshot.email, {m_expected.value(snapshot.email), Expected::of(snapshot)},
                Expected::of(snapshot));
    }
}

QStringList TestFaultSoak::pickPresentWazzup(int count)
{
    QStringList present;
    for (auto it = m_wazzupExpected.cbegin(); it != m_wazzupExpected.cend(); ++it) {
        if (!it->isEmpty())
            present.append(it.key());
    }
    QStringList chosen;
    while (chosen.size() < count && !present.isEmpty())
        chosen.append(present.takeAt(m_random.bounded(int(present.size()))));
    return chosen;
}

void TestFaultSoak::resolveWazzup(const QString &id, const QList<WazzupUser> &allowed,
                                  const WazzupUser &applied)
{
    ++m_figures.failuresLeft;
    auto job = await(m_wazzupChecker->getUser(id), 60000);
    if (job->error() && job->error().kind() != ApiError::Kind::NotFound) {
        m_broken = true;
        QFAIL(qPrintable(QStringLiteral("%1 could not be looked up").arg(id)));
    }
    const QString actual = job->error() ? QString() : job->user().name;
    bool ok = false;
    for (const WazzupUser &outcome : allowed)
        ok = ok || outcome.name == actual;
    if (!ok) {
        m_broken = true;
        QFAIL(qPrintable(
            QStringLiteral("Wazzup user %1 is \"%2\" after a reported failure").arg(id, actual)));
    }
    ++(actual == applied.name ? m_figures.unknownResolvedApplied
                              : m_figures.unknownResolvedNotApplied);
    m_wazzupExpected[id] = actual;
}

void TestFaultSoak::wazzupImportStep(int step)
{
    // The account holds at most 1,000 users: renames only when it is filling up.
    int present = 0;
    for (const QString &name : std::as_const(m_wazzupExpected))
        present += name.isEmpty() ? 0 : 1;
    const int size = 15 + int(m_random.bounded(46));
    const QStringList updates = pickPresentWazzup(int(m_random.bounded(size / 2 + 1)));
    QStringList ids = updates;
    while (ids.size() < size && present + ids.size() - updates.size() < 800) {
        const QString id = QStringLiteral("soak-%1").arg(m_nextId++);
        m_wazzupExpected.insert(id, QString());
        ids.append(id);
    }
    if (ids.isEmpty())
        return;
    QMap<QString, QString> wanted;
    QByteArray data("id;name\n");
    for (const QString &id : std::as_const(ids)) {
        wanted.insert(id, QStringLiteral("Сотрудник %1 шаг %2").arg(id).arg(step));
        data += (id + u';' + wanted.value(id) + u'\n').toUtf8();
    }
    const QString path = m_dir.filePath(QStringLiteral("staff-%1.csv").arg(step));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    ImportSource source;
    source.service = Service::Wazzup;
    source.filePath = path;
    const ImportReadResult read = ImportReader::readNow(source);
    QCOMPARE(read.invalidCount, 0);
    ImportPlan plan;
    plan.service = Service::Wazzup;
    plan.filePath = path;
    plan.checksum = read.checksum;
    plan.mapping = read.mapping;
    plan.rows = read.rows;
    ImportPlan planned;
    for (int attempt = 0;; ++attempt) {
        WazzupImportStrategy strategy(m_wazzup.get());
        ImportPlanner planner(&strategy);
        QSignalSpy done(&planner, &ImportPlanner::finished);
        planner.start(plan);
        QVERIFY(done.wait(120000));
        if (planner.errorString().isEmpty()) {
            planned = planner.plan();
            break;
        }
        ++m_figures.planFailures;
        QVERIFY2(attempt < followUps, qPrintable(planner.errorString()));
    }
    for (const ImportRow &row : std::as_const(planned.rows)) {
        const bool known = !m_wazzupExpected.value(row.key).isEmpty();
        QCOMPARE(row.action, known ? ImportRow::Action::Update : ImportRow::Action::Create);
        ++m_figures.operations[known ? QStringLiteral("wazzup-import-update")
                                     : QStringLiteral("wazzup-import-create")];
    }

    qint64 importId = 0;
    ImportRows rows;
    for (int round = 0; round <= followUps; ++round) {
        WazzupImportStrategy strategy(m_wazzup.get());
        ImportEngine engine(&strategy, &m_importJournal);
        QSignalSpy done(&engine, &ImportEngine::finished);
        if (round == 0) {
            engine.start(planned, QStringLiteral("soak"));
        } else {
            ImportPlan resumed;
            QVERIFY(m_importJournal.loadPlan(importId, &resumed));
            engine.start(resumed, QStringLiteral("soak"), importId);
        }
        QVERIFY(done.wait(300000));
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        importId = engine.importId();
        rows = engine.rows();
        int failed = 0;
        for (const ImportRow &row : std::as_const(rows)) {
            if (row.state != ImportRow::State::Failed)
                continue;
            ++failed;
            QVERIFY2(!row.error.isEmpty(), "a failed row without a reason");
        }
        QCOMPARE(m_importJournal.rowCount(importId, ImportRow::State::Failed), failed);
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("wazzup-import")] += failed;
        if (failed == 0)
            break;
        if (round < followUps)
            ++m_figures.retryRounds[QStringLiteral("wazzup-import-resume")];
    }
    for (const ImportRow &row : std::as_const(rows)) {
        if (row.state == ImportRow::State::Done) {
            m_wazzupExpected[row.key] = wanted.value(row.key);
            continue;
        }
        QCOMPARE(row.state, ImportRow::State::Failed);
        const WazzupUser now{row.key, m_wazzupExpected.value(row.key), QString()};
        const WazzupUser applied{row.key, wanted.value(row.key), QString()};
        resolveWazzup(row.key, {now, applied}, applied);
    }
}

void TestFaultSoak::wazzupDeleteStep()
{
    const QStringList ids = pickPresentWazzup(4 + int(m_random.bounded(40)));
    if (ids.isEmpty())
        return;
    m_figures.operations[QStringLiteral("wazzup-delete")] += int(ids.size());
    BulkDeleteWazzup bulk(m_wazzup.get(), &m_journal, QStringLiteral("soak"));
    bulk.setIds(ids);
    for (int round = 0; round <= followUps; ++round) {
        QSignalSpy done(&bulk, &BulkDelete::finished);
        if (round == 0)
            bulk.start();
        else
            bulk.retryFailed();
        QVERIFY(done.wait(300000));
        QVERIFY2(bulk.errorString().isEmpty(), qPrintable(bulk.errorString()));
        const int failed = bulk.count(JournalItem::State::Failed);
        QCOMPARE(bulk.count(JournalItem::State::Pending), 0);
        QCOMPARE(int(bulk.problems().size()), failed);
        for (const QString &problem : bulk.problems())
            QVERIFY2(problem.contains(u':') && !problem.endsWith(u':'), qPrintable(problem));
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("wazzup-delete")] += failed;
        if (failed == 0)
            break;
        if (round < followUps)
            ++m_figures.retryRounds[QStringLiteral("wazzup-delete-retry")];
    }
    const QList<JournalItem> stored = m_journal.items(bulk.operationId());
    QCOMPARE(stored.size(), bulk.items().size());
    bool restorable = false;
    for (int i = 0; i < stored.size(); ++i) {
        const JournalItem &item = stored.at(i);
        QCOMPARE(item.state, bulk.items().at(i).state);
        const QString id = item.recordKey;
        QVERIFY2(m_wazzupExpected.contains(id), qPrintable(id));
        if (item.isGone()) {
            QCOMPARE(WazzupCodec::userFromJson(item.snapshot).name, m_wazzupExpected.value(id));
            m_wazzupExpected[id].clear();
            restorable = true;
            continue;
        }
        QCOMPARE(item.state, JournalItem::State::Failed);
        resolveWazzup(id, {WazzupUser{id, m_wazzupExpected.value(id), QString()}, WazzupUser()},
                      WazzupUser());
    }
    if (restorable)
        m_wazzupDeleteOperations.append(bulk.operationId());
}

void TestFaultSoak::wazzupRestoreStep()
{
    if (m_wazzupDeleteOperations.isEmpty())
        return;
    const qint64 operationId =
        m_wazzupDeleteOperations.takeAt(m_random.bounded(int(m_wazzupDeleteOperations.size())));
    QList<JournalItem> items;
    for (const JournalItem &item : m_journal.items(operationId)) {
        if (RestoreRecords::canRestore(item))
            items.append(item);
    }
    m_figures.operations[QStringLiteral("wazzup-restore")] += int(items.size());
    for (int round = 0; round <= followUps && !items.isEmpty(); ++round) {
        RestoreWazzup restore(m_wazzup.get(), &m_journal);
        QSignalSpy done(&restore, &RestoreRecords::finished);
        restore.start(items);
        QVERIFY(done.wait(300000));
        QCOMPARE(restore.restoredCount() + restore.failedCount(), int(items.size()));
        if (round == 0)
            m_figures.failuresReported[QStringLiteral("wazzup-restore")] += restore.failedCount();
        for (const QString &problem : restore.problems())
            QVERIFY2(problem.contains(u':') && !problem.endsWith(u':'), qPrintable(problem));
        QList<JournalItem> again;
        for (const JournalItem &item : restore.items()) {
            const WazzupUser user = WazzupCodec::userFromJson(item.snapshot);
            if (item.state == JournalItem::State::Restored)
                m_wazzupExpected[user.id] = user.name;
            else
                again.append(item);
        }
        if (!again.isEmpty() && round < followUps)
            ++m_figures.retryRounds[QStringLiteral("wazzup-restore-again")];
        items = again;
    }
    for (const JournalItem &item : std::as_const(items)) {
        const WazzupUser user = WazzupCodec::userFromJson(item.snapshot);
        resolveWazzup(
            user.id, {WazzupUser{user.id, m_wazzupExpected.value(user.id), QString()}, user}, user);
    }
}

void TestFaultSoak::soak()
{
    bool fixed = false;
    m_seed = qEnvironmentVariable("USERDESK_SOAK_SEED").toUInt(&fixed);
    if (!fixed)
        m_seed = QRandomGenerator::system()->generate();
    bool sized = false;
    int target = qEnvironmentVariable("USERDESK_SOAK_OPS").toInt(&sized);
    if (!sized || target <= 0)
        target = 500;
    qInfo("soak: seed %u (USERDESK_SOAK_SEED=%u replays it), %d operations", m_seed, m_seed,
          target);
    m_random.seed(m_seed);

    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    options.latencyMs = 0;
    options.woowupRateLimit = 0;
    m_server->setOptions(options);
    m_server->reset();

    // The demo's customers, which no operation names: they must come out untouched.
    auto before = await(m_checker->listAllCustomers(), 120000);
    QVERIFY2(!before->error(), qPrintable(before->error().message()));
    const WoowUpCustomerList demo = before->customers();
    QCOMPARE(demo.size(), m_server->woowupCustomerCount());
    auto staff = await(m_wazzupChecker->listUsers(), 60000);
    QVERIFY2(!staff->error(), qPrintable(staff->error().message()));
    const WazzupUserList demoStaff = staff->users();
    QCOMPARE(demoStaff.size(), m_server->wazzupUserCount());

    options.faultRate = 0.2;
    options.faultSeed = m_seed;
    options.faultKinds = FaultInjector::allKinds();
    options.latencyMs = 5;
    options.hangMs = 3000; // longer than the client's timeout: the timeout path
    m_server->setOptions(options);
    m_server->reset();

    QElapsedTimer clock;
    clock.start();
    int step = 0;
    while (m_figures.total() < target) {
        ++step;
        // WoowUp three steps in four (its operations are what an account
        // of customers mostly sees), Wazzup the rest.
        const quint32 dice = m_random.bounded(100);
        if (dice < 25 || m_expected.isEmpty())
            importStep(step);
        else if (dice < 45)
            editStep(step);
        else if (dice < 60)
            deleteStep();
        else if (dice < 75)
            restoreStep();
        else if (dice < 85 || m_wazzupExpected.isEmpty())
            wazzupImportStep(step);
        else if (dice < 93)
            wazzupDeleteStep();
        else
            wazzupRestoreStep();
        if (QTest::currentTestFailed() || m_broken)
            return;
        if (step % 25 == 0)
            qInfo("soak: step %d, %d operations, %.0f s", step, m_figures.total(),
                  clock.elapsed() / 1000.0);
    }
    const double seconds = clock.elapsed() / 1000.0;
    const QJsonObject stats = m_server->stats();

    // With the faults off: the server equals the account, and the rest is untouched.
    options.faultRate = 0;
    options.latencyMs = 0;
    m_server->setOptions(options);
    auto after = await(m_checker->listAllCustomers(), 120000);
    QVERIFY2(!after->error(), qPrintable(after->error().message()));
    QHash<QString, int> byEmail;
    QHash<QString, int> byDocument;
    QHash<qint64, WoowUpCustomer> serverById;
    int duplicates = 0;
    for (const WoowUpCustomer &customer : after->customers()) {
        if (!customer.email.isEmpty() && ++byEmail[customer.email.toLower()] > 1)
            ++duplicates;
        if (!customer.document.isEmpty() && ++byDocument[customer.document] > 1)
            ++duplicates;
        serverById.insert(customer.userappId, customer);
    }
    int lost = 0;
    int present = 0;
    QStringList wrong;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const int copies = byEmail.value(it.key());
        if (it->present) {
            ++present;
            if (copies == 0)
                ++lost;
        }
        if (copies != (it->present ? 1 : 0))
            wrong.append(QStringLiteral("%1: %2 on the server, expected %3")
                             .arg(it.key())
                             .arg(copies)
                             .arg(it->describe()));
    }
    for (const WoowUpCustomer &customer : after->customers()) {
        const auto expected = m_expected.constFind(customer.email.toLower());
        if (expected != m_expected.cend() && !expected->matches(customer))
            wrong.append(QStringLiteral("%1: %2 %3 (%4), expected %5")
                             .arg(customer.email, customer.firstName, customer.lastName,
                                  customer.document, expected->describe()));
    }
    int demoChanged = 0;
    for (const WoowUpCustomer &customer : demo) {
        if (serverById.value(customer.userappId) != customer)
            ++demoChanged;
    }

    // Wazzup: the pool as the account says, the demo's staff untouched.
    auto staffAfter = await(m_wazzupChecker->listUsers(), 60000);
    QVERIFY2(!staffAfter->error(), qPrintable(staffAfter->error().message()));
    QHash<QString, QString> serverStaff;
    for (const WazzupUser &user : staffAfter->users()) {
        if (serverStaff.contains(user.id))
            ++duplicates;
        serverStaff.insert(user.id, user.name);
    }
    int staffPresent = 0;
    for (auto it = m_wazzupExpected.cbegin(); it != m_wazzupExpected.cend(); ++it) {
        staffPresent += it->isEmpty() ? 0 : 1;
        if (!it->isEmpty() && !serverStaff.contains(it.key()))
            ++lost;
        if (serverStaff.value(it.key()) != *it)
            wrong.append(QStringLiteral("Wazzup %1: \"%2\" on the server, expected \"%3\"")
                             .arg(it.key(), serverStaff.value(it.key()), *it));
    }
    for (const WazzupUser &user : demoStaff) {
        if (serverStaff.value(user.id) != user.name)
            ++demoChanged;
    }
    const int staffTotal = int(staffAfter->users().size());

    const QJsonObject faults = stats.value(QLatin1String("faults")).toObject();
    int faultCount = 0;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it)
        faultCount += it.value().toInt();
    qInfo("soak: %d operations in %d steps, %.1f s (%.0f operations/s)", m_figures.total(), step,
          seconds, m_figures.total() / seconds);
    qInfo("soak: operations by kind: %s", qPrintable(mapText(m_figures.operations)));
    qInfo("soak: API requests %d, faults injected %d: %s",
          stats.value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt(),
          faultCount, QJsonDocument(faults).toJson(QJsonDocument::Compact).constData());
    qInfo("soak: failures reported (first try) by kind: %s; plan failures %d",
          qPrintable(mapText(m_figures.failuresReported)), m_figures.planFailures);
    qInfo("soak: retries by the person (resume, retry failed, again): %s",
          qPrintable(mapText(m_figures.retryRounds)));
    qInfo("soak: still failed after %d follow-ups and looked up: %d (applied %d, not applied %d)",
          followUps, m_figures.failuresLeft, m_figures.unknownResolvedApplied,
          m_figures.unknownResolvedNotApplied);
    qInfo("soak: duplicate_creates %d, duplicate identifiers %d, lost records %d, records "
          "different from the account %d, demo records changed %d; soak customers %d present, "
          "%d absent; soak Wazzup users %d present, %d absent",
          m_server->duplicateCreates(), duplicates, lost, int(wrong.size()), demoChanged, present,
          int(m_expected.size()) - present, staffPresent,
          int(m_wazzupExpected.size()) - staffPresent);

    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(u'\n')));
    QCOMPARE(lost, 0);
    QCOMPARE(duplicates, 0);
    QCOMPARE(demoChanged, 0);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(int(after->customers().size()), int(demo.size()) + present);
    QCOMPARE(staffTotal, int(demoStaff.size()) + staffPresent);
    QVERIFY(faultCount > 0);
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
