#include "deletedrecordsmodel.h"

#include "bulkdeletereport.h"
#include "journal.h"
#include "journalwatch.h"

#include <QLocale>

DeletedRecordsModel::DeletedRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_watch(new JournalWatch([this] { refresh(); }, this))
{ }

void DeletedRecordsModel::setJournal(Journal *journal, const QString &profileId)
{
    m_watch->setJournal(journal, profileId);
}

void DeletedRecordsModel::refresh()
{
    QString error;
    beginResetModel();
    m_items = m_watch->journal() ? m_watch->journal()->recentItems(m_watch->profileId(), &error)
                                 : QList<JournalItem>();
    endResetModel();
    if (error != m_error) {
        m_error = error;
        emit errorChanged(m_error);
    }
}

int DeletedRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeletedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const JournalItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DeletedAtColumn:
            return QLocale().toString(item.operationStartedAt.toLocalTime(), QLocale::ShortFormat);
        case NameColumn:
            return item.label;
        case IdentifierColumn:
            return item.recordKey;
        case StateColumn:
            return BulkDeleteReport::stateText(item.state);
        case NoteColumn:
            return item.error;
        }
    }
    return {};
}

QVariant DeletedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeletedAtColumn:
        return tr("Deleted at");
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case StateColumn:
        return tr("Outcome");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
