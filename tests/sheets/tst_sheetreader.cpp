// SheetReader over workbooks made the way real programs make them: .xlsx by
// Debian's openpyxl (generated at the start of the run by
// make_xlsx_fixtures.py, with one hand-written workbook for what openpyxl
// cannot write) and .ods in LibreOffice's shape (fixtures/, made by
// make_ods_fixtures.py). Each case pins what a person sees in a cell.
// Also: which sheet is read by default, by name and by number; the listing;
// telling a workbook from text and from other files by content.

#include "cellreference.h"
#include "excelnumberformat.h"
#include "fileformatsniffer.h"
#include "sheetcelltext.h"
#include "sheetreader.h"
#include "sheettestfiles.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ReadSheet
{
    SheetReadResult result;
    QList<CsvRow> rows;

    QString cell(const QString &reference) const
    {
        const CellReference parsed = CellReference::parse(reference);
        for (const CsvRow &row : rows) {
            if (row.line == parsed.row)
                return row.fields.value(parsed.column);
        }
        return QStringLiteral("<no row %1>").arg(parsed.row);
    }
};

QString fixturesDir()
{
    return QStringLiteral(USERDESK_SHEETS_TEST_DIR "/fixtures");
}

} // namespace

class TestSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cells_data();
    void cells();
    void rows_data();
    void rows();
    void views_data();
    void views();
    void sheetXml_data();
    void sheetXml();
    void listSheets_data();
    void listSheets();
    void noSuchSheet_data();
    void noSuchSheet();
    void maxRowsAndCancel();
    void readFileAsync();
    void numberFormat_data();
    void numberFormat();
    void serial_data();
    void serial();
    void fileFormat_data();
    void fileFormat();

private:
    QString path(const QString &file) const;
    const ReadSheet &read(const QString &file, const QString &sheet);

    QTemporaryDir m_dir;
    QHash<QString, ReadSheet> m_cache;
};

void TestSheetReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Debian's Python, whatever python3 is first on the PATH.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(USERDESK_SHEETS_TEST_DIR "/make_xlsx_fixtures.py"), m_dir.path()});
    QVERIFY2(python.waitForFinished(120000), "make_xlsx_fixtures.py did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
}

QString TestSheetReader::path(const QString &file) const
{
    return file.endsWith(QLatin1String(".ods")) ? fixturesDir() + QLatin1Char('/') + file
                                                : m_dir.filePath(file);
}

const ReadSheet &TestSheetReader::read(const QString &file, const QString &sheet)
{
    const QString key = file + QLatin1Char('|') + sheet;
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    ReadSheet read;
    QFile device(path(file));
    if (device.open(QIODevice::ReadOnly)) {
        read.result = SheetReader().read(&device, sheet, [&read](const CsvRow &row) {
            read.rows.append(row);
            return true;
        });
    } else {
        read.result.status = SheetReadResult::Status::Error;
        read.result.errorText = device.errorString();
    }
    return *m_cache.insert(key, read);
}

