#pragma once

#include <QtGlobal>

// Finds the characters that matter to the CSV state machine (the delimiter,
// the quote, CR and LF) a block of 64 characters at a time, one bit per
// character, so that a cell of a few characters costs a bit scan instead of
// a loop. SSE2 (the x86-64 baseline) compares 8 characters per instruction;
// the portable path gives the same bits one character at a time, and can be
// forced (setPortableForced(), or USERDESK_CSV_PORTABLE_SCAN=1 in the
// environment) so that tests and benchmarks run it on x86-64 too.
class CsvBlockScanner
{
public:
    static constexpr qsizetype blockSize = 64;

    CsvBlockScanner(const char16_t *end, char16_t delimiter, char16_t quote);

    // The first special character at or after p, or the end.
    Q_ALWAYS_INLINE const char16_t *next(const char16_t *p)
    {
        for (;;) {
            if (p >= m_end)
                return m_end;
            if (p < m_base || p >= m_scanEnd)
                rescan(p);
            const quint64 bits = m_bits >> (p - m_base);
            if (bits)
                return p + __builtin_ctzll(bits);
            p = m_scanEnd;
        }
    }

    // One block: bit i is set when p[i] is special; length <= blockSize.
    static quint64 scanPortable(const char16_t *p, qsizetype length, char16_t delimiter,
                                char16_t quote);
    // As scanPortable() with length == blockSize; the portable path where
    // there is no SSE2.
    static quint64 scanVector(const char16_t *p, char16_t delimiter, char16_t quote);
    static bool hasVectorPath();

    bool usesVectorPath() const { return m_vector; }

    static void setPortableForced(bool forced);
    static bool isPortableForced();

private:
    Q_NEVER_INLINE void rescan(const char16_t *p);

    const char16_t *const m_end;
    const char16_t m_delimiter;
    const char16_t m_quote;
    const bool m_vector;
    const char16_t *m_base; // what the bits describe: [m_base, m_scanEnd)
    const char16_t *m_scanEnd;
    quint64 m_bits = 0;
};
