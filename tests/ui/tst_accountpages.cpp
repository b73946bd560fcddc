#include "consenteditor.h"
#include "customattributeeditor.h"
#include "customerdialog.h"
#include "recordtableview.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzuppage.h"
#include "wazzupuserdialog.h"
#include "wazzupusertablemodel.h"
#include "woowupaccount.h"
#include "woowupclient.h"
#include "woowupcustomertablemodel.h"
#include "woowupjobs.h"
#include "woowuppage.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

static QString problemsOf(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

// The account pages as a person uses them, against the sandbox in-process
// over real loopback HTTP.
class TestAccountPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createCustomerThroughForm();
    void invalidEmailDisablesSave();
    void editWazzupUserNameUpdatesTable();
    void wrongKeyShowsKeyMessage();
    void scrollingToTheEndFetchesEveryPageOnce();
    void staleSearchAnswersAreDropped();
    void sortCoversLaterPagesAndLoadAllSortsTheAccount();
    void wazzupTableStaysSorted();
    void emptySearchSaysNothingMatches();
    void keyboardMovesFromSearchIntoTheTable();
    void findByIdentifierStartsInTheValueAndExplainsEmpty();
    void newEmployeeIsSelectedAndAnnounced();
    void importedCustomersAreShownAlone();

private:
    WoowUpCustomer findOnServer(const QString &email);
    int requestsTo(const QString &route) const;

    SandboxServer m_sandbox;
};

void TestAccountPages::initTestCase()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Demo;
    options.woowupRateLimit = 0; // the tests are about the views, not the limiter
    m_sandbox.setOptions(options);
    QVERIFY(m_sandbox.listen(0));
}

void TestAccountPages::init()
{
    m_sandbox.reset();
}

WoowUpCustomer TestAccountPages::findOnServer(const QString &email)
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpCustomerJob *job = client->findCustomer(QStringLiteral("email"), email);
    job->setAutoDelete(false);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(10000) || job->error() || !job->found())
        return {};
    const WoowUpCustomer customer = job->customer();
    delete job;
    return customer;
}

int TestAccountPages::requestsTo(const QString &route) const
{
    const QJsonObject outcomes = m_sandbox.stats()
                                     .value(QStringLiteral("requests"))
                                     .toObject()
                                     .value(QStringLiteral("by_route"))
                                     .toObject()
                                     .value(route)
                                     .toObject();
    int total = 0;
    for (const QJsonValue &count : outcomes)
        total += count.toInt();
    return total;
}

void TestAccountPages::createCustomerThroughForm()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    QSignalSpy definitions(&account, &WoowUpAccount::definitionsChanged);
    account.loadDefinitions();
    QVERIFY(definitions.wait(10000));
    WoowUpPage page(&account);
    page.show();
    QSignalSpy notices(&page, &AccountPage::notice);

    page.newRecord();
    // The form deletes itself once saved.
    QPointer<CustomerDialog> dialog = page.findChild<CustomerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
                     QStringLiteral("marta.quiroga@example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                     QStringLiteral("Marta"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")),
                     QStringLiteral("Quiroga"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("country")),
                     QStringLiteral("ARG"));

    auto *mailing = dialog->findChild<ConsentEditor *>(QStringLiteral("mailingConsent"));
    mailing->stateBox()->setCurrentIndex(
        mailing->stateBox()->findText(QStringLiteral("Can't receive")));
    QVERIFY(mailing->reasonBox()->isEnabled());
    mailing->reasonBox()->setCurrentIndex(
        mailing->reasonBox()->findData(QStringLiteral("unsubscribe")));
    auto *sms = dialog->findChild<ConsentEditor *>(QStringLiteral("smsConsent"));
    sms->stateBox()->setCurrentIndex(sms->stateBox()->findText(QStringLiteral("Can receive")));

    auto *attributes = dialog->findChild<CustomAttributeEditor *>();
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(attributes->addAttribute(QStringLiteral("nombre_mascota"))),
        QStringLiteral("Rex"));
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(attributes->addAttribute(QStringLiteral("cantidad_autos"))),
        QStringLiteral("2"));

    const WoowUpCustomer typed = dialog->customer();
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY2(save->isEnabled(), qPrintable(dialog->saveBlockedReason()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog || !dialog->isVisible(),
                              qPrintable(dialog ? problemsOf(dialog->issues()) : QString()), 10000);

    const WoowUpCustomer stored = findOnServer(QStringLiteral("marta.quiroga@example.com"));
    QCOMPARE(stored.email, typed.email);
    QCOMPARE(stored.firstName, QStringLiteral("Marta"));
    QCOMPARE(stored.lastName, QStringLiteral("Quiroga"));
    QCOMPARE(stored.country, QStringLiteral("ARG"));
    QCOMPARE(stored.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(stored.mailing.disabledReason, QStringLiteral("unsubscribe"));
    QCOMPARE(stored.sms.enabled, std::optional<bool>(true));
    QCOMPARE(stored.customAttributes.value(QStringLiteral("nombre_mascota")).toString(),
             QStringLiteral("Rex"));
    QCOMPARE(stored.customAttributes.value(QStringLiteral("cantidad_autos")).toLongLong(), 2);
    // And the new customer is in the table without a reload, selected, and
    // the status bar hears of it.
    const int row = account.model()->rowOf(stored.userappId);
    QVERIFY(row >= 0);
    QCOMPARE(page.table()->currentIndex().row(), row);
    QVERIFY(page.table()->selectionModel()->isRowSelected(row, {}));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(),
             QStringLiteral("Customer “Marta Quiroga” created."));

    // A reload (here a search that finds her) selects her again.
    account.setSearch(QStringLiteral("Quiroga"));
    QTRY_VERIFY_WITH_TIMEOUT(!account.model()->isLoading() && account.model()->rowCount() == 1,
                             10000);
    QTRY_COMPARE(page.table()->currentIndex().row(), 0);
    QVERIFY(page.table()->selectionModel()->isRowSelected(0, {}));
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.model()->isLoading() && account.model()->rowCount() == 1,
                             10000);
    QVERIFY(page.table()->selectionModel()->isRowSelected(0, {}));
}

