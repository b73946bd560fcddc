#pragma once

#include "accountpage.h"

#include <QPointer>

class Journal;
class QLineEdit;
class QSortFilterProxyModel;
class WazzupAccount;
struct WazzupUser;

// The employees of one Wazzup account: all of them (an account holds at most
// 1,000), filtered locally as the person types.
class WazzupPage : public AccountPage
{
    Q_OBJECT

public:
    explicit WazzupPage(WazzupAccount *account, QWidget *parent = nullptr);

    void newRecord() override;
    void editCurrent() override;
    void deleteSelection() override;
    void refresh() override;
    void importCsv() override;
    void focusSearch() override;
    RecordTableView *table() const override { return m_table; }
    Account *account() const override;
    QString statusText() const override;

    // Where deletions keep their snapshots (without it nothing is deleted),
    // and the account as people know it.
    void setJournal(Journal *journal, const QString &profileId, const QString &accountName);
    void showRecentlyDeleted() override;
    void showHistory() override;
    // Selects and shows the employee once it is in the table (now, or when
    // a reload brings it).
    void selectUser(const QString &id);

private:
    void openForm(const WazzupUser &user, bool editing);
    void selectKeptUser();
    void updateEmptyText();
    void showContextMenu(const QPoint &globalPos);

    WazzupAccount *m_account;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_filter;
    RecordTableView *m_table;
    QString m_lastProblem;
    QString m_keptId; // the employee to select again when a reload brings it
    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_accountName;
};
