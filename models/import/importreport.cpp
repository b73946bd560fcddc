#include "importreport.h"

#include "csvexport.h"

#include <QSaveFile>

bool ImportReport::write(QIODevice *device, const QStringList &headers,
                         const QList<ImportRow> &rows, QChar delimiter)
{
    CsvExportOptions options;
    options.delimiter = delimiter.isNull() ? QChar(u',') : delimiter;
    const auto line = [&options](const QStringList &cells) {
        QStringList out;
        for (const QString &cell : cells)
            out.append(CsvExport::field(cell, options));
        return (out.join(options.delimiter) + QLatin1String("\r\n")).toUtf8();
    };
    QByteArray data("\xEF\xBB\xBF");
    data += line(QStringList{tr("Line"), tr("Reason")} + headers);
    for (const ImportRow &row : rows) {
        const QString lineNumber = row.line > 0 ? QString::number(row.line) : QString();
        data += line(QStringList{lineNumber, row.error} + row.cells.toList());
    }
    return device->write(data) == data.size();
}

bool ImportReport::write(const QString &filePath, const QStringList &headers,
                         const QList<ImportRow> &rows, QString *error, QChar delimiter)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || !write(&file, headers, rows, delimiter)
        || !file.commit()) {
        if (error)
            *error = tr("The report “%1” could not be saved: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
