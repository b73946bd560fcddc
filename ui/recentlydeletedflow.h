#pragma once

#include <QString>

#include <functional>

class ApiClient;
class BulkDelete;
class Journal;
class QWidget;
class RestoreRecords;

// Opens "Recently deleted" for one account and runs what it asks for:
// resuming an interrupted deletion and restoring records from their
// snapshots. The pages differ only in their words and in how a job's results
// reach their table, which they pass in.
struct RecentlyDeletedFlow
{
    ApiClient *client = nullptr;
    Journal *journal = nullptr;
    QString profileId;
    QString title; // the dialog's window title
    QString deletingTitle; // the progress dialog's title while resuming
    QString restoreTitle; // the title of the summary after a restore
    // A delete job for this account, already wired to the table.
    std::function<BulkDelete *()> makeDeleteJob;
    // Connects a restore's results to the table.
    std::function<void(RestoreRecords *)> wireRestore;
    std::function<QString(int done, int total)> restoringText;
    std::function<QString(int restored, int failed)> restoredText;

    void open(QWidget *parent) const;
};
