#include "csvdecoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

CsvDecoder::CsvDecoder(const char *encoding)
    : QStringDecoder(encoding)
{
    m_utf8 = isValid() && QStringConverter::encodingForName(encoding) == QStringConverter::Utf8;
}

namespace {

Q_ALWAYS_INLINE bool isSpecial(char16_t ch, char16_t delimiter, char16_t quote)
{
    return ch == delimiter || ch == quote || ch == u'\n' || ch == u'\r';
}

// ORs mask (at most 16 bits) into bits from bit index on.
Q_ALWAYS_INLINE void markBits(quint64 *bits, qsizetype index, quint64 mask)
{
    if (!mask)
        return;
    const int shift = int(index & 63);
    bits[index >> 6] |= mask << shift;
    if (shift > 48)
        bits[(index >> 6) + 1] |= mask >> (64 - shift);
}

// Marks the special characters of [from, to), written after start.
void markRange(quint64 *bits, const char16_t *start, const char16_t *from, const char16_t *to,
               char16_t delimiter, char16_t quote)
{
    for (const char16_t *p = from; p < to; ++p) {
        if (isSpecial(*p, delimiter, quote)) {
            const qsizetype index = p - start;
            bits[index >> 6] |= quint64(1) << (index & 63);
        }
    }
}

} // namespace

QChar *CsvDecoder::decode(QChar *out, QByteArrayView in)
{
    if (!m_utf8)
        return appendToBuffer(out, in);
    return decodeUtf8<false>(out, in, nullptr, 0, 0);
}

QChar *CsvDecoder::decode(QChar *out, QByteArrayView in, quint64 *bits, char16_t delimiter,
                          char16_t quote)
{
    if (!m_utf8) {
        QChar *end = appendToBuffer(out, in);
        const char16_t *start = reinterpret_cast<const char16_t *>(out);
        markRange(bits, start, start, reinterpret_cast<const char16_t *>(end), delimiter, quote);
        return end;
    }
    return decodeUtf8<true>(out, in, bits, delimiter, quote);
}

template<bool Mark>
QChar *CsvDecoder::decodeUtf8(QChar *out, QByteArrayView in, quint64 *bits, char16_t delimiter,
                              char16_t quote)
{
    // Never more characters out than bytes in, so the vector stores below,
    // which may write past what they keep, stay inside requiredSpace().
    char16_t *const start = reinterpret_cast<char16_t *>(out);
    char16_t *dst = start;
    const uchar *p = reinterpret_cast<const uchar *>(in.data());
    const uchar *const end = p + in.size();
    // Qt decodes up to and including the next ASCII byte. An ASCII byte is
    // never part of a sequence, so Qt's output is what it would be for the
    // whole chunk and it holds no partial character afterwards (unless the
    // chunk ends first, when it keeps it for the next chunk as it should).
    const auto byQt = [&] {
        const uchar *stop = p;
        while (stop < end && *stop >= 0x80)
            ++stop;
        if (stop < end)
            ++stop;
        char16_t *from = dst;
        dst = reinterpret_cast<char16_t *>(
            appendToBuffer(reinterpret_cast<QChar *>(dst),
                           QByteArrayView(reinterpret_cast<const char *>(p), stop - p)));
        if constexpr (Mark)
            markRange(bits, start, from, dst, delimiter, quote);
        p = stop;
    };
    // Qt alone at the start of the file (it drops a BOM there only) and for
    // the rest of a character the chunk before ended in.
    if (!m_started || state.remainingChars != 0) {
        m_started = m_started || !in.isEmpty();
        byQt();
    }
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i delimiters = _mm_set1_epi8(char(delimiter));
    const __m128i quotes = _mm_set1_epi8(char(quote));
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
#endif
    while (p < end && state.remainingChars == 0) {
#if defined(__SSE2__)
        while (end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm_unpacklo_epi8(bytes, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + 8), _mm_unpackhi_epi8(bytes, zero));
            const int nonAscii = _mm_movemask_epi8(bytes);
            int specials = 0;
            if constexpr (Mark) {
                // Bytes of 0x80 and above never equal an ASCII delimiter or quote.
                specials = _mm_movemask_epi8(_mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters), _mm_cmpeq_epi8(bytes, quotes)),
                    _mm_or_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmpeq_epi8(bytes, cr))));
            }
            if (nonAscii) {
                const int ascii = __builtin_ctz(unsigned(nonAscii));
                if constexpr (Mark)
                    markBits(bits, dst - start, quint64(unsigned(specials) & ((1u << ascii) - 1)));
                p += ascii;
                dst += ascii;
                break;
            }
            if constexpr (Mark)
                markBits(bits, dst - start, quint64(unsigned(specials)));
            p += 16;
            dst += 16;
        }
#endif
        // One run of non-ASCII characters (or the last few bytes).
        while (p < end) {
            const uchar b = *p;
            if (b < 0x80) {
                if constexpr (Mark) {
                    if (isSpecial(b, delimiter, quote)) {
                        const qsizetype index = dst - start;
                        bits[index >> 6] |= quint64(1) << (index & 63);
                    }
                }
                *dst++ = b;
                ++p;
                // Back to sixteen at a time when ASCII goes on ("Москва, Россия"
                // has a lone comma and space between its words).
                if (end - p >= 16 && *p < 0x80)
                    break;
                continue;
            }
            if (b >= 0xc2 && b < 0xe0) {
#if defined(__SSE2__)
                // A run of two-byte characters (a Cyrillic or Greek word), up
                // to eight at once: as 16-bit lanes, lead | continuation << 8.
                if (end - p >= 16) {
                    const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                    const __m128i shaped =
                        _mm_cmpeq_epi16(_mm_and_si128(lanes, _mm_set1_epi16(short(0xc0e0))),
                                        _mm_set1_epi16(short(0x80c0)));
                    // 0xc0 and 0xc1 are overlong leads: their lanes have no bit of 0x1e.
                    const __m128i overlong =
                        _mm_cmpeq_epi16(_mm_and_si128(lanes, _mm_set1_epi16(0x1e)), zero);
                    const unsigned good =
                        unsigned(_mm_movemask_epi8(_mm_andnot_si128(overlong, shaped)));
                    // Whole lanes from the first on: two mask bits per lane.
                    const int run = __builtin_ctz(~good) / 2;
                    if (run >= 2) {
                        const __m128i chars = _mm_or_si128(
                            _mm_slli_epi16(_mm_and_si128(lanes, _mm_set1_epi16(0x1f)), 6),
                            _mm_and_si128(_mm_srli_epi16(lanes, 8), _mm_set1_epi16(0x3f)));
                        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), chars);
                        dst += run;
                        p += 2 * run;
                        continue;
                    }
                }
#endif
                if (end - p >= 2 && (p[1] & 0xc0) == 0x80) {
                    *dst++ = char16_t(((b & 0x1f) << 6) | (p[1] & 0x3f));
                    p += 2;
                    continue;
                }
            } else if (b >= 0xe0 && b < 0xf0) {
                if (end - p >= 3 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
                    const char16_t uc =
                        char16_t(((b & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f));
                    if (uc >= 0x800 && !QChar::isSurrogate(uc)) {
                        *dst++ = uc;
                        p += 3;
                        continue;
                    }
                }
            }
            // Not a complete two- or three-byte character: Qt's.
            byQt();
            if (state.remainingChars != 0)
                break; // only at the end
        }
    }
    return reinterpret_cast<QChar *>(dst);
}
