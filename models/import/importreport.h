#pragma once

#include "importrow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

// The error report of an import: one CSV row per row that did not make it
// (invalid or failed) with its line number, the reason and the original
// cells, so the person can fix them and import the report's rows again.
// UTF-8 with a BOM (Excel then reads it right); cells a spreadsheet would
// run as a formula get a leading ' (CsvExport::field). The delimiter is the
// source file's: a ';' file came from an Excel that splits on ';' (Spanish,
// Russian…), and a report in ',' would open there in one column.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static bool write(QIODevice *device, const QStringList &headers, const QList<ImportRow> &rows,
                      QChar delimiter = u',');
    static bool write(const QString &filePath, const QStringList &headers,
                      const QList<ImportRow> &rows, QString *error = nullptr,
                      QChar delimiter = u',');
};
