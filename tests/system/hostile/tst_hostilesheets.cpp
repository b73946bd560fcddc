// Hostile and broken workbooks through everything an import does with a
// file before it sends anything: FileFormatSniffer, SheetReader's listing
// and a read of the default sheet. Each must end with a message the person
// can act on, in bounded time and memory: never a crash, a hang, a file read
// from outside the workbook, or memory that grows with what the zip claims.
//
// The files are generated here (see tests/support/sheettestfiles.h): several
// are zip bombs, and the generator says what each one is about.

#include "fileformatsniffer.h"
#include "sheetreader.h"
#include "sheettestfiles.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace SheetTestFiles;

namespace {

using Generator = std::function<QByteArray()>;

double timeScale()
{
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

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray cell(const char *reference, const QByteArray &value, const char *type = nullptr)
{
    return QByteArray("<c r=\"") + reference + "\""
        + (type ? QByteArray(" t=\"") + type + "\"" : QByteArray()) + "><v>" + value + "</v></c>";
}

QByteArray goodRows()
{
    return "<row r=\"1\">" + cell("A1", "0", "s") + "</row><row r=\"2\">" + cell("A2", "42")
        + "</row>";
}

QByteArray withSheet(const QByteArray &sheetXml)
{
    QMap<QString, QByteArray> parts = xlsxParts(goodRows());
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml);
    return xlsxFromParts(parts);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(Generator)

class TestHostileSheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void hostileWorkbook_data();
    void hostileWorkbook();
    void sanity();

private:
    QTemporaryDir m_dir;
};

void TestHostileSheets::sanity()
{
    // The generator's good workbook is read: the hostile cases below fail
    // for what they change, not for the skeleton.
    QBuffer buffer;
    buffer.setData(xlsxFromParts(xlsxParts(goodRows())));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    const SheetReadResult result =
        SheetReader().read(&buffer, QString(), [&rows](const CsvRow &row) {
            rows.append(row.fields);
            return true;
        });
    QVERIFY2(result.isSuccess(), qPrintable(result.errorText));
    QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("name")}, {QStringLiteral("42")}}));
}

