#pragma once

#include "journalitem.h"
#include "journaloperation.h"
#include "sqlitefile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The local journal of long jobs: a SQLite file (Qt SQL, QSQLITE, WAL) under
// QStandardPaths::AppDataLocation. A bulk delete writes every record's full
// snapshot here before anything is deleted, then each record's outcome as it
// happens, so that a crash loses nothing: operations left "running" by a
// process that is gone show up as interrupted and can be resumed, and
// deleted records can be restored from their snapshots.
//
// It is also the history of every change Userdesk sends (imports, form
// saves, bulk deletes, restores, undos): each operation's items hold the
// before-image of what it is about to change, written before the first
// request, and then each outcome, so that an undo can revert it.
//
// Tables:
//   operations(id, kind, profile_id, service, state, started_at, finished_at,
//              owner, pid, total, deleted, absent, failed, cancelled, restored,
//              what, parent_id, undoes, import_id)
//   items(id, operation_id, position, record_key, label, server_id,
//         snapshot, state, error, updated_at, action, after, fields, reverts)
// (what … import_id and action … reverts are added to an older file when it
// is opened.)
// Times are UTC ISO 8601 with milliseconds. No API key is ever written.
//
// GUI/main thread only (one connection per Journal object).
class Journal : public QObject
{
    Q_OBJECT

public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    // <AppDataLocation>/journal.sqlite
    static QString defaultPath();

    // Creates the file (and its folder) when needed. False with
    // errorString() set when it cannot be used.
    bool open(const QString &path = defaultPath());
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QString errorString() const { return m_db.errorString(); }

    // Writes a new running operation with its items in one transaction and
    // fills in their ids. 0 on failure.
    qint64 beginOperation(const QString &kind, const QString &profileId, const QString &service,
                          QList<JournalItem> *items, const QString &what = QString(),
                          qint64 undoes = 0);
    // Back to running (a retry or a resume), or done: "finished" or
    // "cancelled"; done also stores the counts and the finish time.
    bool setOperationState(qint64 operationId, const QString &state);
    bool updateItem(const JournalItem &item); // state, error, snapshot, label, server id, after
    bool updateItems(const QList<JournalItem> &items); // in one transaction

    enum class Link {
        Parent, // a sync's deletes belong to its import's operation
        Import, // an import's operation and its row in the import journal
    };
    bool linkOperation(qint64 operationId, Link link, qint64 to);
    // Forgets a profile's finished operations (all, or those started before
    // `before`): the history's retention.
    bool clearOperations(const QString &profileId, const QDateTime &before = QDateTime());

    // Reads. A journal that cannot be read is not an empty one: on failure
    // they return nothing and, when error is given, say why in words for
    // the person (errorString() is left to the writes).
    std::optional<JournalOperation> operation(qint64 operationId, QString *error = nullptr) const;
    // Deletions, newest first; an empty profileId means every profile.
    QList<JournalOperation> operations(const QString &profileId = QString(), int limit = 500,
                                       QString *error = nullptr) const;
    // The History: a profile's operations that stand on their own, newest
    // first (a sync's deletes are part of their import: its counts include
    // theirs).
    QList<JournalOperation> history(const QString &profileId, QString *error = nullptr) const;
    // Operations whose link points at `to`.
    QList<JournalOperation> linkedTo(qint64 to, Link link, QString *error = nullptr) const;
    // The file's size as SQLite counts it (pages), -1 when not open.
    qint64 sizeInBytes() const;
    QList<JournalOperation> interruptedOperations(const QString &profileId = QString(),
                                                  QString *error = nullptr) const;
    QList<JournalItem> items(qint64 operationId, QString *error = nullptr) const;
    // Items of a profile's delete operations, newest operation first, at
    // most 5,000 (a view, not an archive).
    QList<JournalItem> recentItems(const QString &profileId, QString *error = nullptr) const;

signals:
    // After any write: views of the journal may refresh.
    void changed();

private:
    JournalOperation operationFromQuery(const class QSqlQuery &query) const;
    // Newest first; an empty kind means every kind.
    QList<JournalOperation> select(const QString &profileId, const QString &kind, int limit,
                                   QString *error) const;
    // Words a failed read (or a journal that is not open) into *error.
    bool failRead(QString *error, const QString &detail = QString()) const;

    SqliteFile m_db;
};
