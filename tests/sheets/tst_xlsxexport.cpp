// XlsxExport: typed cells written, then read back by SheetReader and by
// Debian's openpyxl (/usr/bin/python3) with the same values; the layout
// (bold frozen header, autofilter, column widths) as openpyxl sees it; text
// that looks like a formula stays text.

#include "sheetreader.h"
#include "xlsxexport.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

namespace {

// What openpyxl sees, as JSON: values in the reader's conventions (dates
// yyyy-mm-dd, TRUE/FALSE, whole numbers without ".0"), data types, layout.
const char *openpyxlDump = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def norm(v):
    if v is None: return ""
    if isinstance(v, bool): return "TRUE" if v else "FALSE"
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d") if v.time() == datetime.time(0) else v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, datetime.date): return v.strftime("%Y-%m-%d")
    if isinstance(v, datetime.time): return v.strftime("%H:%M:%S")
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    if isinstance(v, (int, float)): return repr(v)
    return str(v)
rows = [[norm(c.value) for c in row] for row in ws.iter_rows()]
types = sorted({c.data_type for row in ws.iter_rows() for c in row})
print(json.dumps({
    "title": ws.title,
    "rows": rows,
    "types": types,
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "boldHeader": all(c.font.b for c in ws[1]),
    "boldData": any(c.font.b for row in ws.iter_rows(min_row=2) for c in row),
    "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)],
}))
)PY";

QStringList headers()
{
    return {QStringLiteral("name"),      QStringLiteral("formula-like"), QStringLiteral("document"),
            QStringLiteral("phone"),     QStringLiteral("card"),         QStringLiteral("points"),
            QStringLiteral("balance"),   QStringLiteral("ratio"),        QStringLiteral("active"),
            QStringLiteral("birthdate"), QStringLiteral("registered"),   QStringLiteral("wake up"),
            QStringLiteral("old date"),  QStringLiteral("nothing"),      QStringLiteral("notes")};
}

QList<QVariantList> rows()
{
    return {
        {QString::fromUtf8("Анна Каренина"), QStringLiteral("=1+2"), QStringLiteral("00123"),
         qint64(5491155550001), qint64(1234567890123456789LL), -7, 2.5, 0.1, true,
         QDate(1990, 5, 17), QDateTime(QDate(2024, 1, 31), QTime(10, 30, 15)), QTime(7, 45, 0),
         QDate(1900, 1, 15), QVariant(), QStringLiteral("line one\nline two")},
        {QString::fromUtf8("José Núñez"), QStringLiteral("@SUM(A1)"), QStringLiteral("-5"),
         qint64(79161234567), QStringLiteral("4111 1111 1111 1111"), 0, -1234.5, 1e-7, false,
         QDate(2024, 2, 29), QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59)), QTime(0, 0, 1),
         QDate(1900, 3, 1), QString(), QStringLiteral("  padded  ")},
    };
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out.append(QString::fromUtf8(text));
    return out;
}

// The same values in the reader's words.
QList<QStringList> expectedRows()
{
    return {
        headers(),
        texts({"Анна Каренина", "=1+2", "00123", "5491155550001", "1234567890123456789", "-7",
               "2.5", "0.1", "TRUE", "1990-05-17", "2024-01-31 10:30:15", "07:45:00", "1900-01-15",
               "", "line one\nline two"}),
        texts({"José Núñez", "@SUM(A1)", "-5", "79161234567", "4111 1111 1111 1111", "0", "-1234.5",
               "1e-07", "FALSE", "2024-02-29", "1999-12-31 23:59:59", "00:00:01", "1900-03-01", "",
               "  padded  "}),
    };
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void readBackByReader();
    void readBackByOpenpyxl();
    void escapesRoundTrip();
    void sheetNames_data();
    void sheetNames();
    void dateSerials();

private:
    QString write(const QString &name, const XlsxExportOptions &options = {});
    QTemporaryDir m_dir;
};

QString TestXlsxExport::write(const QString &name, const XlsxExportOptions &options)
{
    const QString file = m_dir.filePath(name);
    QString error;
    if (!XlsxExport::writeFile(file, headers(), rows(), options, &error))
        qWarning() << error;
    return file;
}

