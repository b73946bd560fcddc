// Workbooks through userdesk-cli import, as a script would run it, against
// the in-process sandbox: a two-sheet .xlsx made by openpyxl creates exactly
// the rows of the sheet chosen (by number, by name, or the first with data)
// with the values a person sees in it; an unknown sheet is refused naming
// the sheets there are; the journal records the sheet. What a file is comes
// from its content: a workbook renamed .csv is read as a workbook, a CSV
// named .xlsx as CSV, a PDF named .csv is refused saying what it is.

#include "clirunner.h"
#include "importjournal.h"
#include "importreader.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"
#include "sheetimportbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using SheetImportBook::Customer;

class TestSheetImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void secondSheetByNumber();
    void firstSheetByDefaultThenByName();
    void unknownSheetListsTheSheets();
    void journalRecordsTheSheet();
    void contentNotName_data();
    void contentNotName();
    void readerTellsByContent();
    void resumeMatchesTheSheet();
    void olderJournalGetsTheSheetColumn();

private:
    using Run = CliRun;
    Run runCli(const QStringList &arguments);
    // The customer the sandbox holds with that e-mail, as the API answers.
    QJsonObject customer(const QString &email);
    void verifyCreated(const QList<Customer> &expected);
    QString write(const QString &name, const QByteArray &data);
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    QString m_book;
};

void TestSheetImport::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_book = m_dir.filePath(QStringLiteral("clientes.xlsx"));
    const QString problem = SheetImportBook::make(m_book);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
}

void TestSheetImport::init()
{
    m_server->reset();
    QFile::remove(journalPath());
}

TestSheetImport::Run TestSheetImport::runCli(const QStringList &arguments)
{
    CliRunner cli(m_server.get(), journalPath());
    cli.setCommonOptions({QStringLiteral("--json")});
    return cli.run(QStringLiteral("woowup"), arguments);
}

QJsonObject TestSheetImport::customer(const QString &email)
{
    SandboxTestClient client(m_server->baseUrl());
    client.setAuthorization("Basic " + m_server->options().woowupKey.toUtf8());
    const TestResponse response = client.get(QStringLiteral("/apiv3/users?limit=100&search=")
                                             + QString::fromLatin1(QUrl::toPercentEncoding(email)));
    for (const QJsonValue &value : response.payload().toArray()) {
        if (value.toObject().value(QLatin1String("email")).toString() == email)
            return value.toObject();
    }
    return {};
}

void TestSheetImport::verifyCreated(const QList<Customer> &expected)
{
    for (const Customer &person : expected) {
        const QJsonObject saved = customer(person.email);
        QVERIFY2(!saved.isEmpty(), qPrintable(person.email));
        QCOMPARE(saved.value(QLatin1String("first_name")).toString(), person.firstName);
        QCOMPARE(saved.value(QLatin1String("last_name")).toString(), person.lastName);
        // Numbers as a person sees them: never 5.491155550001E12, leading zeros kept.
        QCOMPARE(saved.value(QLatin1String("document")).toString(), person.document);
        QCOMPARE(saved.value(QLatin1String("telephone")).toString(), person.telephone);
        QCOMPARE(saved.value(QLatin1String("birthday")).toString(), person.birthdate);
        if (person.points >= 0)
            QCOMPARE(saved.value(QLatin1String("points")).toInt(), person.points);
    }
}

