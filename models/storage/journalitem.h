#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One record of a journalled operation (a bulk delete): who it was, the
// full record as it was before anything was deleted, and what became of it.
struct JournalItem
{
    enum class State {
        Pending, // not sent yet (or the app stopped before the answer came)
        Deleted, // the server confirmed the deletion
        Absent, // the server did not have it: already gone
        Failed, // not deleted; error says why
        Cancelled, // not deleted: the person cancelled before it was sent
        Restored, // re-created from the snapshot
    };

    qint64 id = 0; // row id in the journal, 0 before it is written
    qint64 operationId = 0;
    // Wazzup: the user id. WoowUp: "field=value" of the best identifier
    // (or the line given to the command line before the record was read).
    QString recordKey;
    QString label; // "Ana Pérez (ana@example.com)", for people
    qint64 serverId = 0; // WoowUp userapp_id; 0 when unknown or Wazzup
    // The codec's request JSON of the whole record (never an API key); empty
    // until the record has been read.
    QJsonObject snapshot;
    State state = State::Pending;
    QString error; // translated reason when not deleted (or not restored)
    QDateTime updatedAt;
    QDateTime operationStartedAt; // filled by queries that join the operation

    bool hasSnapshot() const { return !snapshot.isEmpty(); }
    bool isGone() const { return state == State::Deleted || state == State::Absent; }

    static QString stateName(State state); // as stored: "pending", "deleted"…
    static State stateFromName(const QString &name);
};
