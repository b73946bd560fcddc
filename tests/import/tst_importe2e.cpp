// The import from file to server: 1,000 WoowUp customers through faults,
// an import killed half-way and resumed, a Wazzup sync with delete-missing,
// and a dry run. The engine runs in this process; userdesk-cli runs as a
// separate process, as a script would, against the sandbox living here.

#include "clirunner.h"
#include "importengine.h"
#include "importjournal.h"
#include "importmappingstore.h"
#include "importplanner.h"
#include "importreader.h"
#include "importreport.h"
#include "importtestdata.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "woowupclient.h"
#include "woowupimportstrategy.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestImportE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void woowUpThousandWithFaults();
    void killedAndResumed();
    void wazzupSyncDeleteMissing();
    void dryRunSendsNothing();
    void woowUpFindEachForLargeAccount();
    void reportGuardsFormulas();

private:
    using Run = CliRun;
    CliRunner cli() const;
    QProcess *startCli(const QString &service, const QStringList &arguments);
    Run finish(QProcess *process) { return CliRunner::finish(process, 100000); }
    Run runCli(const QString &service, const QStringList &arguments);
    int writeRoutes(const QJsonObject &stats) const;
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
};

void TestImportE2e::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
}

void TestImportE2e::init()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    options.latencyMs = 0;
    options.hangMs = 2000;
    options.woowupRateLimit = 0; // the client's limiter is tested elsewhere; speed here
    options.wazzupUserLimit = SandboxOptions().wazzupUserLimit;
    options.faultKinds = FaultInjector::allKinds();
    m_server->setOptions(options);
    m_server->reset();
    QFile::remove(journalPath());
}

CliRunner TestImportE2e::cli() const
{
    CliRunner runner(m_server.get(), journalPath());
    runner.setCommonOptions({QStringLiteral("--timeout"), QStringLiteral("2"),
                             QStringLiteral("--attempts"), QStringLiteral("8"),
                             QStringLiteral("--json")});
    return runner;
}

QProcess *TestImportE2e::startCli(const QString &service, const QStringList &arguments)
{
    return cli().start(service, arguments, this);
}

TestImportE2e::Run TestImportE2e::runCli(const QString &service, const QStringList &arguments)
{
    return finish(startCli(service, arguments));
}

int TestImportE2e::writeRoutes(const QJsonObject &stats) const
{
    int writes = 0;
    const QJsonObject routes = stats.value(QLatin1String("requests"))
                                   .toObject()
                                   .value(QLatin1String("by_route"))
                                   .toObject();
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("GET ")))
            continue;
        const QJsonObject outcomes = it.value().toObject();
        for (auto o = outcomes.constBegin(); o != outcomes.constEnd(); ++o)
            writes += o.value().toInt();
    }
    return writes;
}

