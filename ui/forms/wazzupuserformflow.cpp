#include "wazzupuserformflow.h"

#include "wazzupaccount.h"
#include "wazzupuserdialog.h"

WazzupUserDialog *WazzupUserFormFlow::create(WazzupAccount *account, const WazzupUser &user,
                                             bool editing, QWidget *parent)
{
    auto *dialog = new WazzupUserDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(user, editing);
    auto *flow = new WazzupUserFormFlow(account, dialog);
    if (editing)
        flow->read(user.id);
    return dialog;
}

WazzupUserFormFlow::WazzupUserFormFlow(WazzupAccount *account, WazzupUserDialog *dialog)
    : QObject(dialog)
    , m_account(account)
    , m_dialog(dialog)
{
    connect(dialog, &WazzupUserDialog::saveRequested, this, &WazzupUserFormFlow::save);
}

void WazzupUserFormFlow::read(const QString &id)
{
    m_dialog->setBusy(true, tr("Reading the employee…"));
    m_account->readUser(id, [this](const QString &problem, const WazzupUser &user) {
        m_dialog->setBusy(false);
        if (!problem.isEmpty()) {
            m_dialog->showServerError(QString(), problem);
            return;
        }
        m_dialog->setUser(user, true);
    });
}

void WazzupUserFormFlow::save()
{
    if (!m_account)
        return;
    m_dialog->setBusy(true);
    const auto done = [this](const QString &problem) {
        m_dialog->setBusy(false);
        if (problem.isEmpty())
            m_dialog->accept();
        else
            m_dialog->showServerError(QString(), problem);
    };
    if (m_dialog->isEditing())
        m_account->saveEdit(m_dialog->openedUser(), m_dialog->user(), done);
    else
        m_account->saveUser(m_dialog->user(), done);
}
