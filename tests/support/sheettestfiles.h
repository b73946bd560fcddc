#pragma once

// Workbook-shaped files made in the test itself: zips (with QuaZip, stored
// or deflated), OLE2 compound files with the given stream names, and a
// minimal .xlsx whose parts a test can replace one by one.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <utility>

namespace SheetTestFiles {

using Entries = QList<std::pair<QString, QByteArray>>;

inline QByteArray makeZip(const Entries &entries, bool deflate = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto &entry : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(entry.first);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0,
                           deflate ? Z_DEFAULT_COMPRESSION : 0))
                return {};
            file.write(entry.second);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

inline void put32(QByteArray &bytes, qsizetype offset, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + offset);
}

inline void put16(QByteArray &bytes, qsizetype offset, quint16 value)
{
    qToLittleEndian<quint16>(value, bytes.data() + offset);
}

// A 512-byte-sector compound file: header, one FAT sector, one directory
// sector with the root and up to three empty streams.
inline QByteArray makeCompoundFile(const QStringList &streams)
{
    QByteArray file(512 * 3, '\0');
    file.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(file, 24, 0x3E); // minor version
    put16(file, 26, 3); // major version
    put16(file, 28, 0xFFFE); // byte order
    put16(file, 30, 9); // 512-byte sectors
    put16(file, 32, 6); // 64-byte mini sectors
    put32(file, 44, 1); // one FAT sector
    put32(file, 48, 1); // the directory starts at sector 1
    put32(file, 56, 4096); // mini stream cutoff
    put32(file, 60, 0xFFFFFFFE); // no mini FAT
    put32(file, 68, 0xFFFFFFFE); // no DIFAT sectors
    put32(file, 76, 0); // FAT sector 0
    for (int i = 1; i < 109; ++i)
        put32(file, 76 + 4 * i, 0xFFFFFFFF);
    const qsizetype fat = 512;
    put32(file, fat, 0xFFFFFFFD); // sector 0 is the FAT
    put32(file, fat + 4, 0xFFFFFFFE); // sector 1, the directory, ends its chain
    for (int i = 2; i < 128; ++i)
        put32(file, fat + 4 * i, 0xFFFFFFFF);
    const qsizetype directory = 1024;
    QStringList names = {QStringLiteral("Root Entry")};
    names += streams.mid(0, 3);
    for (int i = 0; i < names.size(); ++i) {
        const qsizetype entry = directory + 128 * i;
        const QString &name = names.at(i);
        for (int k = 0; k < name.size(); ++k)
            put16(file, entry + 2 * k, name.at(k).unicode());
        put16(file, entry + 64, quint16((name.size() + 1) * 2));
        file[entry + 66] = char(i == 0 ? 5 : 2);
        put32(file, entry + 68, 0xFFFFFFFF); // left sibling
        put32(file, entry + 72, i + 1 < names.size() && i > 0 ? i + 1 : 0xFFFFFFFF);
        put32(file, entry + 76, i == 0 && names.size() > 1 ? 1 : 0xFFFFFFFF); // child
        put32(file, entry + 116, 0xFFFFFFFE); // no data
    }
    return file;
}

inline QByteArray contentTypes()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
}

inline const char *mainNamespace()
{
    return "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
}

// The parts of a one-sheet .xlsx with shared strings; replace or remove
// any of them, then makeZip(xlsxEntries(parts)).
inline QMap<QString, QByteArray> xlsxParts(const QByteArray &sheetData,
                                           const QByteArray &sharedStrings = {})
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"), contentTypes());
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                 "relationships\"><Relationship Id=\"rId1\" Type=\""
                     + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                 "relationships\"><Relationship Id=\"rId1\" Type=\""
                     + rel
                     + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship "
                       "Id=\"rId2\" Type=\""
                     + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 QByteArray("<workbook ") + mainNamespace()
                     + "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                       "</workbook>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
                 QByteArray("<worksheet ") + mainNamespace() + "><sheetData>" + sheetData
                     + "</sheetData></worksheet>");
    parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                 QByteArray("<sst ") + mainNamespace() + ">"
                     + (sharedStrings.isNull() ? QByteArray("<si><t>name</t></si>") : sharedStrings)
                     + "</sst>");
    return parts;
}

inline QByteArray xlsxFromParts(const QMap<QString, QByteArray> &parts, bool deflate = true)
{
    Entries entries;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        entries.append({it.key(), it.value()});
    return makeZip(entries, deflate);
}

inline QByteArray odsFromContent(const QByteArray &content, const QByteArray &manifest = {})
{
    Entries entries = {
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
        {QStringLiteral("content.xml"), content}};
    if (!manifest.isEmpty())
        entries.append({QStringLiteral("META-INF/manifest.xml"), manifest});
    return makeZip(entries);
}

inline QByteArray odsTable(const QByteArray &rows, const QByteArray &name = "Sheet1")
{
    return "<office:document-content "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
           "<office:body><office:spreadsheet><table:table table:name=\""
        + name + "\">" + rows + "</table:table></office:spreadsheet></office:body>"
        + "</office:document-content>";
}

} // namespace SheetTestFiles
