#include "importpreview.h"

#include "csvreader.h"
#include "csvsniffer.h"
#include "fileformatsniffer.h"
#include "importreader.h"
#include "sheetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

QFuture<ImportPreview> ImportPreview::load(const QString &filePath, const CsvOptions &options,
                                           const QString &sheet, int maxRows)
{
    return QtConcurrent::run([filePath, options, sheet, maxRows] {
        ImportPreview preview;
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            preview.read.status = CsvReadResult::Status::Error;
            preview.read.errorText =
                QCoreApplication::translate("CsvReader", "The file “%1” could not be opened: %2")
                    .arg(filePath, file.errorString());
            return preview;
        }
        const auto perRow = [&preview](const CsvRow &row) {
            preview.rows.append(row.fields);
            return true;
        };
        preview.format = FileFormatSniffer::sniff(&file);
        if (preview.format.isRejected()) {
            preview.read.status = CsvReadResult::Status::Error;
            preview.read.errorText = preview.format.message();
            return preview;
        }
        if (!preview.format.isWorkbook()) {
            preview.sniffed = CsvSniffer::sniff(&file, options);
            preview.read = CsvReader::read(&file, options, perRow, maxRows + 1);
            return preview;
        }
        SheetReader reader;
        preview.sheets = reader.listSheets(&file);
        SheetReadResult result;
        if (preview.sheets.ok) {
            result = reader.read(&file, sheet, perRow, maxRows + 1);
        } else {
            result.status = SheetReadResult::Status::Error;
            result.errorText = preview.sheets.errorText;
        }
        preview.sheetName = result.sheetName;
        preview.read = ImportReader::readResultOf(result);
        return preview;
    });
}