void TestSheetReader::cells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    const auto add = [](const char *name, const char *file, const char *sheet, const char *cell,
                        const QString &expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(sheet)
                            << QString::fromUtf8(cell) << expected;
    };
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    // openpyxl, 1900 date system.
    add("xlsx header", "customers.xlsx", "", "A1", s("email"));
    add("xlsx Cyrillic", "customers.xlsx", "", "B2", s("Анна"));
    add("xlsx Cyrillic last name", "customers.xlsx", "", "C2", s("Каренина"));
    add("xlsx accents", "customers.xlsx", "", "C3", s("Núñez Peña"));
    add("xlsx long whole number", "customers.xlsx", "", "D2", s("5491155550001"));
    add("xlsx whole number stored as float", "customers.xlsx", "", "D3", s("12345678901234"));
    add("xlsx text keeps leading zeros", "customers.xlsx", "", "E2", s("00012345"));
    add("xlsx text keeps leading zeros 2", "customers.xlsx", "", "E3", s("0042"));
    add("xlsx integer", "customers.xlsx", "", "F2", s("1500"));
    add("xlsx negative integer", "customers.xlsx", "", "F3", s("-7"));
    add("xlsx date dd/mm/yyyy", "customers.xlsx", "", "G2", s("1990-05-17"));
    add("xlsx date 1900-03-01", "customers.xlsx", "", "G3", s("1900-03-01"));
    add("xlsx date-time", "customers.xlsx", "", "H2", s("2024-01-31 10:30:15"));
    add("xlsx date-time end of year", "customers.xlsx", "", "H3", s("2023-12-31 23:59:59"));
    add("xlsx 00000 format pads", "customers.xlsx", "", "I2", s("01234"));
    add("xlsx 00000 format, 5 digits", "customers.xlsx", "", "I3", s("98765"));
    add("xlsx boolean true", "customers.xlsx", "", "J2", s("TRUE"));
    add("xlsx boolean false", "customers.xlsx", "", "J3", s("FALSE"));
    add("xlsx decimal", "customers.xlsx", "", "K2", s("2.5"));
    add("xlsx 0.1 + 0.2 as Excel shows it", "customers.xlsx", "", "K3", s("0.3"));
    add("xlsx time h:mm", "customers.xlsx", "", "L2", s("07:45"));
    add("xlsx time h:mm late", "customers.xlsx", "", "L3", s("23:00"));
    add("xlsx hidden row is read", "customers.xlsx", "", "A4", s("hidden@example.com"));
    add("xlsx merged: first cell", "customers.xlsx", "", "A5", s("Merged across three"));
    add("xlsx merged: covered cell empty", "customers.xlsx", "", "B5", QString());
    add("xlsx merged: last covered cell empty", "customers.xlsx", "", "C5", QString());
    add("xlsx after merged", "customers.xlsx", "", "D5", s("7"));
    add("xlsx after empty row", "customers.xlsx", "", "A7", s("far@example.com"));
    add("xlsx column past Z", "customers.xlsx", "", "AB7", s("column AB"));
    add("xlsx sheet by name", "customers.xlsx", "Staff", "B2", s("Ольга Петрова"));
    add("xlsx sheet by name, phone number", "customers.xlsx", "Staff", "C2", s("79161234567"));
    add("xlsx Polish letters", "customers.xlsx", "Staff", "B3", s("Łukasz Żółć"));
    add("xlsx phone as text", "customers.xlsx", "Staff", "C3", s("+48 601 234 567"));
    add("xlsx sheet by number", "customers.xlsx", "3", "A1", s("serial"));
    add("xlsx serial 1", "customers.xlsx", "3", "B2", s("1900-01-01"));
    add("xlsx serial 59", "customers.xlsx", "3", "B3", s("1900-02-28"));
    add("xlsx serial 60, Excel's 29 February 1900", "customers.xlsx", "3", "B4", s("1900-02-29"));
    add("xlsx serial 61", "customers.xlsx", "3", "B5", s("1900-03-01"));
    add("xlsx serial 43861", "customers.xlsx", "3", "B6", s("2020-01-31"));
    add("xlsx serial without format", "customers.xlsx", "3", "A4", s("60"));
    // openpyxl, 1904 date system.
    add("1904 date", "dates1904.xlsx", "", "B2", s("1990-05-17"));
    add("1904 date-time leap day", "dates1904.xlsx", "", "C2", s("2024-02-29 08:05"));
    add("1904 second day", "dates1904.xlsx", "", "B3", s("1904-01-02"));
    add("1904 first day noon", "dates1904.xlsx", "", "C3", s("1904-01-01 12:00"));
    // Written by hand.
    add("shared string", "handmade.xlsx", "", "A1", s("plain"));
    add("rich text runs", "handmade.xlsx", "", "B1", s("Rich text"));
    add("phonetic run left out", "handmade.xlsx", "", "C1", s("東京"));
    add("_xHHHH_ escapes", "handmade.xlsx", "", "D1", s("line\rbreak and _x0041_"));
    add("inline string runs, no r", "handmade.xlsx", "", "A2", s("inline"));
    add("formula cached number", "handmade.xlsx", "", "B2", s("3"));
    add("formula cached string", "handmade.xlsx", "", "C2", s("ab"));
    add("formula cached boolean", "handmade.xlsx", "", "D2", s("TRUE"));
    add("formula cached error", "handmade.xlsx", "", "E2", s("#DIV/0!"));
    add("formula cached date, built-in format 14", "handmade.xlsx", "", "F2", s("2024-02-29"));
    add("custom date format with locale", "handmade.xlsx", "", "A3", s("2024-02-29"));
    add("scientific format is a number", "handmade.xlsx", "", "B3", s("123456"));
    add("elapsed hours [h]:mm:ss", "handmade.xlsx", "", "C3", s("36:00:00"));
    add("t=d ISO date-time", "handmade.xlsx", "", "D3", s("2024-02-29 13:45:00"));
    add("number written with exponent", "handmade.xlsx", "", "E3", s("5491155550001"));
    add("shared-string cell without value", "handmade.xlsx", "", "F3", QString());
    add("small negative decimal", "handmade.xlsx", "", "B4", s("-0.000123"));
    // LibreOffice-shaped .ods.
    add("ods header", "customers.ods", "", "A1", s("email"));
    add("ods Cyrillic", "customers.ods", "", "B2", s("Анна"));
    add("ods long whole number", "customers.ods", "", "C2", s("5491155550001"));
    add("ods date", "customers.ods", "", "D2", s("1990-05-17"));
    add("ods number shown with leading zero", "customers.ods", "", "E2", s("01234"));
    add("ods boolean", "customers.ods", "", "F2", s("TRUE"));
    add("ods time", "customers.ods", "", "G2", s("07:45:00"));
    add("ods spaces, paragraphs, no note", "customers.ods", "", "H2",
        s("two   spaces\nsecond line"));
    add("ods repeated row 1", "customers.ods", "", "A3", s("twice@example.com"));
    add("ods accents", "customers.ods", "", "B3", s("Éloïse"));
    add("ods percentage as its number", "customers.ods", "", "C3", s("0.25"));
    add("ods repeated row 2", "customers.ods", "", "A4", s("twice@example.com"));
    add("ods merged: first cell", "customers.ods", "", "A5", s("Merged"));
    add("ods merged: covered cell empty", "customers.ods", "", "B5", QString());
    add("ods merged: covered cell 2 empty", "customers.ods", "", "C5", QString());
    add("ods after merged", "customers.ods", "", "D5", s("after merge"));
    add("ods column AD after empty rows", "customers.ods", "", "AD9", s("column AD"));
    add("ods date-time", "customers.ods", "", "AE9", s("2024-02-29 13:45:00"));
    add("ods repeated cell 1", "customers.ods", "", "A10", s("x"));
    add("ods repeated cell 3", "customers.ods", "", "C10", s("x"));
    add("ods sheet by name", "customers.ods", "Staff", "B2", s("Ольга Петрова"));
    add("ods sheet by number", "customers.ods", "2", "A2", s("u-1"));
    add("ods Cyrillic sheet name", "customers.ods", "Клиенты", "A2", s("anna@example.ru"));
}

