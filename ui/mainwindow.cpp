#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountpage.h"
#include "exportdialog.h"
#include "languagemenu.h"
#include "recordtableview.h"
#include "translator.h"
#include "woowuppage.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString layoutKey(const QString &profileId)
{
    return QStringLiteral("tables/%1/header").arg(profileId);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_accounts(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Userdesk"));
    m_welcome = createWelcome();
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_accounts->setMinimumContentsLength(24);
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setObjectName(QStringLiteral("tableStatus"));
    statusBar()->addPermanentWidget(m_status);
    createActions();
    createMenus();

    connect(m_accounts, &QComboBox::currentIndexChanged, this, &MainWindow::currentAccountChanged);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    currentAccountChanged();
}

QWidget *MainWindow::createWelcome()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("<h2>Welcome to Userdesk</h2>"), page);
    auto *text = new QLabel(tr("Add a Wazzup or WoowUp account with its API key to manage its "
                               "users, or try everything first on demo data."),
                            page);
    text->setWordWrap(true);
    text->setMaximumWidth(460);
    text->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("Add an account…"), page);
    add->setObjectName(QStringLiteral("addAccount"));
    auto *demo = new QPushButton(tr("Try the demo"), page);
    demo->setObjectName(QStringLiteral("tryDemo"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignCenter);
    layout->addWidget(text, 0, Qt::AlignCenter);
    layout->addSpacing(12);
    layout->addWidget(add, 0, Qt::AlignCenter);
    layout->addWidget(demo, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Account: "), toolbar));
    toolbar->addWidget(m_accounts);
    // One button with the account chores, so the toolbar stays short.
    auto *accountMenu = new QMenu(this);
    auto *add = accountMenu->addAction(tr("&Add an account…"));
    add->setObjectName(QStringLiteral("addAccountAction"));
    connect(add, &QAction::triggered, this, &MainWindow::addAccountRequested);
    m_editAccount = accountMenu->addAction(tr("&Edit this account…"));
    connect(m_editAccount, &QAction::triggered, this,
            [this] { emit editAccountRequested(m_accounts->currentData().toString()); });
    m_removeAccount = accountMenu->addAction(tr("&Remove this account…"));
    connect(m_removeAccount, &QAction::triggered, this, [this] {
        const QString id = m_accounts->currentData().toString();
        const auto answer = QMessageBox::question(
            this, tr("Remove account"),
            tr("Remove “%1” from Userdesk? Its API key is deleted from the keychain. "
               "Nothing changes on the service.")
                .arg(m_accounts->currentText()));
        if (answer == QMessageBox::Yes)
            emit removeAccountRequested(id);
    });
    accountMenu->addSeparator();
    auto *demo = accountMenu->addAction(tr("Open the &demo accounts"));
    connect(demo, &QAction::triggered, this, &MainWindow::demoRequested);
    auto *accounts = toolbar->addAction(tr("Accounts"));
    accounts->setObjectName(QStringLiteral("manageAccounts"));
    accounts->setMenu(accountMenu);
    accounts->setToolTip(tr("Add, edit or remove accounts"));
    connect(accounts, &QAction::triggered, this, [this, toolbar, accounts, accountMenu] {
        accountMenu->popup(
            toolbar->mapToGlobal(toolbar->widgetForAction(accounts)->geometry().bottomLeft()));
    });
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(accounts)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addSeparator();

    auto addRecordAction = [this, toolbar](const QString &text, QStyle::StandardPixmap icon,
                                           const QKeySequence &shortcut, auto method) {
        auto *action = toolbar->addAction(style()->standardIcon(icon), text);
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, method] {
            if (AccountPage *page = currentPage())
                (page->*method)();
        });
        m_recordActions.append(action);
        return action;
    };
    addRecordAction(tr("New"), QStyle::SP_FileIcon, QKeySequence::New, &AccountPage::newRecord)
        ->setObjectName(QStringLiteral("newRecord"));
    m_editRecord = addRecordAction(tr("Edit"), QStyle::SP_FileDialogDetailedView,
                                   QKeySequence(Qt::CTRL | Qt::Key_E), &AccountPage::editCurrent);
    m_editRecord->setObjectName(QStringLiteral("editRecord"));
    m_deleteRecords = addRecordAction(tr("Delete"), QStyle::SP_TrashIcon, QKeySequence::Delete,
                                      &AccountPage::deleteSelection);
    m_deleteRecords->setObjectName(QStringLiteral("deleteRecords"));
    // The table handles the Delete key itself.
    m_deleteRecords->setShortcutContext(Qt::WidgetShortcut);
    addRecordAction(tr("Import…"), QStyle::SP_DialogOpenButton, QKeySequence(Qt::CTRL | Qt::Key_I),
                    &AccountPage::importCsv)
        ->setObjectName(QStringLiteral("importCsv"));
    addRecordAction(tr("Refresh"), QStyle::SP_BrowserReload, QKeySequence::Refresh,
                    &AccountPage::refresh);
    // The search box is on the page; its shortcut needs no toolbar button.
    QAction *search = addRecordAction(tr("Search"), QStyle::SP_FileDialogContentsView,
                                      QKeySequence::Find, &AccountPage::focusSearch);
    toolbar->removeAction(search);
    addAction(search);
    m_findByIdentifier = toolbar->addAction(tr("Find by identifier…"));
    connect(m_findByIdentifier, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<WoowUpPage *>(currentPage()))
            page->findByIdentifier();
    });
}

