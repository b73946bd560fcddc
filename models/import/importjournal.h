#pragma once

#include "importcounts.h"
#include "importplan.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The import half of the local journal: the same SQLite file as Journal
// (WAL, so both connections can write), two more tables:
//
//   imports(id, profile_id, service, file_path, checksum, mapping, encoding,
//           delimiter, has_header, delete_missing, state, owner, pid,
//           started_at, finished_at, total, created, updated, unchanged,
//           invalid, failed, deleted)
//   import_rows(id, import_id, position, row_number, line, record_key,
//               action, state, error, cells, record, updated_at)
//
// Every row of the plan is written before the first request; then each
// row's state as it changes (pending → sending → done/failed). `record` is
// the request JSON the row sends and `cells` the row as read, so that a
// resume needs neither the file nor another look at the server, and the
// error report can still be written. No API key is ever stored.
//
// States of an import: running, cancelled, finished. Anything but finished
// can be resumed, unless another live process is running it.
//
// One connection per object; use it on one thread.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    struct Summary
    {
        qint64 id = 0;
        QString profileId;
        QString service;
        QString filePath;
        QByteArray checksum;
        QString state;
        QString startedAt;
        int total = 0;
        int remaining = 0; // rows pending, sending or failed
        bool ownedByLiveProcess = false;
    };

    ImportJournal();
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QString errorString() const { return m_db.errorString(); }

    // Writes the import (state running) and the rows to send, in the order
    // of ImportPlan::rows then the deletes; row positions are indices in
    // that order. 0 on failure.
    qint64 begin(const QString &profileId, const ImportPlan &plan);
    // Back to running, owned by this process (a resume).
    bool claim(qint64 importId);
    bool setRowState(qint64 importId, int position, ImportRow::State state,
                     const QString &error = QString());
    // Several rows at once, in one transaction (a Wazzup batch).
    bool setRowStates(qint64 importId, const QList<int> &positions, ImportRow::State state,
                      const QString &error = QString());
    bool finish(qint64 importId, const QString &state, const ImportCounts &counts);

    std::optional<Summary> summary(qint64 importId) const;
    // The newest import of that file and profile that is not finished and
    // not being run by a live process.
    std::optional<Summary> resumable(const QString &profileId, const QString &service,
                                     const QByteArray &checksum) const;
    QList<Summary> resumableImports(const QString &profileId) const;
    // An import of that file and profile that a live process (another
    // window, a script) is running now: starting another would race it.
    bool isRunningElsewhere(const QString &profileId, const QString &service,
                            const QByteArray &checksum) const;
    // The plan as it was begun, with each row's current state.
    bool loadPlan(qint64 importId, ImportPlan *plan) const;
    int rowCount(qint64 importId, ImportRow::State state) const;

private:
    Summary summaryFromQuery(const class QSqlQuery &query) const;

    SqliteFile m_db;
};
