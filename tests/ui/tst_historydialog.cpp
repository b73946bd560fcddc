// The History window, offscreen, driven as a person would, against the
// in-process sandbox over loopback: form saves (a new customer, an edit, a
// new employee) listed with their field changes, undone from the window, an
// undo undone, a conflict left alone and then overwritten, the retention
// choice and Clear history. The README's screenshot (docs/history.png) is
// taken here: USERDESK_SCREENSHOT_DIR=docs ./tst_historydialog

#include "historydialog.h"
#include "historyflow.h"
#include "historymodel.h"
#include "historyretention.h"
#include "importsession.h"
#include "journal.h"
#include "operationchangesmodel.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "undoengine.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzupjobs.h"
#include "woowupaccount.h"
#include "woowupclient.h"
#include "woowupjobs.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsOperationsWithTheirFieldChanges();
    void undoFromTheWindowThenUndoTheUndo();
    void conflictLeftAloneThenOverwritten();
    void newEmployeeUndone();
    void interruptedUndoIsResumed();
    void retentionForgetsOldOperations();
    void clearHistoryAsksFirst();
    void screenshot();

private:
    HistoryDialog *openHistory(Account *account);
    WoowUpCustomer createCustomer(const QString &email, const QString &city,
                                  const QString &firstName = QStringLiteral("Ana"));
    void editCity(const WoowUpCustomer &opened, const QString &city);
    WoowUpCustomer serverCustomer(const QString &email);
    // Clicks the accepting button of the next message box (Undo, Overwrite,
    // Clear) once it is shown.
    void acceptNextQuestion();
    // Clicks Undo (or Overwrite) and waits until the undo has finished.
    void runUndo(HistoryDialog *dialog, const QString &button);
    QString profileId() const { return u"p1"_s; }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<WoowUpAccount> m_woowup;
    std::unique_ptr<WazzupAccount> m_wazzup;
    std::unique_ptr<WoowUpClient> m_woowupClient;
};

void TestHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"UserdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_historydialog"_s);
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    const ApiClientConfig woowup = fastConfig(m_server->baseUrl(), options.woowupKey);
    const ApiClientConfig wazzup = fastConfig(m_server->baseUrl(), options.wazzupKey);
    m_woowup = std::make_unique<WoowUpAccount>(WoowUpClient::create(woowup));
    m_wazzup = std::make_unique<WazzupAccount>(WazzupClient::create(wazzup));
    m_woowupClient.reset(WoowUpClient::create(woowup));
}

void TestHistoryDialog::init()
{
    QSettings().clear();
    m_server->reset();
    const QString path = m_dir.filePath(u"journal.sqlite"_s);
    m_journal.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(path));
    m_woowup->setHistory(m_journal.get(), profileId());
    m_wazzup->setHistory(m_journal.get(), profileId());
}

void TestHistoryDialog::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
}

HistoryDialog *TestHistoryDialog::openHistory(Account *account)
{
    HistoryFlow flow;
    flow.account = account;
    flow.journal = m_journal.get();
    flow.profileId = profileId();
    flow.accountName = u"Shop"_s;
    flow.open(nullptr);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<HistoryDialog *>(widget))
            return dialog;
    }
    return nullptr;
}

WoowUpCustomer TestHistoryDialog::createCustomer(const QString &email, const QString &city,
                                                 const QString &firstName)
{
    WoowUpCustomer customer;
    customer.email = email;
    customer.firstName = firstName;
    customer.lastName = u"Paz"_s;
    customer.city = city;
    bool finished = false;
    WoowUpCustomer saved;
    m_woowup->createCustomer(
        customer, [&](const WoowUpAccount::Outcome &outcome, const WoowUpCustomer &created) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            saved = created;
            finished = true;
        });
    [&] {
        QTRY_VERIFY(finished);
    }();
    return serverCustomer(email);
}

void TestHistoryDialog::editCity(const WoowUpCustomer &opened, const QString &city)
{
    WoowUpCustomer edited = opened;
    edited.city = city;
    bool finished = false;
    m_woowup->saveEdit(
        opened, edited,
        [&](const WoowUpAccount::Outcome &outcome, const WoowUpAccount::EditResult &) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            finished = true;
        });
    QTRY_VERIFY(finished);
}

