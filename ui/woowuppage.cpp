#include "woowuppage.h"

#include "customerdialog.h"
#include "recordtableview.h"
#include "woowupaccount.h"
#include "woowupcustomertablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
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
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search customers by name, e-mail, document or phone…"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    m_table->setObjectName(QStringLiteral("customers"));
    m_table->setModel(account->model());
    // The server decides the order of pages; local sorting applies to what is loaded.
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { m_account->setSearch(m_search->text().trimmed()); });
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

void WoowUpPage::deleteSelection()
{
    // Bulk delete with snapshots arrives with its own issue; until then say so
    // rather than pretend.
    QMessageBox::information(this, tr("Delete customers"),
                             tr("Deleting customers is not available in this version yet."));
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
    auto *dialog = new CustomerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefinitions(m_account->definitions());
    dialog->setCustomer(customer, editing);
    dialog->setWindowTitle(editing ? tr("Edit customer") : tr("New customer"));
    connect(m_account, &WoowUpAccount::definitionsChanged, dialog,
            [this, dialog] { dialog->setDefinitions(m_account->definitions()); });
    connect(dialog, &CustomerDialog::saveRequested, this, [this, dialog, editing] {
        dialog->setBusy(true);
        QPointer<CustomerDialog> guard(dialog);
        auto done = [this, guard](const WoowUpAccount::Outcome &outcome, const WoowUpCustomer &) {
            if (!guard)
                return;
            guard->setBusy(false);
            if (outcome.ok()) {
                guard->accept();
                emit statusChanged();
                return;
            }
            guard->showServerError(outcome.field, outcome.message);
        };
        if (editing)
            m_account->updateCustomer(dialog->customer(), done);
        else
            m_account->createCustomer(dialog->customer(), done);
    });
    dialog->open();
}

void WoowUpPage::findByIdentifier()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Find a customer"));
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("E-mail"), QStringLiteral("email"));
    kind->addItem(tr("Document"), QStringLiteral("document"));
    kind->addItem(tr("Telephone"), QStringLiteral("telephone"));
    kind->addItem(tr("External ID"), QStringLiteral("service_uid"));
    auto *value = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Find"));
    QPushButton *existsButton = buttons->addButton(tr("Check it exists"), QDialogButtonBox::ActionRole);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Find by:"), kind);
    form->addRow(tr("Value:"), value);
    form->addRow(buttons);
    bool onlyCheckExistence = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(existsButton, &QPushButton::clicked, &dialog, [&] {
        onlyCheckExistence = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || value->text().trimmed().isEmpty())
        return;

    const QString identifier = kind->currentData().toString();
    const QString text = value->text().trimmed();
    QPointer<WoowUpPage> guard(this);
    if (onlyCheckExistence) {
        m_account->customerExists(identifier, text,
                                  [guard, text](const WoowUpAccount::Outcome &outcome, bool exists) {
                                      if (!guard)
                                          return;
                                      if (!outcome.ok()) {
                                          emit guard->problem(outcome.message);
                                          return;
                                      }
                                      QMessageBox::information(
                                          guard, tr("Find a customer"),
                                          exists ? tr("A customer with “%1” exists.").arg(text)
                                                 : tr("No customer matches “%1”.").arg(text));
                                  });
        return;
    }
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
                                    QMessageBox::information(guard, tr("Find a customer"),
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
    const QString segment = QInputDialog::getText(this, tr("Segment membership"),
                                                  tr("Segment ID:"), QLineEdit::Normal,
                                                  QString(), &ok)
                                .trimmed();
    if (!ok || segment.isEmpty())
        return;
    const WoowUpCustomer customer = m_account->model()->customerAt(index.row());
    const QString name = WoowUpCustomerTableModel::displayName(customer);
    QPointer<WoowUpPage> guard(this);
    m_account->belongsToSegment(customer, segment,
                                [guard, name, segment](const WoowUpAccount::Outcome &outcome, bool yes) {
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
    menu.addSeparator();
    menu.addAction(tr("&New customer…"), this, &WoowUpPage::newRecord);
    menu.addAction(tr("&Find by identifier…"), this, &WoowUpPage::findByIdentifier);
    menu.exec(globalPos);
}
