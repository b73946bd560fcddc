#include "importreader.h"

#include "csvreader.h"
#include "fileformatsniffer.h"
#include "importrowchecker.h"
#include "sheetreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QPromise>
#include <QtConcurrent>

QByteArray ImportReader::checksum(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

CsvReadResult ImportReader::readResultOf(const SheetReadResult &sheet)
{
    CsvReadResult result;
    switch (sheet.status) {
    case SheetReadResult::Status::Success:
        result.status = CsvReadResult::Status::Success;
        break;
    case SheetReadResult::Status::Cancelled:
        result.status = CsvReadResult::Status::Cancelled;
        break;
    case SheetReadResult::Status::Error:
        result.status = CsvReadResult::Status::Error;
        break;
    }
    result.errorText = sheet.errorText;
    result.reachedMaxRows = sheet.reachedMaxRows;
    result.rowCount = sheet.rowCount;
    result.bytesRead = sheet.bytesRead;
    return result;
}

QStringList ImportReader::numberedHeaders(int count)
{
    QStringList headers;
    for (int i = 0; i < count; ++i)
        headers.append(tr("Column %1").arg(i + 1));
    return headers;
}

ImportReadResult ImportReader::readNow(const ImportSource &source,
                                       const std::function<bool()> &cancelled,
                                       const std::function<void(int)> &progress)
{
    ImportReadResult result;
    result.checksum = checksum(source.filePath);
    QFile file(source.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.csv.status = CsvReadResult::Status::Error;
        result.csv.errorText =
            tr("The file “%1” could not be opened: %2").arg(source.filePath, file.errorString());
        return result;
    }
    // By content: a workbook renamed .csv is read as one, a CSV named .xlsx
    // as text, and a PDF or a picture is named for what it is.
    result.format = FileFormatSniffer::sniff(&file);
    if (result.format.isRejected()) {
        result.csv.status = CsvReadResult::Status::Error;
        result.csv.errorText = result.format.message();
        return result;
    }
    const auto reportProgress = [&progress](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress(int(qMin(done, total) * 1000 / total));
    };
    std::optional<ImportRowChecker> checker;
    // Corrections made in the check step, for this very file only.
    const bool corrected = source.overrides.appliesTo(result.checksum, source.sheet);
    QHash<QString, qint64> seen; // key -> first row number
    const auto start = [&](const QStringList &headers) {
        result.headers = headers;
        if (source.mapping.columnCount() == 0)
            result.mapping = ColumnMapping::automatic(source.service, headers, source.definitions);
        else if (source.mapping.headers() == headers)
            result.mapping = source.mapping;
        else
            result.mapping = source.mapping.adaptedTo(headers);
        for (const QString &field : source.clearBlank)
            result.mapping.setClearsBlank(field, true);
        checker.emplace(source.service, result.mapping, source.definitions,
                        result.format.isWorkbook(), source.csv);
    };
    const auto perRow = [&](const CsvRow &csvRow) {
        if (cancelled && cancelled())
            return false;
        if (!checker) {
            if (source.hasHeader) {
                start(csvRow.fields);
                return true;
            }
            start(numberedHeaders(int(csvRow.fields.size())));
        }
        ImportRow row;
        if (corrected && source.overrides.cells.contains(csvRow.line)) {
            CsvRow overridden = csvRow;
            source.overrides.apply(&overridden);
            row = checker->check(overridden);
        } else {
            row = checker->check(csvRow);
        }
        if (row.action != ImportRow::Action::Invalid && !row.key.isEmpty()) {
            const auto earlier = seen.constFind(row.key);
            if (earlier != seen.constEnd()) {
                row.action = ImportRow::Action::Invalid;
                row.state = ImportRow::State::Skipped;
                row.error = ImportRowChecker::duplicateProblem(row, *earlier);
            } else {
                seen.insert(row.key, row.number);
            }
        }
        if (row.action == ImportRow::Action::Invalid)
            ++result.invalidCount;
        else
            ++result.validCount;
        result.rows.append(std::move(row));
        return true;
    };
    if (result.format.isWorkbook()) {
        SheetReader reader;
        reader.setProgressCallback(reportProgress);
        const SheetReadResult sheet = reader.read(&file, source.sheet, perRow);
        result.sheetName = sheet.sheetName;
        result.sheetIndex = sheet.sheetIndex;
        result.csv = readResultOf(sheet);
    } else {
        CsvReader reader(source.csv);
        reader.setProgressCallback(reportProgress);
        result.csv = reader.read(&file, perRow);
    }
    if (!checker)
        start(QStringList()); // an empty file
    return result;
}

QFuture<ImportReadResult> ImportReader::read(const ImportSource &source)
{
    return QtConcurrent::run([source](QPromise<ImportReadResult> &promise) {
        promise.setProgressRange(0, 1000);
        promise.addResult(readNow(
            source, [&promise] { return promise.isCanceled(); },
            [&promise](int value) { promise.setProgressValue(value); }));
    });
}
