#include "fileformatsniffer.h"

#include "compoundfile.h"
#include "workbookarchive.h"

#include <QFile>

namespace {

FileFormat make(FileFormat::Kind kind, const QString &description = {})
{
    FileFormat format;
    format.kind = kind;
    format.description = description;
    return format;
}

bool isZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool isCompoundFile(QByteArrayView head)
{
    return head.startsWith(QByteArrayView(CompoundFile::signature, 8));
}

// Text in some encoding: no NUL bytes, or UTF-16 (every other byte NUL for
// Latin text), and not mostly control characters.
bool looksLikeText(QByteArrayView head)
{
    if (head.isEmpty())
        return true; // the CSV reader says "no rows", which is the news
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")
        || head.startsWith("\xEF\xBB\xBF"))
        return true;
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    qsizetype control = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto byte = quint8(head.at(i));
        if (byte == 0)
            ++((i % 2) ? nulOdd : nulEven);
        else if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f'
                 && byte != 0x1A)
            ++control;
    }
    const qsizetype half = head.size() / 2;
    if (nulEven + nulOdd > 0) {
        // UTF-16 without a byte order mark: one of the two byte lanes is
        // (almost) all NUL, the other almost never.
        const bool utf16 = half > 0
            && ((nulOdd * 10 >= half * 9 && nulEven * 10 < half)
                || (nulEven * 10 >= half * 9 && nulOdd * 10 < half));
        return utf16 && control * 10 < head.size();
    }
    return control * 20 < head.size();
}

QByteArray readPart(WorkbookArchive &archive, const QString &part, qint64 maxBytes)
{
    std::unique_ptr<ZipEntryDevice> device = archive.openPart(part);
    return device ? device->read(maxBytes) : QByteArray();
}

FileFormat sniffZip(QIODevice *device)
{
    SheetReadOptions options;
    WorkbookArchive archive(options);
    if (!archive.open(device))
        return make(FileFormat::Kind::Other, FileFormatSniffer::tr("a damaged zip archive"));

    if (archive.contains(QStringLiteral("mimetype"))) {
        const QByteArray mimeType = readPart(archive, QStringLiteral("mimetype"), 256).trimmed();
        if (mimeType.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return make(FileFormat::Kind::Ods);
        if (mimeType.startsWith("application/vnd.oasis.opendocument.text"))
            return make(FileFormat::Kind::Other,
                        FileFormatSniffer::tr("an OpenDocument text document (.odt)"));
        if (mimeType.startsWith("application/vnd.oasis.opendocument.presentation"))
            return make(FileFormat::Kind::Other,
                        FileFormatSniffer::tr("an OpenDocument presentation (.odp)"));
        if (mimeType.startsWith("application/epub+zip"))
            return make(FileFormat::Kind::Other, FileFormatSniffer::tr("an e-book (EPUB)"));
    }
    if (archive.contains(QStringLiteral("[Content_Types].xml"))) {
        bool word = false;
        bool powerPoint = false;
        bool excel = false;
        for (const QString &name : archive.entryNames()) {
            const QString lower = name.toLower();
            excel = excel || lower.startsWith(QLatin1String("xl/"));
            word = word || lower.startsWith(QLatin1String("word/"));
            powerPoint = powerPoint || lower.startsWith(QLatin1String("ppt/"));
        }
        if (excel)
            return make(archive.isEncrypted() ? FileFormat::Kind::EncryptedWorkbook
                                              : FileFormat::Kind::Xlsx);
        if (word)
            return make(FileFormat::Kind::Other, FileFormatSniffer::tr("a Word document (.docx)"));
        if (powerPoint)
            return make(FileFormat::Kind::Other,
                        FileFormatSniffer::tr("a PowerPoint presentation (.pptx)"));
    }
    // An .ods without its mimetype file (some converters leave it out).
    if (archive.contains(QStringLiteral("content.xml"))
        && readPart(archive, QStringLiteral("content.xml"), 64 * 1024)
               .contains("office:spreadsheet"))
        return make(FileFormat::Kind::Ods);
    if (archive.isEncrypted())
        return make(FileFormat::Kind::Other,
                    FileFormatSniffer::tr("a password-protected zip archive"));
    return make(FileFormat::Kind::Other,
                FileFormatSniffer::tr("a zip archive without a workbook in it"));
}

FileFormat sniffCompoundFile(QIODevice *device)
{
    const QStringList names = CompoundFile::entryNames(device);
    if (names.contains(QLatin1String("EncryptionInfo"))
        || names.contains(QLatin1String("EncryptedPackage")))
        return make(FileFormat::Kind::EncryptedWorkbook);
    if (names.contains(QLatin1String("Workbook")) || names.contains(QLatin1String("Book")))
        return make(FileFormat::Kind::Xls);
    if (names.contains(QLatin1String("WordDocument")))
        return make(FileFormat::Kind::Other,
                    FileFormatSniffer::tr("a Word 97–2003 document (.doc)"));
    if (names.contains(QLatin1String("PowerPoint Document")))
        return make(FileFormat::Kind::Other,
                    FileFormatSniffer::tr("a PowerPoint 97–2003 presentation (.ppt)"));
    return make(FileFormat::Kind::Other,
                FileFormatSniffer::tr("an Office 97–2003 file that is not a workbook"));
}

} // namespace

