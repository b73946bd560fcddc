#include "wazzupuserformflow.h"

#include "wazzupaccount.h"
#include "wazzupuserdialog.h"

WazzupUserDialog *WazzupUserFormFlow::create(WazzupAccount *account, const WazzupUser &user,
                                             bool editing, QWidget *parent, Saved onSaved)
{
    auto *dialog = new WazzupUserDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(user, editing);
    auto *flow = new WazzupUserFormFlow(account, dialog);
    flow->m_onSaved = std::move(onSaved);
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
    const WazzupUser edited = m_dialog->user();
    const auto done = [this, edited](const QString &problem) {
        m_dialog->setBusy(false);
        if (!problem.isEmpty()) {
            m_dialog->showServerError(QString(), problem);
            return;
        }
        const Saved onSaved = m_onSaved; // accept() may delete the dialog, and this with it
        m_dialog->accept();
        if (onSaved)
            onSaved(edited);
    };
    if (m_dialog->isEditing())
        m_account->saveEdit(m_dialog->openedUser(), m_dialog->user(), done);
    else
        m_account->addUser(m_dialog->user(), done);
}