void MainWindow::createMenus()
{
    // The toolbar keeps the everyday record actions; the menus hold the rest.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportTable);
    exportAction->setObjectName(QStringLiteral("exportTable"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_recordActions.append(exportAction);
    // Beside the other ways records leave and come back; the delete dialogs send people here.
    auto *recentlyDeleted = file->addAction(tr("Recently &deleted…"), this, [this] {
        if (AccountPage *page = currentPage())
            page->showRecentlyDeleted();
    });
    recentlyDeleted->setObjectName(QStringLiteral("recentlyDeleted"));
    recentlyDeleted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    recentlyDeleted->setToolTip(tr("Restore deleted records of this account, or finish an "
                                   "interrupted deletion"));
    m_recordActions.append(recentlyDeleted);
    auto *history = file->addAction(tr("&History…"), this, [this] {
        if (AccountPage *page = currentPage())
            page->showHistory();
    });
    history->setObjectName(QStringLiteral("history"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("See every change sent to this account, field by field, and undo "
                           "one"));
    m_recordActions.append(history);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *columns = view->addAction(tr("&Columns…"));
    columns->setObjectName(QStringLiteral("chooseColumns"));
    connect(columns, &QAction::triggered, this, [this] {
        if (AccountPage *page = currentPage()) {
            QMenu *menu = page->table()->columnMenu();
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(page->table()->mapToGlobal(QPoint(0, 0)));
        }
    });
    m_recordActions.append(columns);
    view->addMenu(new LanguageMenu(Translator::availableLanguages(), this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Userdesk"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::exportTable()
{
    AccountPage *page = currentPage();
    if (!page)
        return;
    ExportDialog dialog(page->table(), m_accounts->currentText(), this);
    dialog.setAccount(page->account());
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, dialog.exportedRowCount())
                                 .arg(QDir::toNativeSeparators(dialog.fileName())),
                             15000);
}

void MainWindow::addAccountPage(const Profile &profile, AccountPage *page)
{
    removeAccountPage(profile.id);
    m_pages.insert(profile.id, page);
    m_stack->addWidget(page);
    QSettings settings;
    page->table()->restoreLayout(settings.value(layoutKey(profile.id)).toByteArray());
    connect(page, &AccountPage::statusChanged, this, &MainWindow::updateStatus);
    connect(page, &AccountPage::problem, this, &MainWindow::showProblem);
    connect(page, &AccountPage::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(page->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateRecordActions);
    m_profiles.insert(profile.id, profile);
    const QString label = profile.service == Service::Wazzup ? tr("%1 (Wazzup)").arg(profile.name)
                                                             : tr("%1 (WoowUp)").arg(profile.name);
    m_accounts->addItem(label, profile.id);
    if (m_accounts->count() == 1)
        currentAccountChanged();
}

void MainWindow::removeAccountPage(const QString &profileId)
{
    AccountPage *page = m_pages.take(profileId);
    if (!page)
        return;
    m_profiles.remove(profileId);
    saveLayout(profileId);
    m_accounts->removeItem(m_accounts->findData(profileId));
    m_stack->removeWidget(page);
    page->deleteLater();
}

void MainWindow::showAccount(const QString &profileId)
{
    const int index = m_accounts->findData(profileId);
    if (index >= 0)
        m_accounts->setCurrentIndex(index);
}

AccountPage *MainWindow::currentPage() const
{
    return m_pages.value(m_accounts->currentData().toString());
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::currentAccountChanged()
{
    AccountPage *page = currentPage();
    m_stack->setCurrentWidget(page ? static_cast<QWidget *>(page) : m_welcome);
    for (QAction *action : std::as_const(m_recordActions))
        action->setEnabled(page != nullptr);
    m_findByIdentifier->setVisible(qobject_cast<WoowUpPage *>(page) != nullptr);
    m_accounts->setEnabled(m_accounts->count() > 0);
    m_editAccount->setEnabled(page != nullptr);
    m_removeAccount->setEnabled(page != nullptr);
    updateStatus();
    updateTitle();
}

void MainWindow::updateStatus()
{
    AccountPage *page = currentPage();
    m_status->setText(page ? page->statusText() : QString());
    // A reload clears the selection without a selectionChanged.
    updateRecordActions();
}

void MainWindow::updateRecordActions()
{
    AccountPage *page = currentPage();
    const bool selected =
        page && page->table()->selectionModel() && page->table()->selectionModel()->hasSelection();
    m_editRecord->setEnabled(selected);
    m_deleteRecords->setEnabled(selected);
}

void MainWindow::updateTitle()
{
    const auto profile = m_profiles.constFind(m_accounts->currentData().toString());
    if (profile == m_profiles.cend()) {
        setWindowTitle(tr("Userdesk"));
        return;
    }
    const QString account = m_accounts->currentText();
    setWindowTitle(profile->demo
                       ? tr("%1 — demo: changes are not kept after closing — Userdesk").arg(account)
                       : tr("%1 — Userdesk").arg(account));
}

void MainWindow::saveLayout(const QString &profileId)
{
    if (AccountPage *page = m_pages.value(profileId)) {
        QSettings settings;
        settings.setValue(layoutKey(profileId), page->table()->saveLayout());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        saveLayout(it.key());
    event->accept();
}
