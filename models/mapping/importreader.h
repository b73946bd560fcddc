#pragma once

#include "columnmapping.h"
#include "csvoptions.h"
#include "csvreadresult.h"
#include "customattributedefinition.h"
#include "fileformat.h"
#include "importcelloverrides.h"
#include "importrows.h"
#include "service.h"
#include "sheetreadresult.h"

#include <QCoreApplication>
#include <QFuture>

#include <utility>
#include <vector>

// What the check step reads: the file, how, and with which mapping.
struct ImportSource
{
    Service service = Service::WoowUp;
    QString filePath;
    CsvOptions csv; // empty encoding / null delimiter: detected (text files only)
    // For a workbook: the sheet's name or its number 1…n; empty: the first
    // sheet with data. Ignored for a text file.
    QString sheet;
    bool hasHeader = true;
    // Empty (no columns): chosen automatically from the headers. A mapping
    // made for the same headers in another order is adapted.
    ColumnMapping mapping;
    // Fields whose blank cells clear the server's value, on top of those
    // the mapping says (--clear-blank, with a mapping chosen automatically).
    QStringList clearBlank;
    CustomAttributeDefinitions definitions;
    // Cells corrected in the check step: used instead of the file's when
    // the rows are mapped, if they were made for this file (its checksum
    // and sheet).
    ImportCellOverrides overrides;
};

struct ImportReadResult
{
    // How reading ended (for a workbook too: status, errorText, rowCount;
    // encoding and delimiter only for text).
    CsvReadResult csv;
    FileFormat format; // what the file is by its content
    QString sheetName; // for a workbook: the sheet read
    int sheetIndex = 0; // 1-based
    QByteArray checksum; // SHA-256, hex
    QStringList headers;
    ColumnMapping mapping; // as used
    ImportRows rows; // data rows, each mapped and validated
    int validCount = 0;
    int invalidCount = 0;
};

// Reads a whole import file on a pool thread (never the GUI thread): the
// file's SHA-256 (what a resume recognises it by), then every row through
// CsvReader, or SheetReader when the content is a workbook (whatever the
// file's name), and ImportRowMapper. Any other file is refused with a
// sentence saying what it is and what Userdesk takes. A row is invalid when the mapper found an
// error, or when an earlier row has the same identifier (sending both would
// create the record twice, or overwrite it with whichever came last).
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    // QFuture::cancel() stops it; progress is in thousandths of the file.
    static QFuture<ImportReadResult> read(const ImportSource &source);
    // The same, synchronously, on the calling thread (the worker's body).
    static ImportReadResult readNow(const ImportSource &source,
                                    const std::function<bool()> &cancelled = {},
                                    const std::function<void(int)> &progress = {});

    // Empty when the file cannot be read or cancelled() says so.
    static QByteArray checksum(const QString &filePath,
                               const std::function<bool()> &cancelled = {});
    // How a sheet's reading ended, as the CSV reader would say it.
    static CsvReadResult readResultOf(const SheetReadResult &sheet);
    // The column names of a file without a header row: "Column 1"…
    static QStringList numberedHeaders(int count);

private:
    // Rows (by index, with their keys' hashes) whose key an earlier valid
    // row has are made invalid.
    static void markDuplicates(ImportReadResult *result,
                               std::vector<std::pair<size_t, qsizetype>> *keyHashes);
    // readNow() with the checksum known (empty: computed apart).
    static ImportReadResult readRows(const ImportSource &source, const QByteArray &checksum,
                                     const std::function<bool()> &cancelled,
                                     const std::function<void(int)> &progress);
};