void TestHostileSheets::hostileWorkbook_data()
{
    QTest::addColumn<Generator>("generate");
    QTest::addColumn<QString>("mentions"); // in the error the person sees
    QTest::addColumn<int>("maxRows"); // rows that may come out before the error; -1: any

    const auto add = [](const char *name, const char *mentions, Generator generate,
                        int maxRows = 0) {
        QTest::newRow(name) << std::move(generate) << QString::fromUtf8(mentions) << maxRows;
    };

    add("zip bomb: 200 MB of spaces in the sheet", "zip bomb", []() -> QByteArray {
        return withSheet(QByteArray("<worksheet ") + mainNamespace() + "><sheetData>"
                         + QByteArray(200 * 1024 * 1024, ' ') + goodRows()
                         + "</sheetData></worksheet>");
    });
    add("zip bomb: 100 MB shared strings of one letter", "zip bomb", []() -> QByteArray {
        QMap<QString, QByteArray> parts =
            xlsxParts(goodRows(), "<si><t>" + QByteArray(100 * 1024 * 1024, 'a') + "</t></si>");
        return xlsxFromParts(parts);
    });
    add(
        "four million rows of one cell", "past the last row",
        []() -> QByteArray {
            return withSheet(QByteArray("<worksheet ") + mainNamespace() + "><sheetData>"
                             + QByteArray("<row><c><v>1</v></c></row>").repeated(4 * 1024 * 1024)
                             + "</sheetData></worksheet>");
        },
        -1);
    add("malformed XML: unclosed cell", "not well-formed", []() -> QByteArray {
        return withSheet(QByteArray("<worksheet ") + mainNamespace()
                         + "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>"
                           "</worksheet>");
    });
    add("malformed XML: truncated sheet", "not well-formed", []() -> QByteArray {
        return withSheet(QByteArray("<worksheet ") + mainNamespace() + "><sheetData><row r=\"1\">"
                         + cell("A1", "7"));
    });
    add("malformed XML: binary garbage as the sheet", "not well-formed",
        []() -> QByteArray { return withSheet(randomBytes(64 * 1024, 19)); });
    add("missing shared-strings part", "shared strings", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.remove(QStringLiteral("xl/sharedStrings.xml"));
        return xlsxFromParts(parts);
    });
    add("shared string number out of range", "shared string number 99", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"1\">" + cell("A1", "99", "s") + "</row>"));
    });
    add("shared string number negative", "shared string number -1", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"1\">" + cell("A1", "-1", "s") + "</row>"));
    });
    add("huge shared-strings table", "shared strings table", []() -> QByteArray {
        // Nine million distinct strings: past the default limit of 8 M strings.
        QByteArray strings;
        strings.reserve(9 * 1024 * 1024 * 14);
        for (int i = 0; i < 9 * 1024 * 1024; ++i)
            strings += "<si><t>" + QByteArray::number(i, 36) + "</t></si>";
        return xlsxFromParts(xlsxParts(goodRows(), strings));
    });
    add("billion laughs in the sheet", "document type", []() -> QByteArray {
        QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i)
            dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&lol")
                + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";\">";
        dtd += "]>";
        return withSheet(
            dtd + "<worksheet " + mainNamespace()
            + "><sheetData><row r=\"1\">"
              "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData>"
              "</worksheet>");
    });
    add("external entity in shared strings", "document type", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                     QByteArray("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "
                                "\"file:///etc/passwd\">]><sst ")
                         + mainNamespace() + "><si><t>&xxe;</t></si></sst>");
        return xlsxFromParts(parts);
    });
    add("external entity in the workbook part", "document type", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(
            QStringLiteral("xl/workbook.xml"),
            QByteArray("<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                       "<workbook ")
                + mainNamespace()
                + "><sheets><sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                  "</workbook>");
        return xlsxFromParts(parts);
    });
    add("undeclared entity", "", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t>"
                                       "</is></c></row>"));
    });
    add("zip entry named ../../evil.xml", "outside the workbook", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("../../evil.xml"), "<x/>");
        return xlsxFromParts(parts);
    });
    add("zip entry with an absolute name", "outside the workbook", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("/etc/cron.d/evil"), "* * * * * root true");
        return xlsxFromParts(parts);
    });
    add("zip entry named xl\\..\\..\\evil.xml", "outside the workbook", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("xl\\..\\..\\evil.xml"), "<x/>");
        return xlsxFromParts(parts);
    });
    add("relationship target climbing out", "outside itself", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        QByteArray rels = parts.value(QStringLiteral("xl/_rels/workbook.xml.rels"));
        rels.replace("worksheets/sheet1.xml", "../../../../etc/passwd");
        parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
        return xlsxFromParts(parts);
    });
    add("no workbook relationship", "where its sheets are", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("_rels/.rels"),
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                     "relationships\"/>");
        return xlsxFromParts(parts);
    });
    add("sheet part missing", "is missing", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
        return xlsxFromParts(parts);
    });
    add("no sheets", "no sheets", []() -> QByteArray {
        QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        parts.insert(QStringLiteral("xl/workbook.xml"),
                     QByteArray("<workbook ") + mainNamespace() + "><sheets/></workbook>");
        return xlsxFromParts(parts);
    });
    add("cell past column XFD", "past column XFD", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"1\">" + cell("XFE1", "1") + "</row>"));
    });
    add("cell reference of 40 letters", "cell named", []() -> QByteArray {
        return xlsxFromParts(xlsxParts(
            "<row r=\"1\">" + cell(QByteArray(40, 'Z').append('1').constData(), "1") + "</row>"));
    });
    add("cell reference that is no reference", "cell named", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"1\">" + cell("1A", "1") + "</row>"));
    });
    add("row number past 1048576", "past the last row", []() -> QByteArray {
        return xlsxFromParts(xlsxParts("<row r=\"99999999999\"><c><v>1</v></c></row>"));
    });
    add("password-protected workbook (OLE2 EncryptionInfo)", "password-protected",
        []() -> QByteArray {
            return makeCompoundFile(
                {QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")});
        });
    add("zip-encrypted entries", "password-protected", []() -> QByteArray {
        // The zip's own (ZipCrypto) password on every part.
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        zip.open(QuaZip::mdCreate);
        const QMap<QString, QByteArray> parts = xlsxParts(goodRows());
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key()), "secret");
            file.write(it.value());
            file.close();
        }
        zip.close();
        return buffer.data();
    });
    add("legacy .xls renamed .xlsx", ".xlsx or CSV",
        []() -> QByteArray { return makeCompoundFile({QStringLiteral("Workbook")}); });
    add(
        "OLE2 with a directory chain that loops", "",
        []() -> QByteArray {
            QByteArray file = makeCompoundFile({QStringLiteral("Book")});
            put32(file, 512 + 4, 1); // the directory sector points to itself
            return file;
        },
        -1);
    add(
        "OLE2 header only", "", []() -> QByteArray { return makeCompoundFile({}).left(512); }, -1);
    add("PDF renamed .xlsx", "PDF",
        []() -> QByteArray { return QByteArray("%PDF-1.4\n") + randomBytes(4096, 3); });
    add("PNG renamed .xlsx", "PNG",
        []() -> QByteArray { return QByteArray("\x89PNG\r\n\x1A\n", 8) + randomBytes(4096, 4); });
    add("random bytes renamed .xlsx", "binary",
        []() -> QByteArray { return randomBytes(1024 * 1024, 5); });
    add(
        "truncated workbook", "",
        []() -> QByteArray {
            const QByteArray whole = xlsxFromParts(xlsxParts(goodRows()));
            return whole.left(whole.size() / 2);
        },
        -1);
    add("empty zip", "zip archive", []() -> QByteArray { return makeZip({}); });
    add("20,000 files in the zip", "files", []() -> QByteArray {
        Entries entries;
        for (int i = 0; i < 20000; ++i)
            entries.append({QStringLiteral("f%1").arg(i), QByteArray()});
        return makeZip(entries, false);
    });
    add("ODS: a row repeated a billion times with a value", "past the last row",
        []() -> QByteArray {
            return odsFromContent(odsTable(
                "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell "
                "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></"
                "table:table-row>"));
        });
    add("ODS: a cell repeated two billion times with a value", "past column", []() -> QByteArray {
        return odsFromContent(odsTable(
            "<table:table-row><table:table-cell table:number-columns-repeated=\"2000000000\" "
            "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></"
            "table:table-row>"));
    });
    add(
        "ODS: two billion spaces in one cell", "",
        []() -> QByteArray {
            return odsFromContent(odsTable(
                "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a<text:s "
                "text:c=\"2000000000\"/>b</text:p></table:table-cell></table:table-row>"));
        },
        -1);
    add("ODS: encrypted content", "password-protected", []() -> QByteArray {
        return odsFromContent(randomBytes(4096, 6),
                              "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                              "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path="
                              "\"content.xml\"><manifest:encryption-data/></manifest:file-entry>"
                              "</manifest:manifest>");
    });
    add("ODS: billion laughs", "document type", []() -> QByteArray {
        return odsFromContent("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                              "&a;&a;&a;&a;&a;&a;\">]>"
                              + odsTable("<table:table-row><table:table-cell><text:p>&b;</text:p>"
                                         "</table:table-cell></table:table-row>"));
    });
    add("ODS: content.xml missing", "is missing", []() -> QByteArray {
        return makeZip(
            {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"}});
    });
    add(
        "ODS: elements nested a million deep", "",
        []() -> QByteArray {
            return odsFromContent(odsTable("<table:table-row><table:table-cell><text:p>"
                                           + QByteArray("<text:span>").repeated(1000000) + "x"
                                           + QByteArray("</text:span>").repeated(1000000)
                                           + "</text:p></table:table-cell></table:table-row>"));
        },
        -1);
}

void TestHostileSheets::hostileWorkbook()
{
    QFETCH(Generator, generate);
    QFETCH(QString, mentions);
    QFETCH(int, maxRows);

    const QString path = m_dir.filePath(QStringLiteral("hostile.xlsx"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(generate());
    }
    QVERIFY(resetPeakRss());
    const qint64 rssBefore = procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const FileFormat format = FileFormatSniffer::sniff(&file);
    SheetReader reader;
    const SheetListResult list = reader.listSheets(&file);
    qint64 rows = 0;
    const SheetReadResult result = reader.read(&file, QString(), [&rows](const CsvRow &row) {
        ++rows;
        // Nothing of the machine's own files ever shows up in a cell.
        return !row.fields.join(QLatin1Char(' ')).contains(QLatin1String("root:"));
    });
    const qint64 elapsed = timer.elapsed();
    const qint64 peakGrowthKb = procStatusKb("VmHWM") - rssBefore;

    // A message, never silence: the read fails with one, or (for the cases
    // that may be read) succeeds or is rejected by the sniffer.
    if (result.isSuccess()) {
        QVERIFY2(maxRows < 0,
                 qPrintable(QStringLiteral("read %1 rows without an error").arg(rows)));
    } else {
        QCOMPARE(result.status, SheetReadResult::Status::Error);
        QVERIFY(!result.errorText.isEmpty());
        QVERIFY2(result.errorText.contains(mentions), qPrintable(result.errorText));
        QVERIFY(!list.ok || format.isWorkbook());
        if (!list.ok)
            QVERIFY(!list.errorText.isEmpty());
        if (maxRows >= 0)
            QVERIFY2(rows <= maxRows, qPrintable(QString::number(rows)));
    }
    QVERIFY2(elapsed < 20000 * timeScale(), qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    // Zip bombs would need gigabytes; the limits keep a read near its buffers.
    // AddressSanitizer keeps up to 256 MB of freed memory in quarantine (and
    // its shadow), so a build with it is allowed that much more, as for CSV.
    qint64 boundKb = 256 * 1024;
#if defined(__SANITIZE_ADDRESS__)
    boundKb += 320 * 1024;
#endif
    QVERIFY2(peakGrowthKb < boundKb,
             qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(peakGrowthKb / 1024)));
}

QTEST_GUILESS_MAIN(TestHostileSheets)
#include "tst_hostilesheets.moc"
