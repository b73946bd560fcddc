#pragma once

#include <QStringList>

// One record of a CSV file as the reader hands it out.
struct CsvRow
{
    // A row the reader had to cut short; it is still handed out so that the
    // import can report it with its line number instead of losing it.
    enum class Problem { None, FieldTooLong, TooManyFields };

    QStringList fields;
    qint64 line = 0; // 1-based physical line where the record starts (a sep= line counts)
    // 1-based record number, the header being 1: what a spreadsheet shows as the
    // row number, even when cells span several lines.
    qint64 number = 0;
    Problem problem = Problem::None;
    int problemColumn = -1; // 0-based column of the problem, -1 when none

    bool hasProblem() const { return problem != Problem::None; }
};