QString TestSheetImport::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestSheetImport::secondSheetByNumber()
{
    const int before = m_server->woowupCustomerCount();
    const Run run =
        runCli({QStringLiteral("import"), m_book, QStringLiteral("--sheet"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(run.lastLine().value(QLatin1String("created")).toInt(), 2);
    QCOMPARE(m_server->woowupCustomerCount(), before + 2);
    verifyCreated(SheetImportBook::mayoristas());
    // Nothing of the other sheet.
    for (const Customer &person : SheetImportBook::clientes())
        QVERIFY2(customer(person.email).isEmpty(), qPrintable(person.email));
}

void TestSheetImport::firstSheetByDefaultThenByName()
{
    const int before = m_server->woowupCustomerCount();
    const Run first = runCli({QStringLiteral("import"), m_book});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    QCOMPARE(first.lastLine().value(QLatin1String("created")).toInt(), 3);
    verifyCreated(SheetImportBook::clientes());
    const Run second = runCli({QStringLiteral("import"), m_book, QStringLiteral("--sheet"),
                               QStringLiteral("mayoristas")}); // a name, ignoring case
    QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
    QCOMPARE(second.lastLine().value(QLatin1String("created")).toInt(), 2);
    QCOMPARE(m_server->woowupCustomerCount(), before + 5);
    verifyCreated(SheetImportBook::mayoristas());
    // The same sheet again: the server already holds what it says.
    const Run again = runCli({QStringLiteral("import"), m_book, QStringLiteral("--dry-run")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    QCOMPARE(again.lastLine().value(QLatin1String("created")).toInt(), 0);
    QCOMPARE(again.lastLine().value(QLatin1String("updated")).toInt(), 0);
    QCOMPARE(again.lastLine().value(QLatin1String("unchanged")).toInt(), 3);
}

void TestSheetImport::unknownSheetListsTheSheets()
{
    const int before = m_server->woowupCustomerCount();
    for (const QString &sheet : {QStringLiteral("Proveedores"), QStringLiteral("3")}) {
        const Run run =
            runCli({QStringLiteral("import"), m_book, QStringLiteral("--sheet"), sheet});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("“Clientes”"))
                     && run.err.contains(QStringLiteral("“Mayoristas”")),
                 qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one line
    }
    QCOMPARE(m_server->woowupCustomerCount(), before);
    const QString csv = write(QStringLiteral("plain.csv"), "email\nx@sheet.example\n");
    const Run text = runCli({QStringLiteral("import"), csv, QStringLiteral("--sheet"),
                             QStringLiteral("1"), QStringLiteral("--dry-run")});
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(QStringLiteral("--sheet is for workbooks")), qPrintable(text.err));
}

void TestSheetImport::journalRecordsTheSheet()
{
    const Run run =
        runCli({QStringLiteral("import"), m_book, QStringLiteral("--sheet"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(journalPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT sheet, checksum FROM imports")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Mayoristas"));
        // The workbook's own checksum, as for a CSV file: what a resume recognises.
        QCOMPARE(query.value(1).toString().toLatin1(), ImportReader::checksum(m_book));
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestSheetImport::contentNotName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: the workbook
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("created");
    QTest::addColumn<QString>("error");

    QTest::newRow("workbook named .csv") << u"renamed.csv"_s << QByteArray() << 0 << 3 << QString();
    QTest::newRow("workbook named .txt") << u"renamed.txt"_s << QByteArray() << 0 << 3 << QString();
    QTest::newRow("CSV named .xlsx")
        << u"text.xlsx"_s << QByteArray("email;first_name\nuno@sheet.example;Uno\n") << 0 << 1
        << QString();
    QTest::newRow("PDF named .csv")
        << u"document.csv"_s << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << 1 << 0
        << u"This file is a PDF document. Userdesk imports CSV"_s;
    QTest::newRow("PNG named .xlsx")
        << u"picture.xlsx"_s << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << 1 << 0
        << u"Userdesk imports CSV and other text files, Excel workbooks (.xlsx)"_s;
}

void TestSheetImport::contentNotName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(int, created);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (content.isEmpty())
        QVERIFY(QFile::copy(m_book, path));
    else
        write(name, content);
    const Run run = runCli({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
    if (error.isEmpty())
        QCOMPARE(run.lastLine().value(QLatin1String("created")).toInt(), created);
    else
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void TestSheetImport::readerTellsByContent()
{
    // The reader the dialog and the CLI share, without a server.
    const QString renamed = m_dir.filePath(QStringLiteral("reader.csv"));
    QFile::remove(renamed);
    QVERIFY(QFile::copy(m_book, renamed));
    ImportSource source;
    source.filePath = renamed;
    source.sheet = QStringLiteral("Mayoristas");
    const ImportReadResult read = ImportReader::readNow(source);
    QVERIFY2(read.csv.isSuccess(), qPrintable(read.csv.errorText));
    QCOMPARE(read.format.kind, FileFormat::Kind::Xlsx);
    QCOMPARE(read.sheetName, QStringLiteral("Mayoristas"));
    QCOMPARE(read.sheetIndex, 2);
    QCOMPARE(read.validCount, 2);
    QCOMPARE(read.rows.first().cells.at(3), QStringLiteral("27444555"));
    QCOMPARE(read.rows.first().cells.at(4), QStringLiteral("5491166660002"));

    source.sheet = QStringLiteral("Nada");
    const ImportReadResult missing = ImportReader::readNow(source);
    QCOMPARE(missing.csv.status, CsvReadResult::Status::Error);
    QVERIFY2(missing.csv.errorText.contains(QStringLiteral("“Clientes”")),
             qPrintable(missing.csv.errorText));
}

void TestSheetImport::resumeMatchesTheSheet()
{
    // An import of one sheet that stopped is not offered for another sheet
    // of the same workbook, nor for a CSV with the same bytes' checksum.
    ImportJournal journal;
    QVERIFY(journal.open(m_dir.filePath(u"resume.sqlite"_s)));
    ImportPlan plan;
    plan.filePath = m_book;
    plan.checksum = ImportReader::checksum(m_book);
    plan.sheet = u"Mayoristas"_s;
    const qint64 id = journal.begin(u"p"_s, plan);
    QVERIFY(id > 0);
    QVERIFY(journal.finish(id, u"cancelled"_s, ImportCounts()));
    const QString service = serviceKey(Service::WoowUp);
    const auto same = journal.resumable(u"p"_s, service, plan.checksum, nullptr, u"Mayoristas"_s);
    QVERIFY(same);
    QCOMPARE(same->id, id);
    QCOMPARE(same->sheet, u"Mayoristas"_s);
    QVERIFY(!journal.resumable(u"p"_s, service, plan.checksum, nullptr, u"Clientes"_s));
    QVERIFY(!journal.resumable(u"p"_s, service, plan.checksum));
    ImportPlan loaded;
    QVERIFY(journal.loadPlan(id, &loaded));
    QCOMPARE(loaded.sheet, u"Mayoristas"_s);
}

void TestSheetImport::olderJournalGetsTheSheetColumn()
{
    const QString path = m_dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The imports table as journals before workbooks have it.
        QVERIFY(query.exec(
            u"CREATE TABLE imports (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT "
            "NULL, service TEXT NOT NULL, file_path TEXT NOT NULL, checksum TEXT NOT NULL, "
            "mapping TEXT NOT NULL, encoding TEXT, delimiter TEXT, has_header INTEGER NOT NULL "
            "DEFAULT 1, delete_missing INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, owner "
            "TEXT, pid INTEGER, started_at TEXT NOT NULL, finished_at TEXT, total INTEGER NOT "
            "NULL DEFAULT 0, created INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL "
            "DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, invalid INTEGER NOT NULL DEFAULT "
            "0, failed INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"_s));
        QVERIFY(query.exec(u"INSERT INTO imports (profile_id, service, file_path, checksum, "
                           "mapping, state, started_at) VALUES ('p', 'woowup', 'a.csv', 'abc', "
                           "'{}', 'cancelled', '2026-01-01')"_s));
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    ImportJournal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    const auto old = journal.resumable(u"p"_s, serviceKey(Service::WoowUp), "abc");
    QVERIFY(old); // a CSV import: no sheet
    QVERIFY(old->sheet.isEmpty());
    ImportPlan plan;
    plan.filePath = m_book;
    plan.checksum = "def";
    plan.sheet = u"Hoja1"_s;
    QVERIFY2(journal.begin(u"p"_s, plan) > 0, qPrintable(journal.errorString()));
}

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
