#pragma once

#include "woowupcustomer.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CustomerDialog;
class QWidget;
class WoowUpAccount;

// Opens a CustomerDialog on an account and saves what it asks to: a new
// customer is created; an edit first reads the customer from the server
// (the table's row may be old) and then saves only what the person changed
// (WoowUpAccount::saveEdit), showing conflicts and values the server kept.
// Lives as long as its dialog, which it closes (accept) once saved.
class CustomerFormFlow : public QObject
{
    Q_OBJECT

public:
    // The customer as the server has it once saved, after the dialog closed.
    using Saved = std::function<void(const WoowUpCustomer &saved)>;

    // A dialog (WA_DeleteOnClose, not shown yet) with its flow.
    static CustomerDialog *create(WoowUpAccount *account, const WoowUpCustomer &customer,
                                  bool editing, QWidget *parent, Saved onSaved = {});

private:
    CustomerFormFlow(WoowUpAccount *account, CustomerDialog *dialog);
    void read(qint64 userappId);
    void save();

    void finish(const WoowUpCustomer &saved);

    QPointer<WoowUpAccount> m_account;
    CustomerDialog *m_dialog;
    Saved m_onSaved;
};