void TestSheetReader::cells()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const ReadSheet &sheetRead = read(file, sheet);
    QVERIFY2(sheetRead.result.isSuccess(), qPrintable(sheetRead.result.errorText));
    QCOMPARE(sheetRead.cell(cell), expected);
}

void TestSheetReader::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<int>("sheetIndex");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<qint64>("hidden");

    using L = QList<qint64>;
    const auto add = [](const char *name, const char *file, const char *sheet,
                        const char *sheetName, int index, const L &lines, qint64 hidden) {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(sheet)
                            << QString::fromUtf8(sheetName) << index << lines << hidden;
    };
    add("xlsx default: first sheet", "customers.xlsx", "", "Customers", 1, L{1, 2, 3, 4, 5, 7}, 1);
    add("xlsx by name", "customers.xlsx", "Staff", "Staff", 2, L{1, 2, 3}, 0);
    add("xlsx by name, other case", "customers.xlsx", "staff", "Staff", 2, L{1, 2, 3}, 0);
    add("xlsx by number", "customers.xlsx", "3", "Leap1900", 3, L{1, 2, 3, 4, 5, 6}, 0);
    add("xlsx default skips empty and hidden", "empty_first.xlsx", "", "2", 3, L{1, 2}, 0);
    add("xlsx a name wins over a number", "empty_first.xlsx", "2", "2", 3, L{1, 2}, 0);
    add("xlsx number 4", "empty_first.xlsx", "4", "Third", 4, L{1}, 0);
    add("xlsx hidden sheet by name", "empty_first.xlsx", "Secret", "Secret", 2, L{1}, 0);
    add("xlsx empty sheet by name", "empty_first.xlsx", "Empty", "Empty", 1, L{}, 0);
    add("ods default", "customers.ods", "", "Клиенты", 1, L{1, 2, 3, 4, 5, 9, 10}, 2);
    add("ods by number", "customers.ods", "2", "Staff", 2, L{1, 2}, 0);
    add("ods by name", "customers.ods", "Staff", "Staff", 2, L{1, 2}, 0);
    add("ods default skips empty and hidden", "empty_first.ods", "", "Staff", 3, L{1, 2}, 0);
    add("ods hidden sheet by name", "empty_first.ods", "Hidden", "Hidden", 2, L{1}, 0);
}

