#pragma once

#include "csvrow.h"

// Puts a sheet row's cells in their columns, as the .xlsx and .ods readers
// find them (cells may skip columns), and hands out the row as a CsvRow: the
// fields from column A to the last cell with a value, at least as many as
// the first row (the header) has, so that a row with empty last cells lines
// up as it does in a CSV that Excel saves.
class SheetRowBuilder
{
public:
    explicit SheetRowBuilder(qsizetype maxFieldLength)
        : m_maxFieldLength(maxFieldLength)
    { }

    void startRow(qint64 line);
    // An empty value leaves the cell empty.
    void setCell(int column, const QString &value);
    bool isEmpty() const { return m_empty; }
    qint64 line() const { return m_row.line; }
    // For a row repeated under other numbers (ODS number-rows-repeated).
    void setLine(qint64 line) { m_row.line = line; }
    // The row, numbered; valid until the next startRow().
    const CsvRow &finishRow();
    qint64 rowCount() const { return m_count; }

private:
    CsvRow m_row;
    qsizetype m_maxFieldLength;
    qsizetype m_width = -1; // the first row's
    qint64 m_count = 0;
    bool m_empty = true;
};