WoowUpCustomer TestHistoryDialog::serverCustomer(const QString &email)
{
    auto job = await(m_woowupClient->findCustomer(u"email"_s, email));
    return job->found() ? job->customer() : WoowUpCustomer();
}

void TestHistoryDialog::acceptNextQuestion()
{
    QTimer::singleShot(0, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            acceptNextQuestion(); // not shown yet
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole
                || box->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
                return;
            }
        }
    });
}

void TestHistoryDialog::runUndo(HistoryDialog *dialog, const QString &button)
{
    auto *push = dialog->findChild<QPushButton *>(button);
    QVERIFY(push);
    QTRY_VERIFY(push->isVisible());
    QVERIFY(push->isEnabled());
    auto *history =
        qobject_cast<HistoryModel *>(dialog->findChild<QTableView *>(u"operations"_s)->model());
    const int before = history->rowCount();
    auto *result = dialog->findChild<QLabel *>(u"result"_s);
    result->clear();
    acceptNextQuestion();
    push->click();
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty(), 20000);
    QTRY_VERIFY(!dialog->findChild<QWidget *>(u"undoProgress"_s)->isVisible());
    // The undo is listed and selected, with its records below.
    QTRY_COMPARE(history->rowCount(), before + 1);
    QTRY_COMPARE(dialog->selectedOperation(), history->operationAt(0).id);
}

void TestHistoryDialog::listsOperationsWithTheirFieldChanges()
{
    const WoowUpCustomer created = createCustomer(u"ana@example.com"_s, u"Rosario"_s);
    QCOMPARE(created.city, u"Rosario"_s);
    editCity(created, u"Córdoba"_s);

    HistoryDialog *dialog = openHistory(m_woowup.get());
    QVERIFY(dialog);
    auto *operations = dialog->findChild<QTableView *>(u"operations"_s);
    auto *history = qobject_cast<HistoryModel *>(operations->model());
    QCOMPARE(history->rowCount(), 2);
    // Newest first, selected when the window opens: the edit.
    QCOMPARE(dialog->selectedOperation(), history->operationAt(0).id);
    QCOMPARE(history->index(0, HistoryModel::KindColumn).data().toString(), u"Form save"_s);
    QCOMPARE(history->index(0, HistoryModel::RecordsColumn).data().toString(), u"1 of 1 changed"_s);
    QCOMPARE(history->index(0, HistoryModel::StateColumn).data().toString(), u"Finished"_s);

    auto *details = dialog->findChild<QTreeView *>(u"details"_s);
    QAbstractItemModel *changes = details->model();
    QCOMPARE(changes->rowCount(), 1);
    const QModelIndex record = changes->index(0, 0);
    QVERIFY(record.data().toString().contains(u"Ana Paz"_s));
    QCOMPARE(changes->index(0, OperationChangesModel::ActionColumn).data().toString(),
             u"Changed"_s);
    QCOMPARE(changes->index(0, OperationChangesModel::OutcomeColumn).data().toString(), u"done"_s);
    QCOMPARE(changes->rowCount(record), 1);
    QCOMPARE(changes->index(0, OperationChangesModel::RecordColumn, record).data().toString(),
             u"City"_s);
    QCOMPARE(changes->index(0, OperationChangesModel::ChangeColumn, record).data().toString(),
             u"Rosario → Córdoba"_s);

    // The create: every field it set, from nothing.
    operations->selectRow(1);
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, OperationChangesModel::ActionColumn).data().toString(),
             u"Created"_s);
    const QModelIndex createdRecord = changes->index(0, 0);
    QStringList texts;
    for (int row = 0; row < changes->rowCount(createdRecord); ++row)
        texts.append(changes->index(row, OperationChangesModel::ChangeColumn, createdRecord)
                         .data()
                         .toString());
    QVERIFY2(texts.contains(u"(empty) → ana@example.com"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"(empty) → Rosario"_s), qPrintable(texts.join(u" | "_s)));
}

