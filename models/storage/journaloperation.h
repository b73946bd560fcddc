#pragma once

#include <QDateTime>
#include <QString>

// One journalled operation (today: a bulk delete) and its counts.
struct JournalOperation
{
    qint64 id = 0;
    QString kind; // "delete"
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
    // Left "running" by a process that stopped (crash, power cut): its
    // pending items were never answered for.
    bool interrupted = false;
};
