#pragma once

#include "journalitem.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Journal;

// Deletes many records of one account with a safety net: every record's
// full snapshot is written to the journal before it is deleted, and every
// outcome as it happens. Records not yet read in full (only an id or an
// identifier known) are read first; one that cannot be read is not deleted.
//
// The service subclasses decide how records are read and deleted
// (BulkDeleteWazzup: batches of 100, one after the other; BulkDeleteWoowUp:
// one request per customer, several in flight). cancel() stops sending new
// requests, lets the ones on the wire finish, and records the rest as
// cancelled (not deleted). retryFailed() sends the failed and cancelled
// ones again within the same journal operation; resume() continues an
// operation that a crash interrupted.
class BulkDelete : public QObject
{
    Q_OBJECT

public:
    ~BulkDelete() override;

    QString service() const { return m_service; }
    QString profileId() const { return m_profileId; }
    qint64 operationId() const { return m_operationId; }
    const QList<JournalItem> &items() const { return m_items; }
    int count(JournalItem::State state) const;
    int total() const { return int(m_items.size()); }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    // A problem with the whole operation (the journal could not be
    // written, so nothing was deleted); empty otherwise.
    QString errorString() const { return m_error; }
    // "Ana Pérez (ana@example.com): the reason", for every record not
    // deleted (failed or cancelled).
    QStringList problems() const;

    // The records to delete as a person names them, one per entry (a
    // file of the command line): what an entry may be is the service's.
    virtual void setIdentifiers(const QStringList &identifiers) = 0;

    // Starts a new journal operation for items(); finished() follows, never
    // synchronously.
    void start();
    // Sends the failed and cancelled records again.
    void retryFailed();
    // Takes the items of an interrupted (or finished) operation from the
    // journal and deletes those still pending. False when it has none, or
    // when the journal cannot be read (errorString() says so).
    bool resume(qint64 operationId);
    void cancel();

signals:
    // done of total records of this run have an outcome.
    void progress(int done, int total);
    void finished();

protected:
    BulkDelete(Journal *journal, const QString &profileId, const QString &service, QObject *parent);

    void setItems(const QList<JournalItem> &items);
    JournalItem &item(int index) { return m_items[index]; }

    // Records per delete request, and delete requests on the wire at once.
    virtual int batchSize() const = 0;
    virtual int maxInFlight() const = 0;
    // Reads the full record of item(index) (it has no snapshot); answers
    // with recordRead() or readSettled().
    virtual void readRecord(int index) = 0;
    // Deletes the records at indexes; answers with settle() for each, then
    // batchDone().
    virtual void deleteBatch(const QList<int> &indexes) = 0;
    // Called when a record is known to be gone from the server (deleted or
    // absent), so that tables can drop it.
    virtual void recordGone(int index) = 0;

    // The record was read: item(index) now has its snapshot.
    void recordRead(int index);
    // The record could not be read (absent: already gone; failed: why).
    void readSettled(int index, JournalItem::State state, const QString &error = QString());
    void settle(int index, JournalItem::State state, const QString &error = QString());
    void batchDone();

private:
    void run(const QList<int> &indexes);
    void pump();
    void finishRun();
    bool writeItem(const JournalItem &item);

    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_service;
    QString m_error;
    qint64 m_operationId = 0;
    QList<JournalItem> m_items;
    QList<int> m_readQueue;
    QList<int> m_deleteQueue;
    int m_readsInFlight = 0;
    int m_batchesInFlight = 0;
    int m_runTotal = 0;
    int m_runDone = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumpScheduled = false;
};