void TestSheetReader::rows()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, sheetName);
    QFETCH(int, sheetIndex);
    QFETCH(QList<qint64>, lines);
    QFETCH(qint64, hidden);

    const ReadSheet &sheetRead = read(file, sheet);
    QVERIFY2(sheetRead.result.isSuccess(), qPrintable(sheetRead.result.errorText));
    QCOMPARE(sheetRead.result.sheetName, sheetName);
    QCOMPARE(sheetRead.result.sheetIndex, sheetIndex);
    QList<qint64> got;
    qint64 number = 0;
    for (const CsvRow &row : sheetRead.rows) {
        got.append(row.line);
        QCOMPARE(row.number, ++number);
        // Every row at least as wide as the header, as a CSV Excel saves.
        QVERIFY(row.fields.size() >= sheetRead.rows.first().fields.size());
    }
    QCOMPARE(got, lines);
    QCOMPARE(sheetRead.result.rowCount, qint64(lines.size()));
    QCOMPARE(sheetRead.result.hiddenRowCount, hidden);
}

void TestSheetReader::views_data()
{
    rows_data();
}

void TestSheetReader::views()
{
    // The import reads views (no string per cell): the same rows, cell for
    // cell, as the CsvRows read() hands out, the row buffer reused between rows.
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    const ReadSheet &expected = read(file, sheet);
    QFile device(path(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    QList<CsvRow> got;
    const SheetReadResult result =
        SheetReader().readViews(&device, sheet, [&got](const CsvRowView &view) {
            CsvRow row;
            row.fields.reserve(view.fields.size());
            for (const QStringView field : view.fields)
                row.fields.append(field.toString());
            row.line = view.line;
            row.number = view.number;
            row.problem = view.problem;
            row.problemColumn = view.problemColumn;
            got.append(row);
            return true;
        });
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(result.rowCount, expected.result.rowCount);
    QCOMPARE(got.size(), expected.rows.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).fields, expected.rows.at(i).fields);
        QCOMPARE(got.at(i).line, expected.rows.at(i).line);
        QCOMPARE(got.at(i).number, expected.rows.at(i).number);
        QCOMPARE(got.at(i).problem, expected.rows.at(i).problem);
    }
    QVERIFY(!got.isEmpty() || expected.rows.isEmpty());
}