void TestAccountPages::invalidEmailDisablesSave()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.newRecord();
    auto *dialog = page.findChild<CustomerDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
                     QStringLiteral("marta.example.com"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(QLatin1String("e-mail"), Qt::CaseInsensitive));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("emailProblem"));
    QVERIFY(problem);
    QVERIFY(!problem->text().isEmpty());
    dialog->reject();
}

void TestAccountPages::editWazzupUserNameUpdatesTable()
{
    auto *client =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this);
    WazzupAccount account(client);
    WazzupPage page(&account);
    page.show();
    QSignalSpy loaded(&account, &WazzupAccount::loadingChanged);
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading() && account.model()->rowCount() > 0, 10000);

    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    const WazzupUser before = account.model()->userAt(0);
    page.editCurrent();
    QPointer<WazzupUserDialog> dialog = page.findChild<WazzupUserDialog *>();
    QVERIFY(dialog);
    // The form reads the user (and its phone) before it can be edited.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), before.name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Zoya Renamed"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    const int row = account.model()->rowOf(before.id);
    QVERIFY(row >= 0);
    QCOMPARE(account.model()->userAt(row).name, QStringLiteral("Zoya Renamed"));
    QCOMPARE(account.model()->rowCount(), m_sandbox.wazzupUserCount());
}

void TestAccountPages::wrongKeyShowsKeyMessage()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), QStringLiteral("wrong-key"), this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    QSignalSpy problems(&page, &AccountPage::problem);
    account.refresh();
    QVERIFY(problems.wait(10000));
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("API key")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("403")), qPrintable(message));
    QVERIFY(page.statusText().contains(message));

    auto *wazzup =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), QStringLiteral("wrong-key"), this);
    WazzupAccount wazzupAccount(wazzup);
    WazzupPage wazzupPage(&wazzupAccount);
    QSignalSpy wazzupProblems(&wazzupPage, &AccountPage::problem);
    wazzupAccount.refresh();
    QVERIFY(wazzupProblems.wait(10000));
    QVERIFY2(wazzupProblems.first().first().toString().contains(QLatin1String("API key")),
             qPrintable(wazzupProblems.first().first().toString()));
}

void TestAccountPages::scrollingToTheEndFetchesEveryPageOnce()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The view asks for the first page itself; this only covers a view that didn't.
    account.model()->fetchMore();

    WoowUpCustomerTableModel *model = account.model();
    QScrollBar *scroll = page.table()->verticalScrollBar();
    for (int guard = 0; guard < 200 && !model->isComplete(); ++guard) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
        // What a person does: drag the scroll bar to the end, the view asks for more.
        scroll->setValue(scroll->maximum());
        QTest::qWait(1);
    }
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), m_sandbox.woowupCustomerCount());
    // 50 full pages and the empty one that says there is no more.
    const int expectedPages =
        m_sandbox.woowupCustomerCount() / WoowUpCustomerTableModel::pageSize + 1;
    QCOMPARE(model->pagesLoaded(), expectedPages);
    QCOMPARE(requestsTo(QStringLiteral("GET /apiv3/users")), expectedPages);
    QVERIFY(page.statusText().startsWith(QStringLiteral("%1 ").arg(model->rowCount())));
}