void TestImportE2e::woowUpThousandWithFaults()
{
    const QString path = m_dir.filePath(QStringLiteral("thousand.csv"));
    const GeneratedCsv csv = writeWoowUpCsv(path, 1000, 37, QStringLiteral("k"));
    const int valid = csv.rows - csv.invalid;
    const int before = m_server->woowupCustomerCount();
    SandboxOptions options = m_server->options();
    options.faultRate = 0.1;
    options.faultSeed = 6;
    m_server->setOptions(options);

    ApiClientConfig config = fastConfig(m_server->baseUrl(), m_server->options().woowupKey);
    config.timeoutMs = 2000;
    config.retry.maxAttempts = 8;
    std::unique_ptr<WoowUpClient> client(WoowUpClient::create(config));
    QVERIFY(client);

    ImportSource source;
    source.service = Service::WoowUp;
    source.filePath = path;
    auto reading = ImportReader::read(source);
    QElapsedTimer clock;
    clock.start();
    while (!reading.isFinished())
        QTest::qWait(5);
    const ImportReadResult read = reading.result();
    QVERIFY(read.csv.isSuccess());
    QCOMPARE(read.invalidCount, csv.invalid);

    ImportPlan plan;
    plan.service = Service::WoowUp;
    plan.filePath = path;
    plan.checksum = read.checksum;
    plan.mapping = read.mapping;
    plan.rows = read.rows;
    WoowUpImportStrategy strategy(client.get());
    ImportPlanner planner(&strategy);
    QSignalSpy planned(&planner, &ImportPlanner::finished);
    planner.start(plan);
    QVERIFY(planned.wait(60000));
    QVERIFY2(planner.errorString().isEmpty(), qPrintable(planner.errorString()));
    // 5,000 customers are 50 pages, far fewer than 963 finds.
    QCOMPARE(planner.plan().lookup, ImportPlan::Lookup::ListAll);
    QCOMPARE(planner.plan().expected().created, valid);

    ImportJournal journal;
    QVERIFY(journal.open(journalPath()));
    ImportEngine engine(&strategy, &journal);
    QSignalSpy done(&engine, &ImportEngine::finished);
    QElapsedTimer sending;
    sending.start();
    engine.start(planner.plan(), QStringLiteral("test"));
    QVERIFY(done.wait(100000));
    const double seconds = sending.elapsed() / 1000.0;
    qInfo("1,000-row WoowUp import with 10%% faults: %d requests, %.1f s sending, %.0f rows/s, "
          "%.1f s in all",
          engine.requestCount(), seconds, valid / seconds, clock.elapsed() / 1000.0);

    const ImportCounts counts = engine.counts();
    QCOMPARE(counts.created, valid);
    QCOMPARE(counts.failed, 0);
    QCOMPARE(counts.invalid, csv.invalid);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + valid);
    QVERIFY(m_server->stats().value(QLatin1String("faults")).toObject().size() > 0);

    // The journal agrees, and the report lists exactly the invalid lines.
    QCOMPARE(journal.rowCount(engine.importId(), ImportRow::State::Done), valid);
    QCOMPARE(journal.summary(engine.importId())->state, QStringLiteral("finished"));
    const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(ImportReport::write(reportPath, read.headers, engine.problemRows()));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), csv.invalid + 1);
    for (int i = 0; i < csv.invalidLines.size(); ++i)
        QVERIFY2(lines.at(i + 1).startsWith(QString::number(csv.invalidLines.at(i)) + u','),
                 qPrintable(lines.at(i + 1)));
}

