#include "sheetreader.h"

#include "cellreference.h"
#include "fileformatsniffer.h"
#include "odsworkbook.h"
#include "workbookarchive.h"
#include "xlsxworkbook.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent>

#include <memory>

namespace {

// The archive and the workbook over it, opened by content.
struct OpenWorkbook
{
    FileFormat format;
    std::unique_ptr<WorkbookArchive> archive;
    std::unique_ptr<SheetWorkbook> workbook;
    QString error;
};

OpenWorkbook openWorkbook(QIODevice *device, const SheetReadOptions &options)
{
    OpenWorkbook open;
    if (!device || !device->isOpen() || device->isSequential()) {
        open.error = SheetReader::tr("The workbook cannot be read: it is not an open file.");
        return open;
    }
    // A workbook is the whole file (a zip is read from its end), wherever
    // the device stands.
    device->seek(0);
    open.format = FileFormatSniffer::sniff(device);
    if (open.format.isText()) {
        open.error = SheetReader::tr("This file is text (such as CSV), not a workbook.");
        return open;
    }
    if (!open.format.isWorkbook()) {
        open.error = open.format.message();
        return open;
    }
    open.archive = std::make_unique<WorkbookArchive>(options);
    if (!open.archive->open(device)) {
        open.error = open.archive->errorText();
        return open;
    }
    if (!open.archive->unsafeName().isEmpty()) {
        open.error = open.archive->unsafeNameText();
        return open;
    }
    if (open.archive->isEncrypted()) {
        open.error = SheetReader::tr("This workbook is password-protected: save it without a "
                                     "password and choose it again.");
        return open;
    }
    if (open.format.kind == FileFormat::Kind::Ods)
        open.workbook = std::make_unique<OdsWorkbook>(open.archive.get(), options);
    else
        open.workbook = std::make_unique<XlsxWorkbook>(open.archive.get(), options);
    if (!open.workbook->load()) {
        open.error = open.workbook->errorText();
        open.workbook.reset();
    }
    return open;
}

} // namespace

SheetReader::SheetReader(const SheetReadOptions &options)
    : m_options(options)
{ }

bool SheetReader::isCancelled() const
{
    return (m_cancel && m_cancel->load(std::memory_order_relaxed))
        || (m_cancelCheck && m_cancelCheck());
}

SheetListResult SheetReader::listSheets(QIODevice *device)
{
    SheetListResult result;
    OpenWorkbook open = openWorkbook(device, m_options);
    result.format = open.format.kind;
    if (!open.workbook) {
        result.errorText = open.error;
        return result;
    }
    if (!open.workbook->listSheets(&result.sheets, true)) {
        result.errorText = open.workbook->errorText();
        return result;
    }
    result.ok = true;
    result.defaultSheet = SheetWorkbook::defaultSheet(result.sheets);
    return result;
}

SheetReader::RowViewCallback SheetReader::copying(const RowCallback &perRow, CsvRow *row)
{
    return [&perRow, row](const CsvRowView &view) {
        view.copyTo(*row);
        return perRow(*row);
    };
}

SheetReadResult SheetReader::read(QIODevice *device, const QString &sheet,
                                  const RowCallback &perRow, qint64 maxRows)
{
    CsvRow row;
    return readSheet(device, &sheet, 0, copying(perRow, &row), maxRows);
}

SheetReadResult SheetReader::readNumber(QIODevice *device, int sheetNumber,
                                        const RowCallback &perRow, qint64 maxRows)
{
    CsvRow row;
    return readSheet(device, nullptr, sheetNumber, copying(perRow, &row), maxRows);
}

SheetReadResult SheetReader::readViews(QIODevice *device, const QString &sheet,
                                       const RowViewCallback &perRow, qint64 maxRows)
{
    return readSheet(device, &sheet, 0, perRow, maxRows);
}

SheetReadResult SheetReader::readNumberViews(QIODevice *device, int sheetNumber,
                                             const RowViewCallback &perRow, qint64 maxRows)
{
    return readSheet(device, nullptr, sheetNumber, perRow, maxRows);
}

SheetReadResult SheetReader::readSheet(QIODevice *device, const QString *sheetText, int sheetNumber,
                                       const RowViewCallback &perRow, qint64 maxRows)
{
    SheetReadResult result;
    OpenWorkbook open = openWorkbook(device, m_options);
    result.format = open.format.kind;
    const auto fail = [&result](const QString &text) {
        result.status = SheetReadResult::Status::Error;
        result.errorText = text;
        return result;
    };
    if (!open.workbook)
        return fail(open.error);

    int index = sheetNumber;
    if (sheetText && !sheetText->isEmpty()) {
        SheetInfos sheets;
        if (!open.workbook->listSheets(&sheets, false))
            return fail(open.workbook->errorText());
        QString error;
        index = SheetWorkbook::findSheet(sheets, *sheetText, &error);
        if (index == 0)
            return fail(error);
    } else if (sheetNumber < 0) {
        return fail(tr("This workbook has no sheet number %1.").arg(sheetNumber));
    }

    SheetReadRequest request;
    request.perRow = perRow;
    request.maxRows = maxRows;
    request.cancelled = [this] {
        return isCancelled();
    };
    request.progress = m_progress;
    if (isCancelled()) {
        result.status = SheetReadResult::Status::Cancelled;
        return result;
    }
    result = open.workbook->read(index, request);
    result.format = open.format.kind;
    return result;
}

SheetReadResult SheetReader::read(QIODevice *device, const QString &sheet,
                                  const SheetReadOptions &options, const RowCallback &perRow,
                                  qint64 maxRows, const std::atomic<bool> *cancel)
{
    SheetReader reader(options);
    reader.setCancelFlag(cancel);
    return reader.read(device, sheet, perRow, maxRows);
}

QFuture<SheetReadResult> SheetReader::readFileAsync(const QString &fileName, const QString &sheet,
                                                    const SheetReadOptions &options,
                                                    RowCallback perRow, qint64 maxRows)
{
    return QtConcurrent::run([fileName, sheet, options, perRow = std::move(perRow),
                              maxRows](QPromise<SheetReadResult> &promise) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            SheetReadResult result;
            result.status = SheetReadResult::Status::Error;
            result.errorText =
                tr("The file “%1” could not be opened: %2").arg(fileName, file.errorString());
            promise.addResult(result);
            return;
        }
        SheetReader reader(options);
        reader.m_cancelCheck = [&promise] {
            return promise.isCanceled();
        };
        promise.setProgressRange(0, 1000);
        reader.setProgressCallback([&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(qMin<qint64>(done, total) * 1000 / total));
        });
        promise.addResult(reader.read(&file, sheet, perRow, maxRows));
    });
}

QString SheetReader::problemText(const CsvRow &row, const SheetReadOptions &options)
{
    return problemText(row.problem, row.line, row.problemColumn, options);
}

QString SheetReader::problemText(const CsvRowView &row, const SheetReadOptions &options)
{
    return problemText(row.problem, row.line, row.problemColumn, options);
}

QString SheetReader::problemText(CsvRow::Problem problem, qint64 line, int column,
                                 const SheetReadOptions &options)
{
    switch (problem) {
    case CsvRow::Problem::None:
    case CsvRow::Problem::TooManyFields:
        break;
    case CsvRow::Problem::FieldTooLong:
        return tr("Row %1: the cell in column %2 is longer than %n character(s); it was cut.",
                  nullptr, int(options.maxFieldLength))
            .arg(line)
            .arg(CellReference::columnName(column));
    }
    return {};
}
