// Seeing what an import changes before it is sent, and blank cells that
// clear (issue 18): the plan keeps each update's changed fields old → new
// (WoowUp and Wazzup), `import --dry-run --json` lists them as one JSON
// document, --clear-blank is refused for identifiers, and a cleared field
// really arrives cleared. Against the in-process sandbox over loopback HTTP;
// userdesk-cli runs as a separate process.

#include "clirunner.h"
#include "importplanner.h"
#include "importreader.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "wazzupimportstrategy.h"
#include "wazzupjobs.h"
#include "woowupclient.h"
#include "woowupimportstrategy.h"
#include "woowupjobs.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestImportChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void dryRunJsonListsFieldChanges_data();
    void dryRunJsonListsFieldChanges();
    void clearBlankRefused_data();
    void clearBlankRefused();
    void clearedFieldArrivesCleared();
    void wazzupPhoneClearedOnServer();
    void woowUpPlannerKeepsFieldChanges();
    void wazzupPlannerKeepsFieldChanges();

private:
    QString write(const QString &name, const QByteArray &data);
    CliRun cli(const QString &service, const QStringList &arguments);
    ImportPlan plan(Service service, const QString &path, const QStringList &clearBlank,
                    ImportStrategy *strategy);
    WoowUpCustomer findCustomer(const QString &email);
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WoowUpClient> m_woowup;
    std::unique_ptr<WazzupClient> m_wazzup;
    QTemporaryDir m_dir;
};

namespace {

const QString ana = QStringLiteral("ana@changes.example");
const QString bo = QStringLiteral("bo@changes.example");
const QString staffId = QStringLiteral("ch-1");
const QString staffPhone = QStringLiteral("79261234567");

QStringList fieldNames(const FieldChanges &changes)
{
    QStringList names;
    for (const FieldChange &change : changes)
        names.append(change.field);
    return names;
}

} // namespace

void TestImportChanges::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_woowup.reset(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    m_wazzup.reset(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    QVERIFY(m_woowup && m_wazzup);
}

void TestImportChanges::init()
{
    SandboxOptions options = m_server->options();
    options.woowupRateLimit = 0;
    options.faultRate = 0;
    m_server->setOptions(options);
    m_server->reset();
    QFile::remove(journalPath());
    WoowUpCustomer first;
    first.email = ana;
    first.firstName = QStringLiteral("Ana");
    first.lastName = QStringLiteral("Paz");
    first.city = QStringLiteral("Rosario");
    first.gender = QStringLiteral("F");
    WoowUpCustomer second;
    second.email = bo;
    second.firstName = QStringLiteral("Bo");
    second.city = QStringLiteral("Lima");
    for (const WoowUpCustomer &customer : {first, second}) {
        auto created = await(m_woowup->createCustomer(customer));
        QVERIFY2(!created->error(), qPrintable(created->error().message()));
    }
    auto upserted = await(m_wazzup->upsertUsers({{staffId, QStringLiteral("Uno"), staffPhone}}));
    QVERIFY2(!upserted->error(), qPrintable(upserted->error().message()));
}

QString TestImportChanges::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
    return path;
}

CliRun TestImportChanges::cli(const QString &service, const QStringList &arguments)
{
    CliRunner runner(m_server.get(), journalPath());
    runner.setCommonOptions({QStringLiteral("--timeout"), QStringLiteral("5")});
    return runner.run(service, arguments);
}

WoowUpCustomer TestImportChanges::findCustomer(const QString &email)
{
    auto job = await(m_woowup->findCustomer(QStringLiteral("email"), email));
    return job && job->found() ? job->customer() : WoowUpCustomer();
}

ImportPlan TestImportChanges::plan(Service service, const QString &path,
                                   const QStringList &clearBlank, ImportStrategy *strategy)
{
    ImportSource source;
    source.service = service;
    source.filePath = path;
    source.clearBlank = clearBlank;
    const ImportReadResult read = ImportReader::readNow(source);
    ImportPlan plan;
    plan.service = service;
    plan.filePath = path;
    plan.mapping = read.mapping;
    plan.rows = read.rows;
    ImportPlanner planner(strategy);
    QSignalSpy planned(&planner, &ImportPlanner::finished);
    planner.start(plan);
    if (!planned.wait(30000) || !planner.errorString().isEmpty())
        qWarning() << "planning failed:" << planner.errorString();
    return planner.plan();
}

