#include "bulkdeletereport.h"

#include <QDir>
#include <QSaveFile>

namespace {

QString csvField(QString text)
{
    // Spreadsheets run cells that start like a formula; a quote keeps them text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

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
    }
    return QString();
}

QByteArray BulkDeleteReport::csv(const QList<JournalItem> &items)
{
    QString text = QStringList{csvField(tr("Name")), csvField(tr("Identifier")),
                               csvField(tr("Outcome")), csvField(tr("Reason"))}
                       .join(QLatin1Char(','))
        + QLatin1String("\r\n");
    for (const JournalItem &item : items) {
        text += QStringList{csvField(item.label), csvField(item.recordKey),
                            csvField(stateText(item.state)), csvField(item.error)}
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
