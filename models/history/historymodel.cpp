#include "historymodel.h"

#include "journal.h"
#include "journalwatch.h"

#include <QLocale>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_watch(new JournalWatch([this] { refresh(); }, this))
{ }

void HistoryModel::setJournal(Journal *journal, const QString &profileId)
{
    m_watch->setJournal(journal, profileId);
}

void HistoryModel::refresh()
{
    QString error;
    beginResetModel();
    m_operations = m_watch->journal() ? m_watch->journal()->history(m_watch->profileId(), &error)
                                      : QList<JournalOperation>();
    m_undoneBy.clear();
    // Newest first: the first finished undo seen is the latest.
    for (const JournalOperation &operation : std::as_const(m_operations)) {
        if (operation.kind == QLatin1String("undo") && operation.state == QLatin1String("finished")
            && operation.failed == 0 && operation.conflicts == 0
            && !m_undoneBy.contains(operation.undoes))
            m_undoneBy.insert(operation.undoes, operation.id);
    }
    endResetModel();
    if (error != m_error) {
        m_error = error;
        emit errorChanged(m_error);
    }
}

int HistoryModel::rowOf(qint64 operationId) const
{
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations.at(row).id == operationId)
            return row;
    }
    return -1;
}

qint64 HistoryModel::undoneBy(qint64 operationId) const
{
    return m_undoneBy.value(operationId);
}

QString HistoryModel::kindText(const JournalOperation &operation)
{
    if (operation.kind == QLatin1String("import"))
        return tr("Import");
    if (operation.kind == QLatin1String("edit"))
        return tr("Form save");
    if (operation.kind == QLatin1String("delete"))
        return tr("Delete");
    if (operation.kind == QLatin1String("restore"))
        return tr("Restore");
    if (operation.kind == QLatin1String("undo"))
        return tr("Undo of no. %1").arg(operation.undoes);
    return operation.kind;
}

QString HistoryModel::recordsText(const JournalOperation &operation)
{
    QStringList parts{tr("%1 of %n changed", "", operation.total).arg(operation.changed())};
    if (operation.failed > 0)
        parts.append(tr("%n failed", "", operation.failed));
    if (operation.conflicts > 0)
        parts.append(tr("%n conflict(s)", "", operation.conflicts));
    return parts.join(QLatin1String(", "));
}

QString HistoryModel::stateText(const JournalOperation &operation) const
{
    if (operation.interrupted)
        return tr("Interrupted");
    if (operation.state == QLatin1String("running"))
        return tr("Running");
    if (const qint64 undo = undoneBy(operation.id))
        return tr("Undone by no. %1").arg(undo);
    if (operation.state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return tr("Finished");
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operations.size())
        return {};
    const JournalOperation &operation = m_operations.at(index.row());
    if (role == OperationIdRole)
        return operation.id;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QString::number(operation.id);
    case StartedColumn:
        return QLocale().toString(operation.startedAt.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return kindText(operation);
    case WhatColumn:
        return operation.what;
    case RecordsColumn:
        return recordsText(operation);
    case StateColumn:
        return stateText(operation);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case StartedColumn:
        return tr("When");
    case KindColumn:
        return tr("Operation");
    case WhatColumn:
        return tr("Of");
    case RecordsColumn:
        return tr("Records");
    case StateColumn:
        return tr("State");
    }
    return {};
}
