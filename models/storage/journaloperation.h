#pragma once

#include <QDateTime>
#include <QString>

// One journalled operation and its counts.
struct JournalOperation
{
    qint64 id = 0;
    QString kind; // "delete" | "import" | "edit" | "restore" | "undo"
    QString profileId;
    QString service; // "wazzup" | "woowup"
    QString state; // "running" | "finished" | "cancelled"
    QDateTime startedAt;
    QDateTime finishedAt;
    int total = 0;
    int pending = 0;
    int deleted = 0;
    int absent = 0;
    int failed = 0;
    int cancelled = 0;
    int restored = 0;
    int applied = 0;
    int conflicts = 0;
    // What it was about, for people: a file's name, "form", a selection.
    QString what;
    qint64 parentId = 0; // a sync's deletes: the import they belong to
    qint64 undoes = 0; // an undo: the operation it reverts
    qint64 importId = 0; // an import: its row in the import journal
    // Items the operation changed on the server (what an undo can revert).
    int changed() const { return deleted + applied + restored; }
    // Left "running" by a process that stopped (crash, power cut): its
    // pending items were never answered for.
    bool interrupted = false;
};