void TestImportChanges::dryRunJsonListsFieldChanges_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("changes"); // expected, without deletes

    const QStringList clearCity{QStringLiteral("--clear-blank"), QStringLiteral("city")};
    QTest::newRow("update; a cleared blank and a kept one")
        << "woowup" << QByteArray("email,first_name,last_name,city\n" + ana.toUtf8() + ",Anita,,\n")
        << clearCity
        << QByteArray(R"([{"line":2,"action":"update","match":{"field":"email","value":")"
                      + ana.toUtf8()
                      + R"("},"fields":{"first_name":{"old":"Ana","new":"Anita"},)"
                        R"("city":{"old":"Rosario","new":null}}}])");
    QTest::newRow("blank cells keep the server's values by default")
        << "woowup" << QByteArray("email,first_name,last_name,city\n" + ana.toUtf8() + ",Anita,,\n")
        << QStringList()
        << QByteArray(R"([{"line":2,"action":"update","match":{"field":"email","value":")"
                      + ana.toUtf8()
                      + R"("},"fields":{"first_name":{"old":"Ana","new":"Anita"}}}])");
    QTest::newRow("only fields with a value are cleared")
        << "woowup"
        << QByteArray("email,last_name,city,gender\n" + bo.toUtf8() + ",,,\n" + ana.toUtf8()
                      + ",,,F\n")
        << QStringList{QStringLiteral("--clear-blank"), QStringLiteral("last_name"),
                       QStringLiteral("--clear-blank"), QStringLiteral("city"),
                       QStringLiteral("--clear-blank"), QStringLiteral("gender")}
        << QByteArray(R"([{"line":2,"action":"update","match":{"field":"email","value":")"
                      + bo.toUtf8()
                      + R"("},"fields":{"city":{"old":"Lima","new":null}}},)"
                        R"({"line":3,"action":"update","match":{"field":"email","value":")"
                      + ana.toUtf8()
                      + R"("},"fields":{"last_name":{"old":"Paz","new":null},)"
                        R"("city":{"old":"Rosario","new":null}}}])");
    QTest::newRow("a create; an unchanged row is not listed")
        << "woowup"
        << QByteArray("email,first_name\n" + ana.toUtf8() + ",Ana\nnuevo@changes.example,Nuevo\n")
        << QStringList()
        << QByteArray(R"([{"line":3,"action":"create","match":{"field":"email",)"
                      R"("value":"nuevo@changes.example"}}])");
    QTest::newRow("wazzup: renamed, phone cleared")
        << "wazzup" << QByteArray("id,name,phone\nch-1,Uno Dos,\n")
        << QStringList{QStringLiteral("--clear-blank"), QStringLiteral("phone")}
        << QByteArray(R"([{"line":2,"action":"update","match":{"field":"id","value":"ch-1"},)"
                      R"("fields":{"name":{"old":"Uno","new":"Uno Dos"},)"
                      R"("phone":{"old":"79261234567","new":null}}}])");
    QTest::newRow("wazzup: a blank phone keeps; deletes named")
        << "wazzup" << QByteArray("id,name,phone\nch-1,Uno,\nch-2,Dos,\n")
        << QStringList{QStringLiteral("--delete-missing")}
        << QByteArray(R"([{"line":3,"action":"create","match":{"field":"id","value":"ch-2"}}])");
}

