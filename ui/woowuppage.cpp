#include "woowuppage.h"

#include "bulkdeletewoowup.h"
#include "customerdialog.h"
#include "customerformflow.h"
#include "deleteconfirmdialog.h"
#include "deleteprogressdialog.h"
#include "growtofit.h"
#include "historyflow.h"
#include "importdialog.h"
#include "journal.h"
#include "recentlydeletedflow.h"
#include "recordtableview.h"
#include "woowupaccount.h"
#include "woowupcustomertablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int searchDebounceMs = 350;
}

WoowUpPage::WoowUpPage(WoowUpAccount *account, QWidget *parent)
    : AccountPage(parent)
    , m_account(account)
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_table(new RecordTableView(this))
    , m_sortBar(new QWidget(this))
    , m_sortNotice(new QLabel(m_sortBar))
    , m_loadAll(new QPushButton(tr("Load all and sort"), m_sortBar))
    , m_importedBar(new QWidget(this))
    , m_importedNotice(new QLabel(m_importedBar))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search customers by name, e-mail, document or phone…"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    m_table->setObjectName(QStringLiteral("customers"));
    m_table->setModel(account->model());
    // The server decides the order of pages; local sorting applies to what
    // is loaded, and the bar above the table says so.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->followFrom(m_search);
    m_sortBar->setObjectName(QStringLiteral("sortBar"));
    m_sortNotice->setObjectName(QStringLiteral("sortNotice"));
    m_sortNotice->setWordWrap(true);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Loads every customer of the search from WoowUp, within the "
                             "account's rate limit, so that the sort covers all of them."));
    auto *sortLayout = new QHBoxLayout(m_sortBar);
    sortLayout->setContentsMargins(6, 2, 6, 2);
    sortLayout->addWidget(m_sortNotice, 1);
    sortLayout->addWidget(m_loadAll);
    m_sortBar->hide();
    m_importedBar->setObjectName(QStringLiteral("importedBar"));
    m_importedNotice->setObjectName(QStringLiteral("importedNotice"));
    m_importedNotice->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show all customers"), m_importedBar);
    showAll->setObjectName(QStringLiteral("showAllCustomers"));
    auto *importedLayout = new QHBoxLayout(m_importedBar);
    importedLayout->setContentsMargins(6, 2, 6, 2);
    importedLayout->addWidget(m_importedNotice, 1);
    importedLayout->addWidget(showAll);
    m_importedBar->hide();
    connect(showAll, &QPushButton::clicked, this, [this] { m_account->setSearch(QString()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_importedBar);
    layout->addWidget(m_sortBar);
    layout->addWidget(m_table, 1);
    connect(m_loadAll, &QPushButton::clicked, this, &WoowUpPage::loadAll);

    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { m_account->setSearch(m_search->text().trimmed()); });
    // Enter searches at once (and the table takes the focus).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDebounce->isActive()) {
            m_searchDebounce->stop();
            m_account->setSearch(m_search->text().trimmed());
        }
    });
    connect(m_table, &RecordTableView::activatedRow, this, [this](int) { editCurrent(); });
    connect(m_table, &RecordTableView::deleteRequested, this, &WoowUpPage::deleteSelection);
    connect(m_table, &RecordTableView::contextMenuRequestedAt, this, &WoowUpPage::showContextMenu);

    WoowUpCustomerTableModel *model = account->model();
    connect(model, &WoowUpCustomerTableModel::loadingChanged, this, [this] {
        m_table->sizeColumnsFromSample();
        emit statusChanged();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &AccountPage::statusChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AccountPage::statusChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &AccountPage::statusChanged);
    // A search (or "Show all customers") ends the view of an import.
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (!model->hasIdentifierFilter())
            m_importedBar->hide();
    });
    const auto updateNotices = [this] {
        updateSortNotice();
        updateEmptyText();
    };
    connect(model, &WoowUpCustomerTableModel::loadingChanged, this, updateNotices);
    connect(model, &WoowUpCustomerTableModel::sortChanged, this, updateNotices);
    connect(model, &WoowUpCustomerTableModel::fetchingAllChanged, this, updateNotices);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WoowUpPage::updateSortNotice);
    // A reload (F5, a new search) keeps the selected customer selected once
    // a page brings it back.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (m_keptId == 0 && current.isValid() && m_table->selectionModel()->hasSelection())
            m_keptId = m_account->model()->customerAt(current.row()).userappId;
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &WoowUpPage::selectKeptCustomer);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WoowUpPage::selectKeptCustomer);
    // Someone who picks another row has chosen.
    connect(m_table, &QAbstractItemView::clicked, this, [this] { m_keptId = 0; });
    connect(model, &WoowUpCustomerTableModel::loadFailed, this, [this](const QString &message) {
        m_lastProblem = message;
        emit problem(message);
        emit statusChanged();
    });
    connect(model, &WoowUpCustomerTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_lastProblem.clear();
    });
}

