#pragma once

#include "csvrow.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// The cells a person corrected in the import's check step, kept apart from
// the file (which is never written): by the row's physical line, then the
// column (0-based), the text to use instead of the file's. They belong to
// one file, by its checksum, and for a workbook to one sheet, so that a
// changed or different file never receives them.
struct ImportCellOverrides
{
    QByteArray checksum;
    QString sheet;
    QHash<qint64, QHash<int, QString>> cells;

    bool isEmpty() const { return cells.isEmpty(); }
    bool appliesTo(const QByteArray &fileChecksum, const QString &fileSheet) const
    {
        return !cells.isEmpty() && checksum == fileChecksum && sheet == fileSheet;
    }
    // Puts the corrections of row's line into its fields (a short row is
    // padded with empty cells to reach a corrected column). A cell the
    // reader had to cut is no longer cut once corrected.
    void apply(CsvRow *row) const
    {
        const auto it = cells.constFind(row->line);
        if (it == cells.constEnd())
            return;
        for (auto cell = it->constBegin(); cell != it->constEnd(); ++cell) {
            while (row->fields.size() <= cell.key())
                row->fields.append(QString());
            row->fields[cell.key()] = cell.value();
            if (row->problem == CsvRow::Problem::FieldTooLong && row->problemColumn == cell.key()) {
                row->problem = CsvRow::Problem::None;
                row->problemColumn = -1;
            }
        }
    }
};
