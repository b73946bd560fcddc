#pragma once

#include "csvrow.h"

#include <QStringView>

#include <functional>

// The RFC 4180 state machine over already decoded text, fed in pieces of any
// size: a piece may end inside a field, between a quote and its double or
// between CR and LF. Shared by CsvReader and CsvSniffer so that both split
// records the same way.
class CsvParser
{
public:
    // Returns false to stop.
    using RowSink = std::function<bool(const CsvRow &)>;

    CsvParser(QChar delimiter, QChar quote, qsizetype maxFieldLength, int maxFields,
              bool skipEmptyLines);

    // Hands every row completed within text to sink; false when sink said stop.
    bool feed(QStringView text, const RowSink &sink);
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

    void openField();
    void openNewField(); // the first cell of a row, or one more than the last row had
    void append(const char16_t *begin, qsizetype length);
    void closeField()
    {
        // An empty cell that was empty in the row before needs no call
        // (a null string still does: resize(0) makes it empty, not null).
        if (m_currentEmpty && (!m_current->isEmpty() || m_current->isNull()))
            m_current->resize(0);
        ++m_fieldCount;
    }
    bool endRow(const RowSink &sink);

    char16_t m_delimiter;
    char16_t m_quote;
    qsizetype m_maxFieldLength;
    int m_maxFields;
    bool m_skipEmptyLines;

    State m_state = State::FieldStart;
    bool m_inRow = false; // something of the current row was read
    bool m_fieldQuoted = false;
    bool m_lastWasCr = false; // the previous piece ended with CR
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;
    int m_fieldCount = 0;
    QString *m_current = nullptr;
    bool m_currentEmpty = true; // m_current still holds the previous row's text
    QString m_discard; // receives the fields beyond maxFields
    // Reused from row to row: when the sink keeps no copy, QString::resize(0)
    // keeps each field's capacity and a row costs no allocation.
    CsvRow m_row;
};