QString WoowUpPage::statusText() const
{
    const WoowUpCustomerTableModel *model = m_account->model();
    const int rows = model->rowCount();
    QString text = model->isComplete() || rows == 0
        ? tr("%n customer(s)", "", rows)
        : tr("%n customer(s) loaded, more on scrolling", "", rows);
    if (model->isLoading())
        text = tr("%1 · loading…").arg(text);
    else if (!m_lastProblem.isEmpty())
        text = tr("%1 · %2").arg(text, m_lastProblem);
    return text;
}

void WoowUpPage::updateSortNotice()
{
    const WoowUpCustomerTableModel *model = m_account->model();
    const int column = model->sortColumn();
    const int rows = model->rowCount();
    const bool partial = column >= 0 && !model->isComplete() && rows > 0;
    if (partial) {
        const QString by = model->headerData(column, Qt::Horizontal).toString();
        m_sortNotice->setText(tr("Sorted by %1 among the %n customer(s) loaded so far, not the "
                                 "whole account.",
                                 "", rows)
                                  .arg(by));
    }
    m_loadAll->setEnabled(!model->isFetchingAll());
    m_sortBar->setVisible(partial);
}

void WoowUpPage::updateEmptyText()
{
    const WoowUpCustomerTableModel *model = m_account->model();
    QString text;
    if (!model->isLoading() && model->isComplete() && model->rowCount() == 0)
        text = model->search().isEmpty() ? tr("This account has no customers yet.")
                                         : tr("No customers match “%1”.").arg(model->search());
    m_table->setEmptyText(text);
}

void WoowUpPage::loadAll()
{
    WoowUpCustomerTableModel *model = m_account->model();
    if (model->isComplete() || model->isFetchingAll())
        return;
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("loadAllProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(tr("Load all customers"));
    progress->setRange(0, 0); // WoowUp does not say how many there are
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    const auto showCount = [progress, model] {
        progress->setLabelText(tr("Loading every customer, within the account's rate limit… "
                                  "%n loaded.",
                                  "", model->rowCount()));
    };
    showCount();
    connect(model, &QAbstractItemModel::rowsInserted, progress, showCount);
    connect(progress, &QProgressDialog::canceled, model, &WoowUpCustomerTableModel::cancelFetchAll);
    connect(model, &WoowUpCustomerTableModel::fetchingAllChanged, progress, [progress](bool on) {
        if (!on)
            progress->close();
    });
    model->fetchAll();
    if (model->isFetchingAll())
        progress->open();
    else
        progress->close();
}

void WoowUpPage::selectCustomer(qint64 userappId)
{
    m_keptId = userappId;
    selectKeptCustomer();
}

void WoowUpPage::selectKeptCustomer()
{
    if (m_keptId == 0)
        return;
    const int row = m_account->model()->rowOf(m_keptId);
    if (row < 0)
        return;
    // Selected once; from then on the view keeps it through sorts and inserts.
    m_keptId = 0;
    m_table->selectAndShow(row);
}

void WoowUpPage::newRecord()
{
    openForm(WoowUpCustomer(), false);
}

void WoowUpPage::editCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    openForm(m_account->model()->customerAt(index.row()), true);
}

void WoowUpPage::setJournal(Journal *journal, const QString &profileId, const QString &accountName)
{
    m_journal = journal;
    m_profileId = profileId;
    m_accountName = accountName;
    // After the window has connected to problem().
    QTimer::singleShot(0, this, [this] {
        if (!m_journal)
            return;
        for (const JournalOperation &operation : m_journal->interruptedOperations(m_profileId))
            emit problem(tr("A deletion of %n customer(s) was interrupted before it finished. "
                            "Open “Recently deleted…” to resume it.",
                            "", operation.pending));
        for (const QString &notice :
             ImportDialog::unfinishedImportNotices(m_journal->path(), m_profileId)
                 + HistoryFlow::unfinishedUndoNotices(m_journal, m_profileId))
            emit problem(notice);
    });
}

