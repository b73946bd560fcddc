#pragma once

#include "journalitem.h"
#include "wazzupuser.h"
#include "woowupcustomer.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class Journal;
class WoowUpClient;

// Re-creates deleted records from their journal snapshots: Wazzup users by
// upsert (batches of 100), WoowUp customers by create with every field,
// consent and custom attribute (the client's create checks existence
// before any re-send, so a lost answer never makes a duplicate; a record
// whose earlier restore failed is checked before it is created again). Each
// outcome is written to the journal: Restored, or the reason it was not.
class RestoreRecords : public QObject
{
    Q_OBJECT

public:
    static constexpr int requestsInFlight = 6;

    RestoreRecords(ApiClient *client, Journal *journal, QObject *parent = nullptr);

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
    void wazzupUserRestored(const WazzupUser &user);
    void woowUpCustomerRestored(const WoowUpCustomer &customer);
    void finished();

private:
    void restoreWazzup();
    void pumpWoowUp();
    void createWoowUp(WoowUpClient *client, int index);
    void checkThenCreateWoowUp(WoowUpClient *client, int index);
    void settle(int index, bool restored, const QString &error);
    void finishIfDone();

    QPointer<ApiClient> m_client;
    QPointer<Journal> m_journal;
    QList<JournalItem> m_items;
    QList<bool> m_done;
    QList<int> m_queue;
    int m_inFlight = 0;
    int m_doneCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
