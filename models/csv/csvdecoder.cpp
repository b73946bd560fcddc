#include "csvdecoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

CsvDecoder::CsvDecoder(const char *encoding)
    : QStringDecoder(encoding)
{
    m_utf8 = isValid() && QStringConverter::encodingForName(encoding) == QStringConverter::Utf8;
}

QChar *CsvDecoder::decode(QChar *out, QByteArrayView in)
{
    // Qt alone until it has seen the start of the file (it drops a BOM there
    // only), and whenever it holds the first bytes of a character.
    if (!m_utf8 || !m_started || state.remainingChars != 0) {
        m_started = m_started || !in.isEmpty();
        return appendToBuffer(out, in);
    }

    // Never more characters out than bytes in, so the vector stores below,
    // which may write past what they keep, stay inside requiredSpace().
    char16_t *dst = reinterpret_cast<char16_t *>(out);
    const uchar *p = reinterpret_cast<const uchar *>(in.data());
    const uchar *const end = p + in.size();
    while (p < end) {
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        while (end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm_unpacklo_epi8(bytes, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + 8), _mm_unpackhi_epi8(bytes, zero));
            const int nonAscii = _mm_movemask_epi8(bytes);
            if (nonAscii) {
                const int ascii = __builtin_ctz(unsigned(nonAscii));
                p += ascii;
                dst += ascii;
                break;
            }
            p += 16;
            dst += 16;
        }
#endif
        // One run of non-ASCII characters (or the last few bytes).
        while (p < end) {
            const uchar b = *p;
            if (b < 0x80) {
                *dst++ = b;
                ++p;
                if (end - p >= 16)
                    break;
                continue;
            }
            if (b >= 0xc2 && b < 0xe0) {
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
            // Not a complete two- or three-byte character: Qt decodes up to and
            // including the next ASCII byte. An ASCII byte is never part of a
            // sequence, so Qt's output is what it would be for the whole chunk
            // and it holds no partial character afterwards (unless the chunk
            // ends first, when it keeps it for the next chunk as it should).
            const uchar *stop = p;
            while (stop < end && *stop >= 0x80)
                ++stop;
            if (stop < end)
                ++stop;
            dst = reinterpret_cast<char16_t *>(
                appendToBuffer(reinterpret_cast<QChar *>(dst),
                               QByteArrayView(reinterpret_cast<const char *>(p), stop - p)));
            p = stop;
            if (state.remainingChars != 0)
                break; // only at the end
        }
    }
    return reinterpret_cast<QChar *>(dst);
}
