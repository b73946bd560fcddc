#pragma once

#include "profile.h"

#include <QHash>
#include <QMainWindow>

class AccountPage;
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;

// The window: an account chooser, the open account's page, and the actions
// that act on it. Accounts are opened by the application (app/); the window
// only shows them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void addAccountPage(const Profile &profile, AccountPage *page);
    void removeAccountPage(const QString &profileId);
    void showAccount(const QString &profileId);
    AccountPage *currentPage() const;
    void showProblem(const QString &message);

signals:
    void addAccountRequested();
    void editAccountRequested(const QString &profileId);
    void removeAccountRequested(const QString &profileId);
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createWelcome();
    void createActions();
    void createMenus();
    void exportTable();
    void currentAccountChanged();
    void updateStatus();
    void updateRecordActions();
    void updateTitle();
    void saveLayout(const QString &profileId);

    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QComboBox *m_accounts;
    QLabel *m_status;
    QHash<QString, AccountPage *> m_pages;
    QHash<QString, Profile> m_profiles;
    QList<QAction *> m_recordActions;
    // Act on the selected rows: enabled only when there are some.
    QAction *m_editRecord = nullptr;
    QAction *m_deleteRecords = nullptr;
    QAction *m_findByIdentifier = nullptr;
    QAction *m_editAccount = nullptr;
    QAction *m_removeAccount = nullptr;
};
