#pragma once

#include "csvoptions.h"
#include "csvreadresult.h"
#include "csvsniffresult.h"
#include "fileformat.h"
#include "sheetlistresult.h"

#include <QFuture>
#include <QList>
#include <QStringList>

// The first rows of a file for step 1 of the import dialog, read on a pool
// thread. What the file is comes from its content: for text, what the
// sniffer guessed (encoding, delimiter, header) and the rows as the chosen
// options read them; for a workbook, its sheets and the rows of the chosen
// one; anything else, an error saying what it is.
struct ImportPreview
{
    static constexpr int defaultRows = 20;

    FileFormat format;
    CsvSniffResult sniffed; // text only
    // How reading ended (for a workbook too: status and errorText).
    CsvReadResult read;
    SheetListResult sheets; // workbook only
    QString sheetName; // workbook only: the sheet shown
    QList<QStringList> rows; // including the header row when there is one

    bool isWorkbook() const { return format.isWorkbook(); }

    // maxRows data rows, plus one for a header. sheet: a workbook's sheet by
    // name or number, empty for the first with data.
    static QFuture<ImportPreview> load(const QString &filePath, const CsvOptions &options,
                                       const QString &sheet = QString(), int maxRows = defaultRows);
};
