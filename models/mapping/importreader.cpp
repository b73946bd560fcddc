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
    std::shared_ptr<ImportRowChecker> checker;
    // Corrections made in the check step, for this very file only.
    const bool corrected = source.overrides.appliesTo(result.checksum, source.sheet);
    // A row's key by its hash -> the first row with it. Keys are compared
    // whole only when their hashes are equal: a million keys held as
    // strings took 150 MB.
    QHash<size_t, qsizetype> seen;
    QHash<QString, qsizetype> seenAfterCollision;
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
        checker =
            std::make_shared<ImportRowChecker>(source.service, result.mapping, source.definitions,
                                               result.format.isWorkbook(), source.csv);
        result.rows.setChecker(checker);
    };
    // The first row with this key, or index (which has it) when none.
    const auto firstWithKey = [&](const QString &key, qsizetype index) {
        const auto found = seen.constFind(qHash(key));
        if (found == seen.constEnd()) {
            seen.insert(qHash(key), index);
            return index;
        }
        if (result.rows.at(*found).key == key)
            return *found;
        // Another key with the same hash: these are told apart whole.
        return *seenAfterCollision.insert(key, seenAfterCollision.value(key, index));
    };
    // Per row only the checker's verdict is made, into one record reused
    // from row to row, and the cells are kept: the row itself is made
    // again when it is shown or sent.
    ImportRowChecker::Scratch scratch;
    CsvRow overridden;
    const auto perRow = [&](const CsvRowView &view) {
        if (cancelled && cancelled())
            return false;
        if (!checker) {
            if (source.hasHeader) {
                QStringList headers;
                for (const QStringView cell : view.fields)
                    headers.append(cell.toString());
                start(headers);
                return true;
            }
            start(numberedHeaders(int(view.fields.size())));
        }
        const bool correctedRow = corrected && source.overrides.cells.contains(view.line);
        CsvRowView corrections;
        if (correctedRow) {
            view.copyTo(overridden);
            source.overrides.apply(&overridden);
            corrections = CsvRowView::of(overridden);
        }
        const CsvRowView &row = correctedRow ? corrections : view;
        const ImportRowChecker::Verdict verdict = checker->verdict(row, &scratch);
        const qsizetype index = result.rows.size();
        result.rows.appendChecked(row, verdict);
        bool valid = verdict.valid;
        if (valid && !verdict.key.isEmpty()) {
            const qsizetype earlier = firstWithKey(verdict.key, index);
            if (earlier != index) {
                valid = false;
                result.rows.setAction(index, ImportRow::Action::Invalid);
                result.rows.setState(index, ImportRow::State::Skipped);
                result.rows.setError(index,
                                     ImportRowChecker::duplicateProblem(
                                         row.number, verdict.key, result.rows.number(earlier)));
            }
        }
        if (valid)
            ++result.validCount;
        else
            ++result.invalidCount;
        return true;
    };
    if (result.format.isWorkbook()) {
        SheetReader reader;
        reader.setProgressCallback(reportProgress);
        const SheetReadResult sheet = reader.readViews(&file, source.sheet, perRow);
        result.sheetName = sheet.sheetName;
        result.sheetIndex = sheet.sheetIndex;
        result.csv = readResultOf(sheet);
    } else {
        CsvReader reader(source.csv);
        reader.setProgressCallback(reportProgress);
        result.csv = reader.readViews(&file, perRow);
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
