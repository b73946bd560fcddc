#pragma once

#include "fieldchange.h"
#include "journalitem.h"
#include "journaloperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class Journal;

// Reverts an operation of the history (an import with its sync's deletes, a
// form's save, a bulk delete, a restore, another undo) record by record:
// what it created is deleted, what it updated gets the before-image of the
// fields it changed back (only those), what it deleted is re-created from
// its snapshot.
//
// Before touching a record it reads it: when a field the operation wrote
// holds something else now, the record is a conflict and is left alone
// (force overwrites it anyway). The undo is itself an operation of the
// history (kind "undo", so it can be undone in turn): its items are written
// before the first request, each one's before-image (what it read) before
// its own request, and each outcome after. A kill leaves it "running";
// resume() takes it up again, reading each record first, so nothing is done
// twice. Requests go through the account's client, under its rate limiter.
//
// The service subclasses (UndoWazzup, UndoWoowUp, made by the accounts)
// read, compare and write records; this class decides.
class UndoEngine : public QObject
{
    Q_OBJECT

public:
    struct Conflict
    {
        QString record; // the record's label or key
        QString field;
        QString wrote; // what the operation wrote
        QString now; // what the server holds now
    };

    // What the subclasses answer.
    struct Outcome
    {
        QString error; // translated; empty when it worked
        bool worthAnotherTry = false;
    };
    struct Current
    {
        bool found = false;
        QJsonObject record; // the codec's request JSON of the whole record
        qint64 serverId = 0; // WoowUp userapp_id
    };
    using ReadDone = std::function<void(const Outcome &outcome, const Current &current)>;
    using WriteDone = std::function<void(const Outcome &outcome, qint64 serverId)>;

    // What an operation can be undone for: it changed something.
    static bool canUndo(const JournalOperation &operation);

    // What item changed (an undo's step: changes), field by field in the
    // person's terms: an update's fields from their before-image to what was
    // written, a create's from nothing, a delete's to nothing.
    FieldChanges describe(const JournalItem &item) const;

    void setForce(bool force) { m_force = force; }
    // Reads and decides, writes nothing (not even to the journal).
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    // Reverts operationId as a new undo operation, or, when an undo of it
    // was stopped before its end (a kill, Cancel), takes that one up again.
    // False with errorString() when it cannot start; otherwise finished()
    // follows, never synchronously.
    bool start(qint64 operationId);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool wasResumed() const { return m_resumed; }
    QString errorString() const { return m_error; }
    qint64 undoOperationId() const { return m_undoId; }
    qint64 targetOperationId() const { return m_targetId; }

    // The undo's items (each reverting one record), with their outcomes.
    const QList<JournalItem> &steps() const { return m_steps; }
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    int total() const { return int(m_steps.size()); }
    int done() const { return m_done; }
    int revertedCount() const; // applied (or, in a dry run, would be)
    int conflictCount() const;
    int failedCount() const;
    int requestCount() const { return m_requests; }

signals:
    void progress(int done, int total);
    void finished();

protected:
    UndoEngine(Journal *journal, const QString &profileId, QObject *parent);

    virtual QString serviceKey() const = 0;
    virtual int requestsInFlight() const = 0;
    // Reads step's record: by its server id when it has one and byKey is
    // false, otherwise by its key. False when the account is gone.
    virtual bool read(const JournalItem &step, bool byKey, const ReadDone &done) = 0;
    // The fields among fields whose values differ between two records.
    virtual QStringList differing(const QJsonObject &a, const QJsonObject &b,
                                  const QStringList &fields) const = 0;
    // The fields a whole record sets.
    virtual QStringList recordFields(const QJsonObject &record) const = 0;
    virtual QJsonObject partial(const QJsonObject &record, const QStringList &fields) const = 0;
    virtual QString valueText(const QJsonObject &record, const QString &field) const = 0;
    // Carries out step (action "delete": current goes; "update": step.after's
    // fields onto current; "create": step.after is created). serverId: a
    // created record's new id, when the service gives one.
    virtual bool write(const JournalItem &step, const Current &current, const WriteDone &done) = 0;
    // A note for a record re-created under a new id (WoowUp), else empty.
    virtual QString recreatedNote(qint64 oldId, qint64 newId) const;

private:
    bool loadTargets(qint64 operationId, QHash<qint64, JournalItem> *targets);
    std::optional<JournalOperation> unfinishedUndoOf(qint64 operationId) const;
    void pump();
    void process(int index);
    void decide(int index, const Current &current);
    void send(int index, const Current &current);
    // A step answered for good: recorded, out of flight, the next one sent.
    void settle(int index, JournalItem::State state, const QString &note = QString());
    bool retryLater(int index, const Outcome &outcome);
    void conflict(int index, const Current &current, const QStringList &fields);
    void finishIfIdle();
    void save(const JournalItem &step);

    QPointer<Journal> m_journal;
    QString m_profileId;
    qint64 m_targetId = 0;
    qint64 m_undoId = 0;
    QList<JournalItem> m_steps;
    QList<JournalItem> m_targets; // by step index: the item each one reverts
    QList<Conflict> m_conflicts;
    QList<int> m_queue;
    QHash<int, int> m_attempts;
    int m_inFlight = 0;
    int m_done = 0;
    int m_requests = 0;
    bool m_force = false;
    bool m_dryRun = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_resumed = false;
    QString m_error;
};
