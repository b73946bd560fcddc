#pragma once

#include "journalitem.h"

#include <QAbstractTableModel>

class Journal;
class JournalWatch;

// The records one account deleted, newest deletion first, read from the
// journal; follows the journal as it changes. A journal that cannot be read
// shows no rows and says why in errorString(), so that the dialog does not
// pass an unreadable journal off as "nothing was deleted".
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
    // Why the last refresh() could not read the journal; empty when it could.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // errorString() changed: a read failed, or reads again after failing.
    void errorChanged(const QString &errorString);

private:
    QList<JournalItem> m_items;
    QString m_error;
    JournalWatch *m_watch;
};
