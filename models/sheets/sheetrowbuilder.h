#pragma once

#include "csvrowview.h"

#include <QList>
#include <QString>

// Puts a sheet row's cells in their columns, as the .xlsx and .ods readers
// find them (cells may skip columns), and hands out the row as a CsvRowView:
// the fields from column A to the last cell with a value, at least as many
// as the first row (the header) has, so that a row with empty last cells
// lines up as it does in a CSV that Excel saves. The cells' text is copied
// into one buffer reused from row to row, so a row costs no string per cell.
class SheetRowBuilder
{
public:
    explicit SheetRowBuilder(qsizetype maxFieldLength)
        : m_maxFieldLength(maxFieldLength)
    { }

    void startRow(qint64 line);
    // The value in column and the repeat - 1 columns after it (ODS
    // number-columns-repeated). An empty value leaves the cells empty; a
    // value past the longest field is cut and the row says so.
    void setCell(int column, QStringView value, int repeat = 1);
    bool isEmpty() const { return m_empty; }
    qint64 line() const { return m_row.line; }
    // For a row repeated under other numbers (ODS number-rows-repeated).
    void setLine(qint64 line) { m_row.line = line; }
    // The row, numbered; valid until the next startRow().
    const CsvRowView &finishRow();
    qint64 rowCount() const { return m_count; }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype size = 0;
    };

    QString m_text; // the row's cells, one after the other
    QList<Span> m_cells; // by column
    CsvRowView m_row;
    qsizetype m_maxFieldLength;
    qsizetype m_width = -1; // the first row's
    qint64 m_count = 0;
    bool m_empty = true;
};