void TestImportChanges::dryRunJsonListsFieldChanges()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, changes);

    const QString path = write(QStringLiteral("dry.csv"), csv);
    const CliRun run = cli(service,
                           QStringList{QStringLiteral("--json"), QStringLiteral("import"), path,
                                       QStringLiteral("--dry-run")}
                               + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    // One JSON document and nothing else on stdout.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(run.out));
    const QJsonObject plan = document.object();
    QVERIFY(plan.value(QLatin1String("dry_run")).toBool());

    QJsonArray listed;
    int deletes = 0;
    for (const QJsonValue &entry : plan.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = entry.toObject();
        if (change.value(QLatin1String("action")).toString() != QLatin1String("delete")) {
            listed.append(change);
            continue;
        }
        // A deletion: no line, named, matched by its id.
        ++deletes;
        QVERIFY(!change.contains(QLatin1String("line")));
        QVERIFY(!change.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(change.value(QLatin1String("match")).toObject().value(QLatin1String("field")),
                 QJsonValue(QStringLiteral("id")));
    }
    QCOMPARE(listed, QJsonDocument::fromJson(changes).array());
    QCOMPARE(deletes, plan.value(QLatin1String("deleted")).toInt());
    int updates = 0;
    for (const QJsonValue &entry : std::as_const(listed))
        updates += entry.toObject().value(QLatin1String("action")) == QLatin1String("update");
    QCOMPARE(plan.value(QLatin1String("updated")).toInt(), updates);
}

void TestImportChanges::clearBlankRefused_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("field");

    QTest::newRow("woowup email") << "woowup"
                                  << "email";
    QTest::newRow("woowup service_uid") << "woowup"
                                        << "service_uid";
    QTest::newRow("woowup document") << "woowup"
                                     << "document";
    QTest::newRow("woowup telephone") << "woowup"
                                      << "telephone";
    QTest::newRow("wazzup id") << "wazzup"
                               << "id";
    QTest::newRow("wazzup name (required)") << "wazzup"
                                            << "name";
    QTest::newRow("woowup points (a number)") << "woowup"
                                              << "points";
    QTest::newRow("unknown field") << "woowup"
                                   << "shoe_size";
}

void TestImportChanges::clearBlankRefused()
{
    QFETCH(QString, service);
    QFETCH(QString, field);
    const QString path = write(QStringLiteral("refused.csv"),
                               service == QLatin1String("wazzup")
                                   ? QByteArray("id,name,phone\nch-1,Uno,\n")
                                   : QByteArray("email,first_name\n" + ana.toUtf8() + ",\n"));
    const QJsonObject before = m_server->stats();
    const CliRun run =
        cli(service, {QStringLiteral("import"), path, QStringLiteral("--clear-blank"), field});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--clear-blank ") + field), qPrintable(run.err));
    // Refused before any request.
    QCOMPARE(m_server->stats().value(QLatin1String("requests")),
             before.value(QLatin1String("requests")));
    QCOMPARE(findCustomer(ana).firstName, QStringLiteral("Ana"));
}

void TestImportChanges::clearedFieldArrivesCleared()
{
    const QString path = write(QStringLiteral("clear.csv"),
                               "email,first_name,last_name,city\n" + ana.toUtf8() + ",Anita,,\n");
    const CliRun run = cli(
        QStringLiteral("woowup"),
        {QStringLiteral("import"), path, QStringLiteral("--clear-blank"), QStringLiteral("city")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const WoowUpCustomer after = findCustomer(ana);
    QCOMPARE(after.firstName, QStringLiteral("Anita"));
    QCOMPARE(after.lastName, QStringLiteral("Paz")); // blank, kept
    QCOMPARE(after.city, QString()); // blank, cleared
    QCOMPARE(after.gender, QStringLiteral("F")); // not in the file

    // The journal keeps the choice with the mapping, for a resume.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("changes"));
        db.setDatabaseName(journalPath());
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("SELECT mapping FROM imports"), db);
        QVERIFY(query.next());
        bool ok = false;
        const ColumnMapping mapping = ColumnMapping::fromJson(query.value(0).toString(), &ok);
        QVERIFY(ok);
        QCOMPARE(mapping.clearedBlankFields(), QStringList{QStringLiteral("city")});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("changes"));
}

