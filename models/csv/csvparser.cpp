#include "csvparser.h"

#include "csvblockscanner.h"

#include <cstring>

namespace {

// What an empty cell points at: views are never null.
const char16_t emptyText[] = u"";

} // namespace

CsvParser::CsvParser(QChar delimiter, QChar quote, qsizetype maxFieldLength, int maxFields,
                     bool skipEmptyLines)
    : m_delimiter(delimiter.unicode())
    , m_quote(quote.unicode())
    , m_maxFieldLength(maxFieldLength)
    , m_maxFields(maxFields)
    , m_skipEmptyLines(skipEmptyLines)
    , m_plainRows(m_delimiter != m_quote && m_delimiter != u'\n' && m_delimiter != u'\r'
                  && m_quote != u'\n' && m_quote != u'\r' && maxFieldLength >= 0 && maxFields > 0)
{ }

Q_ALWAYS_INLINE void CsvParser::openField()
{
    if (Q_UNLIKELY(!m_inRow)) {
        m_inRow = true;
        m_row.line = m_line;
        m_row.problem = CsvRow::Problem::None;
        m_row.problemColumn = -1;
    }
    m_fieldQuoted = false;
    m_hasSegment = false;
    m_discarding = qsizetype(m_spans.size()) >= m_maxFields;
    if (Q_UNLIKELY(m_discarding) && m_row.problem == CsvRow::Problem::None) {
        m_row.problem = CsvRow::Problem::TooManyFields;
        m_row.problemColumn = int(m_spans.size());
    }
}

void CsvParser::tooLong()
{
    if (m_row.problem == CsvRow::Problem::None) {
        m_row.problem = CsvRow::Problem::FieldTooLong;
        m_row.problemColumn = int(m_spans.size());
    }
}

void CsvParser::spillAppend(const char16_t *begin, qsizetype length)
{
    if (length <= 0)
        return;
    if (m_spillSize + length > m_spill.size())
        m_spill.resize(qMax(m_spillSize + length, 2 * m_spill.size()));
    std::memcpy(static_cast<void *>(m_spill.data() + m_spillSize), begin,
                size_t(length) * sizeof(char16_t));
    m_spillSize += length;
}

// The cell being read moves into m_spill, where more can be added to it.
void CsvParser::spillCurrent()
{
    if (!m_hasSegment) {
        m_hasSegment = true;
        m_current = {nullptr, 0, m_spillSize};
    } else if (m_current.spillOffset < 0) {
        const qsizetype offset = m_spillSize;
        spillAppend(m_current.data, m_current.size);
        m_current = {nullptr, m_current.size, offset};
    }
}

Q_ALWAYS_INLINE void CsvParser::addSegment(const char16_t *begin, qsizetype length)
{
    if (Q_UNLIKELY(m_discarding))
        return;
    if (Q_LIKELY(!m_hasSegment)) {
        // The usual case: the whole cell is one run of the piece.
        m_hasSegment = true;
        if (Q_UNLIKELY(length > m_maxFieldLength)) {
            tooLong();
            length = m_maxFieldLength;
        }
        m_current = {begin, length, -1};
        return;
    }
    spillCurrent();
    qsizetype room = m_maxFieldLength - m_current.size;
    if (length > room) {
        tooLong();
        length = qMax<qsizetype>(room, 0);
    }
    spillAppend(begin, length);
    m_current.size += length;
}

Q_ALWAYS_INLINE void CsvParser::closeField()
{
    if (Q_UNLIKELY(m_discarding))
        return;
    if (m_hasSegment)
        m_spans.push_back(m_current);
    else
        m_spans.push_back({emptyText, 0, -1});
}

// The piece ends inside a row: what the row has so far must outlive it.
void CsvParser::keepRowAcrossPieces()
{
    for (Span &span : m_spans) {
        if (span.spillOffset >= 0)
            continue;
        if (span.size == 0) {
            span.data = emptyText;
            continue;
        }
        const qsizetype offset = m_spillSize;
        spillAppend(span.data, span.size);
        span = {nullptr, span.size, offset};
    }
    if (m_discarding)
        return;
    if (m_state != State::Quoted && m_state != State::Unquoted && m_state != State::QuoteInQuoted)
        return;
    if (m_hasSegment && m_current.spillOffset >= 0
        && m_current.spillOffset + m_current.size != m_spillSize) {
        // The cell was already in m_spill and the cells above went after it:
        // it moves to the end, where the next piece adds to it.
        const QString moved =
            QStringView(m_spill).mid(m_current.spillOffset, m_current.size).toString();
        m_current.spillOffset = m_spillSize;
        spillAppend(reinterpret_cast<const char16_t *>(moved.constData()), moved.size());
        return;
    }
    spillCurrent();
}