FileFormat FileFormatSniffer::sniffBytes(QByteArrayView head)
{
    if (isZip(head) || isCompoundFile(head))
        return make(FileFormat::Kind::Unknown);
    struct Magic
    {
        const char *bytes;
        qsizetype size; // given: some signatures hold NUL bytes
        const char *description;
    };
    static const Magic magics[] = {
        {"%PDF-", 5, QT_TR_NOOP("a PDF document")},
        {"\x89PNG\r\n\x1A\n", 8, QT_TR_NOOP("a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TR_NOOP("a JPEG image")},
        {"GIF87a", 6, QT_TR_NOOP("a GIF image")},
        {"GIF89a", 6, QT_TR_NOOP("a GIF image")},
        {"II*\0", 4, QT_TR_NOOP("a TIFF image")},
        {"MM\0*", 4, QT_TR_NOOP("a TIFF image")},
        {"\x1F\x8B", 2, QT_TR_NOOP("a gzip archive")},
        {"7z\xBC\xAF\x27\x1C", 6, QT_TR_NOOP("a 7-Zip archive")},
        {"Rar!\x1A\x07", 6, QT_TR_NOOP("a RAR archive")},
        {"\x7F"
         "ELF",
         4, QT_TR_NOOP("a program, not a table")},
        {"{\\rtf", 5, QT_TR_NOOP("an RTF document")},
    };
    for (const Magic &magic : magics) {
        if (head.startsWith(QByteArrayView(magic.bytes, magic.size)))
            return make(FileFormat::Kind::Other, tr(magic.description));
    }
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return make(FileFormat::Kind::Other, tr("a WebP image"));
    if (looksLikeText(head))
        return make(FileFormat::Kind::Text);
    return make(FileFormat::Kind::Other, tr("a binary file, not text"));
}

FileFormat FileFormatSniffer::sniff(QIODevice *device)
{
    if (!device || !device->isOpen())
        return make(FileFormat::Kind::Other, tr("a file that cannot be read"));
    const qint64 position = device->pos();
    const QByteArray head = device->peek(sampleSize);
    FileFormat format = sniffBytes(head);
    if (format.kind == FileFormat::Kind::Unknown && !device->isSequential()) {
        format = isZip(head) ? sniffZip(device) : sniffCompoundFile(device);
        device->seek(position);
    } else if (format.kind == FileFormat::Kind::Unknown) {
        format = make(FileFormat::Kind::Other, tr("a file that cannot be read"));
    }
    return format;
}

FileFormat FileFormatSniffer::sniffFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return make(FileFormat::Kind::Other, tr("a file that cannot be read"));
    return sniff(&file);
}
