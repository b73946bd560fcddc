#include "bulkdeletereport.h"

#include "csvexport.h"

#include <QDir>
#include <QSaveFile>

QString BulkDeleteReport::stateText(JournalItem::State state)
{
    switch (state) {
    case JournalItem::State::Pending:
        return tr("not sent yet");
    case JournalItem::State::Deleted:
        return tr("deleted");
    case JournalItem::State::Absent:
        return tr("already gone");
    case JournalItem::State::Failed:
        return tr("not deleted");
    case JournalItem::State::Cancelled:
        return tr("cancelled");
    case JournalItem::State::Restored:
        return tr("restored");
    case JournalItem::State::Applied:
        return tr("done");
    case JournalItem::State::Conflict:
        return tr("changed since, left alone");
    }
    return QString();
}

QByteArray BulkDeleteReport::csv(const QList<JournalItem> &items)
{
    QString text = QStringList{CsvExport::field(tr("Name")), CsvExport::field(tr("Identifier")),
                               CsvExport::field(tr("Outcome")), CsvExport::field(tr("Reason"))}
                       .join(QLatin1Char(','))
        + QLatin1String("\r\n");
    for (const JournalItem &item : items) {
        text += QStringList{CsvExport::field(item.label), CsvExport::field(item.recordKey),
                            CsvExport::field(stateText(item.state)), CsvExport::field(item.error)}
                    .join(QLatin1Char(','))
            + QLatin1String("\r\n");
    }
    // A BOM so that spreadsheet programs read the names as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool BulkDeleteReport::writeCsv(const QString &path, const QList<JournalItem> &items,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(items)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The report could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