bool CsvParser::endRow(const RowSink &sink)
{
    const bool emptyLine = m_spans.size() == 1 && !m_fieldQuoted && m_spans.front().size == 0;
    m_inRow = false;
    bool keepGoing = true;
    if (!(emptyLine && m_skipEmptyLines && m_row.problem == CsvRow::Problem::None)) {
        m_row.fields.resize(qsizetype(m_spans.size()));
        QStringView *out = m_row.fields.data();
        const char16_t *spill = reinterpret_cast<const char16_t *>(m_spill.constData());
        for (const Span &span : m_spans) {
            *out++ = span.spillOffset < 0 ? QStringView(span.data, span.size)
                                          : QStringView(spill + span.spillOffset, span.size);
        }
        ++m_row.number;
        keepGoing = sink(m_row);
    }
    m_spans.clear();
    m_spillSize = 0;
    return keepGoing;
}

// One row read without the state machine, the cells straight into m_row as
// views of the piece; nothing of the parser changes until the row is whole.
// nullptr, with nothing changed, when the row needs the state machine: it
// starts with a line break (an empty line), a quoted cell has a doubled
// quote, a line break or text after its closing quote, an unquoted cell has
// a quote, a cell is too long or one too many, or the piece ends first.
template<typename Next>
const char16_t *CsvParser::plainRow(const char16_t *p, const char16_t *const end, Next &next)
{
    const char16_t delimiter = m_delimiter;
    const char16_t quote = m_quote;
    if (*p == u'\n' || *p == u'\r')
        return nullptr;
    const qsizetype maxFields = m_maxFields;
    const qsizetype maxFieldLength = m_maxFieldLength;
    qsizetype size = m_row.fields.size();
    QStringView *out = size ? m_row.fields.data() : nullptr;
    qsizetype count = 0;
    // One compare per cell for both: room in m_row, and under maxFields.
    qsizetype limit = qMin<qsizetype>(size, maxFields);
    char16_t ch = 0;
    for (;;) {
        if (Q_UNLIKELY(count >= limit)) {
            if (count >= maxFields)
                return nullptr;
            size = 2 * size + 16;
            m_row.fields.resize(size);
            out = m_row.fields.data();
            limit = qMin<qsizetype>(size, maxFields);
        }
        const char16_t *cell = p;
        if (*p == quote) {
            cell = p + 1;
            const char16_t *q = cell;
            for (;;) {
                q = next(q);
                if (q == end || *q == u'\n' || *q == u'\r')
                    return nullptr;
                if (*q == quote)
                    break;
                ++q; // a delimiter inside the quotes
            }
            if (q - cell > maxFieldLength)
                return nullptr;
            out[count++] = QStringView(cell, q - cell);
            p = q + 1;
            if (p == end)
                return nullptr;
            ch = *p++;
            if (ch != delimiter && ch != u'\n' && ch != u'\r')
                return nullptr;
        } else {
            const char16_t *q = next(p);
            if (q == end || *q == quote)
                return nullptr;
            if (q - cell > maxFieldLength)
                return nullptr;
            out[count++] = QStringView(cell, q - cell);
            ch = *q;
            p = q + 1;
        }
        if (ch != delimiter)
            break;
        if (p == end)
            return nullptr;
    }
    if (ch == u'\r') {
        if (p == end)
            return nullptr; // an LF may follow in the next piece
        if (*p == u'\n')
            ++p;
    }
    if (count < size)
        m_row.fields.resize(count);
    m_row.line = m_line++;
    m_row.problem = CsvRow::Problem::None;
    m_row.problemColumn = -1;
    ++m_row.number;
    return p;
}

namespace {

// The next special character at or after q by the block scanner, its
// window in locals, which the stores of a row's cells cannot touch: the
// compiler keeps them in registers. A row only goes forwards, so one
// window per row.
class WindowScanner
{
public:
    WindowScanner(const char16_t *p, const char16_t *end, char16_t delimiter, char16_t quote,
                  bool vector)
        : m_end(end)
        , m_base(p)
        , m_scanEnd(p)
        , m_delimiter(delimiter)
        , m_quote(quote)
        , m_vector(vector)
    { }