void TestHistoryDialog::undoFromTheWindowThenUndoTheUndo()
{
    const WoowUpCustomer created = createCustomer(u"ana@example.com"_s, u"Rosario"_s);
    editCity(created, u"Córdoba"_s);
    HistoryDialog *dialog = openHistory(m_woowup.get());
    QVERIFY(dialog);
    auto *history =
        qobject_cast<HistoryModel *>(dialog->findChild<QTableView *>(u"operations"_s)->model());
    const qint64 edit = dialog->selectedOperation();

    runUndo(dialog, u"undoButton"_s);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).city, u"Rosario"_s);
    auto *result = dialog->findChild<QLabel *>(u"result"_s);
    QVERIFY2(result->text().startsWith(u"1 record"_s) && result->text().endsWith(u"reverted."_s),
             qPrintable(result->text()));
    // The undo is the newest operation, selected; the edit says who undid it
    // and is not offered again.
    QTRY_COMPARE(history->rowCount(), 3);
    const qint64 undo = history->operationAt(0).id;
    QCOMPARE(dialog->selectedOperation(), undo);
    QCOMPARE(history->index(0, HistoryModel::KindColumn).data().toString(),
             u"Undo of no. %1"_s.arg(edit));
    QCOMPARE(history->index(history->rowOf(edit), HistoryModel::StateColumn).data().toString(),
             u"Undone by no. %1"_s.arg(undo));
    dialog->selectOperation(edit);
    QVERIFY(!dialog->findChild<QPushButton *>(u"undoButton"_s)->isEnabled());

    // The undo undone: the edit's result again.
    dialog->selectOperation(undo);
    runUndo(dialog, u"undoButton"_s);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).city, u"Córdoba"_s);

    // The create undone: the customer has changed since it was created (the
    // edit is back), so it is left alone until the person overwrites.
    dialog->selectOperation(history->operationAt(history->rowCount() - 1).id);
    runUndo(dialog, u"undoButton"_s);
    QVERIFY(serverCustomer(u"ana@example.com"_s).userappId != 0);
    runUndo(dialog, u"overwriteButton"_s);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).userappId, 0);
}

void TestHistoryDialog::conflictLeftAloneThenOverwritten()
{
    const WoowUpCustomer created = createCustomer(u"ana@example.com"_s, u"Rosario"_s);
    editCity(created, u"Córdoba"_s);
    // Someone else changes the city on the server after the edit.
    WoowUpCustomer other = serverCustomer(u"ana@example.com"_s);
    other.city = u"Mendoza"_s;
    QVERIFY(!await(m_woowupClient->updateCustomer(other))->error());

    HistoryDialog *dialog = openHistory(m_woowup.get());
    QVERIFY(dialog);
    auto *overwrite = dialog->findChild<QPushButton *>(u"overwriteButton"_s);
    QVERIFY(!overwrite->isVisible());
    runUndo(dialog, u"undoButton"_s);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).city, u"Mendoza"_s); // left alone
    const QString result = dialog->findChild<QLabel *>(u"result"_s)->text();
    QVERIFY2(result.contains(u"left alone"_s), qPrintable(result));
    // The undo's record says what the server holds now and what was written.
    auto *history =
        qobject_cast<HistoryModel *>(dialog->findChild<QTableView *>(u"operations"_s)->model());
    QTRY_COMPARE(history->rowCount(), 3);
    QTRY_COMPARE(dialog->selectedOperation(), history->operationAt(0).id);
    auto *changes = dialog->findChild<QTreeView *>(u"details"_s)->model();
    QCOMPARE(changes->rowCount(), 1);
    const QString outcome =
        changes->index(0, OperationChangesModel::OutcomeColumn).data().toString();
    QVERIFY2(outcome.contains(u"Mendoza"_s) && outcome.contains(u"Córdoba"_s), qPrintable(outcome));

    QTRY_VERIFY(overwrite->isVisible());
    runUndo(dialog, u"overwriteButton"_s);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).city, u"Rosario"_s);
}

