#pragma once

#include "accountpage.h"

#include <QList>
#include <QPointer>

class Journal;
class QLabel;
class QLineEdit;
class QPushButton;
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
    void showRecentlyDeleted() override;
    void showHistory() override;
    // Loads every page of the search, so that the sort covers the whole
    // account, with progress and Cancel.
    void loadAll();
    // Selects and shows the customer once it is in the table (now, or when
    // a page brings it after a reload).
    void selectCustomer(qint64 userappId);
    // Only the customers an import created or updated (keys as the import
    // has them), until the search changes or "Show all customers".
    void showImported(const QStringList &keys);

private:
    void checkExists(const QString &identifier, const QString &text);
    void findAndOpen(const QString &identifier, const QString &text);
    void updateSortNotice();
    void updateEmptyText();
    void selectKeptCustomer();
    // What a restored customer does not get back, in one sentence.
    static QString restoreLimits();
    void confirmAndDelete(const QList<WoowUpCustomer> &customers);
    void openForm(const WoowUpCustomer &customer, bool editing);
    void showContextMenu(const QPoint &globalPos);

    WoowUpAccount *m_account;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    RecordTableView *m_table;
    QWidget *m_sortBar;
    QLabel *m_sortNotice;
    QPushButton *m_loadAll;
    QWidget *m_importedBar;
    QLabel *m_importedNotice;
    QString m_lastProblem;
    qint64 m_keptId = 0; // the customer to select again when a reload brings it
    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_accountName;
};
