#pragma once

#include "journalitem.h"

#include <QCoreApplication>
#include <QList>

// The outcome of a bulk delete for people: one word per state and a CSV
// report (name, identifier, outcome, reason) a person can open, fix and
// feed back.
class BulkDeleteReport
{
    Q_DECLARE_TR_FUNCTIONS(BulkDeleteReport)

public:
    // "deleted", "already gone", "not deleted"… (translated)
    static QString stateText(JournalItem::State state);
    static QByteArray csv(const QList<JournalItem> &items);
    // False with *error set (translated) when the file cannot be written.
    static bool writeCsv(const QString &path, const QList<JournalItem> &items, QString *error);
};