void TestImportE2e::killedAndResumed()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.csv"));
    const GeneratedCsv csv = writeWoowUpCsv(path, 400, 50, QStringLiteral("r"));
    const int valid = csv.rows - csv.invalid;
    const int before = m_server->woowupCustomerCount();
    SandboxOptions options = m_server->options();
    options.latencyMs = 40; // slow enough to kill it in the middle
    options.faultRate = 0.1;
    options.faultKinds = {FaultInjector::Kind::Http500, FaultInjector::Kind::Http503,
                          FaultInjector::Kind::Drop, FaultInjector::Kind::Truncated};
    m_server->setOptions(options);

    QProcess *first = startCli(
        QStringLiteral("woowup"),
        {QStringLiteral("import"), path, QStringLiteral("--rate-limit"), QStringLiteral("0")});
    // Kill it once a good part is done: the journal says how far it got.
    int doneRows = 0;
    bool triedTwice = false;
    QElapsedTimer clock;
    clock.start();
    while (first->state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        QTest::qWait(20);
        if (!QFileInfo::exists(journalPath()))
            continue;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poll"));
        db.setDatabaseName(journalPath());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM import_rows WHERE state = 'done'"
                                          " AND action = 'create'"))
                && query.next())
                doneRows = query.value(0).toInt();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("poll"));
        if (doneRows >= 40 && !triedTwice) {
            // A second import of the same file meanwhile would race the first: refused.
            triedTwice = true;
            const Run second = runCli(QStringLiteral("woowup"),
                                      {QStringLiteral("import"), path,
                                       QStringLiteral("--rate-limit"), QStringLiteral("0")});
            QCOMPARE(second.exitCode, 2);
            QVERIFY2(second.err.contains(QLatin1String("another process")), qPrintable(second.err));
        }
        if (doneRows >= 120) {
            ::kill(pid_t(first->processId()), SIGKILL);
            break;
        }
    }
    const Run killed = finish(first);
    QCOMPARE(killed.exitCode, -1); // it did not end by itself
    QVERIFY2(doneRows >= 120 && doneRows < valid, qPrintable(QString::number(doneRows)));
    const int halfway = m_server->woowupCustomerCount() - before;
    QVERIFY(halfway >= doneRows && halfway < valid);

    const Run resumed =
        runCli(QStringLiteral("woowup"),
               {QStringLiteral("import"), path, QStringLiteral("--rate-limit"), QStringLiteral("0"),
                QStringLiteral("--report"), m_dir.filePath(QStringLiteral("resumed-report.csv"))});
    QVERIFY2(resumed.out.startsWith(QLatin1String("resuming import")), qPrintable(resumed.out));
    QCOMPARE(resumed.exitCode, 1); // the invalid rows
    const QJsonObject counts = resumed.lastLine();
    QCOMPARE(counts.value(QLatin1String("created")).toInt(), valid);
    QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("invalid")).toInt(), csv.invalid);
    // The rows done before the kill were not sent again: the second run
    // sent about one request per remaining row (plus the exist checks of
    // creates that were on the wire, and second tries after 500s).
    const int requests = counts.value(QLatin1String("requests")).toInt();
    const int remaining = valid - doneRows;
    QVERIFY2(
        requests <= remaining + remaining / 5 + 16,
        qPrintable(QStringLiteral("%1 requests for at most %2 rows").arg(requests).arg(remaining)));
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + valid);

    // Finished: a third run plans anew and finds everything unchanged.
    options.faultRate = 0;
    options.latencyMs = 0;
    m_server->setOptions(options);
    const Run again = runCli(
        QStringLiteral("woowup"),
        {QStringLiteral("import"), path, QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QCOMPARE(again.lastLine().value(QLatin1String("unchanged")).toInt(), valid);
    QCOMPARE(again.lastLine().value(QLatin1String("created")).toInt(), 0);
}

void TestImportE2e::wazzupSyncDeleteMissing()
{
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    auto list = await(client->listUsers());
    const WazzupUserList existing = list->users();
    QCOMPARE(existing.size(), 40);

    // 15 kept as they are, 10 renamed, 15 left out, 130 new.
    WazzupUserList wanted;
    for (int i = 0; i < 25; ++i) {
        WazzupUser user = existing.at(i);
        user.phone.clear();
        if (i >= 15)
            user.name += QStringLiteral(" (renamed)");
        wanted.append(user);
    }
    for (int i = 0; i < 130; ++i)
        wanted.append({QStringLiteral("new-%1").arg(i, 3, 10, QLatin1Char('0')),
                       QStringLiteral("Новый сотрудник %1").arg(i), QString()});
    const QString path = m_dir.filePath(QStringLiteral("staff.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id;name\n");
    for (const WazzupUser &user : std::as_const(wanted))
        file.write((user.id + u';' + user.name + u'\n').toUtf8());
    file.close();
    // The account is as full as the file: the 130 new users fit only once
    // the 15 left out are gone.
    SandboxOptions options = m_server->options();
    options.wazzupUserLimit = int(wanted.size());
    m_server->setOptions(options);
    m_server->reset(); // zero the counters after our own list

    const Run run = runCli(QStringLiteral("wazzup"),
                           {QStringLiteral("import"), path, QStringLiteral("--delete-missing")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject counts = run.lastLine();
    QCOMPARE(counts.value(QLatin1String("created")).toInt(), 130);
    QCOMPARE(counts.value(QLatin1String("updated")).toInt(), 10);
    QCOMPARE(counts.value(QLatin1String("unchanged")).toInt(), 15);
    QCOMPARE(counts.value(QLatin1String("deleted")).toInt(), 15);

    // Minimal requests: one list page, one read of each of the 25 users the
    // file updates (their phones) and of the 15 it deletes (their snapshots
    // for Recently deleted), ceil(140/100) upserts, one bulk delete.
    const QJsonObject stats = m_server->stats();
    QCOMPARE(routeCount(stats, QStringLiteral("GET /v3/users"), QStringLiteral("200")), 1);
    QCOMPARE(routeCount(stats, QStringLiteral("GET /v3/users/{id}"), QStringLiteral("200")),
             25 + 15);
    QCOMPARE(routeCount(stats, QStringLiteral("POST /v3/users"), QStringLiteral("200")), 2);
    QCOMPARE(
        routeCount(stats, QStringLiteral("PATCH /v3/users/bulk_delete"), QStringLiteral("200")), 1);
    QCOMPARE(writeRoutes(stats), 3);

    // The server now equals the file.
    auto after = await(client->listUsers());
    QMap<QString, QString> server;
    for (const WazzupUser &user : after->users())
        server.insert(user.id, user.name);
    QMap<QString, QString> fromFile;
    for (const WazzupUser &user : std::as_const(wanted))
        fromFile.insert(user.id, user.name);
    QCOMPARE(server, fromFile);
}

void TestImportE2e::dryRunSendsNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("dry.csv"));
    const GeneratedCsv csv = writeWoowUpCsv(path, 30, 10, QStringLiteral("d"));
    const int before = m_server->woowupCustomerCount();
    const Run woowup = runCli(QStringLiteral("woowup"),
                              {QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    QCOMPARE(woowup.exitCode, 1); // three invalid rows
    QCOMPARE(woowup.lastLine().value(QLatin1String("created")).toInt(), csv.rows - csv.invalid);
    QCOMPARE(woowup.lastLine().value(QLatin1String("invalid")).toInt(), csv.invalid);
    QVERIFY(woowup.lastLine().value(QLatin1String("dry_run")).toBool());
    // Each invalid row is named once, by its row as a spreadsheet shows it.
    const QString said = woowup.out + woowup.err;
    for (const int line : csv.invalidLines)
        QVERIFY2(said.contains(QStringLiteral("invalid: Row %1").arg(line)), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("invalid: line")), qPrintable(said));

    const QString staff = m_dir.filePath(QStringLiteral("dry-staff.csv"));
    QFile file(staff);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name\nx-1,Uno\nx-2,Dos\n");
    file.close();
    const Run wazzup = runCli(QStringLiteral("wazzup"),
                              {QStringLiteral("import"), staff, QStringLiteral("--dry-run"),
                               QStringLiteral("--delete-missing")});
    QVERIFY2(wazzup.exitCode == 0, qPrintable(wazzup.err));
    QCOMPARE(wazzup.lastLine().value(QLatin1String("created")).toInt(), 2);
    QCOMPARE(wazzup.lastLine().value(QLatin1String("deleted")).toInt(), 40);

    const QJsonObject stats = m_server->stats();
    QCOMPARE(writeRoutes(stats), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before);
    QCOMPARE(m_server->wazzupUserCount(), 40);
}

void TestImportE2e::woowUpFindEachForLargeAccount()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    auto page = await(client->searchCustomers(0, 100));
    WoowUpCustomerList withEmail;
    for (const WoowUpCustomer &customer : page->customers()) {
        if (!customer.email.isEmpty() && !customer.firstName.isEmpty())
            withEmail.append(customer);
    }
    QVERIFY(withEmail.size() >= 2);
    const WoowUpCustomer same = withEmail.at(0);
    const WoowUpCustomer renamed = withEmail.at(1);

    // Five rows against 5,000 customers (50 pages): finds are cheaper.
    const QString path = m_dir.filePath(QStringLiteral("few.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("email,first_name\n%1,%2\n%3,%4 Cambiado\nf1@import.example,Uno\n"
                              "f2@import.example,Dos\nf3@import.example,Tres\n")
                   .arg(same.email.toUpper(), same.firstName, renamed.email, renamed.firstName)
                   .toUtf8());
    file.close();

    ImportSource source;
    source.filePath = path;
    const ImportReadResult read = ImportReader::readNow(source);
    QCOMPARE(read.validCount, 5);
    ImportPlan plan;
    plan.rows = read.rows;
    plan.mapping = read.mapping;
    WoowUpImportStrategy strategy(client.get());
    ImportPlanner planner(&strategy);
    QSignalSpy planned(&planner, &ImportPlanner::finished);
    planner.start(plan);
    QVERIFY(planned.wait(20000));
    QVERIFY2(planner.errorString().isEmpty(), qPrintable(planner.errorString()));
    QCOMPARE(planner.plan().lookup, ImportPlan::Lookup::FindEach);
    // Probes of pages 0, 1, 2 and 4 stop as soon as pages would cost more, then five finds.
    QVERIFY2(planner.plan().lookupRequests <= 4 + 5,
             qPrintable(QString::number(planner.plan().lookupRequests)));
    const ImportCounts expected = planner.plan().expected();
    QCOMPARE(expected.created, 3);
    QCOMPARE(expected.updated, 1);
    QCOMPARE(expected.unchanged, 1);
    QCOMPARE(planner.plan().sendRequests(), 4);

    m_server->reset();
    ImportEngine engine(&strategy, nullptr);
    QSignalSpy done(&engine, &ImportEngine::finished);
    engine.start(planner.plan(), QStringLiteral("test"));
    QVERIFY(done.wait(20000));
    QCOMPARE(engine.counts().created, 3);
    QCOMPARE(engine.counts().updated, 1);
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("200")), 4); // one request per row
    auto after = await(client->findCustomer(QStringLiteral("email"), renamed.email));
    QCOMPARE(after->customer().firstName, renamed.firstName + QStringLiteral(" Cambiado"));
}

