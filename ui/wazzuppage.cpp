#include "wazzuppage.h"

#include "bulkdeletewazzup.h"
#include "deleteconfirmdialog.h"
#include "deleteprogressdialog.h"
#include "historyflow.h"
#include "importdialog.h"
#include "journal.h"
#include "recentlydeletedflow.h"
#include "recordtableview.h"
#include "wazzupaccount.h"
#include "wazzupuserdialog.h"
#include "wazzupuserformflow.h"
#include "wazzupusertablemodel.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

WazzupPage::WazzupPage(WazzupAccount *account, QWidget *parent)
    : AccountPage(parent)
    , m_account(account)
    , m_search(new QLineEdit(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new RecordTableView(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Filter employees by name, ID or phone…"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(account->model());
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setModel(m_filter);
    m_table->followFrom(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &AccountPage::statusChanged);
    connect(m_search, &QLineEdit::textChanged, this, &WazzupPage::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WazzupPage::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WazzupPage::updateEmptyText);
    connect(m_table, &RecordTableView::activatedRow, this, [this](int) { editCurrent(); });
    connect(m_table, &RecordTableView::deleteRequested, this, &WazzupPage::deleteSelection);
    connect(m_table, &RecordTableView::contextMenuRequestedAt, this, &WazzupPage::showContextMenu);
    connect(account, &WazzupAccount::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_lastProblem.clear();
        m_table->sizeColumnsFromSample();
        updateEmptyText();
        emit statusChanged();
    });
    connect(account, &WazzupAccount::loadFailed, this, [this](const QString &message) {
        m_lastProblem = message;
        emit problem(message);
        emit statusChanged();
    });
    connect(account->model(), &QAbstractItemModel::rowsInserted, this, &AccountPage::statusChanged);
    connect(account->model(), &QAbstractItemModel::rowsRemoved, this, &AccountPage::statusChanged);
    // A reload keeps the selected employee selected.
    connect(account->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
        if (m_keptId.isEmpty() && current.isValid() && m_table->selectionModel()->hasSelection())
            m_keptId = m_account->model()->userAt(current.row()).id;
    });
    connect(account->model(), &QAbstractItemModel::modelReset, this, &WazzupPage::selectKeptUser);
    connect(account->model(), &QAbstractItemModel::rowsInserted, this, &WazzupPage::selectKeptUser);
}

void WazzupPage::updateEmptyText()
{
    QString text;
    const QString search = m_search->text();
    if (!m_account->isLoading() && m_filter->rowCount() == 0)
        text = m_account->model()->rowCount() == 0 ? tr("This account has no employees yet.")
                                                   : tr("No employees match “%1”.").arg(search);
    m_table->setEmptyText(text);
}

void WazzupPage::selectUser(const QString &id)
{
    m_keptId = id;
    selectKeptUser();
}

void WazzupPage::selectKeptUser()
{
    if (m_keptId.isEmpty())
        return;
    const int row = m_account->model()->rowOf(m_keptId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_account->model()->index(row, 0));
    if (!index.isValid())
        return; // filtered out: nothing to show
    m_keptId.clear();
    m_table->selectAndShow(index.row());
}

QString WazzupPage::statusText() const
{
    const int total = m_account->model()->rowCount();
    const int shown = m_filter->rowCount();
    QString text = shown == total ? tr("%n employee(s)", "", total)
                                  : tr("%1 of %n employee(s) shown", "", total).arg(shown);
    if (m_account->isLoading())
        text = tr("%1 · loading…").arg(text);
    else if (!m_lastProblem.isEmpty())
        text = tr("%1 · %2").arg(text, m_lastProblem);
    return text;
}

void WazzupPage::newRecord()
{
    openForm(WazzupUser(), false);
}

void WazzupPage::editCurrent()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    openForm(m_account->model()->userAt(index.row()), true);
}

void WazzupPage::setJournal(Journal *journal, const QString &profileId, const QString &accountName)
{
    m_journal = journal;
    m_profileId = profileId;
    m_accountName = accountName;
    // After the window has connected to problem().
    QTimer::singleShot(0, this, [this] {
        if (!m_journal)
            return;
        for (const JournalOperation &operation : m_journal->interruptedOperations(m_profileId))
            emit problem(tr("A deletion of %n employee(s) was interrupted before it finished. "
                            "Open “Recently deleted…” to resume it.",
                            "", operation.pending));
        for (const QString &notice :
             ImportDialog::unfinishedImportNotices(m_journal->path(), m_profileId)
                 + HistoryFlow::unfinishedUndoNotices(m_journal, m_profileId))
            emit problem(notice);
    });
}

