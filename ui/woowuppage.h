#pragma once

#include "accountpage.h"

#include <QList>
#include <QPointer>

class Journal;
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
    void importCsv() override;
    void focusSearch() override;
    RecordTableView *table() const override { return m_table; }
    Account *account() const override;
    QString statusText() const override;

    // Detail actions: look a customer up by one identifier, check existence,
    // check segment membership of the current row.
    void findByIdentifier();
    void checkSegment();

    // Where deletions keep their snapshots (without it nothing is deleted),
    // and the account as people know it.
    void setJournal(Journal *journal, const QString &profileId, const QString &accountName);
    // Loads every customer matching the search (not only the loaded pages)
    // and offers to delete them all.
    void deleteAllMatching();
    void showRecentlyDeleted();

private:
    void confirmAndDelete(const QList<WoowUpCustomer> &customers);
    void openForm(const WoowUpCustomer &customer, bool editing);
    void showContextMenu(const QPoint &globalPos);

    WoowUpAccount *m_account;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    RecordTableView *m_table;
    QString m_lastProblem;
    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_accountName;
};