void TestImportE2e::reportGuardsFormulas()
{
    ImportRow row;
    row.line = 7;
    row.error = QStringLiteral("Bad, \"very\" bad");
    row.cells = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Peña")};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ImportReport::write(&buffer, {QStringLiteral("email"), QStringLiteral("name")}, {row}));
    QCOMPARE(buffer.data(),
             QByteArray("\xEF\xBB\xBFLine,Reason,email,name\r\n"
                        "7,\"Bad, \"\"very\"\" bad\",\"'=HYPERLINK(\"\"x\"\")\",Pe\xC3\xB1"
                        "a\r\n"));

    // Mappings come back for the same headers in another order and spelling.
    QSettings settings(m_dir.filePath(QStringLiteral("mappings.ini")), QSettings::IniFormat);
    ImportMappingStore store(&settings);
    ColumnMapping mapping(Service::WoowUp, {QStringLiteral("Correo"), QStringLiteral("Nombre")});
    mapping.setTarget(0, QStringLiteral("email"));
    mapping.setTarget(1, QStringLiteral("last_name"));
    store.save(QStringLiteral("p1"), mapping);
    const auto again = store.find(QStringLiteral("p1"), Service::WoowUp,
                                  {QStringLiteral("nombre"), QStringLiteral("CORREO")});
    QVERIFY(again.has_value());
    QCOMPARE(again->target(0), QStringLiteral("last_name"));
    QCOMPARE(again->target(1), QStringLiteral("email"));
    QVERIFY(!store.find(QStringLiteral("p2"), Service::WoowUp, mapping.headers()));
}

QTEST_GUILESS_MAIN(TestImportE2e)
#include "tst_importe2e.moc"
