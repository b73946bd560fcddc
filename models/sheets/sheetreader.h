#pragma once

#include "csvrow.h"
#include "csvrowview.h"
#include "sheetlistresult.h"
#include "sheetreadoptions.h"
#include "sheetreadresult.h"

#include <QCoreApplication>
#include <QFuture>

#include <atomic>
#include <functional>

class QIODevice;

// Reads one sheet of a workbook (.xlsx or .ods, told by content) row by row,
// handing each row to a callback as a CsvRow, the same as CsvReader does
// for a CSV file: fields are the cells as a person sees them (see
// SheetCellText), line is the row's number in the sheet, number counts the
// rows handed out (empty rows are not). Meant for a worker thread: it never
// touches the event loop. Memory stays flat whatever the sheet's length;
// only an .xlsx's shared-strings table is held, within the options' limits.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    // As CsvReader's: called on the reading thread, the row valid only
    // during the call; return false to stop (the result is then Cancelled).
    using RowCallback = std::function<bool(const CsvRow &)>;
    // The same without a string per cell: the cells are views into the
    // reader's row buffer (a shared string into the table), valid only
    // during the call. What the import runs on.
    using RowViewCallback = std::function<bool(const CsvRowView &)>;
    // totalBytes: the XML being read, unpacked (as the archive declares it).
    using ProgressCallback = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit SheetReader(const SheetReadOptions &options = {});

    const SheetReadOptions &options() const { return m_options; }
    // Checked every 1024 rows; may be raised from any thread.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback progress) { m_progress = std::move(progress); }

    // The device must be open and random-access (a zip is read from its
    // end); the whole of it is read, whatever its position.
    SheetListResult listSheets(QIODevice *device);
    // sheet: a name (exactly, else ignoring case) or a number 1…n (a sheet
    // named "2" wins over the second sheet); empty: the first visible sheet
    // with data. maxRows < 0: no limit (a preview passes e.g. 100).
    SheetReadResult read(QIODevice *device, const QString &sheet, const RowCallback &perRow,
                         qint64 maxRows = -1);
    // sheetNumber: 1-based; 0 for the default sheet.
    SheetReadResult readNumber(QIODevice *device, int sheetNumber, const RowCallback &perRow,
                               qint64 maxRows = -1);
    // As read() and readNumber(), handing out views.
    SheetReadResult readViews(QIODevice *device, const QString &sheet,
                              const RowViewCallback &perRow, qint64 maxRows = -1);
    SheetReadResult readNumberViews(QIODevice *device, int sheetNumber,
                                    const RowViewCallback &perRow, qint64 maxRows = -1);

    static SheetReadResult read(QIODevice *device, const QString &sheet,
                                const SheetReadOptions &options, const RowCallback &perRow,
                                qint64 maxRows = -1, const std::atomic<bool> *cancel = nullptr);

    // Opens and reads the file on a pool thread. QFuture::cancel() stops it;
    // progress is reported in thousandths of the sheet. perRow runs on that thread.
    static QFuture<SheetReadResult> readFileAsync(const QString &fileName, const QString &sheet,
                                                  const SheetReadOptions &options,
                                                  RowCallback perRow, qint64 maxRows = -1);

    // Why a row came out cut short, in words, or empty.
    static QString problemText(const CsvRow &row, const SheetReadOptions &options = {});
    static QString problemText(const CsvRowView &row, const SheetReadOptions &options = {});

private:
    SheetReadResult readSheet(QIODevice *device, const QString *sheetText, int sheetNumber,
                              const RowViewCallback &perRow, qint64 maxRows);
    // The rows of perRow as views, copied into one CsvRow for perRow.
    static RowViewCallback copying(const RowCallback &perRow, CsvRow *row);
    bool isCancelled() const;
    static QString problemText(CsvRow::Problem problem, qint64 line, int column,
                               const SheetReadOptions &options);

    SheetReadOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<bool()> m_cancelCheck;
    ProgressCallback m_progress;
};
