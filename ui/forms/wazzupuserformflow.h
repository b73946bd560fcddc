#pragma once

#include "wazzupuser.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;
class WazzupAccount;
class WazzupUserDialog;

// Opens a WazzupUserDialog on an account and saves it. An edit first reads
// the user (the list has no phones, so a form opened from it would show
// none, and the upsert, which replaces the user, would drop it) and saves
// with WazzupAccount::saveEdit. Lives as long as its dialog.
class WazzupUserFormFlow : public QObject
{
    Q_OBJECT

public:
    // The user as saved, after the dialog closed.
    using Saved = std::function<void(const WazzupUser &saved)>;

    // A dialog (WA_DeleteOnClose, not shown yet) with its flow.
    static WazzupUserDialog *create(WazzupAccount *account, const WazzupUser &user, bool editing,
                                    QWidget *parent, Saved onSaved = {});

private:
    WazzupUserFormFlow(WazzupAccount *account, WazzupUserDialog *dialog);
    void read(const QString &id);
    void save();

    QPointer<WazzupAccount> m_account;
    WazzupUserDialog *m_dialog;
    Saved m_onSaved;
};