void TestAccountPages::staleSearchAnswersAreDropped()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpCustomerTableModel *model = account.model();
    // Two searches in a row: the first one's answer arrives after the second
    // started and must not land in the table.
    account.setSearch(QStringLiteral("a"));
    account.setSearch(QStringLiteral("Волков"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->pagesLoaded() == 1, 10000);
    QTest::qWait(200);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const WoowUpCustomer &customer = model->customerAt(row);
        const QString haystack = WoowUpCustomerTableModel::displayName(customer) + customer.email;
        QVERIFY2(haystack.contains(QStringLiteral("Волков"), Qt::CaseInsensitive)
                     || haystack.contains(QStringLiteral("volkov"), Qt::CaseInsensitive),
                 qPrintable(haystack));
    }
}

static QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

static bool sortedLikeTheModel(const QStringList &texts)
{
    // The model sorts with a collator; compare the same way.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 1; i < texts.size(); ++i) {
        if (collator.compare(texts.at(i - 1), texts.at(i)) > 0)
            return false;
    }
    return true;
}

void TestAccountPages::sortCoversLaterPagesAndLoadAllSortsTheAccount()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    WoowUpCustomerTableModel *model = account.model();
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 100, 10000);

    // Click Name: the 100 loaded rows sort, and the page says that is all it sorted.
    auto *notice = page.findChild<QLabel *>(QStringLiteral("sortNotice"));
    auto *loadAll = page.findChild<QPushButton *>(QStringLiteral("loadAll"));
    QVERIFY(notice && loadAll);
    QVERIFY(!notice->isVisible());
    page.table()->sortByColumn(WoowUpCustomerTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("among the 100 customer")),
             qPrintable(notice->text()));

    // The next page goes into sorted position, not under the last row.
    model->fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 200, 10000);
    QVERIFY(sortedLikeTheModel(columnTexts(model, WoowUpCustomerTableModel::NameColumn)));
    QVERIFY2(notice->text().contains(QLatin1String("200 customer")), qPrintable(notice->text()));

    // Load all: every page through the account, with progress, then the whole account sorted.
    QTest::mouseClick(loadAll, Qt::LeftButton);
    QVERIFY(model->isFetchingAll());
    auto *progress = page.findChild<QProgressDialog *>(QStringLiteral("loadAllProgress"));
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 60000);
    QCOMPARE(model->rowCount(), m_sandbox.woowupCustomerCount());
    QVERIFY(sortedLikeTheModel(columnTexts(model, WoowUpCustomerTableModel::NameColumn)));
    QVERIFY(!notice->isVisible());
    QTRY_VERIFY(!page.findChild<QProgressDialog *>(QStringLiteral("loadAllProgress")));
}

void TestAccountPages::wazzupTableStaysSorted()
{
    auto *client =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this);
    WazzupAccount account(client);
    WazzupPage page(&account);
    page.show();
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading() && account.model()->rowCount() > 0, 10000);
    page.table()->sortByColumn(WazzupUserTableModel::IdColumn, Qt::DescendingOrder);
    QStringList ids = columnTexts(page.table()->model(), WazzupUserTableModel::IdColumn);
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    }));
    // Everyone is loaded at once; what comes later (a reload, a saved user) keeps the order.
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading(), 10000);
    account.model()->upsertUser({QStringLiteral("zzz-new"), QStringLiteral("Aaron"), QString()});
    account.model()->upsertUser({QStringLiteral("000-new"), QStringLiteral("Zed"), QString()});
    ids = columnTexts(page.table()->model(), WazzupUserTableModel::IdColumn);
    QCOMPARE(ids.first(), QStringLiteral("zzz-new"));
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    }));
    QCOMPARE(ids.last(), QStringLiteral("000-new"));
}

void TestAccountPages::emptySearchSaysNothingMatches()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.show();
    account.setSearch(QStringLiteral("nobody-by-this-name"));
    QTRY_VERIFY_WITH_TIMEOUT(!account.model()->isLoading() && account.model()->isComplete(), 10000);
    QCOMPARE(account.model()->rowCount(), 0);
    QCOMPARE(page.table()->emptyText(),
             QStringLiteral("No customers match “nobody-by-this-name”."));
    account.setSearch(QString());
    QTRY_VERIFY_WITH_TIMEOUT(account.model()->rowCount() > 0, 10000);
    QCOMPARE(page.table()->emptyText(), QString());

    auto *wazzupClient =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this);
    WazzupAccount wazzup(wazzupClient);
    WazzupPage wazzupPage(&wazzup);
    wazzup.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!wazzup.isLoading() && wazzup.model()->rowCount() > 0, 10000);
    wazzupPage.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("qqq"));
    QCOMPARE(wazzupPage.table()->model()->rowCount(), 0);
    QCOMPARE(wazzupPage.table()->emptyText(), QStringLiteral("No employees match “qqq”."));
}

