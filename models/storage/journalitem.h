#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One record of a journalled operation: who it was, its before-image, what
// the operation wrote, and what became of it.
//
// action says what the operation did to the record ("create", "update",
// "delete"; empty in a bulk delete's items from before it was named, which
// are deletes). snapshot is the before-image: a delete's whole record, an
// update's values of the changed fields only, nothing for a create. after
// is what the operation wrote: a create's whole record, an update's values
// of the changed fields. fields names the fields an update changed (WoowUp:
// CustomerPatch's names; Wazzup: "name", "phone"). Undo reads them all.
struct JournalItem
{
    enum class State {
        Pending, // not sent yet (or the app stopped before the answer came)
        Deleted, // the server confirmed the deletion
        Absent, // the server did not have it: already gone
        Failed, // not deleted; error says why
        Cancelled, // not deleted: the person cancelled before it was sent
        Restored, // re-created from the snapshot
        Applied, // a create, update or undo step the server confirmed
        Conflict, // an undo step left alone: the record changed since
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
    QString action; // "create" | "update" | "delete"; empty = delete
    QJsonObject after;
    QStringList fields;
    qint64 reverts = 0; // an undo's item: the item it reverts
    State state = State::Pending;
    QString error; // translated reason when not deleted (or not restored)
    QDateTime updatedAt;
    QDateTime operationStartedAt; // filled by queries that join the operation

    bool hasSnapshot() const { return !snapshot.isEmpty(); }
    QString effectiveAction() const { return action.isEmpty() ? QStringLiteral("delete") : action; }
    bool isGone() const { return state == State::Deleted || state == State::Absent; }

    static QString stateName(State state); // as stored: "pending", "deleted"…
    static State stateFromName(const QString &name);
};