void TestXlsxExport::readBackByReader()
{
    XlsxExportOptions options;
    options.sheetName = QStringLiteral("Customers: 2024/01?");
    QFile file(write(QStringLiteral("reader.xlsx"), options));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> got;
    const SheetReadResult result = SheetReader().read(&file, QString(), [&got](const CsvRow &row) {
        got.append(row.fields);
        return true;
    });
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(result.sheetName, QStringLiteral("Customers_ 2024_01_"));
    QCOMPARE(got, expectedRows());
}

void TestXlsxExport::readBackByOpenpyxl()
{
    const QString file = write(QStringLiteral("openpyxl.xlsx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(openpyxlDump), file});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject dump = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

    QList<QStringList> got;
    for (const QJsonValue &row : dump.value(QLatin1String("rows")).toArray()) {
        QStringList fields;
        for (const QJsonValue &cell : row.toArray())
            fields.append(cell.toString());
        got.append(fields);
    }
    QCOMPARE(got, expectedRows());
    QCOMPARE(dump.value(QLatin1String("title")).toString(), QStringLiteral("Sheet1"));
    // No formula anywhere: openpyxl's data type "f" never appears.
    const QJsonArray types = dump.value(QLatin1String("types")).toArray();
    QVERIFY2(!types.contains(QJsonValue(QStringLiteral("f"))),
             QJsonDocument(types).toJson().constData());
    QVERIFY(types.contains(QJsonValue(QStringLiteral("d")))); // dates as dates
    QVERIFY(types.contains(QJsonValue(QStringLiteral("n")))); // numbers as numbers
    QCOMPARE(dump.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(dump.value(QLatin1String("filter")).toString(), QStringLiteral("A1:O3"));
    QVERIFY(dump.value(QLatin1String("boldHeader")).toBool());
    QVERIFY(!dump.value(QLatin1String("boldData")).toBool());
    // Widths follow the content: "Анна Каренина" is wider than "nothing".
    const QJsonArray widths = dump.value(QLatin1String("widths")).toArray();
    QCOMPARE(widths.size(), headers().size());
    QVERIFY(widths.at(0).toDouble() >= 13);
    QVERIFY(widths.at(13).toDouble() < widths.at(0).toDouble());
    QVERIFY(widths.at(10).toDouble() >= 19); // a date with a time
}

void TestXlsxExport::escapesRoundTrip()
{
    // Characters XML 1.0 cannot hold, and text that looks like Excel's escape.
    const QString text = QStringLiteral("a\x01"
                                        "b\x1F"
                                        "c _x0041_ d\uFFFF");
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadWrite));
    QString error;
    QVERIFY2(XlsxExport::write({QStringLiteral("h")}, {{text}}, &buffer, {}, &error),
             qPrintable(error));
    QStringList got;
    const SheetReadResult result =
        SheetReader().read(&buffer, QString(), [&got](const CsvRow &row) {
            got.append(row.fields.value(0));
            return true;
        });
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(got, (QStringList{QStringLiteral("h"), text}));
}

void TestXlsxExport::sheetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
    QTest::newRow("forbidden characters")
        << QStringLiteral("a[b]c:d*e?f/g\\h") << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("31 characters")
        << QString(40, QLatin1Char('x')) << QString(31, QLatin1Char('x'));
    QTest::newRow("apostrophes at the ends")
        << QStringLiteral("'quoted'") << QStringLiteral("quoted");
    QTest::newRow("Cyrillic") << QString::fromUtf8("Клиенты") << QString::fromUtf8("Клиенты");
}

void TestXlsxExport::sheetNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(XlsxExport::sheetName(name), expected);
}

void TestXlsxExport::dateSerials()
{
    // Excel's own serials, Excel's 29 February 1900 included.
    QCOMPARE(XlsxExport::dateSerial(QDate(1900, 1, 1)), 1);
    QCOMPARE(XlsxExport::dateSerial(QDate(1900, 2, 28)), 59);
    QCOMPARE(XlsxExport::dateSerial(QDate(1900, 3, 1)), 61);
    QCOMPARE(XlsxExport::dateSerial(QDate(2020, 1, 31)), 43861);
    QCOMPARE(XlsxExport::dateSerial(QDate(1899, 12, 31)), -1);
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
