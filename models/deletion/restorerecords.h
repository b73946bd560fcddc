#pragma once

#include "journalitem.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Journal;

// Re-creates deleted records from their journal snapshots. Each outcome is
// written to the journal: Restored, or the reason it was not.
//
// The service subclasses decide how records are sent (RestoreWazzup: one
// upsert in batches of 100; RestoreWoowUp: one create per customer, several
// in flight); an account makes the one for its service.
class RestoreRecords : public QObject
{
    Q_OBJECT

public:
    // Has a snapshot and is gone from the server (deleted or absent).
    static bool canRestore(const JournalItem &item);

    // Restores the restorable ones of items; finished() follows, never
    // synchronously.
    void start(const QList<JournalItem> &items);
    void cancel(); // sends no more; what is on the wire finishes

    const QList<JournalItem> &items() const { return m_items; }
    int restoredCount() const;
    int failedCount() const;
    // "Ana Pérez (ana@example.com): the reason" for each one not restored.
    QStringList problems() const;
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    void finished();

protected:
    RestoreRecords(Journal *journal, QObject *parent);

    // Sends every item (there is at least one); answers with settle() for
    // each and finishIfDone() once nothing is left on the wire.
    virtual void run() = 0;
    // Takes back the items not sent yet, so that cancel() can settle them.
    virtual QList<int> takeUnsent() = 0;
    // Requests on the wire or items still to send.
    virtual bool hasWorkLeft() const = 0;

    const JournalItem &item(int index) const { return m_items.at(index); }
    int itemCount() const { return int(m_items.size()); }
    bool isCancelled() const { return m_cancelled; }
    void settle(int index, bool restored, const QString &error);
    void finishIfDone();
    // The reason for every item when the client went away with its account.
    static QString accountClosed();

private:
    // The restore as an operation of the history (kind "restore", one
    // create per record), so that it can be undone too.
    void beginHistory();

    QPointer<Journal> m_journal;
    QList<JournalItem> m_items;
    QList<JournalItem> m_history; // the restore's own items, by index
    qint64 m_historyId = 0;
    QList<bool> m_done;
    int m_doneCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
