#include "csvparser.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The first of a, b or c at or after p, or end. Eight characters at a time
// where SSE2 is there (every x86-64): most cells are plain text.
const char16_t *findAny(const char16_t *p, const char16_t *end, char16_t a, char16_t b, char16_t c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    while (end - p >= 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, va), _mm_cmpeq_epi16(chunk, vb)),
                         _mm_cmpeq_epi16(chunk, vc));
        const int mask = _mm_movemask_epi8(hits);
        if (mask)
            return p + __builtin_ctz(unsigned(mask)) / 2;
        p += 8;
    }
#endif
    while (p < end && *p != a && *p != b && *p != c)
        ++p;
    return p;
}

} // namespace

CsvParser::CsvParser(QChar delimiter, QChar quote, qsizetype maxFieldLength, int maxFields,
                     bool skipEmptyLines)
    : m_delimiter(delimiter.unicode())
    , m_quote(quote.unicode())
    , m_maxFieldLength(maxFieldLength)
    , m_maxFields(maxFields)
    , m_skipEmptyLines(skipEmptyLines)
{ }

void CsvParser::openField()
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
    // Emptied by the first append or by closeField(): one call into QString
    // per cell instead of two.
    m_currentEmpty = true;
}

void CsvParser::append(const char16_t *begin, qsizetype length)
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
    // Most cells arrive in one piece: one resize and a copy, no append logic.
    m_currentEmpty = false;
    m_current->resize(size + length);
    std::memcpy(static_cast<void *>(m_current->data() + size), begin,
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
            p = findAny(p, end, delimiter, u'\n', u'\r');
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
                p = findAny(p, end, quote, u'\n', u'\r');
                if (p == end || *p == quote)
                    break;
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
