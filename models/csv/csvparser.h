#pragma once

#include "csvrowview.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

// The RFC 4180 state machine over already decoded text, fed in pieces of any
// size: a piece may end inside a field, between a quote and its double or
// between CR and LF. Shared by CsvReader and CsvSniffer so that both split
// records the same way.
//
// Rows come out as views into the piece being fed: no string per cell. A
// cell is copied into the parser's own buffer only when it is not one run of
// the piece: a quoted cell with a doubled quote (unescaped there), text after
// a closing quote, and the cells of the one row a piece ends in the middle of.
class CsvParser
{
public:
    // Returns false to stop. The row is valid only during the call.
    using RowSink = std::function<bool(const CsvRowView &)>;

    CsvParser(QChar delimiter, QChar quote, qsizetype maxFieldLength, int maxFields,
              bool skipEmptyLines);

    // Hands every row completed within text to sink; false when sink said stop.
    bool feed(QStringView text, const RowSink &sink);
    // The same with the special characters of text already found
    // (CsvDecoder::decode() with bits): bit i of bits[i / 64] is set when
    // text[i] is the delimiter, the quote, CR or LF, and no other bit is.
    bool feed(QStringView text, const quint64 *bits, const RowSink &sink);
    // End of input: hands out a last row without a line break. False when sink
    // said stop or when the input ended inside a quoted field.
    bool finish(const RowSink &sink);

    bool isInsideQuotes() const { return m_state == State::Quoted; }
    // Where the quoted field that is still open started.
    qint64 openQuoteLine() const { return m_quoteLine; }
    qint64 rowCount() const { return m_row.number; }
    // Makes line numbers start later, e.g. after a skipped sep= line.
    void setFirstLine(qint64 line) { m_line = line; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCr };

    // A finished cell: a run of the piece being fed, or (data == nullptr) a
    // run of m_spill, which may move while the row grows.
    struct Span
    {
        const char16_t *data;
        qsizetype size;
        qsizetype spillOffset;
    };

    void openField();
    void addSegment(const char16_t *begin, qsizetype length);
    void spillCurrent();
    void spillAppend(const char16_t *begin, qsizetype length);
    void closeField();
    void tooLong();
    void keepRowAcrossPieces();
    bool endRow(const RowSink &sink);
    template<typename Next>
    const char16_t *plainRow(const char16_t *p, const char16_t *end, Next &next);

    char16_t m_delimiter;
    char16_t m_quote;
    qsizetype m_maxFieldLength;
    int m_maxFields;
    bool m_skipEmptyLines;
    // Rows of plain cells (unquoted, or quoted without a doubled quote or a
    // line break) whole within a piece go through plainRow(): most of a
    // large file. False for odd options, where the state machine does all.
    bool m_plainRows;

    State m_state = State::FieldStart;
    bool m_inRow = false; // something of the current row was read
    bool m_fieldQuoted = false;
    bool m_lastWasCr = false; // the previous piece ended with CR
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;

    // The cell being read: no segment yet, one run of the piece, or in m_spill.
    bool m_discarding = false; // a cell beyond maxFields: its text is not kept
    bool m_hasSegment = false;
    Span m_current{nullptr, 0, -1};
    const char16_t *m_segment = nullptr; // where the run not yet added started

    std::vector<Span> m_spans; // the finished cells of the row
    QString m_spill; // reused: keeps its capacity from row to row
    qsizetype m_spillSize = 0;
    CsvRowView m_row;
};