void TestSheetReader::sheetXml_data()
{
    // A sheet's XML in the shapes other writers give it, read by the
    // streaming (expat) path: prefixes, CDATA, entities, numbers.
    QTest::addColumn<QByteArray>("worksheet");
    QTest::addColumn<QList<QStringList>>("rows");
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    QTest::newRow("prefixed elements")
        << QByteArray("<x:worksheet xmlns:x=\"" + main
                      + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is>"
                        "<x:t>name</x:t></x:is></x:c><x:c r=\"B1\"><x:v>7</x:v></x:c></x:row>"
                        "</x:sheetData></x:worksheet>")
        << QList<QStringList>{{QStringLiteral("name"), QStringLiteral("7")}};
    const auto plain = [&main](const QByteArray &rows) {
        return QByteArray("<worksheet xmlns=\"" + main + "\"><sheetData>" + rows
                          + "</sheetData></worksheet>");
    };
    QTest::newRow("entities and character references")
        << plain("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&amp;b &lt;&#233;&#x416;"
                 "</t></is></c></row>")
        << QList<QStringList>{{QString::fromUtf8("a&b <éЖ")}};
    QTest::newRow("CDATA") << plain("<row r=\"1\"><c r=\"A1\"><v><![CDATA[12]]></v></c><c r=\"B1\" "
                                    "t=\"str\"><v><![CDATA[<b>]]></v></c></row>")
                           << QList<QStringList>{{QStringLiteral("12"), QStringLiteral("<b>")}};
    QTest::newRow("numbers") << plain(
        "<row r=\"1\"><c><v>0.1</v></c><c><v>-12.5</v></c><c><v>1E-3</v></c>"
        "<c><v> 7.25 </v></c><c><v>5491155550001</v></c><c><v>.5</v></c>"
        "<c><v>123456789012345678</v></c><c><v>x1</v></c></row>")
                             << QList<QStringList>{
                                    {QStringLiteral("0.1"), QStringLiteral("-12.5"),
                                     QStringLiteral("0.001"), QStringLiteral("7.25"),
                                     QStringLiteral("5491155550001"), QStringLiteral("0.5"),
                                     QStringLiteral("123456789012345680"), QStringLiteral("x1")}};
    QTest::newRow("phonetic reading left out, rich text runs joined")
        << plain("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><r><t>東</t></r><r><t>京</t></r>"
                 "<rPh sb=\"0\" eb=\"1\"><t>トウ</t></rPh></is></c></row>")
        << QList<QStringList>{{QString(), QString::fromUtf8("東京")}};
    const QString utf16 = QStringLiteral("<worksheet xmlns=\"") + QString::fromLatin1(main)
        + QString::fromUtf8("\"><sheetData><row><c t=\"inlineStr\"><is><t>Ñandú</t></is></c>"
                            "</row></sheetData></worksheet>");
    QTest::newRow("UTF-16 part") << QByteArray("\xff\xfe")
            + QByteArray(reinterpret_cast<const char *>(utf16.utf16()), 2 * utf16.size())
                                 << QList<QStringList>{{QString::fromUtf8("Ñandú")}};
}

void TestSheetReader::sheetXml()
{
    QFETCH(QByteArray, worksheet);
    QFETCH(QList<QStringList>, rows);
    QMap<QString, QByteArray> parts = SheetTestFiles::xlsxParts({});
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), worksheet);
    QBuffer buffer;
    buffer.setData(SheetTestFiles::xlsxFromParts(parts));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<QStringList> got;
    const SheetReadResult result =
        SheetReader().read(&buffer, QString(), [&got](const CsvRow &row) {
            got.append(row.fields);
            return true;
        });
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(got, rows);
}

void TestSheetReader::listSheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<bool>>("hasData");
    QTest::addColumn<QList<bool>>("hidden");
    QTest::addColumn<int>("defaultSheet");
    QTest::addColumn<FileFormat::Kind>("format");

    const auto S = [](std::initializer_list<const char *> list) {
        QStringList names;
        for (const char *name : list)
            names.append(QString::fromUtf8(name));
        return names;
    };
    using B = QList<bool>;
    QTest::newRow("customers.xlsx")
        << QStringLiteral("customers.xlsx") << S({"Customers", "Staff", "Leap1900"})
        << B{true, true, true} << B{false, false, false} << 1 << FileFormat::Kind::Xlsx;
    QTest::newRow("empty_first.xlsx")
        << QStringLiteral("empty_first.xlsx") << S({"Empty", "Secret", "2", "Third"})
        << B{false, true, true, true} << B{false, true, false, false} << 3
        << FileFormat::Kind::Xlsx;
    QTest::newRow("customers.ods")
        << QStringLiteral("customers.ods") << S({"Клиенты", "Staff"}) << B{true, true}
        << B{false, false} << 1 << FileFormat::Kind::Ods;
    QTest::newRow("empty_first.ods")
        << QStringLiteral("empty_first.ods") << S({"Empty", "Hidden", "Staff"})
        << B{false, true, true} << B{false, true, false} << 3 << FileFormat::Kind::Ods;
}

