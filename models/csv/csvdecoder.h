#pragma once

#include <QStringDecoder>

// QStringDecoder with a faster path for UTF-8, the encoding of nearly every
// large import: runs of ASCII are widened sixteen bytes at a time and well-formed
// two- and three-byte sequences (Latin accents, Cyrillic) are decoded inline.
// Anything else (four-byte sequences, malformed bytes, a character split
// between two chunks, the byte-order mark at the start) goes to Qt's decoder
// with its state untouched, so the output and hasError() are exactly what
// QStringDecoder::appendToBuffer() would give for the same chunks.
class CsvDecoder : public QStringDecoder
{
public:
    explicit CsvDecoder(const char *encoding);

    // As appendToBuffer(): out needs requiredSpace(in.size()) characters.
    QChar *decode(QChar *out, QByteArrayView in);
    // The same, and for UTF-8 also marks in bits (bit i of bits[i / 64] for
    // the i-th character written) the characters that are delimiter, quote,
    // CR or LF, found in the bytes while they are decoded, so that the
    // parser need not look for them again. bits must be zeroed, with room
    // for requiredSpace(in.size()) + 64 bits; delimiter and quote ASCII.
    QChar *decode(QChar *out, QByteArrayView in, quint64 *bits, char16_t delimiter, char16_t quote);
    bool isUtf8() const { return m_utf8; }
    // Bytes of a character still waiting for the rest of it: at the end of
    // the input, that character was cut off (a file truncated mid-character).
    bool hasIncompleteCharacter() const { return state.remainingChars != 0; }

private:
    template<bool Mark>
    QChar *decodeUtf8(QChar *out, QByteArrayView in, quint64 *bits, char16_t delimiter,
                      char16_t quote);

    bool m_utf8 = false;
    bool m_started = false; // Qt's decoder has seen the start (and any BOM)
};
