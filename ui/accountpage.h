#pragma once

#include <QWidget>

class Account;
class RecordTableView;

// What the main window's actions do on the account shown. One page per
// open account; the window only knows this interface.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void newRecord() = 0;
    virtual void editCurrent() = 0;
    virtual void deleteSelection() = 0;
    virtual void refresh() = 0;
    // Opens the CSV import dialog for this account.
    virtual void importCsv() = 0;
    virtual void focusSearch() = 0;
    // The account's deleted records, to restore or to finish deleting.
    virtual void showRecentlyDeleted() = 0;
    // The account's operations, to see field by field and to undo.
    virtual void showHistory() = 0;
    virtual RecordTableView *table() const = 0;
    virtual Account *account() const = 0;
    // e.g. "1,234 customers · loading…"
    virtual QString statusText() const = 0;

signals:
    void statusChanged();
    // A problem for the person, already in their words.
    void problem(const QString &message);
    // Something done, for the status bar: "Customer “Ann Lee” saved."
    void notice(const QString &message);
};
