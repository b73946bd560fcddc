#include "operationchangesmodel.h"

#include "fieldsynonyms.h"
#include "importchangesmodel.h"
#include "journal.h"

namespace {

// Top-level items have internal id 0; a field change, its record's row + 1.
constexpr quintptr topLevel = 0;

bool confirmed(const JournalItem &item)
{
    return item.state == JournalItem::State::Applied || item.state == JournalItem::State::Deleted
        || item.state == JournalItem::State::Restored;
}

} // namespace

OperationChangesModel::OperationChangesModel(Describe describe, QObject *parent)
    : QAbstractItemModel(parent)
    , m_describe(std::move(describe))
{ }

void OperationChangesModel::setJournal(Journal *journal)
{
    m_journal = journal;
}

void OperationChangesModel::setOperation(qint64 operationId)
{
    m_operationId = operationId;
    refresh();
}

void OperationChangesModel::refresh()
{
    QString error;
    QList<JournalItem> items;
    if (m_journal && m_operationId > 0) {
        items = m_journal->items(m_operationId, &error);
        // A sync's deletes are part of their import.
        for (const JournalOperation &child :
             m_journal->linkedTo(m_operationId, Journal::Link::Parent, &error)) {
            if (!error.isEmpty())
                break;
            items += m_journal->items(child.id, &error);
        }
    }
    beginResetModel();
    m_items = error.isEmpty() ? items : QList<JournalItem>();
    m_changes.clear();
    for (const JournalItem &item : std::as_const(m_items))
        m_changes.append(m_describe ? m_describe(item) : FieldChanges());
    m_error = error;
    endResetModel();
}

int OperationChangesModel::changedCount(const QString &action) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&action](const JournalItem &item) {
        return item.effectiveAction() == action && confirmed(item);
    }));
}

QString OperationChangesModel::actionText(const JournalItem &item)
{
    const QString action = item.effectiveAction();
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    return tr("Deleted");
}

QString OperationChangesModel::outcomeText(const JournalItem &item)
{
    QString text;
    switch (item.state) {
    case JournalItem::State::Pending:
        text = tr("not sent");
        break;
    case JournalItem::State::Deleted:
    case JournalItem::State::Restored:
    case JournalItem::State::Applied:
        text = tr("done");
        break;
    case JournalItem::State::Absent:
        text = tr("already gone");
        break;
    case JournalItem::State::Failed:
        text = tr("failed");
        break;
    case JournalItem::State::Cancelled:
        text = tr("cancelled");
        break;
    case JournalItem::State::Conflict:
        text = tr("left alone");
        break;
    }
    return item.error.isEmpty() ? text : tr("%1: %2").arg(text, item.error);
}

QModelIndex OperationChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : topLevel);
}

QModelIndex OperationChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int OperationChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_changes.at(parent.row()).size());
}

int OperationChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OperationChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (index.internalId() == topLevel)
        return itemData(index.row(), index.column());
    const FieldChanges &changes = m_changes.at(int(index.internalId() - 1));
    if (index.row() >= changes.size())
        return {};
    const FieldChange &change = changes.at(index.row());
    if (index.column() == RecordColumn)
        return FieldSynonyms::label(change.field);
    if (index.column() == ChangeColumn)
        return ImportChangesModel::changeText(change);
    return {};
}

QVariant OperationChangesModel::itemData(int row, int column) const
{
    const JournalItem &item = m_items.at(row);
    switch (column) {
    case RecordColumn:
        return item.label.isEmpty() ? item.recordKey : item.label;
    case ActionColumn:
        return actionText(item);
    case ChangeColumn: {
        if (item.effectiveAction() != QLatin1String("update"))
            return tr("%n field(s)", "", int(m_changes.at(row).size()));
        QStringList fields;
        for (const FieldChange &change : m_changes.at(row))
            fields.append(FieldSynonyms::label(change.field));
        return fields.join(QLatin1String(", "));
    }
    case OutcomeColumn:
        return outcomeText(item);
    }
    return {};
}

QVariant OperationChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record or field");
    case ActionColumn:
        return tr("Change");
    case ChangeColumn:
        return tr("Fields: before → after");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}