void WoowUpPage::deleteSelection()
{
    WoowUpCustomerList customers;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        customers.append(m_account->model()->customerAt(index.row()));
    confirmAndDelete(customers);
}

void WoowUpPage::deleteAllMatching()
{
    const QString search = m_account->model()->search();
    auto *wait = new QProgressDialog(tr("Loading every customer matching the search…"),
                                     tr("Cancel"), 0, 0, this);
    wait->setAttribute(Qt::WA_DeleteOnClose);
    wait->setWindowTitle(tr("Delete all matching customers"));
    wait->setMinimumDuration(300);
    QPointer<QProgressDialog> guard(wait);
    QPointer<WoowUpPage> page(this);
    const WoowUpAccount::Cancel cancel = m_account->loadAll(
        search,
        [guard](int loaded) {
            if (guard)
                guard->setLabelText(
                    tr("Loading every customer matching the search… %n loaded.", "", loaded));
        },
        [page, guard](const WoowUpAccount::Outcome &outcome, const WoowUpCustomerList &customers) {
            if (guard)
                guard->close();
            if (!page || outcome.cancelled)
                return;
            if (!outcome.ok()) {
                QMessageBox::warning(page, tr("Delete all matching customers"), outcome.message);
                return;
            }
            page->confirmAndDelete(customers);
        });
    connect(wait, &QProgressDialog::canceled, this, [cancel] { cancel(); });
    wait->open();
}

void WoowUpPage::confirmAndDelete(const QList<WoowUpCustomer> &customers)
{
    if (customers.isEmpty())
        return;
    if (!m_journal || !m_journal->isOpen()) {
        QMessageBox::warning(this, tr("Delete customers"),
                             tr("Customers cannot be deleted now, because the local journal that "
                                "keeps a copy of each record first is not available. %1")
                                 .arg(m_journal ? m_journal->errorString() : QString()));
        return;
    }
    QStringList names;
    for (const WoowUpCustomer &customer : customers.mid(0, DeleteConfirmDialog::namesShown))
        names.append(BulkDeleteWoowUp::label(customer));
    const int count = int(customers.size());
    DeleteConfirmDialog confirm(this);
    confirm.setWindowTitle(tr("Delete customers"));
    confirm.setRestoreNote(
        tr("A copy of each customer, as WoowUp has it, is kept on this computer first, so that "
           "you can restore it from “Recently deleted…”. %1")
            .arg(restoreLimits()));
    confirm.setRecords(
        tr("Delete %n customer(s) from the WoowUp account “%1”?", "", count).arg(m_accountName),
        names, count);
    if (confirm.exec() != QDialog::Accepted)
        return;

    BulkDeleteWoowUp *job = m_account->createBulkDelete(m_journal, m_profileId);
    auto *dialog = new DeleteProgressDialog(job, this);
    job->setParent(dialog); // the dialog stays open until the job has finished
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Deleting customers"));
    dialog->offerRecentlyDeleted([page = QPointer<WoowUpPage>(this)] {
        if (page)
            page->showRecentlyDeleted();
    });
    connect(job, &BulkDelete::finished, this, &AccountPage::statusChanged);
    job->setCustomers(customers);
    job->start();
    dialog->open();
}

void WoowUpPage::showHistory()
{
    HistoryFlow flow;
    flow.account = m_account;
    flow.journal = m_journal;
    flow.profileId = m_profileId;
    flow.accountName = m_accountName;
    flow.undoNote = restoreLimits();
    flow.open(this);
}

