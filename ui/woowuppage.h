#pragma once

#include "accountpage.h"

class QLineEdit;
class QTimer;
class WoowUpAccount;
struct WoowUpCustomer;

// The customers of one WoowUp account: a server-side search box, the paged
// table, and the create/edit form.
class WoowUpPage : public AccountPage
{
    Q_OBJECT

public:
    explicit WoowUpPage(WoowUpAccount *account, QWidget *parent = nullptr);

    void newRecord() override;
    void editCurrent() override;
    void deleteSelection() override;
    void refresh() override;
    void focusSearch() override;
    RecordTableView *table() const override { return m_table; }
    QString statusText() const override;

    // Detail actions: look a customer up by one identifier, check existence,
    // check segment membership of the current row.
    void findByIdentifier();
    void checkSegment();

private:
    void openForm(const WoowUpCustomer &customer, bool editing);
    void showContextMenu(const QPoint &globalPos);

    WoowUpAccount *m_account;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    RecordTableView *m_table;
    QString m_lastProblem;
};
