#pragma once

#include "csvoptions.h"
#include "csvsniffresult.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

class QIODevice;

// Looks at the first CsvSniffer::sampleSize bytes of a file to choose its
// encoding, delimiter and header. Options already set are kept, not guessed.
class CsvSniffer
{
public:
    static constexpr qsizetype sampleSize = 64 * 1024;
    static constexpr int sampleRows = 50;

    // Peeks: the device's position does not move.
    static CsvSniffResult sniff(QIODevice *device, const CsvOptions &options = {});
    // wholeFile: the sample is all there is, so its end is the file's end.
    static CsvSniffResult sniff(QByteArrayView sample, bool wholeFile,
                                const CsvOptions &options = {});

    // BOM, then UTF-16 without BOM by its zero bytes, then valid UTF-8, then
    // uchardet among the supported code pages, then letter statistics.
    static QByteArray detectEncoding(QByteArrayView sample, bool wholeFile, bool *hasBom = nullptr,
                                     bool *certain = nullptr);
    static QChar detectDelimiter(QStringView text, QChar quote = u'"', bool wholeText = false,
                                 int *columnCount = nullptr);
    // The delimiter of a "sep=;" first line (a BOM already removed), with the
    // length of that line including its line break; null when there is none.
    static QChar sepLineDelimiter(QStringView text, qsizetype *lineLength = nullptr);
    static bool looksLikeHeader(const QStringList &firstRow);

    // allowTruncatedEnd: the bytes may stop inside a multi-byte sequence.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
    // Valid UTF-8 with non-ASCII text, except a character cut off at the end.
    static bool utf8CutAtEnd(QByteArrayView bytes);
    // The encodings the import offers, for the person to override the guess.
    static QList<QByteArray> supportedEncodings();
    static QList<QChar> candidateDelimiters();
};