void WoowUpPage::showRecentlyDeleted()
{
    RecentlyDeletedFlow flow;
    flow.account = m_account;
    flow.journal = m_journal;
    flow.profileId = m_profileId;
    flow.title = tr("Recently deleted customers of “%1”").arg(m_accountName);
    flow.deletingTitle = tr("Deleting customers");
    flow.restoreTitle = tr("Restore customers");
    flow.restoreNote = tr("Restore creates each selected customer again from its copy: "
                          "identifiers, personal data, address, consent, points balance, tags "
                          "and attributes come back. %1")
                           .arg(restoreLimits());
    flow.restoringText = [](int done, int total) {
        return tr("Restoring… %1 of %n customer(s) done.", "", total).arg(done);
    };
    flow.restoredText = [](int restored, int failed) {
        QString text = tr("%n customer(s) restored.", "", restored);
        if (failed > 0)
            text += QLatin1Char(' ') + tr("%n customer(s) could not be restored:", "", failed);
        return text;
    };
    flow.open(this);
}

QString WoowUpPage::restoreLimits()
{
    return tr("A restored customer is created anew, with a new WoowUp ID and creation date; "
              "what WoowUp does not let a program set (blocked, notes, family, purchase and "
              "points history) does not come back.");
}

void WoowUpPage::refresh()
{
    m_account->refresh();
}

void WoowUpPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WoowUpPage::openForm(const WoowUpCustomer &customer, bool editing)
{
    QPointer<WoowUpPage> page(this);
    CustomerDialog *dialog = CustomerFormFlow::create(
        m_account, customer, editing, this, [page, editing](const WoowUpCustomer &saved) {
            if (!page)
                return;
            emit page->statusChanged();
            const QString name = WoowUpCustomerTableModel::displayName(saved).isEmpty()
                ? saved.email
                : WoowUpCustomerTableModel::displayName(saved);
            emit page->notice(editing ? tr("Customer “%1” saved.").arg(name)
                                      : tr("Customer “%1” created.").arg(name));
            page->selectCustomer(saved.userappId);
        });
    dialog->setWindowTitle(editing ? tr("Edit customer") : tr("New customer"));
    dialog->open();
}

void WoowUpPage::showImported(const QStringList &keys)
{
    m_searchDebounce->stop();
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_account->model()->setIdentifierFilter(keys);
    m_importedNotice->setText(tr("Showing only the %n customer(s) the import created or updated.",
                                 nullptr, int(keys.size())));
    m_importedBar->show();
    // WoowUp cannot search for a list: every page is read, the rest left out.
    loadAll();
}

