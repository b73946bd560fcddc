#pragma once

#include "journalitem.h"
#include "journaloperation.h"

#include <QDialog>

class DeletedRecordsModel;
class QLabel;
class ReadErrorLabel;
class QPushButton;
class QTableView;

// "Recently deleted": the records an account deleted, newest first, with
// Restore for the selected ones, and a notice with Resume when a deletion
// was interrupted. The page does the work; this only asks.
class RecentlyDeletedDialog : public QDialog
{
    Q_OBJECT

public:
    RecentlyDeletedDialog(DeletedRecordsModel *model, QWidget *parent = nullptr);

    void setInterrupted(const QList<JournalOperation> &operations);
    // While a restore runs: its progress, or an empty text when done.
    void setBusyText(const QString &text);
    // What a restore brings back for this service, and what it does not.
    void setRestoreNote(const QString &note);

signals:
    void restoreRequested(const QList<JournalItem> &items);
    void resumeRequested(qint64 operationId);

private:
    QList<JournalItem> selectedItems() const;
    void updateButtons();

    DeletedRecordsModel *m_model;
    QTableView *m_view;
    QLabel *m_interrupted;
    QPushButton *m_resume;
    QLabel *m_busy;
    ReadErrorLabel *m_readError;
    QLabel *m_restoreNote;
    QPushButton *m_restore;
    qint64 m_interruptedId = 0;
};
