#include "csvblockscanner.h"

#include <atomic>

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