void WoowUpPage::findByIdentifier()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("findByIdentifier"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Find a customer"));
    auto *kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("identifierKind"));
    // Each with what to say when the value is missing: whole sentences translate well.
    const QList<std::tuple<QString, QString, QString>> kinds = {
        {tr("E-mail"), QStringLiteral("email"), tr("Enter the e-mail address to look for.")},
        {tr("Document"), QStringLiteral("document"), tr("Enter the document number to look for.")},
        {tr("Telephone"), QStringLiteral("telephone"),
         tr("Enter the telephone number to look for.")},
        {tr("External ID"), QStringLiteral("service_uid"),
         tr("Enter the external ID to look for.")},
    };
    for (const auto &[label, key, missing] : kinds) {
        kind->addItem(label, key);
        kind->setItemData(kind->count() - 1, missing, Qt::UserRole + 1);
    }
    auto *value = new QLineEdit(dialog);
    value->setObjectName(QStringLiteral("identifierValue"));
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("identifierProblem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Find"));
    QPushButton *existsButton =
        buttons->addButton(tr("Check it exists"), QDialogButtonBox::ActionRole);
    existsButton->setObjectName(QStringLiteral("checkExists"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Find by:"), kind);
    form->addRow(tr("Value:"), value);
    form->addRow(problem);
    form->addRow(buttons);
    // Typing goes where the value goes.
    value->setFocus(Qt::OtherFocusReason);
    GrowToFit::install(dialog); // room for the problem when it shows
    connect(value, &QLineEdit::textChanged, problem, &QWidget::hide);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    const auto run = [this, dialog, kind, value, problem](bool onlyCheckExistence) {
        const QString text = value->text().trimmed();
        if (text.isEmpty()) {
            problem->setText(kind->currentData(Qt::UserRole + 1).toString());
            problem->show();
            value->setFocus(Qt::OtherFocusReason);
            return;
        }
        const QString identifier = kind->currentData().toString();
        dialog->accept();
        if (onlyCheckExistence)
            checkExists(identifier, text);
        else
            findAndOpen(identifier, text);
    };
    connect(buttons, &QDialogButtonBox::accepted, dialog, [run] { run(false); });
    connect(existsButton, &QPushButton::clicked, dialog, [run] { run(true); });
    dialog->open();
}

void WoowUpPage::checkExists(const QString &identifier, const QString &text)
{
    QPointer<WoowUpPage> guard(this);
    m_account->customerExists(
        identifier, text, [guard, text](const WoowUpAccount::Outcome &outcome, bool exists) {
            if (!guard)
                return;
            if (!outcome.ok()) {
                emit guard->problem(outcome.message);
                return;
            }
            QMessageBox::information(guard, tr("Find a customer"),
                                     exists ? tr("A customer with “%1” exists.").arg(text)
                                            : tr("No customer matches “%1”.").arg(text));
        });
}

void WoowUpPage::findAndOpen(const QString &identifier, const QString &text)
{
    QPointer<WoowUpPage> guard(this);
    m_account->findCustomer(identifier, text,
                            [guard, text](const WoowUpAccount::Outcome &outcome,
                                          const std::optional<WoowUpCustomer> &found) {
                                if (!guard)
                                    return;
                                if (!outcome.ok()) {
                                    emit guard->problem(outcome.message);
                                    return;
                                }
                                if (!found) {
                                    QMessageBox::information(
                                        guard, tr("Find a customer"),
                                        tr("No customer matches “%1”.").arg(text));
                                    return;
                                }
                                guard->openForm(*found, true);
                            });
}

void WoowUpPage::checkSegment()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    bool ok = false;
    const QString segment = QInputDialog::getText(this, tr("Segment membership"), tr("Segment ID:"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
    if (!ok || segment.isEmpty())
        return;
    const WoowUpCustomer customer = m_account->model()->customerAt(index.row());
    const QString name = WoowUpCustomerTableModel::displayName(customer);
    QPointer<WoowUpPage> guard(this);
    m_account->belongsToSegment(
        customer, segment, [guard, name, segment](const WoowUpAccount::Outcome &outcome, bool yes) {
            if (!guard)
                return;
            if (!outcome.ok()) {
                emit guard->problem(outcome.message);
                return;
            }
            QMessageBox::information(
                guard, tr("Segment membership"),
                yes ? tr("%1 belongs to segment %2.").arg(name, segment)
                    : tr("%1 does not belong to segment %2.").arg(name, segment));
        });
}

void WoowUpPage::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    const bool hasRow = m_table->currentIndex().isValid();
    menu.addAction(tr("&Edit…"), this, &WoowUpPage::editCurrent)->setEnabled(hasRow);
    menu.addAction(tr("Check &segment membership…"), this, &WoowUpPage::checkSegment)
        ->setEnabled(hasRow);
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    menu.addAction(tr("&Delete…"), this, &WoowUpPage::deleteSelection)->setEnabled(hasSelection);
    const QString search = m_account->model()->search();
    menu.addAction(search.isEmpty() ? tr("Delete &all customers…")
                                    : tr("Delete &all customers matching “%1”…").arg(search),
                   this, &WoowUpPage::deleteAllMatching)
        ->setEnabled(m_account->model()->rowCount() > 0 && m_journal != nullptr);
    menu.addSeparator();
    menu.addAction(tr("&New customer…"), this, &WoowUpPage::newRecord);
    menu.addAction(tr("&Find by identifier…"), this, &WoowUpPage::findByIdentifier);
    menu.addAction(tr("Recently &deleted…"), this, &WoowUpPage::showRecentlyDeleted)
        ->setEnabled(m_journal != nullptr);
    menu.addAction(tr("&History…"), this, &WoowUpPage::showHistory)
        ->setEnabled(m_journal != nullptr);
    menu.exec(globalPos);
}

void WoowUpPage::importCsv()
{
    ImportDialog::Setup setup;
    setup.account = m_account;
    setup.profileId = m_profileId;
    // The import journal lives beside the bulk delete's, in the same file.
    setup.journalPath = m_journal ? m_journal->path() : Journal::defaultPath();
    auto *dialog = new ImportDialog(setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &WoowUpPage::refresh);
    connect(dialog, &ImportDialog::showImported, this, &WoowUpPage::showImported);
    dialog->open();
}

Account *WoowUpPage::account() const
{
    return m_account;
}
