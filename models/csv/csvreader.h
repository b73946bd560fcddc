#pragma once

#include "csvoptions.h"
#include "csvreadresult.h"
#include "csvrow.h"
#include "csvrowview.h"

#include <QCoreApplication>
#include <QFuture>

#include <atomic>
#include <functional>

class QIODevice;

// Streams a CSV file of any size in constant memory: reads options.chunkSize
// bytes at a time, decodes them with a stateful decoder (so a character split
// between two chunks is right) and hands each record to a callback. Meant for
// a worker thread: it never touches the event loop.
//
// After DB Browser for SQLite's CSVParser (per-row callback, max rows for a
// preview, result enum), but the chosen encoding is honoured and there is no
// processEvents().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Called on the reading thread. The row is only valid during the call:
    // copy what you keep (copies are cheap, the strings are shared). Return
    // false to stop (the result is then Cancelled).
    using RowCallback = std::function<bool(const CsvRow &)>;
    // The same without a string per cell: the row's cells are views into the
    // decoded chunk, valid only during the call. What the import runs on.
    using RowViewCallback = std::function<bool(const CsvRowView &)>;
    using ProgressCallback = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit CsvReader(const CsvOptions &options = {});

    const CsvOptions &options() const { return m_options; }
    // Checked once per chunk; may be raised from any thread.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Called once per chunk; totalBytes is -1 for a sequential device.
    void setProgressCallback(ProgressCallback progress) { m_progress = std::move(progress); }

    // Reads from the device's current position. An empty encoding or a null
    // delimiter is detected from the first CsvSniffer::sampleSize bytes.
    // maxRows < 0: no limit (a preview passes e.g. 100).
    CsvReadResult read(QIODevice *device, const RowCallback &perRow, qint64 maxRows = -1);

    static CsvReadResult read(QIODevice *device, const CsvOptions &options,
                              const RowCallback &perRow, qint64 maxRows = -1,
                              const std::atomic<bool> *cancel = nullptr);

    // As read(), handing out views.
    CsvReadResult readViews(QIODevice *device, const RowViewCallback &perRow, qint64 maxRows = -1);
    static CsvReadResult readViews(QIODevice *device, const CsvOptions &options,
                                   const RowViewCallback &perRow, qint64 maxRows = -1,
                                   const std::atomic<bool> *cancel = nullptr);

    // Opens and reads the file on a pool thread. QFuture::cancel() stops it;
    // progress is reported in thousandths of the file. perRow runs on that thread.
    static QFuture<CsvReadResult> readFileAsync(const QString &fileName, const CsvOptions &options,
                                                RowCallback perRow, qint64 maxRows = -1);

    // Why a row came out cut short, in words, or empty. The row is named by
    // its number as a spreadsheet shows it (CsvRow::number), as the import's
    // other messages name it.
    static QString problemText(const CsvRow &row, const CsvOptions &options = {});
    static QString problemText(const CsvRowView &row, const CsvOptions &options = {});

private:
    bool isCancelled() const;
    static QString problemText(CsvRow::Problem problem, qint64 number, int column,
                               const CsvOptions &options);

    CsvOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<bool()> m_cancelCheck;
    ProgressCallback m_progress;
};
