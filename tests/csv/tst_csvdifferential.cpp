// Differential test of the reading pipeline: every input is read, split,
// mapped and validated, and everything that comes out (the read result, each
// row's cells and numbers, the mapper's issues, the records) is written into
// one canonical text whose SHA-256 is compared with the digest the reader
// before the view-based rewrite produced for the same input (checked in as
// tst_csvdifferential_expected.txt). The inputs: the fuzz corpus, hand-made
// edge cases, and a generated 100,000-row file.
//
// USERDESK_DIFFERENTIAL_WRITE=1 rewrites the expected file (only ever from a
// build whose output is known to be right).

#include "columnmapping.h"
#include "csvblockscanner.h"
#include "csvreader.h"
#include "importrowmapper.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QtTest>

#include <type_traits>

namespace {

const QString sourceDir = QStringLiteral(USERDESK_SOURCE_DIR);
const QString expectedFile =
    sourceDir + QStringLiteral("/tests/csv/tst_csvdifferential_expected.txt");

CustomAttributeDefinitions definitions()
{
    const auto make = [](const char *name, const char *fieldType, const char *dataType,
                         QStringList options = {}) {
        CustomAttributeDefinition definition;
        definition.name = QLatin1String(name);
        definition.label = QLatin1String(name);
        definition.fieldType = QLatin1String(fieldType);
        definition.dataType = QLatin1String(dataType);
        definition.options = options;
        return definition;
    };
    return {make("level", "number", "integer"),
            make("score", "number", "float"),
            make("vip", "checkbox", "boolean"),
            make("since", "datetime", "date"),
            make("hobbies", "list", "string"),
            make("size", "select", "string", {QStringLiteral("Small"), QStringLiteral("Large")}),
            make("note", "text", "string")};
}

QString dumpString(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("<null>");
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'\n', QLatin1String("\\n"))
        .replace(u'\r', QLatin1String("\\r"))
        .replace(u'|', QLatin1String("\\|"));
    return u'[' + escaped + u']';
}

QString dumpConsent(const ChannelConsent &consent)
{
    return (consent.enabled ? QString::number(int(*consent.enabled)) : QStringLiteral("-"))
        + dumpString(consent.disabledReason);
}

QString dumpCustomer(const WoowUpCustomer &c)
{
    QStringList parts = {dumpString(c.serviceUid),
                         dumpString(c.email),
                         dumpString(c.document),
                         dumpString(c.documentType),
                         dumpString(c.telephone),
                         dumpString(c.firstName),
                         dumpString(c.lastName),
                         dumpString(c.birthdate),
                         dumpString(c.gender),
                         dumpString(c.street),
                         dumpString(c.postcode),
                         dumpString(c.city),
                         dumpString(c.department),
                         dumpString(c.state),
                         dumpString(c.country),
                         dumpString(c.maritalStatus),
                         dumpString(c.tags.join(u'\x1f')),
                         c.points ? QString::number(*c.points) : QStringLiteral("-"),
                         dumpString(c.clubInscriptionDate),
                         dumpConsent(c.mailing),
                         dumpConsent(c.whatsapp),
                         dumpConsent(c.sms)};
    for (auto it = c.customAttributes.cbegin(); it != c.customAttributes.cend(); ++it) {
        const QVariant &value = it.value();
        parts.append(it.key() + u'=' + QString::fromLatin1(value.typeName()) + u':'
                     + dumpString(value.typeId() == QMetaType::QStringList
                                      ? value.toStringList().join(u'\x1f')
                                      : value.toString()));
    }
    return parts.join(u'|');
}

QString dumpIssues(const ValidationIssues &issues)
{
    QStringList parts;
    for (const ValidationIssue &issue : issues)
        parts.append(issue.field + u'/' + QString::number(int(issue.severity)) + u'/'
                     + dumpString(issue.message));
    return parts.join(u'|');
}

