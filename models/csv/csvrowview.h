#pragma once

#include "csvrow.h"

#include <QList>
#include <QStringView>

// One record of a CSV file as views into the reader's decoded text: no
// string per cell. Valid only during the callback that receives it (the next
// chunk reuses the text); make a QString of what you keep, or copyTo() a
// CsvRow. Every cell is a view into the decoded chunk except those that had
// to be put together: a quoted cell with a doubled quote, text after a
// closing quote, a cell cut by the end of a chunk.
struct CsvRowView
{
    using Problem = CsvRow::Problem;

    QList<QStringView> fields;
    qint64 line = 0; // as CsvRow::line
    qint64 number = 0; // as CsvRow::number
    Problem problem = Problem::None;
    int problemColumn = -1;

    bool hasProblem() const { return problem != Problem::None; }

    // Fills row with copies of the cells, reusing its strings' memory when
    // nobody else holds them. Every cell comes out non-null.
    void copyTo(CsvRow &row) const;
    // The cells of a CsvRow as views (valid while row is).
    static CsvRowView of(const CsvRow &row);
};
