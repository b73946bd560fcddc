#pragma once

#include "fieldproblems.h"

#include <QDialog>

class FieldProblemLabel;
class QDialogButtonBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

// What a record form does around its fields. Save is enabled only while
// nothing blocks it, and the reason is shown beside it; saving is the
// caller's business: Save emits saveRequested(), the caller calls
// setBusy(true) ("Saving…", fields disabled) and ends with accept() or
// showServerError(), which shows the server's complaint at the field it
// names. The subclass builds the fields, registers them with problems()
// and says how a record is validated.
//
// Esc, Cancel and the window's close ask "Discard changes?" when the
// subclass says the form has changes, and close without asking otherwise.
//
// Object names: "saveButton", "cancelButton", "saveStatus", "generalProblem";
// the question is "discardQuestion" with buttons "discardButton" and
// "keepEditingButton".
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    void setBusy(bool busy);
    // Busy with something else than saving, e.g. "Reading the customer…".
    void setBusy(bool busy, const QString &status);
    bool isBusy() const { return m_busy; }
    void showServerError(const QString &field, const QString &message);

    // Why Save is disabled; empty when it is enabled.
    QString saveBlockedReason() const;

    // Closes the form, after asking when it has changes (the question is
    // window-modal and does not block: the form stays open until answered).
    void reject() override;

signals:
    void saveRequested();

protected:
    explicit RecordFormDialog(QWidget *parent);

    // Puts the form's own part above the problem line and the buttons;
    // editable is disabled while saving. Without stretch the area keeps its
    // height and the buttons stay at the bottom.
    void setFormArea(QWidget *area, QWidget *editable, int stretch);

    FieldProblems &problems() { return m_problems; }
    const FieldProblems &problems() const { return m_problems; }

    // Validates the record as the form has it now and shows the issues
    // through problems(); ends with updateSaveState().
    virtual void validate() = 0;
    // Whether the form differs from the record it opened with.
    virtual bool hasChanges() const = 0;
    // After the server named a problem, e.g. to scroll to its field.
    virtual void serverErrorShown(const QString &field);

    // An input changed: what the server said about it no longer holds.
    void fieldEdited(const QString &field);
    void updateSaveState();

private:
    void save();
    void askToDiscard();

    bool m_busy = false;
    QString m_busyText;
    QWidget *m_editable = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_status;
    FieldProblemLabel *m_generalProblem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    FieldProblems m_problems;
    QMessageBox *m_discardQuestion = nullptr;
};