QString dumpResult(const CsvReadResult &result)
{
    QStringList lines;
    for (qint64 line : result.raggedLines)
        lines.append(QString::number(line));
    return QStringLiteral("status=%1 error=%2 errorLine=%3 encoding=%4 delimiter=%5 sep=%6 "
                          "decodingErrors=%7 max=%8 rows=%9 ragged=%10 lines=%11")
        .arg(int(result.status))
        .arg(dumpString(result.errorText))
        .arg(result.errorLine)
        .arg(QString::fromLatin1(result.encoding))
        .arg(result.delimiter.unicode())
        .arg(int(result.sepLineSkipped))
        .arg(int(result.decodingErrors))
        .arg(int(result.reachedMaxRows))
        .arg(result.rowCount)
        .arg(result.raggedRowCount)
        .arg(lines.join(u','));
}

// Everything the old pipeline gave for one input, hashed as it goes.
class Digest
{
public:
    // USERDESK_DIFFERENTIAL_DUMP=FILE also writes the text hashed, to find
    // where two builds part.
    Digest()
    {
        const QString dump = qEnvironmentVariable("USERDESK_DIFFERENTIAL_DUMP");
        if (!dump.isEmpty()) {
            m_dump.setFileName(dump);
            m_dump.open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
    }

    void add(const QString &line)
    {
        const QByteArray utf8 = line.toUtf8();
        if (m_dump.isOpen())
            m_dump.write(utf8 + '\n');
        m_hash.addData(utf8);
        m_hash.addData(QByteArrayView("\n"));
    }
    QByteArray hex() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QFile m_dump;
};

struct ReadPlan
{
    CsvOptions options;
    qint64 maxRows = -1;
};

// A view never is null: the reader's strings were not either.
QString cellText(QStringView cell)
{
    QString text = cell.toString();
    if (text.isNull())
        text.resize(0);
    return text;
}

QString cellText(const QString &cell)
{
    return cell;
}

template<typename Row>
QString rowHead(const Row &row)
{
    QStringList cells;
    for (const auto &cell : row.fields)
        cells.append(dumpString(cellText(cell)));
    return QStringLiteral("row %1 line %2 problem %3/%4: ")
               .arg(row.number)
               .arg(row.line)
               .arg(int(row.problem))
               .arg(row.problemColumn)
        + cells.join(u'|');
}

QStringList headersOf(const CsvRow &row)
{
    return row.fields;
}

QStringList headersOf(const CsvRowView &row)
{
    QStringList headers;
    for (QStringView cell : row.fields)
        headers.append(cellText(cell));
    return headers;
}

CsvReadResult readRows(QIODevice *device, const ReadPlan &plan,
                       const std::function<bool(const CsvRow &)> &perRow)
{
    return CsvReader::read(device, plan.options, perRow, plan.maxRows);
}

CsvReadResult readRows(QIODevice *device, const ReadPlan &plan,
                       const std::function<bool(const CsvRowView &)> &perRow)
{
    return CsvReader::readViews(device, plan.options, perRow, plan.maxRows);
}

// The whole pipeline, through the API every caller used before the views
// (Row = CsvRow: CsvReader::read(), ImportRowMapper::toWoowUpCustomer(const
// CsvRow &)) or through the views (Row = CsvRowView: readViews() and the
// mapper's view overloads).
template<typename Row>
QByteArray digestOf(const QByteArray &bytes, const ReadPlan &plan)
{
    Digest digest;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const CustomAttributeDefinitions defs = definitions();
    std::optional<ImportRowMapper> woowup;
    std::optional<ImportRowMapper> wazzup;
    WoowUpCustomer reused; // views: one record refilled row after row
    const CsvReadResult result =
        readRows(&buffer, plan, std::function<bool(const Row &)>([&](const Row &row) {
            digest.add(rowHead(row));
            if (!woowup) {
                const QStringList headers = headersOf(row);
                woowup.emplace(ColumnMapping::automatic(Service::WoowUp, headers, defs), defs,
                               ImportValueParser::DateOrder::Auto);
                woowup->setCurrentYear(2026);
                wazzup.emplace(ColumnMapping::automatic(Service::Wazzup, headers), defs,
                               ImportValueParser::DateOrder::DayFirst);
                wazzup->setCurrentYear(2026);
                return true;
            }
            ValidationIssues issues;
            if constexpr (std::is_same_v<Row, CsvRowView>) {
                woowup->toWoowUpCustomer(row, reused, &issues);
                digest.add(dumpCustomer(reused));
            } else {
                digest.add(dumpCustomer(woowup->toWoowUpCustomer(row, &issues)));
            }
            digest.add(dumpIssues(issues));
            issues.clear();
            const WazzupUser user = wazzup->toWazzupUser(row, &issues);
            digest.add(dumpString(user.id) + dumpString(user.name) + dumpString(user.phone));
            digest.add(dumpIssues(issues));
            digest.add(CsvReader::problemText(row, plan.options));
            return true;
        }));
    digest.add(dumpResult(result));
    return digest.hex();
}

// A generated customers file: every column the mapper knows, with valid and
// invalid values, quotes, doubled quotes, line breaks inside cells, spaces
// around cells, formula guards, Cyrillic and accents. Deterministic.
QByteArray generatedFile(int rows)
{
    quint64 state = 0x2545F4914F6CDD1DULL;
    const auto next = [&state](quint64 bound) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state % bound;
    };
    const auto pick = [&next](std::initializer_list<const char *> items) {
        return QString::fromUtf8(items.begin()[next(items.size())]);
    };
    const auto quoted = [](const QString &text) {
        QString copy = text;
        copy.replace(u'"', QLatin1String("\"\""));
        copy.prepend(u'"');
        copy.append(u'"');
        return copy;
    };
    QString out = QStringLiteral(
        "service_uid,email,document,telephone,first_name,last_name,birthdate,gender,street,"
        "postcode,city,country,marital_status,tags,points,club_inscription_date,mailing_enabled,"
        "mailing_disabled_reason,whatsapp_enabled,sms_enabled,level,score,vip,since,hobbies,size,"
        "note,id,name,phone\r\n");
    for (int i = 0; i < rows; ++i) {
        QStringList cells;
        cells << (next(10) ? QStringLiteral("uid-%1").arg(i) : QString());
        cells << (next(20) ? QStringLiteral("user%1@example.com").arg(next(rows))
                           : pick({"nobody", " a@b.es ", "x@y", ""}));
        cells << (next(3) ? QString::number(10000000 + next(90000000)) : QStringLiteral("'0123"));
        cells << pick({"+34 633 12 34 56", "79261234567", "'+5491155550000", "12", "", "=1+2"});
        cells << pick({"Ana", "José", "Мария", "\"Quoted\" Name", " Zoë ", "=HYPERLINK(1)", "Li"});
        cells << pick({"García", "Иванова", "O'Brien", "Smith, Jr.", "line\nbreak", ""});
        cells << pick({"1989-06-22", "22.06.1989", "03/04/1990", "13/04/90", "31/02/2000",
                       "1990-1-2T10:11", "soon", ""});
        cells << pick({"F", "m", "mujer", "ж", "other", ""});
        cells << pick({"Calle Mayor 1", "Av. \"Libertador\" 200", "ул. Ленина, 5", ""});
        cells << QString::number(1000 + next(9000));
        cells << pick({"Madrid", "Москва", "Buenos Aires", "Córdoba"});
        cells << pick({"ARG", "es", "Spain", "Россия", "XX", ""});
        cells << pick({"single", "casado", "widowed", "?", ""});
        cells << pick({"a, b", "vip;new", " , ", "uno", ""});
        cells << pick({"12", "1 200", "-3", "doce", "1.5", ""});
        cells << pick({"2020-01-01 10:00", "01.02.2021", "02/03/2022 09:15:00", "x", ""});
        cells << pick({"yes", "no", "sí", "да", "enabled", "maybe", "1", ""});
        cells << pick({"bounce", "unsubscribe", "nope", ""});
        cells << pick({"true", "false", "0", ""});
        cells << pick({"Can receive", "no", ""});
        cells << pick({"7", "7.5", "x", ""});
        cells << pick({"1,5", "2.25", "1.000,5", "y", ""});
        cells << pick({"yes", "no", "?", ""});
        cells << pick({"2024-05-06", "06/05/2024", "bad", ""});
        cells << pick({"golf, chess", "x;;y", ""});
        cells << pick({"small", "LARGE", "medium", ""});
        cells << pick({"free text", "@SUM(A1)", "multi\r\nline", ""});
        cells << (next(5) ? QStringLiteral("emp-%1").arg(next(rows)) : QString());
        cells << pick({"Ana García", "", "Иван"});
        cells << pick({"79261234567", "+7 (926) 123-45-67", "123", ""});
        if (next(50) == 0)
            cells << QStringLiteral("extra");
        if (next(50) == 0)
            cells.removeLast();
        for (QString &cell : cells) {
            if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
                || cell.contains(u'\r') || next(30) == 0)
                cell = quoted(cell);
        }
        out += cells.join(u',');
        out += next(7) ? QStringLiteral("\r\n") : QStringLiteral("\n");
        if (next(200) == 0)
            out += QStringLiteral("\r\n"); // an empty line
    }
    return out.toUtf8();
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

