#pragma once

#include "journaloperation.h"

#include <QAbstractTableModel>

class Journal;
class JournalWatch;

// The History of one account: its operations (imports, form saves, bulk
// deletes, restores, undos), newest first, read from the journal and
// following it as it changes. A journal that cannot be read shows no rows
// and says why in errorString(): an unreadable history is not an empty one.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn, // the id userdesk-cli undo takes
        StartedColumn,
        KindColumn,
        WhatColumn,
        RecordsColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int OperationIdRole = Qt::UserRole + 1;

    explicit HistoryModel(QObject *parent = nullptr);

    void setJournal(Journal *journal, const QString &profileId);
    void refresh();
    const JournalOperation &operationAt(int row) const { return m_operations.at(row); }
    int rowOf(qint64 operationId) const; // -1 when not listed
    // The finished undo that reverted operationId, 0 when none did.
    qint64 undoneBy(qint64 operationId) const;
    QString errorString() const { return m_error; }

    // "Import", "Form save"…; "Undo of no. 12".
    static QString kindText(const JournalOperation &operation);
    // "12 changed of 15, 2 failed, 1 conflict"
    static QString recordsText(const JournalOperation &operation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorChanged(const QString &errorString);

private:
    QString stateText(const JournalOperation &operation) const;

    QList<JournalOperation> m_operations;
    QHash<qint64, qint64> m_undoneBy;
    QString m_error;
    JournalWatch *m_watch;
};
