#include "importchangesmodel.h"

#include "fieldsynonyms.h"

namespace {

// Top-level items have internal id 0; a field change, its entry's row + 1.
constexpr quintptr topLevel = 0;

} // namespace

void ImportChangesModel::setPlan(const ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    rebuild();
    endResetModel();
}

void ImportChangesModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ImportChangesModel::rebuild()
{
    m_entries.clear();
    if (!m_plan)
        return;
    for (int i = 0; i < m_plan->rows.size(); ++i) {
        if (accepts(i, m_filter))
            m_entries.append(i);
    }
    if (m_plan->deleteMissing && (m_filter == Filter::All || m_filter == Filter::Delete)) {
        for (int i = 0; i < m_plan->missing.size(); ++i)
            m_entries.append(-1 - i);
    }
}

bool ImportChangesModel::accepts(int entry, Filter filter) const
{
    if (entry < 0)
        return filter == Filter::All || filter == Filter::Delete;
    switch (m_plan->rows.action(entry)) {
    case ImportRow::Action::Invalid:
        return filter == Filter::All || filter == Filter::Problem;
    case ImportRow::Action::Create:
        return filter == Filter::All || filter == Filter::Create;
    case ImportRow::Action::Update:
        return filter == Filter::All || filter == Filter::Update;
    case ImportRow::Action::Unchanged:
        return filter == Filter::All || filter == Filter::Unchanged;
    case ImportRow::Action::Delete:
        return filter == Filter::All || filter == Filter::Delete;
    }
    return false;
}

int ImportChangesModel::count(Filter filter) const
{
    if (!m_plan)
        return 0;
    const ImportCounts counts = m_plan->expected();
    switch (filter) {
    case Filter::All:
        return int(m_plan->rows.size()) + (m_plan->deleteMissing ? int(m_plan->missing.size()) : 0);
    case Filter::Create:
        return counts.created;
    case Filter::Update:
        return counts.updated;
    case Filter::Unchanged:
        return counts.unchanged;
    case Filter::Delete:
        return counts.deleted;
    case Filter::Problem:
        return counts.invalid;
    }
    return 0;
}

ImportRow ImportChangesModel::rowOf(int entry) const
{
    return entry >= 0 ? m_plan->rows.at(entry) : m_plan->missing.at(-1 - entry);
}

const FieldChanges *ImportChangesModel::changesOf(int entry) const
{
    if (entry < 0)
        return nullptr;
    const auto it = m_plan->changes.constFind(entry);
    return it == m_plan->changes.constEnd() ? nullptr : &it->fields;
}

int ImportChangesModel::planRow(const QModelIndex &index) const
{
    if (!m_plan || !index.isValid())
        return -1;
    const int item = index.internalId() == topLevel ? index.row() : int(index.internalId() - 1);
    const int entry = m_entries.value(item, -1);
    return entry >= 0 ? entry : -1;
}

QString ImportChangesModel::changeText(const FieldChange &change)
{
    const auto shown = [](const QString &value) {
        return value.isEmpty() ? tr("(empty)") : value;
    };
    return tr("%1 → %2").arg(shown(change.oldValue), shown(change.newValue));
}

QModelIndex ImportChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ImportChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ImportChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!m_plan)
        return 0;
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    const FieldChanges *changes = changesOf(m_entries.at(parent.row()));
    return changes ? int(changes->size()) : 0;
}

int ImportChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportChangesModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid())
        return {};
    if (index.internalId() == topLevel)
        return entryData(m_entries.at(index.row()), index.column(), role);
    const FieldChanges *changes = changesOf(m_entries.at(int(index.internalId() - 1)));
    if (!changes || index.row() >= changes->size())
        return {};
    const FieldChange &change = changes->at(index.row());
    if (role == KeyRole)
        return change.field;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == RecordColumn)
        return FieldSynonyms::label(change.field);
    if (index.column() == ChangeColumn)
        return changeText(change);
    return {};
}

QVariant ImportChangesModel::entryData(int entry, int column, int role) const
{
    if (role != KeyRole && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // The plan's rows are made again when read: only the columns that show
    // the record make one.
    const ImportRow::Action action =
        entry >= 0 ? m_plan->rows.action(entry) : m_plan->missing.at(-1 - entry).action;
    if (role == KeyRole)
        return ImportRow::actionName(action);
    switch (column) {
    case RowColumn: {
        const qint64 number = entry >= 0 ? m_plan->rows.number(entry) : 0;
        return number > 0 ? QVariant(number) : QVariant();
    }
    case ActionColumn:
        switch (action) {
        case ImportRow::Action::Invalid:
            return tr("Problem");
        case ImportRow::Action::Create:
            return tr("Create");
        case ImportRow::Action::Update:
            return tr("Update");
        case ImportRow::Action::Unchanged:
            return tr("Unchanged");
        case ImportRow::Action::Delete:
            return tr("Delete");
        }
        return {};
    case RecordColumn: {
        const ImportRow row = rowOf(entry);
        if (m_plan->service == Service::Wazzup) {
            const WazzupUser &user = row.wazzupUser;
            return user.name.isEmpty() ? user.id : tr("%1 (%2)").arg(user.name, user.id);
        }
        return m_plan
            ->identifierOf(row, entry >= 0 ? m_plan->changes.value(entry).matchField : QString())
            .second;
    }
    case ChangeColumn:
        if (action == ImportRow::Action::Invalid)
            return rowOf(entry).error;
        if (const FieldChanges *changes = changesOf(entry)) {
            QStringList fields;
            for (const FieldChange &change : *changes)
                fields.append(FieldSynonyms::label(change.field));
            return fields.join(QLatin1String(", "));
        }
        return {};
    }
    return {};
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record or field");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
