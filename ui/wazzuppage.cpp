#include "wazzuppage.h"

#include "recordtableview.h"
#include "wazzupaccount.h"
#include "wazzupuserdialog.h"
#include "wazzupusertablemodel.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &AccountPage::statusChanged);
    connect(m_table, &RecordTableView::activatedRow, this, [this](int) { editCurrent(); });
    connect(m_table, &RecordTableView::deleteRequested, this, &WazzupPage::deleteSelection);
    connect(m_table, &RecordTableView::contextMenuRequestedAt, this, &WazzupPage::showContextMenu);
    connect(account, &WazzupAccount::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_lastProblem.clear();
        m_table->sizeColumnsFromSample();
        emit statusChanged();
    });
    connect(account, &WazzupAccount::loadFailed, this, [this](const QString &message) {
        m_lastProblem = message;
        emit problem(message);
        emit statusChanged();
    });
    connect(account->model(), &QAbstractItemModel::rowsInserted, this, &AccountPage::statusChanged);
    connect(account->model(), &QAbstractItemModel::rowsRemoved, this, &AccountPage::statusChanged);
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

void WazzupPage::deleteSelection()
{
    QMessageBox::information(this, tr("Delete employees"),
                             tr("Deleting employees is not available in this version yet."));
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
    auto *dialog = new WazzupUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(user, editing);
    dialog->setWindowTitle(editing ? tr("Edit employee") : tr("New employee"));
    connect(dialog, &WazzupUserDialog::saveRequested, this, [this, dialog] {
        dialog->setBusy(true);
        QPointer<WazzupUserDialog> guard(dialog);
        m_account->saveUser(dialog->user(), [guard](const QString &problem) {
            if (!guard)
                return;
            guard->setBusy(false);
            if (problem.isEmpty())
                guard->accept();
            else
                guard->showServerError(QString(), problem);
        });
    });
    dialog->open();
}

void WazzupPage::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &WazzupPage::editCurrent)
        ->setEnabled(m_table->currentIndex().isValid());
    menu.addSeparator();
    menu.addAction(tr("&New employee…"), this, &WazzupPage::newRecord);
    menu.exec(globalPos);
}
