#include "csvparser.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Where the delimiters, quotes and line breaks are among the next 64
// characters, one bit each. Most cells are a few characters long, so one
// scan serves several of them instead of each cell scanning afresh; the
// states skip the characters that mean nothing to them (a delimiter inside
// quotes, a quote inside an unquoted cell).
class SpecialScanner
{
public:
    SpecialScanner(const char16_t *end, char16_t delimiter, char16_t quote)
        : m_end(end)
        , m_delimiter(delimiter)
        , m_quote(quote)
        , m_base(end)
        , m_scanEnd(end)
    { }

    // The first special character at or after p, or the end.
    Q_ALWAYS_INLINE const char16_t *next(const char16_t *p)
    {
        for (;;) {
            if (p >= m_end)
                return m_end;
            if (p < m_base || p >= m_scanEnd)
                scan(p);
            const quint64 bits = m_bits >> (p - m_base);
            if (bits)
                return p + __builtin_ctzll(bits);
            p = m_scanEnd;
        }
    }

private:
    Q_NEVER_INLINE void scan(const char16_t *p)
    {
        m_base = p;
        m_scanEnd = p + qMin<qsizetype>(64, m_end - p);
        m_bits = 0;
#if defined(__SSE2__)
        if (m_end - p >= 64) {
            const __m128i delimiter = _mm_set1_epi16(short(m_delimiter));
            const __m128i quote = _mm_set1_epi16(short(m_quote));
            const __m128i lf = _mm_set1_epi16(short(u'\n'));
            const __m128i cr = _mm_set1_epi16(short(u'\r'));
            const auto hits = [&](const char16_t *at) {
                const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
                return _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi16(chunk, delimiter), _mm_cmpeq_epi16(chunk, quote)),
                    _mm_or_si128(_mm_cmpeq_epi16(chunk, lf), _mm_cmpeq_epi16(chunk, cr)));
            };
            for (int i = 0; i < 64; i += 16) {
                // 0xFFFF / 0 words pack into 0xFF / 0 bytes: one bit per character.
                const __m128i packed = _mm_packs_epi16(hits(p + i), hits(p + i + 8));
                m_bits |= quint64(unsigned(_mm_movemask_epi8(packed))) << i;
            }
            return;
        }
#endif
        for (qsizetype i = 0; i < m_scanEnd - p; ++i) {
            const char16_t ch = p[i];
            if (ch == m_delimiter || ch == m_quote || ch == u'\n' || ch == u'\r')
                m_bits |= quint64(1) << i;
        }
    }

    const char16_t *const m_end;
    const char16_t m_delimiter;
    const char16_t m_quote;
    const char16_t *m_base; // what the bits describe: [m_base, m_scanEnd)
    const char16_t *m_scanEnd;
    quint64 m_bits = 0;
};

} // namespace

CsvParser::CsvParser(QChar delimiter, QChar quote, qsizetype maxFieldLength, int maxFields,
                     bool skipEmptyLines)
    : m_delimiter(delimiter.unicode())
    , m_quote(quote.unicode())
    , m_maxFieldLength(maxFieldLength)
    , m_maxFields(maxFields)
    , m_skipEmptyLines(skipEmptyLines)
{ }

Q_ALWAYS_INLINE void CsvParser::openField()
{
    // The usual case: another cell of a row like the one before.
    if (m_inRow && m_fieldCount < m_row.fields.size() && m_fieldCount < m_maxFields) {
        m_fieldQuoted = false;
        m_current = m_row.fields.data() + m_fieldCount;
        // Emptied by the first append or by closeField(): one call into
        // QString per cell instead of two.
        m_currentEmpty = true;
        return;
    }
    openNewField();
}

void CsvParser::openNewField()
{
    if (!m_inRow) {
        m_inRow = true;
        m_row.line = m_line;
        m_row.problem = CsvRow::Problem::None;
        m_row.problemColumn = -1;
    }
    m_fieldQuoted = false;
    if (m_fieldCount >= m_maxFields) {
        if (m_row.problem == CsvRow::Problem::None) {
            m_row.problem = CsvRow::Problem::TooManyFields;
            m_row.problemColumn = m_fieldCount;
        }
        m_current = &m_discard;
        m_currentEmpty = true;
        --m_fieldCount; // closeField() counts it back: the extra fields are not kept
        return;
    }
    if (m_fieldCount < m_row.fields.size()) {
        m_current = &m_row.fields[m_fieldCount];
    } else {
        m_row.fields.append(QString());
        m_current = &m_row.fields.last();
    }
    m_currentEmpty = true;
}

