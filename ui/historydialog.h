#pragma once

#include <QDialog>

class HistoryModel;
class OperationChangesModel;
class QComboBox;
class QLabel;
class ReadErrorLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

// "History": an account's operations, newest first, and below them the
// selected one's records with their field changes. Undo reverts the
// selected operation (after asking, with what it will do); when an undo
// left records alone because they changed since, "Overwrite" runs it again
// with force. Also the history's retention. The flow does the work; this
// only asks and shows.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(HistoryModel *history, OperationChangesModel *changes, QWidget *parent = nullptr);

    // What an undo cannot bring back for this service (said before it runs).
    void setUndoNote(const QString &note);
    void setKeepDays(int days);
    // Where the history is kept and how big it is.
    void setStorageText(const QString &text);

    qint64 selectedOperation() const;
    void selectOperation(qint64 operationId);

    // While an undo runs: its progress; Undo is off, Pause and Cancel on.
    void setUndoRunning(bool running);
    void setUndoProgress(int done, int total);
    // After it: what happened, in words.
    void setResult(const QString &text);

    // While an undo runs: asks whether to stop it, and closes when it has.
    void reject() override;

signals:
    void undoRequested(qint64 operationId, bool force);
    void pauseRequested(bool pause);
    void cancelRequested();
    void keepDaysChanged(int days);
    void clearRequested();

private:
    void showDetails();
    void updateButtons();
    void askUndo();
    void askOverwrite();
    void askClear();
    // The undo operation the overwrite button re-runs with force; 0 when
    // the selection offers none.
    qint64 overwritableUndo() const;

    HistoryModel *m_history;
    OperationChangesModel *m_changes;
    QTableView *m_operations;
    QTreeView *m_details;
    ReadErrorLabel *m_readError;
    QLabel *m_detailsTitle;
    QLabel *m_result;
    QLabel *m_storage;
    QProgressBar *m_progress;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_undo;
    QPushButton *m_overwrite;
    QPushButton *m_clear;
    QComboBox *m_keep;
    QString m_undoNote;
    qint64 m_reselect = 0;
    bool m_running = false;
    bool m_closeWhenDone = false;
};
