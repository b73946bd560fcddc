#pragma once

#include <QDialog>

#include <functional>

class BulkDelete;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Follows a bulk delete: progress with Cancel (no new requests; those on
// the wire finish), then what happened: counts, the records not deleted
// and why, already gone ones, Retry for the failed, Save report… as CSV.
class DeleteProgressDialog : public QDialog
{
    Q_OBJECT

public:
    // The job must not have been started yet, or be running.
    DeleteProgressDialog(BulkDelete *job, QWidget *parent = nullptr);

    void reject() override; // cancels first while running

    // When the deletion has finished, a button opens "Recently deleted"
    // (where the records can be restored) through `open`.
    void offerRecentlyDeleted(std::function<void()> open);

private:
    void showProgress(int done, int total);
    void showOutcome();
    void retry();
    void saveReport();

    BulkDelete *m_job;
    QLabel *m_status;
    QProgressBar *m_bar;
    QListWidget *m_problems;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_save;
    QPushButton *m_recentlyDeleted;
    QPushButton *m_close;
    std::function<void()> m_openRecentlyDeleted;
};
