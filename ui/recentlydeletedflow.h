#pragma once

#include <QString>

#include <functional>

class Account;
class Journal;
class QWidget;

// Opens "Recently deleted" for one account and runs what it asks for:
// resuming an interrupted deletion and restoring records from their
// snapshots. The pages differ only in their words; the account makes the
// jobs and keeps its table in step with them.
struct RecentlyDeletedFlow
{
    Account *account = nullptr;
    Journal *journal = nullptr;
    QString profileId;
    QString title; // the dialog's window title
    QString deletingTitle; // the progress dialog's title while resuming
    QString restoreTitle; // the title of the summary after a restore
    QString restoreNote; // what a restore brings back, and what it does not
    std::function<QString(int done, int total)> restoringText;
    std::function<QString(int restored, int failed)> restoredText;

    void open(QWidget *parent) const;
};