void TestSheetReader::listSheets()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QList<bool>, hasData);
    QFETCH(QList<bool>, hidden);
    QFETCH(int, defaultSheet);
    QFETCH(FileFormat::Kind, format);

    QFile device(path(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    const SheetListResult list = SheetReader().listSheets(&device);
    QVERIFY2(list.ok, qPrintable(list.errorText));
    QCOMPARE(list.format, format);
    QStringList gotNames;
    QList<bool> gotData;
    QList<bool> gotHidden;
    for (const SheetInfo &sheet : list.sheets) {
        gotNames.append(sheet.name);
        gotData.append(sheet.hasData);
        gotHidden.append(sheet.hidden);
        QCOMPARE(sheet.index, int(gotNames.size()));
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotData, hasData);
    QCOMPARE(gotHidden, hidden);
    QCOMPARE(list.defaultSheet, defaultSheet);
}

void TestSheetReader::noSuchSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("xlsx name") << "customers.xlsx"
                               << "Clients"
                               << "“Staff”";
    QTest::newRow("xlsx number") << "customers.xlsx"
                                 << "9"
                                 << "9";
    QTest::newRow("xlsx zero") << "customers.xlsx"
                               << "0"
                               << "“Leap1900”";
    QTest::newRow("ods name") << "customers.ods"
                              << "Nope"
                              << "“Staff”";
    QTest::newRow("ods number") << "customers.ods"
                                << "3"
                                << "3";
}

void TestSheetReader::noSuchSheet()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, mentions);
    const ReadSheet &sheetRead = read(file, sheet);
    QCOMPARE(sheetRead.result.status, SheetReadResult::Status::Error);
    QVERIFY(sheetRead.rows.isEmpty());
    QVERIFY2(sheetRead.result.errorText.contains(mentions), qPrintable(sheetRead.result.errorText));
}

void TestSheetReader::maxRowsAndCancel()
{
    for (const QString &file :
         {QStringLiteral("customers.xlsx"), QStringLiteral("customers.ods")}) {
        QFile device(path(file));
        QVERIFY(device.open(QIODevice::ReadOnly));
        qint64 rows = 0;
        SheetReadResult result = SheetReader().read(
            &device, QString(), [&rows](const CsvRow &) { return ++rows, true; }, 2);
        QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
        QCOMPARE(rows, 2);
        QVERIFY(result.reachedMaxRows);

        rows = 0;
        result =
            SheetReader().read(&device, QString(), [&rows](const CsvRow &) { return ++rows < 3; });
        QCOMPARE(result.status, SheetReadResult::Status::Cancelled);
        QCOMPARE(rows, 3);

        std::atomic<bool> cancel{true};
        rows = 0;
        result = SheetReader::read(
            &device, QString(), SheetReadOptions(),
            [&rows](const CsvRow &) { return ++rows, true; }, -1, &cancel);
        QCOMPARE(result.status, SheetReadResult::Status::Cancelled);
        QCOMPARE(rows, 0);
    }
}

void TestSheetReader::readFileAsync()
{
    QList<CsvRow> rows;
    QFuture<SheetReadResult> future = SheetReader::readFileAsync(
        path(QStringLiteral("customers.xlsx")), QStringLiteral("Staff"), SheetReadOptions(),
        [&rows](const CsvRow &row) { return rows.append(row), true; });
    future.waitForFinished();
    const SheetReadResult result = future.result();
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(result.sheetName, QStringLiteral("Staff"));
    QCOMPARE(rows.size(), 3);

    const SheetReadResult missing =
        SheetReader::readFileAsync(m_dir.filePath(QStringLiteral("missing.xlsx")), QString(),
                                   SheetReadOptions(), [](const CsvRow &) { return true; })
            .result();
    QCOMPARE(missing.status, SheetReadResult::Status::Error);
    QVERIFY(missing.errorText.contains(QLatin1String("missing.xlsx")));
}

void TestSheetReader::numberFormat_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const auto add = [](const char *name, const char *code, const char *value,
                        const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(code) << QString::fromUtf8(value)
                            << QString::fromUtf8(expected);
    };
    add("General", "General", "5491155550001", "5491155550001");
    add("decimals", "0.00", "1.5", "1.5");
    add("thousands", "#,##0", "1234567", "1234567");
    add("scientific", "0.00E+00", "1234", "1234");
    add("percent", "0%", "0.25", "0.25");
    add("zero-padded 5", "00000", "123", "00123");
    add("zero-padded 9", "000000000", "12345678", "012345678");
    add("zero-padded negative", "00000", "-5", "-5");
    add("ISO date", "yyyy-mm-dd", "45351", "2024-02-29");
    add("day first", "dd/mm/yy", "45351", "2024-02-29");
    add("month and year", "mmm-yy", "45351", "2024-02-29");
    add("date and time", "mm/dd/yyyy hh:mm:ss", "45351.5", "2024-02-29 12:00:00");
    add("system long date", "[$-F800]dddd, mmmm dd, yyyy", "45351", "2024-02-29");
    add("colour and text section", "[Red]yyyy-mm-dd;@", "45351", "2024-02-29");
    add("quoted words", "d\" de \"mmmm\" de \"yyyy", "45351", "2024-02-29");
    add("AM/PM", "h:mm AM/PM", "0.75", "18:00");
    add("minutes and seconds", "mm:ss", "0.000694444444444444", "00:01:00");
    add("elapsed hours", "[h]:mm", "2.25", "54:00");
    add("elapsed minutes", "[mm]:ss", "0.5", "12:00:00");
    add("time rounds to the next day", "yyyy-mm-dd", "45351.9999999", "2024-03-01");
    add("quoted text and a number", "\"Total: \"0", "42", "42");
    add("currency in quotes", "#,##0.00 \"руб.\"", "1234.5", "1234.5");
}

