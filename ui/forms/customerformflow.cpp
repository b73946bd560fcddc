#include "customerformflow.h"

#include "customerdialog.h"
#include "woowupaccount.h"

CustomerDialog *CustomerFormFlow::create(WoowUpAccount *account, const WoowUpCustomer &customer,
                                         bool editing, QWidget *parent, Saved onSaved)
{
    auto *dialog = new CustomerDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefinitions(account->definitions());
    dialog->setCustomer(customer, editing);
    connect(account, &WoowUpAccount::definitionsChanged, dialog,
            [account, dialog] { dialog->setDefinitions(account->definitions()); });
    auto *flow = new CustomerFormFlow(account, dialog);
    flow->m_onSaved = std::move(onSaved);
    if (editing && customer.userappId != 0)
        flow->read(customer.userappId);
    return dialog;
}

CustomerFormFlow::CustomerFormFlow(WoowUpAccount *account, CustomerDialog *dialog)
    : QObject(dialog)
    , m_account(account)
    , m_dialog(dialog)
{
    connect(dialog, &CustomerDialog::saveRequested, this, &CustomerFormFlow::save);
}

void CustomerFormFlow::read(qint64 userappId)
{
    // The table's row may be minutes old: the form starts from the server.
    m_dialog->setBusy(true, tr("Reading the customer…"));
    m_account->readCustomer(
        userappId,
        [this](const WoowUpAccount::Outcome &outcome, const std::optional<WoowUpCustomer> &found) {
            m_dialog->setBusy(false);
            if (!outcome.ok() || !found) {
                m_dialog->showServerError(QString(), outcome.message);
                return;
            }
            m_dialog->setCustomer(*found, true);
        });
}

void CustomerFormFlow::save()
{
    if (!m_account)
        return;
    m_dialog->setBusy(true);
    const WoowUpCustomer edited = m_dialog->customer();
    if (!m_dialog->isEditing()) {
        m_account->createCustomer(
            edited, [this](const WoowUpAccount::Outcome &outcome, const WoowUpCustomer &saved) {
                m_dialog->setBusy(false);
                if (outcome.ok())
                    finish(saved);
                else
                    m_dialog->showServerError(outcome.field, outcome.message);
            });
        return;
    }
    m_account->saveEdit(m_dialog->openedCustomer(), edited,
                        [this, edited](const WoowUpAccount::Outcome &outcome,
                                       const WoowUpAccount::EditResult &result) {
                            m_dialog->setBusy(false);
                            if (!outcome.ok()) {
                                m_dialog->showServerError(outcome.field, outcome.message);
                                return;
                            }
                            if (!result.conflicts.isEmpty()) {
                                m_dialog->showConflicts(result.server, result.conflicts);
                                return;
                            }
                            // Cleared fields the server kept stay in view with a note.
                            if (m_dialog->showSaved(result.server, result.sent, edited).isEmpty())
                                finish(result.server);
                        });
}

void CustomerFormFlow::finish(const WoowUpCustomer &saved)
{
    const Saved onSaved = m_onSaved; // accept() may delete the dialog, and this with it
    m_dialog->accept();
    if (onSaved)
        onSaved(saved);
}