void TestHistoryDialog::newEmployeeUndone()
{
    bool finished = false;
    m_wazzup->addUser({u"u-77"_s, u"Olga Ivanova"_s, u"79261112233"_s},
                      [&](const QString &problem) {
                          QVERIFY2(problem.isEmpty(), qPrintable(problem));
                          finished = true;
                      });
    QTRY_VERIFY(finished);
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    QVERIFY(!await(client->getUser(u"u-77"_s))->error());

    HistoryDialog *dialog = openHistory(m_wazzup.get());
    QVERIFY(dialog);
    auto *changes = dialog->findChild<QTreeView *>(u"details"_s)->model();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, OperationChangesModel::ActionColumn).data().toString(),
             u"Created"_s);
    runUndo(dialog, u"undoButton"_s);
    QTRY_VERIFY(await(client->getUser(u"u-77"_s))->error());
}

// An undo stopped by a kill: the page's notice says where to resume it,
// the History shows it interrupted with "Resume the undo", which finishes it.
void TestHistoryDialog::interruptedUndoIsResumed()
{
    const WoowUpCustomer created = createCustomer(u"ana@example.com"_s, u"Rosario"_s);
    editCity(created, u"Córdoba"_s);
    const qint64 edit = m_journal->history(profileId()).first().id;
    {
        // Begun (its items on disk), then gone before its first request.
        std::unique_ptr<UndoEngine> engine(m_woowup->createUndo(m_journal.get(), profileId()));
        QVERIFY(engine->start(edit));
        engine->pause();
        QTest::qWait(50);
        QCOMPARE(engine->done(), 0);
    }
    const qint64 undo = m_journal->history(profileId()).first().id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kill"_s);
        db.setDatabaseName(m_journal->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The process that ran it is gone.
        QVERIFY(query.exec(
            u"UPDATE operations SET owner = 'gone', pid = 2147483646 WHERE id = %1"_s.arg(undo)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"kill"_s);
    QCOMPARE(HistoryFlow::unfinishedUndoNotices(m_journal.get(), profileId()).size(), 1);
    QVERIFY(HistoryFlow::unfinishedUndoNotices(m_journal.get(), profileId())
                .first()
                .contains(u"no. %1"_s.arg(edit)));

    HistoryDialog *dialog = openHistory(m_woowup.get());
    auto *history =
        qobject_cast<HistoryModel *>(dialog->findChild<QTableView *>(u"operations"_s)->model());
    QCOMPARE(dialog->selectedOperation(), undo);
    QCOMPARE(history->index(0, HistoryModel::StateColumn).data().toString(), u"Interrupted"_s);
    auto *resume = dialog->findChild<QPushButton *>(u"undoButton"_s);
    QCOMPARE(resume->text(), u"&Resume the undo"_s);
    resume->click(); // no question: it was asked when it began
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QLabel *>(u"result"_s)->text().isEmpty(), 20000);
    QCOMPARE(serverCustomer(u"ana@example.com"_s).city, u"Rosario"_s);
    QTRY_COMPARE(history->index(history->rowOf(undo), HistoryModel::StateColumn).data().toString(),
                 u"Finished"_s);
    QCOMPARE(history->rowCount(), 3); // taken up again, not a second undo
    QVERIFY(HistoryFlow::unfinishedUndoNotices(m_journal.get(), profileId()).isEmpty());
}

void TestHistoryDialog::retentionForgetsOldOperations()
{
    createCustomer(u"old@example.com"_s, u"Rosario"_s);
    createCustomer(u"new@example.com"_s, u"Rosario"_s);
    // The first operation, started 40 days ago.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backdate"_s);
        db.setDatabaseName(m_journal->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            u"UPDATE operations SET started_at = '%1' WHERE id = "
            "(SELECT MIN(id) FROM operations)"_s.arg(
                QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODateWithMs))));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"backdate"_s);
    QCOMPARE(m_journal->history(profileId()).size(), 2);

    QSettings settings;
    HistoryRetention retention(settings);
    QCOMPARE(retention.days(), 0); // until the person clears it
    QVERIFY(retention.apply(m_journal.get(), profileId()));
    QCOMPARE(m_journal->history(profileId()).size(), 2);

    // Chosen in the window: applied at once, and kept in the settings.
    HistoryDialog *dialog = openHistory(m_woowup.get());
    auto *keep = dialog->findChild<QComboBox *>(u"keepHistory"_s);
    QVERIFY(keep);
    const int thirtyDays = keep->findData(30);
    QVERIFY(thirtyDays >= 0);
    keep->setCurrentIndex(thirtyDays);
    emit keep->activated(thirtyDays);
    QCOMPARE(retention.days(), 30);
    const QList<JournalOperation> left = m_journal->history(profileId());
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, u"edit"_s);
    QTRY_COMPARE(dialog->findChild<QTableView *>(u"operations"_s)->model()->rowCount(), 1);
}

