#pragma once

#include <QString>

// An A1-style cell reference: "B7", "AB12", "XFD1048576". Parsed by hand:
// a sheet has one per cell, so this runs millions of times.
struct CellReference
{
    int column = -1; // 0-based: A = 0, Z = 25, AA = 26
    qint64 row = -1; // 1-based; -1 when the reference has no row ("B")

    bool isValid() const { return column >= 0; }

    // Invalid when text is no reference or its column is past maxColumn
    // letters' worth (the parse stops before it can overflow).
    static CellReference parse(QStringView text);
    // "A" for 0, "Z" for 25, "AA" for 26.
    static QString columnName(int column);
    static QString name(int column, qint64 row)
    {
        return columnName(column) + QString::number(row);
    }
};
