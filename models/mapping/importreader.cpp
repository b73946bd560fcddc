#include "importreader.h"

#include "csvreader.h"
#include "fileformatsniffer.h"
#include "importrowmapper.h"
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

namespace {

QString rowKey(Service service, const ImportRow &row)
{
    if (service == Service::Wazzup)
        return row.wazzupUser.id.trimmed();
    const auto identifier = row.customer.bestIdentifier();
    if (identifier.first.isEmpty())
        return {};
    // E-mails are matched without case by the service, so duplicates are too.
    const QString value = identifier.first == QLatin1String("email")
        ? identifier.second.trimmed().toLower()
        : identifier.second.trimmed();
    return identifier.first + QLatin1Char('=') + value;
}

} // namespace

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
    std::optional<ImportRowMapper> mapper;
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
        mapper.emplace(result.mapping, source.definitions);
    };
    // Rows as views into the reader's text: the cells become one packed
    // string, the record only the values it keeps.
    const auto perRow = [&](const CsvRowView &csvRow) {
        if (cancelled && cancelled())
            return false;
        if (!mapper) {
            if (source.hasHeader) {
                QStringList headers;
                headers.reserve(csvRow.fields.size());
                for (const QStringView field : csvRow.fields)
                    headers.append(field.toString());
                start(headers);
                return true;
            }
            start(numberedHeaders(int(csvRow.fields.size())));
        }
        // Built in place: every row is kept.
        ImportRow &row = result.rows.emplaceBack();
        row.number = csvRow.number;
        row.line = csvRow.line;
        row.cells = ImportCells(csvRow.fields);
        ValidationIssues issues;
        if (source.service == Service::Wazzup)
            row.wazzupUser = mapper->toWazzupUser(csvRow, &issues);
        else
            row.customer = mapper->toWoowUpCustomer(csvRow, &issues);
        row.key = rowKey(source.service, row);
        row.cleared = result.mapping.blankClears(row.wazzupUser, row.customer);
        QStringList problems;
        if (csvRow.hasProblem())
            problems.append(result.format.isWorkbook()
                                ? SheetReader::problemText(csvRow)
                                : CsvReader::problemText(csvRow, source.csv));
        for (const ValidationIssue &issue : std::as_const(issues)) {
            if (issue.isError())
                problems.append(issue.message);
        }
        if (problems.isEmpty() && !row.key.isEmpty()) {
            const auto earlier = seen.constFind(row.key);
            if (earlier != seen.constEnd())
                problems.append(tr("Row %1 has the same identifier (%2) as row %3; only the "
                                   "first one is imported.")
                                    .arg(row.number)
                                    .arg(row.key)
                                    .arg(*earlier));
            else
                seen.insert(row.key, row.number);
        }
        if (problems.isEmpty()) {
            row.action = ImportRow::Action::Create; // until the plan knows better
            ++result.validCount;
        } else {
            row.action = ImportRow::Action::Invalid;
            row.state = ImportRow::State::Skipped;
            row.error = problems.join(QLatin1Char(' '));
            ++result.invalidCount;
        }
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
    if (!mapper)
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
