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
// Tables:
//   operations(id, kind, profile_id, service, state, started_at, finished_at,
//              owner, pid, total, deleted, absent, failed, cancelled, restored)
//   items(id, operation_id, position, record_key, label, server_id,
//         snapshot, state, error, updated_at)
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
                          QList<JournalItem> *items);
    // Back to running (a retry or a resume), or done: "finished" or
    // "cancelled"; done also stores the counts and the finish time.
    bool setOperationState(qint64 operationId, const QString &state);
    bool updateItem(const JournalItem &item); // state, error, snapshot, label, server id

    // Reads. A journal that cannot be read is not an empty one: on failure
    // they return nothing and, when error is given, say why in words for
    // the person (errorString() is left to the writes).
    std::optional<JournalOperation> operation(qint64 operationId, QString *error = nullptr) const;
    // Newest first; an empty profileId means every profile.
    QList<JournalOperation> operations(const QString &profileId = QString(), int limit = 500,
                                       QString *error = nullptr) const;
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
    // Words a failed read (or a journal that is not open) into *error.
    bool failRead(QString *error, const QString &detail = QString()) const;

    SqliteFile m_db;
};
