#pragma once

#include "recordformdialog.h"
#include "wazzupuser.h"

class QFormLayout;
class QLabel;
class QLineEdit;

// Creates or edits one Wazzup employee; the caller reads user() when Save
// asks for it (see RecordFormDialog).
//
// Object names: "id", "name", "phone", their "<name>Problem" labels,
// "phoneNote" (says a cleared phone will be removed), and RecordFormDialog's.
class WazzupUserDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    explicit WazzupUserDialog(QWidget *parent = nullptr);

    // editing: the ID names the user on the server, so it can't be changed.
    void setUser(const WazzupUser &user, bool editing);
    // The phone as Wazzup keeps it where it can be normalised (the import's
    // rule, WazzupValidator::normalizedPhone), otherwise as typed.
    WazzupUser user() const;
    // The user as the form opened with it: what user() is compared with.
    WazzupUser openedUser() const { return m_user; }
    bool isEditing() const { return m_editing; }

    // showServerError() fields: "id", "name", "phone", or empty for a
    // problem of the whole request.

private:
    void addField(QFormLayout *form, const QString &labelText, QLineEdit *edit,
                  const QString &field);
    void validate() override;
    bool hasChanges() const override;
    void updatePhoneNote();

    WazzupUser m_user;
    bool m_editing = false;
    QWidget *m_fields;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_phoneHint;
    QLabel *m_phoneNote;
};
