// The bulk delete widgets, offscreen, driven as a person would, against the
// sandbox: the confirmation, the progress/outcome dialog and the Wazzup
// page's Delete.

#include "bulkdeletereport.h"
#include "bulkdeletewazzup.h"
#include "deleteconfirmdialog.h"
#include "deletedrecordsmodel.h"
#include "deleteprogressdialog.h"
#include "journal.h"
#include "recentlydeleteddialog.h"
#include "recordtableview.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzuppage.h"
#include "wazzupusertablemodel.h"
#include "woowupaccount.h"
#include "woowupclient.h"
#include "woowupcustomertablemodel.h"
#include "woowuppage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDeleteDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void confirmationAsksToTypeLargeCounts();
    void outcomeListsReasonsAndRetries();
    void reportIsCsv();
    void pageDeletesSelectedRows();
    void recentlyDeletedSaysTheJournalCannotBeRead();
    void woowUpSaysWhatRestoreBringsBack();

private:
    WazzupUserList makeUsers(int count, const QString &prefix) const;

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestDeleteDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
}

void TestDeleteDialogs::init()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    m_server->setOptions(options);
    m_server->reset();
}

WazzupUserList TestDeleteDialogs::makeUsers(int count, const QString &prefix) const
{
    WazzupUserList users;
    for (int i = 0; i < count; ++i)
        users.append({QStringLiteral("%1-%2").arg(prefix).arg(i),
                      QStringLiteral("Ana Pérez %1").arg(i), QString()});
    return users;
}

void TestDeleteDialogs::confirmationAsksToTypeLargeCounts()
{
    DeleteConfirmDialog dialog;
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *typed = dialog.findChild<QLineEdit *>(QStringLiteral("typedCount"));
    QVERIFY(button && typed);

    dialog.setRecords(QStringLiteral("Delete 3?"), {QStringLiteral("a"), QStringLiteral("b")}, 3);
    QVERIFY(button->isEnabled());
    QVERIFY(typed->isHidden());

    QStringList names;
    for (int i = 0; i < 25; ++i)
        names.append(QStringLiteral("Person %1").arg(i));
    dialog.setRecords(QStringLiteral("Delete 25?"), names, 25);
    QVERIFY(!typed->isHidden());
    QVERIFY(!button->isEnabled());
    typed->setText(QStringLiteral("24"));
    QVERIFY(!button->isEnabled());
    typed->setText(QStringLiteral("25"));
    QVERIFY(button->isEnabled());
    // The first five by name, then how many more.
    bool sawMore = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Person 4"))) {
            QVERIFY(!label->text().contains(QLatin1String("Person 5")));
            sawMore = label->text().contains(QLatin1String("20 more"));
        }
    }
    QVERIFY(sawMore);
}

void TestDeleteDialogs::outcomeListsReasonsAndRetries()
{
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    const WazzupUserList users = makeUsers(4, QStringLiteral("dlg"));
    QVERIFY(!await(client->upsertUsers(users))->error());

    SandboxOptions options = m_server->options();
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Http500};
    m_server->setOptions(options);

    BulkDeleteWazzup job(client.get(), m_journal.get(), QStringLiteral("dialogs"));
    job.setUsers(users + makeUsers(1, QStringLiteral("never")), true);
    DeleteProgressDialog dialog(&job);
    dialog.show();
    QSignalSpy finished(&job, &BulkDelete::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problems"));
    QVERIFY(problems && problems->isVisible());
    QCOMPARE(problems->count(), 5);
    QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("Ana Pérez 0 (dlg-0): ")),
             qPrintable(problems->item(0)->text()));
    QPushButton *retry = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("Retry")))
            retry = button;
    }
    QVERIFY(retry && retry->isVisible());

    options.faultRate = 0;
    m_server->setOptions(options);
    retry->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.count(JournalItem::State::Deleted), 4);
    QCOMPARE(job.count(JournalItem::State::Absent), 1);
    QVERIFY(retry->isHidden());
    // The one the server never had is shown as already gone, not as a failure.
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QLatin1String("already gone")));
}