void WazzupPage::deleteSelection()
{
    if (!m_journal || !m_journal->isOpen()) {
        QMessageBox::warning(this, tr("Delete employees"),
                             tr("Employees cannot be deleted now, because the local journal that "
                                "keeps a copy of each record first is not available. %1")
                                 .arg(m_journal ? m_journal->errorString() : QString()));
        return;
    }
    WazzupUserList users;
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const WazzupUser &user = m_account->model()->userAt(m_filter->mapToSource(index).row());
        users.append(user);
        names.append(BulkDeleteWazzup::label(user));
    }
    if (users.isEmpty())
        return;
    DeleteConfirmDialog confirm(this);
    confirm.setWindowTitle(tr("Delete employees"));
    confirm.setRestoreNote(tr("A copy of each employee (ID, name and phone) is kept on this "
                              "computer first, so that you can restore them as they were from "
                              "“Recently deleted…”."));
    confirm.setRecords(
        tr("Delete %n employee(s) from the Wazzup account “%1”?", "", int(users.size()))
            .arg(m_accountName),
        names, int(users.size()));
    if (confirm.exec() != QDialog::Accepted)
        return;

    BulkDeleteWazzup *job = m_account->createBulkDelete(m_journal, m_profileId);
    auto *dialog = new DeleteProgressDialog(job, this);
    job->setParent(dialog); // the dialog stays open until the job has finished
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Deleting employees"));
    dialog->offerRecentlyDeleted([page = QPointer<WazzupPage>(this)] {
        if (page)
            page->showRecentlyDeleted();
    });
    job->setUsers(users);
    job->start();
    dialog->open();
}

void WazzupPage::refresh()
{
    m_account->refresh();
}

void WazzupPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WazzupPage::openForm(const WazzupUser &user, bool editing)
{
    QPointer<WazzupPage> page(this);
    WazzupUserDialog *dialog = WazzupUserFormFlow::create(
        m_account, user, editing, this, [page, editing](const WazzupUser &saved) {
            if (!page)
                return;
            emit page->notice(editing ? tr("Employee “%1” saved.").arg(saved.name)
                                      : tr("Employee “%1” created.").arg(saved.name));
            page->selectUser(saved.id);
        });
    dialog->setWindowTitle(editing ? tr("Edit employee") : tr("New employee"));
    dialog->open();
}

void WazzupPage::showHistory()
{
    HistoryFlow flow;
    flow.account = m_account;
    flow.journal = m_journal;
    flow.profileId = m_profileId;
    flow.accountName = m_accountName;
    flow.open(this);
}

void WazzupPage::showRecentlyDeleted()
{
    RecentlyDeletedFlow flow;
    flow.account = m_account;
    flow.journal = m_journal;
    flow.profileId = m_profileId;
    flow.title = tr("Recently deleted employees of “%1”").arg(m_accountName);
    flow.deletingTitle = tr("Deleting employees");
    flow.restoreTitle = tr("Restore employees");
    flow.restoreNote = tr("Restore adds each selected employee again with the same ID, name and "
                          "phone.");
    flow.restoringText = [](int done, int total) {
        return tr("Restoring… %1 of %n employee(s) done.", "", total).arg(done);
    };
    flow.restoredText = [](int restored, int failed) {
        QString text = tr("%n employee(s) restored.", "", restored);
        if (failed > 0)
            text += QLatin1Char(' ') + tr("%n employee(s) could not be restored:", "", failed);
        return text;
    };
    flow.open(this);
}

void WazzupPage::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &WazzupPage::editCurrent)
        ->setEnabled(m_table->currentIndex().isValid());
    menu.addAction(tr("&Delete…"), this, &WazzupPage::deleteSelection)
        ->setEnabled(m_table->selectionModel()->hasSelection());
    menu.addSeparator();
    menu.addAction(tr("&New employee…"), this, &WazzupPage::newRecord);
    menu.addAction(tr("Recently &deleted…"), this, &WazzupPage::showRecentlyDeleted)
        ->setEnabled(m_journal != nullptr);
    menu.addAction(tr("&History…"), this, &WazzupPage::showHistory)
        ->setEnabled(m_journal != nullptr);
    menu.exec(globalPos);
}

void WazzupPage::importCsv()
{
    ImportDialog::Setup setup;
    setup.account = m_account;
    setup.profileId = m_profileId;
    // The import journal lives beside the bulk delete's, in the same file.
    setup.journalPath = m_journal ? m_journal->path() : Journal::defaultPath();
    auto *dialog = new ImportDialog(setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &WazzupPage::refresh);
    dialog->open();
}

Account *WazzupPage::account() const
{
    return m_account;
}
