#pragma once

#include "journalitem.h"

#include <QAbstractTableModel>
#include <QPointer>

class Journal;
class QTimer;

// The records one account deleted, newest deletion first, read from the
// journal; follows the journal as it changes.
class DeletedRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeletedAtColumn,
        NameColumn,
        IdentifierColumn,
        StateColumn,
        NoteColumn,
        ColumnCount
    };

    explicit DeletedRecordsModel(QObject *parent = nullptr);

    void setJournal(Journal *journal, const QString &profileId);
    void refresh();
    const JournalItem &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<Journal> m_journal;
    QString m_profileId;
    QList<JournalItem> m_items;
    QTimer *m_refreshTimer;
};