    Q_ALWAYS_INLINE const char16_t *operator()(const char16_t *q)
    {
        for (;;) {
            if (q >= m_scanEnd) {
                if (q >= m_end)
                    return m_end;
                const qsizetype length = qMin<qsizetype>(CsvBlockScanner::blockSize, m_end - q);
                m_base = q;
                m_scanEnd = q + length;
                m_bits = m_vector && length == CsvBlockScanner::blockSize
                    ? CsvBlockScanner::scanVector(q, m_delimiter, m_quote)
                    : CsvBlockScanner::scanPortable(q, length, m_delimiter, m_quote);
            }
            const quint64 ahead = m_bits >> (q - m_base);
            if (ahead)
                return q + __builtin_ctzll(ahead);
            q = m_scanEnd;
        }
    }

private:
    const char16_t *const m_end;
    const char16_t *m_base;
    const char16_t *m_scanEnd;
    quint64 m_bits = 0;
    const char16_t m_delimiter;
    const char16_t m_quote;
    const bool m_vector;
};

// The same from the bits the decoder marked.
class BitmapScanner
{
public:
    BitmapScanner(const char16_t *begin, const char16_t *end, const quint64 *bits)
        : m_begin(begin)
        , m_size(end - begin)
        , m_bits(bits)
    { }

    Q_ALWAYS_INLINE const char16_t *operator()(const char16_t *q) const
    {
        qsizetype i = q - m_begin;
        if (i >= m_size)
            return m_begin + m_size;
        const quint64 ahead = m_bits[i >> 6] >> (i & 63);
        if (ahead)
            return q + __builtin_ctzll(ahead);
        for (i = (i | 63) + 1; i < m_size; i += 64) {
            if (const quint64 word = m_bits[i >> 6])
                return m_begin + i + __builtin_ctzll(word);
        }
        return m_begin + m_size;
    }

private:
    const char16_t *const m_begin;
    const qsizetype m_size;
    const quint64 *const m_bits;
};

} // namespace

bool CsvParser::feed(QStringView text, const RowSink &sink)
{
    return feed(text, nullptr, sink);
}

bool CsvParser::feed(QStringView text, const quint64 *bits, const RowSink &sink)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
    const char16_t delimiter = m_delimiter;
    const char16_t quote = m_quote;
    // False only for odd options where the quote is also a delimiter or line break.
    const bool quoteIsSpecial = quote != delimiter && quote != u'\n' && quote != u'\r';
    CsvBlockScanner scanner(end, delimiter, quote);
    bool keepGoing = true;
    m_segment = begin; // a cell continued from the previous piece

    while (p < end && keepGoing) {
        if (m_state == State::FieldStart && !m_inRow && m_plainRows) {
            const char16_t *next = nullptr;
            if (bits) {
                BitmapScanner found(begin, end, bits);
                next = plainRow(p, end, found);
            } else {
                WindowScanner found(p, end, delimiter, quote, scanner.usesVectorPath());
                next = plainRow(p, end, found);
            }
            if (next) {
                p = next;
                keepGoing = sink(m_row);
                continue;
            }
        }
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
                m_segment = p;
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                m_state = State::Quoted;
                break;
            }
            m_segment = p;
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            // Cell after cell of the row without going back to the switch:
            // most cells are unquoted and a few characters long.
            for (;;) {
                p = scanner.next(p);
                // A quote inside an unquoted cell is data (a"b is kept as written).
                while (p < end && *p == quote && quoteIsSpecial)
                    p = scanner.next(p + 1);
                if (p == end)
                    break;
                addSegment(m_segment, p - m_segment);
                const char16_t ch = *p++;
                closeField();
                if (ch == delimiter) {
                    if (p == end || *p == quote) {
                        m_state = State::FieldStart;
                        break;
                    }
                } else {
                    ++m_line;
                    if (ch == u'\r') {
                        if (p == end) {
                            m_state = State::AfterCr;
                            keepGoing = endRow(sink);
                            break;
                        }
                        if (*p == u'\n')
                            ++p;
                    }
                    m_state = State::FieldStart;
                    keepGoing = endRow(sink);
                    // The next row goes through plainRow() when it can.
                    if (!keepGoing || p == end || m_plainRows || *p == quote || *p == u'\n'
                        || *p == u'\r')
                        break;
                    m_state = State::Unquoted;
                }
                openField();
                m_segment = p;
            }
            break;
        case State::Quoted: {
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
            if (p < end) {
                addSegment(m_segment, p - m_segment);
                ++p;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char16_t ch = *p;
            if (ch == quote) {
                // A doubled quote: the cell is unescaped into m_spill.
                addSegment(p, 1);
                ++p;
                m_segment = p;
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
                m_segment = p;
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
    if (keepGoing) {
        if (m_state == State::Unquoted || m_state == State::Quoted)
            addSegment(m_segment, end - m_segment);
        if (m_inRow)
            keepRowAcrossPieces();
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