void TestSheetReader::numberFormat()
{
    QFETCH(QString, code);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const ExcelNumberFormat format = ExcelNumberFormat::parse(code);
    QCOMPARE(SheetCellText::formatted(value, format, SheetCellText::DateSystem::Excel1900),
             expected);
}

void TestSheetReader::serial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("mac");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1900 day 0") << 0.0 << false << "1900-01-00";
    QTest::newRow("1900 day 1") << 1.0 << false << "1900-01-01";
    QTest::newRow("1900 day 59") << 59.0 << false << "1900-02-28";
    QTest::newRow("1900 day 60") << 60.0 << false << "1900-02-29";
    QTest::newRow("1900 day 61") << 61.0 << false << "1900-03-01";
    QTest::newRow("1900 9999-12-31") << 2958465.0 << false << "9999-12-31";
    QTest::newRow("1900 past 9999") << 2958466.0 << false << "";
    QTest::newRow("1900 negative") << -1.0 << false << "";
    QTest::newRow("1904 day 0") << 0.0 << true << "1904-01-01";
    QTest::newRow("1904 day 1462") << 1462.0 << true << "1908-01-02";
    QTest::newRow("1904 and 1900 differ by 1462 days") << 43861.0 - 1462 << true << "2020-01-31";
}

void TestSheetReader::serial()
{
    QFETCH(double, serial);
    QFETCH(bool, mac);
    QFETCH(QString, expected);
    ExcelNumberFormat date;
    date.kind = ExcelNumberFormat::Kind::Date;
    QCOMPARE(SheetCellText::fromSerial(serial, date,
                                       mac ? SheetCellText::DateSystem::Excel1904
                                           : SheetCellText::DateSystem::Excel1900),
             expected);
}

using Bytes = std::function<QByteArray(const QString &dir)>;
Q_DECLARE_METATYPE(Bytes)

