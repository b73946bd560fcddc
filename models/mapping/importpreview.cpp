#include "importpreview.h"

#include "csvreader.h"
#include "csvsniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

QFuture<ImportPreview> ImportPreview::load(const QString &filePath, const CsvOptions &options,
                                           int maxRows)
{
    return QtConcurrent::run([filePath, options, maxRows] {
        ImportPreview preview;
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            preview.read.status = CsvReadResult::Status::Error;
            preview.read.errorText =
                QCoreApplication::translate("CsvReader", "The file “%1” could not be opened: %2")
                    .arg(filePath, file.errorString());
            return preview;
        }
        preview.sniffed = CsvSniffer::sniff(&file, options);
        preview.read = CsvReader::read(
            &file, options,
            [&preview](const CsvRow &row) {
                preview.rows.append(row.fields);
                return true;
            },
            maxRows + 1);
        return preview;
    });
}
