#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class TypedCountConfirmation;

// Asks before a bulk delete: how many records of which account, the first
// few by name, and, above a threshold, the count typed in by hand.
class DeleteConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int namesShown = 5;

    explicit DeleteConfirmDialog(QWidget *parent = nullptr);

    // question: a whole translated sentence naming the count and the account.
    void setRecords(const QString &question, const QStringList &names, int count);
    // What a restore from "Recently deleted…" brings back for this service,
    // and what it does not.
    void setRestoreNote(const QString &note);

private:
    QLabel *m_question;
    QLabel *m_note;
    QLabel *m_names;
    TypedCountConfirmation *m_typedCount;
    QPushButton *m_deleteButton;
};