void TestDeleteDialogs::reportIsCsv()
{
    JournalItem ok;
    ok.label = QStringLiteral("Ana Pérez (ana@example.com)");
    ok.recordKey = QStringLiteral("email=ana@example.com");
    ok.state = JournalItem::State::Deleted;
    JournalItem bad;
    bad.label = QStringLiteral("=HYPERLINK(\"x\")");
    bad.recordKey = QStringLiteral("document=1");
    bad.state = JournalItem::State::Failed;
    bad.error = QStringLiteral("the server did not answer in time; try again");
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY(BulkDeleteReport::writeCsv(path, {ok, bad}, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // Quoted only where RFC 4180 needs it.
    QCOMPARE(lines.at(1),
             QStringLiteral("Ana Pérez (ana@example.com),email=ana@example.com,deleted,"));
    QVERIFY(lines.at(2).startsWith(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")));
}

void TestDeleteDialogs::pageDeletesSelectedRows()
{
    auto *client =
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey));
    const WazzupUserList users = makeUsers(30, QStringLiteral("page"));
    QVERIFY(!await(client->upsertUsers(users))->error());
    auto *account = new WazzupAccount(client, client);
    WazzupPage page(account);
    page.setJournal(m_journal.get(), QStringLiteral("page-profile"), QStringLiteral("Team"));
    page.show();
    account->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!account->isLoading() && account->model()->rowCount() > 30, 10000);
    const int before = account->model()->rowCount();

    // Select the 30 new employees (the table is filtered through a proxy).
    RecordTableView *table = page.table();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("Ana Pérez"));
    QTRY_COMPARE(table->model()->rowCount(), 30);
    table->selectAll();

    QTimer::singleShot(0, this, [] {
        auto *confirm = qobject_cast<DeleteConfirmDialog *>(QApplication::activeModalWidget());
        QVERIFY(confirm);
        confirm->findChild<QLineEdit *>(QStringLiteral("typedCount"))
            ->setText(QStringLiteral("30"));
        confirm->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    auto *progress = page.findChild<DeleteProgressDialog *>();
    QVERIFY(progress);
    auto *job = progress->findChild<BulkDelete *>();
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 30000);
    QCOMPARE(job->count(JournalItem::State::Deleted), 30);
    QCOMPARE(account->model()->rowCount(), before - 30);
    QCOMPARE(table->model()->rowCount(), 0);
    // The empty view says why it is empty.
    QCOMPARE(table->emptyText(), QStringLiteral("No employees match “Ana Pérez”."));

    // The finished message leads to where the 30 can be restored.
    auto *openRecentlyDeleted = progress->findChild<QPushButton *>(u"openRecentlyDeleted"_s);
    QVERIFY(openRecentlyDeleted);
    QVERIFY(openRecentlyDeleted->isVisible());
    QVERIFY(!page.findChild<RecentlyDeletedDialog *>());
    openRecentlyDeleted->click();
    auto *recentlyDeleted = page.findChild<RecentlyDeletedDialog *>();
    QVERIFY(recentlyDeleted);
    QTRY_VERIFY(recentlyDeleted->isVisible());
    auto *records = recentlyDeleted->findChild<DeletedRecordsModel *>();
    QVERIFY(records);
    QCOMPARE(records->rowCount(), 30);
    recentlyDeleted->close();
    delete client;
}

void TestDeleteDialogs::recentlyDeletedSaysTheJournalCannotBeRead()
{
    // An empty list must not pass for "nothing was deleted" when the journal
    // cannot be read.
    Journal unopened;
    DeletedRecordsModel model;
    RecentlyDeletedDialog dialog(&model);
    auto *readError = dialog.findChild<QLabel *>(QStringLiteral("readError"));
    QVERIFY(readError);
    QVERIFY(readError->isHidden());

    model.setJournal(&unopened, QStringLiteral("wz"));
    QVERIFY(!readError->isHidden());
    QCOMPARE(readError->text(), QStringLiteral("The local journal is not open."));

    model.setJournal(m_journal.get(), QStringLiteral("wz"));
    QVERIFY(readError->isHidden());
}

void TestDeleteDialogs::woowUpSaysWhatRestoreBringsBack()
{
    auto *client =
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey));
    auto *account = new WoowUpAccount(client, client);
    WoowUpPage page(account);
    page.setJournal(m_journal.get(), QStringLiteral("restore-note"), QStringLiteral("Shop"));
    page.show();
    account->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(account->model()->rowCount() > 0, 10000);
    page.table()->selectRow(0);

    // The confirmation says a restored customer is a new one, and what
    // does not come back; then the person cancels.
    QString note;
    QTimer::singleShot(0, this, [&note] {
        auto *confirm = qobject_cast<DeleteConfirmDialog *>(QApplication::activeModalWidget());
        QVERIFY(confirm);
        note = confirm->findChild<QLabel *>(QStringLiteral("restoreNote"))->text();
        confirm->reject();
    });
    QTest::keyClick(page.table(), Qt::Key_Delete);
    QVERIFY2(note.contains(QLatin1String("new WoowUp ID"))
                 && note.contains(QLatin1String("blocked"))
                 && note.contains(QLatin1String("points history")),
             qPrintable(note));

    page.showRecentlyDeleted();
    auto *recently = page.findChild<RecentlyDeletedDialog *>();
    QVERIFY(recently);
    auto *restoreNote = recently->findChild<QLabel *>(QStringLiteral("restoreNote"));
    QVERIFY(!restoreNote->isHidden());
    QVERIFY2(restoreNote->text().contains(QLatin1String("new WoowUp ID"))
                 && restoreNote->text().contains(QLatin1String("notes")),
             qPrintable(restoreNote->text()));
    recently->close();
    delete client;
}

QTEST_MAIN(TestDeleteDialogs)
#include "tst_deletedialogs.moc"
