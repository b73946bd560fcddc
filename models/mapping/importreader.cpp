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

QByteArray ImportReader::checksum(const QString &filePath, const std::function<bool()> &cancelled)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled())
            return {};
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), read));
    }
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
    // The checksum (SHA-256: a second of CPU for 200 MB) is needed first
    // only to apply corrections made for this very file; otherwise it is
    // computed on the other core while the rows are read.
    if (!source.overrides.cells.isEmpty())
        return readRows(source, checksum(source.filePath, cancelled), cancelled, progress);
    QFuture<QByteArray> later = QtConcurrent::run(
        [path = source.filePath, cancelled] { return checksum(path, cancelled); });
    ImportReadResult result = readRows(source, QByteArray(), cancelled, progress);
    result.checksum = later.result();
    return result;
}

ImportReadResult ImportReader::readRows(const ImportSource &source, const QByteArray &checksum,
                                        const std::function<bool()> &cancelled,
                                        const std::function<void(int)> &progress)
{
    ImportReadResult result;
    result.checksum = checksum;
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
    // Each valid row's key, as its hash: duplicates are sorted out once the
    // whole file is read, comparing keys whole only where hashes are
    // equal. A million keys held as strings took 150 MB, and a hash table
    // of them a tenth of the reading.
    std::vector<std::pair<size_t, qsizetype>> keyHashes;
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
        if (verdict.valid && !verdict.key.isEmpty())
            keyHashes.emplace_back(qHash(verdict.key), index);
        if (verdict.valid)
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
    markDuplicates(&result, &keyHashes);
    return result;
}

void ImportReader::markDuplicates(ImportReadResult *result,
                                  std::vector<std::pair<size_t, qsizetype>> *keyHashes)
{
    // By hash, then by row: each run of one hash lists its rows in order.
    std::sort(keyHashes->begin(), keyHashes->end());
    for (auto run = keyHashes->cbegin(); run != keyHashes->cend();) {
        auto runEnd = run + 1;
        while (runEnd != keyHashes->cend() && runEnd->first == run->first)
            ++runEnd;
        if (runEnd - run > 1) {
            // The first row of each key is imported; the keys of a run
            // are nearly always one, but are compared whole.
            QHash<QString, qint64> first;
            for (auto it = run; it != runEnd; ++it) {
                const ImportRow row = result->rows.at(it->second);
                const auto earlier = first.constFind(row.key);
                if (earlier == first.constEnd()) {
                    first.insert(row.key, row.number);
                    continue;
                }
                result->rows.setAction(it->second, ImportRow::Action::Invalid);
                result->rows.setState(it->second, ImportRow::State::Skipped);
                result->rows.setError(it->second,
                                      ImportRowChecker::duplicateProblem(row, *earlier));
                --result->validCount;
                ++result->invalidCount;
            }
        }
        run = runEnd;
    }
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
