#include "csvblockscanner.h"

#include <atomic>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

std::atomic<bool> &portableForced()
{
    static std::atomic<bool> forced{qEnvironmentVariableIntValue("USERDESK_CSV_PORTABLE_SCAN")
                                    == 1};
    return forced;
}

} // namespace

CsvBlockScanner::CsvBlockScanner(const char16_t *end, char16_t delimiter, char16_t quote)
    : m_end(end)
    , m_delimiter(delimiter)
    , m_quote(quote)
    , m_vector(hasVectorPath() && !isPortableForced())
    , m_base(end)
    , m_scanEnd(end)
{ }

void CsvBlockScanner::rescan(const char16_t *p)
{
    m_base = p;
    const qsizetype length = qMin<qsizetype>(blockSize, m_end - p);
    m_scanEnd = p + length;
    m_bits = m_vector && length == blockSize ? scanVector(p, m_delimiter, m_quote)
                                             : scanPortable(p, length, m_delimiter, m_quote);
}

quint64 CsvBlockScanner::scanPortable(const char16_t *p, qsizetype length, char16_t delimiter,
                                      char16_t quote)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    if (length == blockSize) {
        // Four characters per 64-bit word, compared all at once (SWAR): a
        // lane of x is zero exactly when its bit 15 comes out set below.
        constexpr quint64 ones = 0x0001000100010001ULL;
        constexpr quint64 low15 = 0x7fff7fff7fff7fffULL;
        constexpr quint64 high = 0x8000800080008000ULL;
        const auto zeroLanes = [](quint64 x) {
            return ~(((x & low15) + low15) | x) & high;
        };
        const quint64 delimiters = ones * delimiter;
        const quint64 quotes = ones * quote;
        const quint64 lf = ones * u'\n';
        const quint64 cr = ones * u'\r';
        quint64 bits = 0;
        for (int i = 0; i < blockSize; i += 4) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof(word));
            const quint64 hits = zeroLanes(word ^ delimiters) | zeroLanes(word ^ quotes)
                | zeroLanes(word ^ lf) | zeroLanes(word ^ cr);
            // Bits 15, 31, 47 and 63 to bits 45 to 48 by one multiplication
            // (no two partial products meet, so nothing carries).
            const quint64 four = (((hits >> 15) * 0x0000200040008001ULL) >> 45) & 0xf;
            bits |= four << i;
        }
        return bits;
    }
#endif
    quint64 bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t ch = p[i];
        if (ch == delimiter || ch == quote || ch == u'\n' || ch == u'\r')
            bits |= quint64(1) << i;
    }
    return bits;
}

quint64 CsvBlockScanner::scanVector(const char16_t *p, char16_t delimiter, char16_t quote)
{
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi16(short(delimiter));
    const __m128i quotes = _mm_set1_epi16(short(quote));
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const auto hits = [&](const char16_t *at) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        return _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(chunk, delimiters), _mm_cmpeq_epi16(chunk, quotes)),
            _mm_or_si128(_mm_cmpeq_epi16(chunk, lf), _mm_cmpeq_epi16(chunk, cr)));
    };
    quint64 bits = 0;
    for (int i = 0; i < blockSize; i += 16) {
        // 0xFFFF / 0 words pack into 0xFF / 0 bytes: one bit per character.
        const __m128i packed = _mm_packs_epi16(hits(p + i), hits(p + i + 8));
        bits |= quint64(unsigned(_mm_movemask_epi8(packed))) << i;
    }
    return bits;
#else
    return scanPortable(p, blockSize, delimiter, quote);
#endif
}

bool CsvBlockScanner::hasVectorPath()
{
#if defined(__SSE2__)
    return true;
#else
    return false;
#endif
}

void CsvBlockScanner::setPortableForced(bool forced)
{
    portableForced().store(forced, std::memory_order_relaxed);
}

bool CsvBlockScanner::isPortableForced()
{
    return portableForced().load(std::memory_order_relaxed);
}
