#include "csvsniffer.h"

#include "csvparser.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace {

const QByteArray utf8 = QByteArrayLiteral("UTF-8");
const QByteArray utf16le = QByteArrayLiteral("UTF-16LE");
const QByteArray utf16be = QByteArrayLiteral("UTF-16BE");
const QByteArray windows1251 = QByteArrayLiteral("windows-1251");
const QByteArray windows1252 = QByteArrayLiteral("windows-1252");

bool isAsciiLetter(uchar byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
}

// Letters of both code pages: А–я (and Ё, ё) in 1251, accented Latin in 1252.
bool isHighLetter(uchar byte)
{
    return byte >= 0xC0 || byte == 0xA8 || byte == 0xB8;
}

struct LetterStats
{
    int highNextToHigh = 0; // Russian words: high letters come in runs
    int highNextToAscii = 0; // Spanish words: one accented letter among ASCII ones
};

LetterStats letterStats(QByteArrayView sample)
{
    LetterStats stats;
    for (qsizetype i = 0; i + 1 < sample.size(); ++i) {
        const auto a = uchar(sample[i]);
        const auto b = uchar(sample[i + 1]);
        const bool highA = isHighLetter(a);
        const bool highB = isHighLetter(b);
        if (highA && highB)
            ++stats.highNextToHigh;
        else if ((highA && isAsciiLetter(b)) || (highB && isAsciiLetter(a)))
            ++stats.highNextToAscii;
    }
    return stats;
}

// uchardet's answer mapped onto what the import supports; empty for the rest
// (KOI8-R, IBM866, MAC-CYRILLIC… which no spreadsheet of ours writes and which
// uchardet also tends to answer for short 1251 samples).
QByteArray uchardetGuess(QByteArrayView sample)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray charset = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    if (charset == "WINDOWS-1251")
        return windows1251;
    if (charset == "WINDOWS-1252" || charset == "ISO-8859-1" || charset == "ISO-8859-15")
        return windows1252;
    return {};
}

// UTF-16 without a BOM shows as a zero byte in every other position for
// Latin text; NUL bytes strewn in an 8-bit file do not make such a pattern.
QByteArray utf16ByZeroBytes(QByteArrayView sample)
{
    if (sample.size() < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == 0)
            ++((i % 2) ? oddZeros : evenZeros);
    }
    const qsizetype half = sample.size() / 2;
    if (oddZeros * 10 >= half * 4 && evenZeros * 20 < half)
        return utf16le;
    if (evenZeros * 10 >= half * 4 && oddZeros * 20 < half)
        return utf16be;
    return {};
}

bool looksLikeData(const QString &cell)
{
    static const QRegularExpression data(
        QStringLiteral(
            R"(^\s*([-+]?[\d\s().,/:-]+|[^@\s]+@[^@\s]+\.[^@\s]+|(true|false|yes|no))\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return data.match(cell).hasMatch();
}

} // namespace

QList<QByteArray> CsvSniffer::supportedEncodings()
{
    return {utf8, utf16le, utf16be, windows1251, windows1252};
}

QList<QChar> CsvSniffer::candidateDelimiters()
{
    return {u',', u';', u'\t', u'|'};
}

bool CsvSniffer::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF; // the second byte's range excludes overlongs and surrogates
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            if (p + i >= end)
                return allowTruncatedEnd;
            const uchar next = p[i];
            if (i == 1 ? (next < low || next > high) : (next < 0x80 || next > 0xBF))
                return false;
        }
        p += length;
    }
    return true;
}

bool CsvSniffer::utf8CutAtEnd(QByteArrayView bytes)
{
    // More than three bytes >= 0x80 means at least one whole multi-byte
    // character before the cut-off one (at most three bytes): a UTF-8 file
    // truncated mid-character, not a code-page file that happens to end in
    // e.g. "Ã" (0xC3). The reader then reports the cut character.
    const auto high =
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
    return high > 3 && isValidUtf8(bytes, true) && !isValidUtf8(bytes, false);
}

QByteArray CsvSniffer::detectEncoding(QByteArrayView sample, bool wholeFile, bool *hasBom,
                                      bool *certain)
{
    bool bomFound = false;
    bool sure = true;
    QByteArray encoding;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        bomFound = true;
        encoding = utf8;
    } else if (sample.startsWith("\xFF\xFE")) {
        bomFound = true;
        encoding = utf16le;
    } else if (sample.startsWith("\xFE\xFF")) {
        bomFound = true;
        encoding = utf16be;
    } else if (encoding = utf16ByZeroBytes(sample); !encoding.isEmpty()) {
        sure = false;
    } else if (isValidUtf8(sample, !wholeFile || utf8CutAtEnd(sample))) {
        encoding = utf8;
        // Plain ASCII so far says nothing about the bytes after the sample.
        sure = wholeFile
            || std::any_of(sample.begin(), sample.end(), [](char c) { return uchar(c) >= 0x80; });
    } else {
        const LetterStats stats = letterStats(sample);
        const bool cyrillic = stats.highNextToHigh > stats.highNextToAscii;
        // Strong statistics overrule uchardet, which on a few hundred bytes of
        // names sometimes answers the other code page.
        const bool strong = cyrillic ? stats.highNextToHigh >= 4 * (stats.highNextToAscii + 2)
                                     : stats.highNextToAscii >= 4 * (stats.highNextToHigh + 2);
        encoding = uchardetGuess(sample);
        if (encoding.isEmpty() || strong) {
            encoding = cyrillic ? windows1251 : windows1252;
            sure = strong;
        }
    }
    if (hasBom)
        *hasBom = bomFound;
    if (certain)
        *certain = sure;
    return encoding;
}

