#include "csvparser.h"

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
        m_discard.resize(0);
        m_current = &m_discard;
        --m_fieldCount; // closeField() counts it back: the extra fields are not kept
        return;
    }
    if (m_fieldCount < m_row.fields.size()) {
        m_current = &m_row.fields[m_fieldCount];
        m_current->resize(0);
    } else {
        m_row.fields.append(QString());
        m_current = &m_row.fields.last();
    }
}

void CsvParser::append(const char16_t *begin, qsizetype length)
{
    if (length == 0)
        return;
    const qsizetype room = m_maxFieldLength - m_current->size();
    if (length > room) {
        if (m_row.problem == CsvRow::Problem::None) {
            m_row.problem = CsvRow::Problem::FieldTooLong;
            m_row.problemColumn = m_fieldCount;
        }
        length = room;
        if (length <= 0)
            return;
    }
    m_current->append(reinterpret_cast<const QChar *>(begin), length);
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
            // The hot loop: most characters are none of these three.
            while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                ++p;
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
                while (p < end && *p != quote && *p != u'\n' && *p != u'\r')
                    ++p;
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
