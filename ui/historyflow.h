#pragma once

#include <QString>
#include <QStringList>

class Account;
class Journal;
class QWidget;

// Opens the History of one account and runs what it asks for: an undo
// (with Pause and Stop, and its outcome), an overwrite of what an undo left
// alone, the retention choice and clearing the history. The pages differ
// only in their words.
struct HistoryFlow
{
    Account *account = nullptr;
    Journal *journal = nullptr;
    QString profileId;
    QString accountName;
    QString undoNote; // what an undo cannot bring back for this service

    void open(QWidget *parent) const;

    // One notice per undo of profileId that a kill or a crash stopped
    // before its end, saying where to take it up again.
    static QStringList unfinishedUndoNotices(const Journal *journal, const QString &profileId);
};