QChar CsvSniffer::sepLineDelimiter(QStringView text, qsizetype *lineLength)
{
    qsizetype pos = 0;
    const bool quoted = text.startsWith(u'"');
    if (quoted)
        ++pos;
    if (!text.mid(pos).startsWith(u"sep=", Qt::CaseInsensitive) || text.size() < pos + 5)
        return {};
    pos += 4;
    const QChar delimiter = text[pos++];
    if (delimiter == u'\r' || delimiter == u'\n' || delimiter == u'"')
        return {};
    if (quoted) {
        if (pos >= text.size() || text[pos] != u'"')
            return {};
        ++pos;
    }
    // Some tools save the line through the CSV writer, padding it with delimiters.
    while (pos < text.size() && text[pos] == delimiter)
        ++pos;
    if (pos < text.size()) {
        if (text[pos] == u'\r') {
            ++pos;
            if (pos < text.size() && text[pos] == u'\n')
                ++pos;
        } else if (text[pos] == u'\n') {
            ++pos;
        } else {
            return {};
        }
    }
    if (lineLength)
        *lineLength = pos;
    return delimiter;
}

QChar CsvSniffer::detectDelimiter(QStringView text, QChar quote, bool wholeText, int *columnCount)
{
    QChar best = u',';
    double bestConsistency = -1;
    int bestCount = 1;
    for (const QChar candidate : candidateDelimiters()) {
        CsvParser parser(candidate, quote, CsvOptions::defaultMaxFieldLength,
                         CsvOptions::defaultMaxFields, true);
        QHash<int, int> counts;
        int rows = 0;
        const auto sink = [&](const CsvRowView &row) {
            ++counts[int(row.fields.size())];
            return ++rows < sampleRows;
        };
        // Without the end of the file the last row may be cut: leave it out.
        if (parser.feed(text, sink) && wholeText)
            parser.finish(sink);
        if (rows == 0)
            continue;
        int mode = 1;
        int modeRows = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > modeRows || (it.value() == modeRows && it.key() > mode)) {
                mode = it.key();
                modeRows = it.value();
            }
        }
        if (mode < 2)
            continue;
        const double consistency = double(modeRows) / rows;
        if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestCount)) {
            best = candidate;
            bestConsistency = consistency;
            bestCount = mode;
        }
    }
    if (columnCount)
        *columnCount = bestCount;
    return best;
}

bool CsvSniffer::looksLikeHeader(const QStringList &firstRow)
{
    if (firstRow.isEmpty())
        return false;
    QSet<QString> seen;
    for (const QString &cell : firstRow) {
        const QString key = cell.trimmed().toCaseFolded();
        if (key.isEmpty() || looksLikeData(cell) || seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

CsvSniffResult CsvSniffer::sniff(QIODevice *device, const CsvOptions &options)
{
    const QByteArray sample = device->peek(sampleSize);
    const bool wholeFile = !device->isSequential() && device->size() - device->pos() <= sampleSize;
    return sniff(sample, wholeFile, options);
}

CsvSniffResult CsvSniffer::sniff(QByteArrayView sample, bool wholeFile, const CsvOptions &options)
{
    CsvSniffResult result;
    bool detectedBom = false;
    const QByteArray detected =
        detectEncoding(sample, wholeFile, &detectedBom, &result.encodingCertain);
    if (options.encoding.isEmpty()) {
        result.encoding = detected;
        result.hasBom = detectedBom;
    } else {
        result.encoding = options.encoding;
        result.hasBom = detectedBom && detected == options.encoding;
        result.encodingCertain = true;
    }

    QStringDecoder decoder(result.encoding.constData());
    if (!decoder.isValid())
        return result;
    QString text = decoder.decode(sample);
    if (text.startsWith(QChar(QChar::ByteOrderMark)))
        text.remove(0, 1);
    QStringView body(text);
    qsizetype sepLength = 0;
    const QChar sepDelimiter = options.honourSepLine ? sepLineDelimiter(body, &sepLength) : QChar();
    if (!sepDelimiter.isNull()) {
        result.hasSepLine = true;
        body = body.mid(sepLength);
    }
    int columns = 0;
    const QChar detectedDelimiter = detectDelimiter(body, options.quote, wholeFile, &columns);
    result.delimiter = !options.delimiter.isNull() ? options.delimiter
        : !sepDelimiter.isNull()                   ? sepDelimiter
                                                   : detectedDelimiter;

    CsvParser parser(result.delimiter, options.quote, options.maxFieldLength, options.maxFields,
                     true);
    QHash<int, int> counts;
    int rows = 0;
    const auto sink = [&](const CsvRowView &row) {
        if (rows == 0) {
            CsvRow first;
            row.copyTo(first);
            result.firstRow = first.fields;
        }
        ++counts[int(row.fields.size())];
        return ++rows < sampleRows;
    };
    if (parser.feed(body, sink) && wholeFile)
        parser.finish(sink);
    int modeRows = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > modeRows) {
            result.columnCount = it.key();
            modeRows = it.value();
        }
    }
    result.hasHeader = looksLikeHeader(result.firstRow);
    return result;
}