struct Input
{
    QString name;
    QByteArray bytes;
    QList<ReadPlan> plans;
};

QList<Input> inputs()
{
    QList<Input> list;
    const auto plansFor = [](QList<qsizetype> chunkSizes, const CsvOptions &base = {}) {
        QList<ReadPlan> plans;
        for (qsizetype size : chunkSizes) {
            ReadPlan plan;
            plan.options = base;
            plan.options.chunkSize = size;
            plans.append(plan);
        }
        return plans;
    };
    const QList<qsizetype> smallChunks = {1, 3, 7, 64, 4093, 1024 * 1024};

    for (const char *folder : {"fuzz_csvreader", "fuzz_importmapping"}) {
        const QDir dir(sourceDir + QStringLiteral("/fuzz/corpus/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Input input{QLatin1String(folder) + u'/' + name, file.readAll(), {}};
            input.plans = plansFor(smallChunks);
            CsvOptions limits;
            limits.maxFieldLength = 5;
            limits.maxFields = 3;
            input.plans += plansFor({2, 4093}, limits);
            list.append(input);
        }
    }

    const QList<std::pair<const char *, QString>> cases = {
        {"doubled quotes",
         QStringLiteral("email,first_name\r\n\"a\"\"b@c.es\",\"x\"\"\"\"y\"\r\n"
                        "\"\"\"\",\"\"\r\n")},
        {"cr only", QStringLiteral("email,first_name\rann@x.es,Ann\r\rbob@x.es,\"B\rob\"\r")},
        {"quote text after",
         QStringLiteral("email,city\n\"a@b.es\"tail,\"Ma\"drid\nx\"y@z.es,q\n")},
        {"sep line", QStringLiteral("sep=;\r\nemail;first_name\r\na@b.es;Ana\r\n")},
        {"no final newline", QStringLiteral("email,points\na@b.es,12")},
        {"trailing delimiter", QStringLiteral("email,points,\na@b.es,12,\n,\n\n")},
        {"unclosed", QStringLiteral("email,note\na@b.es,\"open\nnever closed")},
        {"spaces", QStringLiteral("email,first_name\n  a@b.es\t, \u00a0Ana\u3000\n")},
        {"empty", QString()},
        {"only header", QStringLiteral("email,first_name\r\n")},
        {"bom", QStringLiteral("\ufeffemail,first_name\na@b.es,Zoë\n")},
        {"long and many",
         QStringLiteral("email,note\n%1,%2\nb@c.es,a,b,c,d,e,f,g\n")
             .arg(QString(70, u'x'), u'"' + QString(300, u'y') + u'"')},
    };
    for (const auto &[name, text] : cases) {
        CsvOptions limits;
        limits.maxFieldLength = 64;
        limits.maxFields = 4;
        for (const char *encoding : {"UTF-8", "UTF-16LE", "windows-1251"}) {
            CsvOptions base;
            base.encoding = encoding;
            limits.encoding = encoding;
            Input input{
                QLatin1String(name) + u' ' + QLatin1String(encoding), encoded(encoding, text), {}};
            input.plans = plansFor(smallChunks, base) + plansFor({1, 5, 4093}, limits);
            ReadPlan preview;
            preview.options = base;
            preview.options.chunkSize = 1024 * 1024; // the default when the digests were made
            preview.maxRows = 2;
            input.plans.append(preview);
            list.append(input);
        }
    }

    Input generated{QStringLiteral("generated 100000 rows"), generatedFile(100000), {}};
    generated.plans = plansFor({4093, 1024 * 1024});
    list.append(generated);
    return list;
}

QMap<QString, QByteArray> readExpected()
{
    QMap<QString, QByteArray> expected;
    QFile file(expectedFile);
    if (!file.open(QIODevice::ReadOnly))
        return expected;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (space > 0)
            expected.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1));
    }
    return expected;
}

} // namespace

class TestCsvDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_inputs = inputs();
        m_expected = readExpected();
        m_write = qEnvironmentVariableIntValue("USERDESK_DIFFERENTIAL_WRITE") == 1;
    }

    void rowApi_data() { addRows(); }
    void rowApi()
    {
        QFETCH(int, input);
        QFETCH(int, plan);
        const Input &in = m_inputs.at(input);
        const QString key = keyOf(in, plan);
        const QByteArray digest = digestOf<CsvRow>(in.bytes, in.plans.at(plan));
        if (m_write) {
            m_written.insert(key, digest);
            return;
        }
        QVERIFY2(m_expected.contains(key), qPrintable(key));
        QCOMPARE(digest, m_expected.value(key));
    }

    void viewApi_data() { addRows(); }
    void viewApi()
    {
        QFETCH(int, input);
        QFETCH(int, plan);
        const Input &in = m_inputs.at(input);
        const QString key = keyOf(in, plan);
        QVERIFY2(m_expected.contains(key), qPrintable(key));
        QCOMPARE(digestOf<CsvRowView>(in.bytes, in.plans.at(plan)), m_expected.value(key));
    }

    // The same with the block scanner's portable path, as on a machine
    // without SSE2.
    void viewApiPortableScanner_data() { addRows(); }
    void viewApiPortableScanner()
    {
        QFETCH(int, input);
        QFETCH(int, plan);
        const Input &in = m_inputs.at(input);
        const QString key = keyOf(in, plan);
        QVERIFY2(m_expected.contains(key), qPrintable(key));
        CsvBlockScanner::setPortableForced(true);
        const QByteArray digest = digestOf<CsvRowView>(in.bytes, in.plans.at(plan));
        CsvBlockScanner::setPortableForced(false);
        QCOMPARE(digest, m_expected.value(key));
    }

    void cleanupTestCase()
    {
        if (!m_write)
            return;
        QFile file(expectedFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
            file.write(it.key().toUtf8() + ' ' + it.value() + '\n');
    }

private:
    static QString keyOf(const Input &input, int plan)
    {
        const ReadPlan &p = input.plans.at(plan);
        return QStringLiteral("%1 chunk=%2 maxField=%3 maxFields=%4 maxRows=%5")
            .arg(input.name)
            .arg(p.options.chunkSize)
            .arg(p.options.maxFieldLength)
            .arg(p.options.maxFields)
            .arg(p.maxRows)
            .replace(u' ', u'_');
    }

    void addRows()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("plan");
        for (int i = 0; i < m_inputs.size(); ++i) {
            for (int p = 0; p < m_inputs.at(i).plans.size(); ++p)
                QTest::newRow(qPrintable(keyOf(m_inputs.at(i), p))) << i << p;
        }
    }

    QList<Input> m_inputs;
    QMap<QString, QByteArray> m_expected;
    QMap<QString, QByteArray> m_written;
    bool m_write = false;
};

QTEST_GUILESS_MAIN(TestCsvDifferential)
#include "tst_csvdifferential.moc"
