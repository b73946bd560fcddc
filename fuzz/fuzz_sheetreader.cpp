// libFuzzer target: the workbook reader, over arbitrary bytes.
//
// Mutated zip files rarely get past the archive's checksums, so the first
// byte chooses what the rest is:
//   0      the whole file (the sniffer, the zip and OLE2 readers);
//   1      the sheet XML of an .xlsx with shared strings and styles;
//   2      the shared-strings XML of an .xlsx whose sheet refers to them;
//   3      the styles XML of an .xlsx whose cells use them;
//   4      the content.xml of an .ods;
//   5      the workbook XML of an .xlsx (sheet list, date system).
// The parts are stored (not deflated) in a zip made here, so every mutation
// reaches the XML reader. Small limits make the limit paths reachable.

#include "fileformatsniffer.h"
#include "sheetreader.h"

#include <QBuffer>
#include <QByteArray>
#include <QMap>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstddef>
#include <cstdint>

namespace {

const QByteArray mainNamespace =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray zip(const QMap<QString, QByteArray> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip archive(&buffer);
    archive.setAutoClose(false);
    if (!archive.open(QuaZip::mdCreate))
        return {};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key()), nullptr, 0, 0, 0))
            return {};
        file.write(it.value());
        file.close();
    }
    archive.close();
    return buffer.data();
}

QMap<QString, QByteArray> xlsxParts()
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"), "<Types/>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<Relationships><Relationship Id=\"rId1\" Type=\"" + relationships
                     + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<Relationships><Relationship Id=\"rId1\" Type=\"" + relationships
                     + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                       "Type=\""
                     + relationships
                     + "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
                       "Type=\""
                     + relationships + "styles\" Target=\"styles.xml\"/></Relationships>");
    parts.insert(
        QStringLiteral("xl/workbook.xml"),
        "<workbook " + mainNamespace
            + "><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
                 "<worksheet " + mainNamespace
                     + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                       "s=\"1\"><v>45351.5</v></c><c r=\"C1\" s=\"2\"><v>12</v></c></row>"
                       "</sheetData></worksheet>");
    parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                 "<sst " + mainNamespace + "><si><t>a</t></si><si><r><t>b</t></r></si></sst>");
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<styleSheet " + mainNamespace
                     + "><numFmts><numFmt numFmtId=\"164\" formatCode=\"00000\"/></numFmts>"
                       "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/><xf numFmtId=\"164\"/>"
                       "</cellXfs></styleSheet>");
    return parts;
}

void readAll(const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    if (!buffer.open(QIODevice::ReadOnly))
        return;
    SheetReadOptions options;
    options.maxPartSize = 1024 * 1024;
    options.maxTotalSize = 4 * 1024 * 1024;
    options.ratioGraceSize = 64 * 1024;
    options.maxSharedStrings = 1000;
    options.maxSharedStringCharacters = 64 * 1024;
    options.maxColumns = 256;
    options.maxRowNumber = 4096;
    options.maxFieldLength = 1024;

    const FileFormat format = FileFormatSniffer::sniff(&buffer);
    if (format.isRejected() && format.message().isEmpty())
        __builtin_trap();

    SheetReader reader(options);
    const SheetListResult list = reader.listSheets(&buffer);
    if (!list.ok && list.errorText.isEmpty())
        __builtin_trap();
    for (const SheetInfo &sheet : list.sheets) {
        if (sheet.index < 1 || sheet.index > list.sheets.size())
            __builtin_trap();
    }

    qint64 rows = 0;
    qint64 lastLine = 0;
    const SheetReadResult result = reader.read(
        &buffer, QString(),
        [&](const CsvRow &row) {
            ++rows;
            // Numbered in order, within the limits, never wider than allowed.
            if (row.number != rows || row.line < 1 || row.line > options.maxRowNumber
                || row.fields.size() > options.maxColumns)
                __builtin_trap();
            for (const QString &field : row.fields) {
                if (field.size() > options.maxFieldLength)
                    __builtin_trap();
            }
            if (row.hasProblem() && SheetReader::problemText(row, options).isEmpty())
                __builtin_trap();
            lastLine = row.line;
            return true;
        },
        500);
    if (result.rowCount != rows)
        __builtin_trap();
    if (result.status == SheetReadResult::Status::Error && result.errorText.isEmpty())
        __builtin_trap();
    (void)lastLine;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest =
        QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0:
        readAll(rest);
        break;
    case 4: {
        QMap<QString, QByteArray> parts;
        parts.insert(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
        parts.insert(QStringLiteral("content.xml"), rest);
        readAll(zip(parts));
        break;
    }
    default: {
        static const char *const targets[] = {
            nullptr, "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
            nullptr, "xl/workbook.xml"};
        QMap<QString, QByteArray> parts = xlsxParts();
        parts.insert(QString::fromLatin1(targets[data[0] % 6]), rest);
        readAll(zip(parts));
        break;
    }
    }
    return 0;
}