void TestSheetReader::fileFormat_data()
{
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<FileFormat::Kind>("kind");
    QTest::addColumn<QString>("mentions"); // in the description, for Other

    using namespace SheetTestFiles;
    const auto fixture = [](const QString &file, bool ods) {
        return [file, ods](const QString &dir) {
            QFile in(ods ? fixturesDir() + QLatin1Char('/') + file : dir + QLatin1Char('/') + file);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        };
    };
    const auto literal = [](const QByteArray &bytes) {
        return [bytes](const QString &) {
            return bytes;
        };
    };
    QTest::newRow("xlsx named .csv") << Bytes(fixture(QStringLiteral("customers.xlsx"), false))
                                     << FileFormat::Kind::Xlsx << QString();
    QTest::newRow("ods") << Bytes(fixture(QStringLiteral("customers.ods"), true))
                         << FileFormat::Kind::Ods << QString();
    QTest::newRow("csv named .xlsx")
        << Bytes(literal("email,name\na@x.co,Ana\n")) << FileFormat::Kind::Text << QString();
    QTest::newRow("csv with semicolons and Cyrillic")
        << Bytes(literal(QString::fromUtf8("email;имя\na@x.co;Анна\n").toUtf8()))
        << FileFormat::Kind::Text << QString();
    QTest::newRow("empty file") << Bytes(literal(QByteArray())) << FileFormat::Kind::Text
                                << QString();
    QTest::newRow("UTF-16LE with BOM") << Bytes(
        literal(QByteArray("\xFF\xFE", 2)
                + QByteArray::fromRawData(reinterpret_cast<const char *>(u"email,name\n"), 22)))
                                       << FileFormat::Kind::Text << QString();
    QTest::newRow("UTF-16LE without BOM") << Bytes(literal(
        QByteArray::fromRawData(reinterpret_cast<const char *>(u"email,name\na@x.co,Ana\n"), 46)))
                                          << FileFormat::Kind::Text << QString();
    QTest::newRow("PDF") << Bytes(literal("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"))
                         << FileFormat::Kind::Other << QStringLiteral("PDF");
    QTest::newRow("PNG") << Bytes(literal(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16)))
                         << FileFormat::Kind::Other << QStringLiteral("PNG");
    QTest::newRow("JPEG") << Bytes(literal("\xFF\xD8\xFF\xE0\x00\x10JFIF"))
                          << FileFormat::Kind::Other << QStringLiteral("JPEG");
    QTest::newRow("GIF") << Bytes(literal("GIF89a\x01\x00\x01\x00")) << FileFormat::Kind::Other
                         << QStringLiteral("GIF");
    QTest::newRow("zip of a text file") << Bytes([](const QString &) {
        return makeZip({{QStringLiteral("readme.txt"), "hello"}});
    }) << FileFormat::Kind::Other << QStringLiteral("zip");
    QTest::newRow("docx") << Bytes([](const QString &) {
        return makeZip({{QStringLiteral("[Content_Types].xml"), contentTypes()},
                        {QStringLiteral("word/document.xml"), "<w:document/>"}});
    }) << FileFormat::Kind::Other
                          << QStringLiteral("Word");
    QTest::newRow("odt") << Bytes([](const QString &) {
        return makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                        {QStringLiteral("content.xml"), "<office:document-content/>"}});
    }) << FileFormat::Kind::Other
                         << QStringLiteral(".odt");
    QTest::newRow("xls (OLE2 with a Workbook stream)") << Bytes([](const QString &) {
        return makeCompoundFile(
            {QStringLiteral("Workbook"), QStringLiteral("\x05SummaryInformation")});
    }) << FileFormat::Kind::Xls << QString();
    QTest::newRow("password-protected xlsx (OLE2 with EncryptionInfo)")
        << Bytes([](const QString &) {
               return makeCompoundFile({QStringLiteral("\x06"
                                                       "DataSpaces"),
                                        QStringLiteral("EncryptionInfo"),
                                        QStringLiteral("EncryptedPackage")});
           })
        << FileFormat::Kind::EncryptedWorkbook << QString();
    QTest::newRow("doc (OLE2 with WordDocument)")
        << Bytes([](const QString &) { return makeCompoundFile({QStringLiteral("WordDocument")}); })
        << FileFormat::Kind::Other << QStringLiteral(".doc");
    QTest::newRow("random bytes") << Bytes([](const QString &) {
        QRandomGenerator random(19);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    }) << FileFormat::Kind::Other << QStringLiteral("binary");
}

void TestSheetReader::fileFormat()
{
    QFETCH(Bytes, bytes);
    QFETCH(FileFormat::Kind, kind);
    QFETCH(QString, mentions);

    // The name says CSV whatever the content: only the content counts.
    const QString file = m_dir.filePath(QStringLiteral("sniffed.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes(m_dir.path()));
    out.close();

    const FileFormat format = FileFormatSniffer::sniffFile(file);
    QCOMPARE(format.kind, kind);
    QVERIFY2(format.description.contains(mentions), qPrintable(format.description));
    if (format.isRejected()) {
        QVERIFY(!format.message().isEmpty());
        // What it is and what Userdesk takes instead.
        if (kind == FileFormat::Kind::Other)
            QVERIFY2(format.message().contains(QLatin1String(".xlsx")),
                     qPrintable(format.message()));
        QFile device(file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const SheetReadResult result =
            SheetReader().read(&device, QString(), [](const CsvRow &) { return true; });
        QCOMPARE(result.status, SheetReadResult::Status::Error);
        QCOMPARE(result.errorText, format.message());
    }
    if (kind == FileFormat::Kind::EncryptedWorkbook)
        QVERIFY(format.message().contains(QLatin1String("password")));
    if (kind == FileFormat::Kind::Xls)
        QVERIFY(format.message().contains(QLatin1String(".xlsx or CSV")));
}

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