void TestAccountPages::keyboardMovesFromSearchIntoTheTable()
{
    auto *client =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this);
    WazzupAccount account(client);
    WazzupPage page(&account);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading() && account.model()->rowCount() > 0, 10000);
    RecordTableView *table = page.table();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));

    // Down moves into the results, on the first row.
    page.focusSearch();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));

    // Enter too.
    table->clearSelection();
    page.focusSearch();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(table->hasFocus());
    QVERIFY(table->selectionModel()->hasSelection());

    // Tab from the search box lands on a selected row.
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    page.focusSearch();
    QTest::keyClick(search, Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
}

void TestAccountPages::findByIdentifierStartsInTheValueAndExplainsEmpty()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.findByIdentifier();
    auto *dialog = page.findChild<QDialog *>(QStringLiteral("findByIdentifier"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("identifierValue"));
    QTRY_VERIFY(value->hasFocus());

    // Find with nothing typed: the dialog stays and says why.
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("identifierProblem"));
    QVERIFY(problem->isHidden());
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!problem->isHidden());
    QCOMPARE(problem->text(), QStringLiteral("Enter the e-mail address to look for."));
    QTest::keyClicks(value, QStringLiteral("x"));
    QVERIFY(problem->isHidden());
    dialog->reject();
}

void TestAccountPages::newEmployeeIsSelectedAndAnnounced()
{
    auto *client =
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this);
    WazzupAccount account(client);
    WazzupPage page(&account);
    page.resize(700, 300);
    page.show();
    QSignalSpy notices(&page, &AccountPage::notice);
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading() && account.model()->rowCount() > 20, 10000);

    page.newRecord();
    QPointer<WazzupUserDialog> dialog = page.findChild<WazzupUserDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("id")),
                     QStringLiteral("new-employee"));
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))
        ->setText(QStringLiteral("Zacarías Último"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    const auto selectedId = [&] {
        const QModelIndexList rows = page.table()->selectionModel()->selectedRows();
        return rows.size() == 1
            ? rows.first().siblingAtColumn(WazzupUserTableModel::IdColumn).data().toString()
            : QString();
    };
    QCOMPARE(selectedId(), QStringLiteral("new-employee"));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(),
             QStringLiteral("Employee “Zacarías Último” created."));
    // Scrolled to: the last name sorts last, below the fold.
    const QRect shown = page.table()->visualRect(page.table()->currentIndex());
    QVERIFY(page.table()->viewport()->rect().contains(shown.center()));

    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account.isLoading(), 10000);
    QCOMPARE(selectedId(), QStringLiteral("new-employee"));
}

// After an import: only the customers it created or updated, wherever
// their page is, until "Show all customers".
void TestAccountPages::importedCustomersAreShownAlone()
{
    auto *client =
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this);
    WoowUpAccount account(client);
    WoowUpPage page(&account);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    WoowUpCustomerTableModel *model = account.model();
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 100, 10000);
    model->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 60000);
    QVERIFY(model->rowCount() > WoowUpCustomerTableModel::pageSize);
    // One on the first page, one on the last, keyed as an import keys them.
    WoowUpCustomer first;
    WoowUpCustomer last;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WoowUpCustomer customer = model->customerAt(row);
        if (customer.email.isEmpty())
            continue;
        if (first.email.isEmpty())
            first = customer;
        last = customer;
    }
    QVERIFY(!first.email.isEmpty() && last.email != first.email);
    QVERIFY(model->index(model->rowCount() - 1, 0).row() >= WoowUpCustomerTableModel::pageSize);

    page.showImported({QStringLiteral("email=") + first.email.toLower(),
                       QStringLiteral("email=") + last.email.toLower(),
                       QStringLiteral("email=nobody.there@example.com")});
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && !model->isFetchingAll(), 60000);
    QCOMPARE(model->rowCount(), 2);
    QStringList shown = {model->customerAt(0).email, model->customerAt(1).email};
    shown.sort();
    QStringList expected = {first.email, last.email};
    expected.sort();
    QCOMPARE(shown, expected);
    auto *bar = page.findChild<QWidget *>(QStringLiteral("importedBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("importedNotice"))
                 ->text()
                 .contains(QLatin1String("3 customer")),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("importedNotice"))->text()));
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("search"))->text().isEmpty());

    // A refresh keeps the view; "Show all customers" ends it.
    account.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QVERIFY(model->rowCount() <= 2);
    QVERIFY(bar->isVisible());
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("showAllCustomers")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 100, 10000);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestAccountPages)
#include "tst_accountpages.moc"
