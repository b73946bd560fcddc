#pragma once

#include "csvoptions.h"
#include "csvreadresult.h"
#include "csvsniffresult.h"

#include <QFuture>
#include <QList>
#include <QStringList>

// The first rows of a file for step 1 of the import dialog, read on a pool
// thread: what the sniffer guessed (encoding, delimiter, header) and the
// rows as the chosen options read them.
struct ImportPreview
{
    static constexpr int defaultRows = 20;

    CsvSniffResult sniffed;
    CsvReadResult read;
    QList<QStringList> rows; // including the header row when there is one

    // maxRows data rows, plus one for a header.
    static QFuture<ImportPreview> load(const QString &filePath, const CsvOptions &options,
                                       int maxRows = defaultRows);
};