Q_ALWAYS_INLINE void CsvParser::append(const char16_t *begin, qsizetype length)
{
    if (length == 0)
        return;
    const qsizetype size = m_currentEmpty ? 0 : m_current->size();
    const qsizetype room = m_maxFieldLength - size;
    if (length > room) {
        if (m_row.problem == CsvRow::Problem::None) {
            m_row.problem = CsvRow::Problem::FieldTooLong;
            m_row.problemColumn = m_fieldCount;
        }
        length = room;
        if (length <= 0)
            return;
    }
    // Most cells arrive in one piece: one resize and a copy, no append logic;
    // no resize either when the cell is as long as the one before it in this
    // column (IDs, dates, phones) and nobody else holds that string.
    m_currentEmpty = false;
    if (size != 0 || m_current->size() != length || !m_current->isDetached())
        m_current->resize(size + length);
    // Unshared after resize(): writing through constData() skips a second detach check.
    std::memcpy(static_cast<void *>(const_cast<QChar *>(m_current->constData()) + size), begin,
                size_t(length) * sizeof(char16_t));
}

bool CsvParser::endRow(const RowSink &sink)
{
    const bool emptyLine = m_fieldCount == 1 && !m_fieldQuoted && m_row.fields.first().isEmpty();
    m_inRow = false;
    if (m_row.fields.size() > m_fieldCount)
        m_row.fields.resize(m_fieldCount);
    m_fieldCount = 0;
    if (emptyLine && m_skipEmptyLines && m_row.problem == CsvRow::Problem::None)
        return true;
    ++m_row.number;
    return sink(m_row);
}

bool CsvParser::feed(QStringView text, const RowSink &sink)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
    const char16_t delimiter = m_delimiter;
    const char16_t quote = m_quote;
    // False only for odd options where the quote is also a delimiter or line break.
    const bool quoteIsSpecial = quote != delimiter && quote != u'\n' && quote != u'\r';
    SpecialScanner scanner(end, delimiter, quote);
    bool keepGoing = true;

    while (p < end && keepGoing) {
        switch (m_state) {
        case State::AfterCr:
            if (*p == u'\n')
                ++p;
            m_state = State::FieldStart;
            break;
        case State::FieldStart:
            openField();
            if (*p == quote) {
                ++p;
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char16_t *start = p;
            p = scanner.next(p);
            // A quote inside an unquoted cell is data (a"b is kept as written).
            while (p < end && *p == quote && quoteIsSpecial)
                p = scanner.next(p + 1);
            append(start, p - start);
            if (p == end)
                break;
            const char16_t ch = *p++;
            closeField();
            if (ch == delimiter) {
                m_inRow = true;
                m_state = State::FieldStart;
            } else {
                ++m_line;
                m_state = ch == u'\r' ? State::AfterCr : State::FieldStart;
                keepGoing = endRow(sink);
            }
            break;
        }
        case State::Quoted: {
            const char16_t *start = p;
            for (;;) {
                p = scanner.next(p);
                if (p == end || *p == quote)
                    break;
                if (*p != u'\n' && *p != u'\r') { // a delimiter: data inside quotes
                    ++p;
                    continue;
                }
                // Line breaks inside quotes are data, but still count as lines.
                const bool lfAfterCr = *p == u'\n' && (p > begin ? p[-1] == u'\r' : m_lastWasCr);
                if (!lfAfterCr)
                    ++m_line;
                ++p;
            }
            append(start, p - start);
            if (p < end) {
                ++p;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char16_t ch = *p;
            if (ch == quote) {
                append(p, 1);
                ++p;
                m_state = State::Quoted;
            } else if (ch == delimiter) {
                ++p;
                closeField();
                m_state = State::FieldStart;
            } else if (ch == u'\n' || ch == u'\r') {
                ++p;
                closeField();
                ++m_line;
                m_state = ch == u'\r' ? State::AfterCr : State::FieldStart;
                keepGoing = endRow(sink);
            } else {
                // Text after the closing quote ("ab"c): kept as written, as
                // Python's csv module and spreadsheets do, rather than failing.
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
    if (!text.isEmpty())
        m_lastWasCr = end[-1] == u'\r';
    return keepGoing;
}

bool CsvParser::finish(const RowSink &sink)
{
    switch (m_state) {
    case State::Quoted:
        return false;
    case State::AfterCr:
        return true;
    case State::FieldStart:
        if (!m_inRow)
            return true;
        openField();
        closeField();
        break;
    case State::Unquoted:
    case State::QuoteInQuoted:
        closeField();
        break;
    }
    m_state = State::FieldStart;
    return endRow(sink);
}
