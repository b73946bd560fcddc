#pragma once

#include "fieldproblems.h"
#include "wazzupuser.h"

#include <QDialog>

class FieldProblemLabel;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Creates or edits one Wazzup employee. Saving is the caller's business: Save
// emits saveRequested(); the caller reads user(), calls setBusy(true), and
// ends with accept() or setBusy(false) + showServerError().
//
// Object names: "id", "name", "phone", their "<name>Problem" labels,
// "saveButton", "cancelButton", "saveStatus", "generalProblem".
class WazzupUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WazzupUserDialog(QWidget *parent = nullptr);

    // editing: the ID names the user on the server, so it can't be changed.
    void setUser(const WazzupUser &user, bool editing);
    WazzupUser user() const;
    bool isEditing() const { return m_editing; }

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // field: "id", "name", "phone", or empty for a problem of the whole request.
    void showServerError(const QString &field, const QString &message);

    // Why Save is disabled; empty when it is enabled.
    QString saveBlockedReason() const;

signals:
    void saveRequested();

private:
    void addField(QFormLayout *form, const QString &labelText, QLineEdit *edit,
                  const QString &field);
    void validate();
    void save();
    void updateSaveState();

    WazzupUser m_user;
    bool m_editing = false;
    bool m_busy = false;
    QWidget *m_fields;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_status;
    FieldProblemLabel *m_generalProblem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    FieldProblems m_problems;
};