void TestImportChanges::wazzupPhoneClearedOnServer()
{
    const QString keep = write(QStringLiteral("keep.csv"), "id,name,phone\nch-1,Uno Dos,\n");
    CliRun run = cli(QStringLiteral("wazzup"), {QStringLiteral("import"), keep});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    auto user = await(m_wazzup->getUser(staffId));
    QCOMPARE(user->user().phone, staffPhone);

    const QString clear = write(QStringLiteral("clear.csv"), "id,name,phone\nch-1,Uno Tres,\n");
    run = cli(QStringLiteral("wazzup"),
              {QStringLiteral("import"), clear, QStringLiteral("--clear-blank"),
               QStringLiteral("phone")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    user = await(m_wazzup->getUser(staffId));
    QCOMPARE(user->user().name, QStringLiteral("Uno Tres"));
    QCOMPARE(user->user().phone, QString());
}

void TestImportChanges::woowUpPlannerKeepsFieldChanges()
{
    const QString path =
        write(QStringLiteral("planner.csv"),
              "email,first_name,last_name,city,tags\n" + ana.toUtf8() + ",Anita,,,vip\n"
                  + bo.toUtf8() + ",Bo,,,\n" + "otra@changes.example,Otra,,,\n");
    WoowUpImportStrategy strategy(m_woowup.get());
    // A small file: one find per row.
    const ImportPlan found = plan(Service::WoowUp, path, {QStringLiteral("city")}, &strategy);
    QCOMPARE(found.lookup, ImportPlan::Lookup::FindEach);
    const FieldChanges expected{
        {QStringLiteral("first_name"), QStringLiteral("Ana"), QStringLiteral("Anita")},
        {QStringLiteral("tags"), QString(), QStringLiteral("vip")},
        {QStringLiteral("city"), QStringLiteral("Rosario"), QString()},
    };
    QCOMPARE(found.rows.at(0).action, ImportRow::Action::Update);
    QCOMPARE(fieldNames(found.changes.value(0).fields), fieldNames(expected));
    QVERIFY(found.changes.value(0).fields == expected);
    QCOMPARE(found.changes.value(0).matchField, QStringLiteral("email"));
    QCOMPARE(found.rows.at(1).action, ImportRow::Action::Update); // Lima cleared
    QCOMPARE(fieldNames(found.changes.value(1).fields), QStringList{QStringLiteral("city")});
    QCOMPARE(found.rows.at(2).action, ImportRow::Action::Create);
    QCOMPARE(found.changes.size(), 2); // updates only

    // The same when the whole account is read and matched.
    ImportPlan listed = found;
    for (qsizetype i = 0; i < listed.rows.size(); ++i)
        listed.rows.setAction(i, ImportRow::Action::Create);
    listed.changes.clear();
    QEventLoop loop;
    ApiJob *job = strategy.readAll(&loop, &listed, [&loop](const ApiError &, int) { loop.quit(); });
    QVERIFY(job);
    loop.exec();
    QVERIFY(listed.changes.value(0).fields == expected);
    QCOMPARE(listed.changes.value(0).matchField, QStringLiteral("email"));
    QCOMPARE(listed.changes.size(), 2);
}

void TestImportChanges::wazzupPlannerKeepsFieldChanges()
{
    const QString path =
        write(QStringLiteral("staff.csv"), "id,name,phone\nch-1,Uno Dos,\nch-2,Dos,\n");
    WazzupImportStrategy strategy(m_wazzup.get());
    const ImportPlan kept = plan(Service::Wazzup, path, {}, &strategy);
    QCOMPARE(kept.rows.at(0).action, ImportRow::Action::Update);
    const FieldChanges renamed{
        {QStringLiteral("name"), QStringLiteral("Uno"), QStringLiteral("Uno Dos")}};
    QVERIFY(kept.changes.value(0).fields == renamed);
    QCOMPARE(kept.changes.value(0).matchField, QStringLiteral("id"));
    QCOMPARE(kept.rows.at(1).action, ImportRow::Action::Create);
    // The users a sync would delete keep their id and name.
    QVERIFY(!kept.missing.isEmpty());
    for (const ImportRow &row : kept.missing) {
        QVERIFY(!row.key.isEmpty());
        QCOMPARE(row.wazzupUser.id, row.key);
        QVERIFY(!row.wazzupUser.name.isEmpty());
    }

    const ImportPlan cleared = plan(Service::Wazzup, path, {QStringLiteral("phone")}, &strategy);
    QVERIFY(
        cleared.changes.value(0).fields
        == (FieldChanges{{QStringLiteral("name"), QStringLiteral("Uno"), QStringLiteral("Uno Dos")},
                         {QStringLiteral("phone"), staffPhone, QString()}}));
}

QTEST_GUILESS_MAIN(TestImportChanges)
#include "tst_importchanges.moc"
