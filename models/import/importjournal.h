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
//           delimiter, has_header, sheet, delete_missing, state, owner, pid,
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
        QString sheet; // a workbook's sheet; empty for a text file
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

    // Reads. A journal that cannot be read is not an empty one: on failure
    // they return nothing and, when error is given, say why in words for
    // the person (errorString() is left to the writes).
    std::optional<Summary> summary(qint64 importId, QString *error = nullptr) const;
    // The newest import of that file (and for a workbook, that sheet) and
    // profile that is not finished and not being run by a live process.
    std::optional<Summary> resumable(const QString &profileId, const QString &service,
                                     const QByteArray &checksum, QString *error = nullptr,
                                     const QString &sheet = QString()) const;
    QList<Summary> resumableImports(const QString &profileId, QString *error = nullptr) const;
    // True when a live process (another window, a script) is running an
    // import of that file and profile now: starting another would race it.
    // Also true when the journal cannot tell (not open, cannot be read): the
    // guard fails closed, since a refused import can be started again later
    // and a doubled one cannot be taken back. *reason says which, in words
    // for the person.
    bool isRunningElsewhere(const QString &profileId, const QString &service,
                            const QByteArray &checksum, QString *reason = nullptr) const;
    // The plan as it was begun, with each row's current state.
    bool loadPlan(qint64 importId, ImportPlan *plan, QString *error = nullptr) const;
    // -1 when it cannot be read.
    int rowCount(qint64 importId, ImportRow::State state, QString *error = nullptr) const;

private:
    Summary summaryFromQuery(const class QSqlQuery &query) const;
    // Words a failed read (or a journal that is not open) into *error.
    bool failRead(QString *error, const QString &detail = QString()) const;

    SqliteFile m_db;
};
