#pragma once

#include "importcounts.h"
#include "importplan.h"
#include "journalitem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;
class BulkDelete;
class ImportJournal;
class ImportStrategy;
class Journal;

// Sends a confirmed plan, using what the plan learned so that each row
// costs one request where the API allows it, in the strategy's way:
//  - row by row (WoowUp): create or update, several at once within the
//    client's rate limiter (which keeps just under the account's limit);
//  - in batches (Wazzup): the deletes of a sync first, through the
//    strategy's bulk delete (each user read in full and snapshotted into
//    the deletion journal, then bulk deletes of 100: one operation of
//    "Recently deleted", restorable), then adds and updates together in
//    upserts of 100 (deleting first makes room in a full account).
// Every row's state goes to the journal before its request and after its
// answer, so a resume after a kill sends only what is not done. A create
// that may have reached the server before the kill (state "sending") is
// checked with one exist request first: no customer is created twice.
//
// Pause stops starting requests (those on the wire finish); Cancel also
// ends the import once they have, leaving the rest pending in the journal.
class ImportEngine : public QObject
{
    Q_OBJECT

public:
    // The strategy must outlive the engine; the journal may be null (no
    // resume then).
    ImportEngine(ImportStrategy *strategy, ImportJournal *journal, QObject *parent = nullptr);

    // resumeImportId 0: the plan is written to the journal as a new import
    // (when there is a journal). Otherwise the plan was loaded from that
    // import and its done rows are skipped.
    void start(const ImportPlan &plan, const QString &profileId, qint64 resumeImportId = 0);
    // Where a sync's deletes snapshot their records (the bulk delete's
    // journal), and where the import goes into the history with the
    // before-image of every row it creates or updates (an operation of kind
    // "import", its sync's deletes linked to it). Without one, nothing is
    // deleted (those rows fail) and nothing can be undone.
    void setDeletionJournal(Journal *journal) { m_deletionJournal = journal; }
    // The history's operation of this import, 0 when none.
    qint64 historyOperationId() const { return m_historyId; }
    // The deletion journal's operation of this run's deletes, 0 when none.
    qint64 deletionOperationId() const { return m_deletionOperationId; }
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    qint64 importId() const { return m_importId; }

    // The file's rows then the deletes, with their final states.
    const ImportRows &rows() const { return m_rows; }
    ImportCounts counts() const;
    // Rows that did not make it: invalid ones and failed ones, for the report.
    QList<ImportRow> problemRows() const;

    int total() const { return m_total; } // rows to send in this run
    int done() const { return m_done; } // of those, answered (done or failed)
    int requestCount() const { return m_requests; }
    double rowsPerSecond() const;
    int secondsLeft() const; // -1 when not known yet

signals:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void pumpRows();
    void sendRow(int index);
    void confirmCreate(int index);
    void strategyGone(int index);
    void pumpBatches();
    // The queue's leading deletes, through the strategy's bulk delete.
    bool startDeletion();
    void deletionFinished(const QList<int> &rows);
    void batchAnswered(const QList<int> &batch, const ApiError &error,
                       const QStringList &failedKeys);
    void rowAnswered(int index, bool ok, const QString &error);
    void setState(int index, ImportRow::State state, const QString &error = QString());
    // The import's operation in the history: begun (or, on a resume, found).
    bool beginHistory(qint64 resumeImportId);
    // The rows' outcomes into their history items.
    void recordHistory(const QList<int> &rows);
    void finishIfIdle();
    // Schedules `again` when the error is worth another try and `key` (a
    // row index, or -1 - first index of a batch) has tries left.
    bool retryLater(int key, const ApiError &error, const std::function<void()> &again);
    // retryLater() for a Wazzup batch: puts it back at the head of the queue.
    bool retryBatchLater(const QList<int> &batch, const ApiError &error);

    QPointer<ImportStrategy> m_strategy;
    ImportJournal *m_journal;
    Journal *m_deletionJournal = nullptr;
    BulkDelete *m_deletion = nullptr;
    qint64 m_deletionOperationId = 0;
    qint64 m_historyId = 0;
    QHash<int, JournalItem> m_historyItems; // by row index
    QString m_profileId;
    ImportPlan m_plan;
    ImportRows m_rows;
    QHash<int, int> m_attempts;
    QList<int> m_queue; // indices into m_rows still to send, in order
    qint64 m_importId = 0;
    int m_total = 0;
    int m_done = 0;
    int m_inFlight = 0;
    int m_requests = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    QElapsedTimer m_pauseClock;
};