void TestHistoryDialog::clearHistoryAsksFirst()
{
    createCustomer(u"ana@example.com"_s, u"Rosario"_s);
    HistoryDialog *dialog = openHistory(m_woowup.get());
    auto *clear = dialog->findChild<QPushButton *>(u"clearHistory"_s);
    QVERIFY(clear->isEnabled());
    // Cancelled: nothing goes.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    clear->click();
    QCOMPARE(m_journal->history(profileId()).size(), 1);
    acceptNextQuestion();
    clear->click();
    QCOMPARE(m_journal->history(profileId()).size(), 0);
    QTRY_COMPARE(dialog->findChild<QTableView *>(u"operations"_s)->model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
}

void TestHistoryDialog::screenshot()
{
    // An import: three customers created, two changed in one or two fields.
    createCustomer(u"lia@example.com"_s, u"Rosario"_s, u"Lía"_s);
    createCustomer(u"teo@example.com"_s, u"Salta"_s, u"Teo"_s);
    const QString file = m_dir.filePath(u"clientes-marzo.csv"_s);
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first_name,last_name,city,telephone\n"
                  "lia@example.com,Lía,Paz,Córdoba,\n"
                  "teo@example.com,Teo,Paz,Salta,+5493512223344\n"
                  "ines@example.com,Inés,Gómez,Mendoza,\n"
                  "juan@example.com,Juan,Pérez,Rosario,\n"
                  "sol@example.com,Sol,Díaz,La Plata,\n");
    }
    ImportSession session(m_woowup->createImportStrategy(), profileId(), m_journal->path());
    QSignalSpy checked(&session, &ImportSession::checked);
    ImportSource source;
    source.filePath = file;
    session.check(source);
    QVERIFY(checked.wait(30000));
    QSignalSpy sent(&session, &ImportSession::sent);
    QVERIFY(session.send());
    QVERIFY(sent.wait(30000));
    QCOMPARE(session.counts().created, 3);
    QCOMPARE(session.counts().updated, 2);

    HistoryDialog *dialog = openHistory(m_woowup.get());
    QVERIFY(dialog);
    auto *history =
        qobject_cast<HistoryModel *>(dialog->findChild<QTableView *>(u"operations"_s)->model());
    QCOMPARE(history->index(0, HistoryModel::KindColumn).data().toString(), u"Import"_s);
    QCOMPARE(history->index(0, HistoryModel::WhatColumn).data().toString(),
             u"clientes-marzo.csv"_s);
    QCOMPARE(history->index(0, HistoryModel::RecordsColumn).data().toString(), u"5 of 5 changed"_s);
    auto *details = dialog->findChild<QTreeView *>(u"details"_s);
    QCOMPARE(details->model()->rowCount(), 5);
    // Each update's changes, as the check step showed them before sending.
    QStringList changed;
    for (int row = 0; row < details->model()->rowCount(); ++row) {
        const QModelIndex record = details->model()->index(row, 0);
        if (details->model()->index(row, OperationChangesModel::ActionColumn).data()
            != u"Changed"_s)
            continue;
        details->expand(record);
        for (int field = 0; field < details->model()->rowCount(record); ++field)
            changed.append(details->model()
                               ->index(field, OperationChangesModel::ChangeColumn, record)
                               .data()
                               .toString());
    }
    changed.sort();
    QCOMPARE(changed, (QStringList{u"(empty) → +5493512223344"_s, u"Rosario → Córdoba"_s}));

    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(QDir(dir).filePath(u"history.png"_s)));
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
