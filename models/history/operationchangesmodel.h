#pragma once

#include "fieldchange.h"
#include "journalitem.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <functional>

class Journal;

// The details of one operation of the History: one top-level item per
// record it touched (an import's with its sync's deletes), with what was
// done to it and what became of it; each has one child per field it
// changed, "old → new". The values are told by the service's own words
// (describe: UndoEngine::describe of the account's undo).
class OperationChangesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, ActionColumn, ChangeColumn, OutcomeColumn, ColumnCount };
    using Describe = std::function<FieldChanges(const JournalItem &item)>;

    explicit OperationChangesModel(Describe describe, QObject *parent = nullptr);

    void setJournal(Journal *journal);
    // 0 clears. Reads the journal now; refresh() reads it again.
    void setOperation(qint64 operationId);
    void refresh();
    qint64 operationId() const { return m_operationId; }
    QString errorString() const { return m_error; }
    const QList<JournalItem> &items() const { return m_items; }
    // Records the server confirmed changing with action ("create", "update",
    // "delete"): what an undo would revert.
    int changedCount(const QString &action) const;

    static QString actionText(const JournalItem &item);
    static QString outcomeText(const JournalItem &item);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant itemData(int row, int column) const;

    Describe m_describe;
    QPointer<Journal> m_journal;
    qint64 m_operationId = 0;
    QList<JournalItem> m_items;
    QList<FieldChanges> m_changes; // by item
    QString m_error;
};
