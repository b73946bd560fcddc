// ImportSession without any widget, against the in-process sandbox over
// loopback HTTP: a whole import, an import continued after its session was
// destroyed half-way, the guard against a second session on the same file,
// and the custom attribute definitions read again after a 500.

#include "account.h"
#include "accountfactory.h"
#include "importjournal.h"
#include "importsession.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestImportSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void readsPlansAndSends();
    void continuesAfterDestroyedMidway();
    void refusesSecondSessionOnSameFile();
    void retriesDefinitionsAfterServerError();
    void wazzupNeedsNoDefinitions();
    void correctsARowAndItsDuplicates();

private:
    QString write(const QString &name, const QByteArray &data);
    QByteArray customers(const QString &prefix, int count) const;
    ImportSession *session(Service service, QObject *parent = nullptr);
    ImportSource source(const QString &path) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_woowup;
    std::unique_ptr<Account> m_wazzup;
    QTemporaryDir m_dir;
};

void TestImportSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_woowup.reset(AccountFactory::create(
        Service::WoowUp, fastConfig(m_server->baseUrl(), options.woowupKey), nullptr));
    m_wazzup.reset(AccountFactory::create(
        Service::Wazzup, fastConfig(m_server->baseUrl(), options.wazzupKey), nullptr));
    QVERIFY(m_woowup && m_wazzup);
}

void TestImportSession::init()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    options.latencyMs = 0;
    m_server->setOptions(options);
    m_server->reset();
}

QString TestImportSession::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

QByteArray TestImportSession::customers(const QString &prefix, int count) const
{
    QByteArray csv = "email,first_name\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1%2@session.example,Nombre %2\n").arg(prefix).arg(i).toUtf8();
    return csv;
}

ImportSession *TestImportSession::session(Service service, QObject *parent)
{
    Account *account = service == Service::WoowUp ? m_woowup.get() : m_wazzup.get();
    return new ImportSession(account->createImportStrategy(), QStringLiteral("session-test"),
                             m_dir.filePath(QStringLiteral("journal.sqlite")), parent);
}

ImportSource TestImportSession::source(const QString &path) const
{
    ImportSource result;
    result.filePath = path;
    return result;
}

void TestImportSession::readsPlansAndSends()
{
    const QString path = write(QStringLiteral("whole.csv"),
                               customers(QStringLiteral("whole"), 3) + "not an e-mail,Nadie\n");
    const int before = m_server->woowupCustomerCount();
    std::unique_ptr<ImportSession> import(session(Service::WoowUp));
    QSignalSpy read(import.get(), &ImportSession::fileRead);
    QSignalSpy checked(import.get(), &ImportSession::checked);
    QSignalSpy failed(import.get(), &ImportSession::failed);
    import->check(source(path));
    QVERIFY(checked.wait(20000));
    QCOMPARE(read.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(import->state(), ImportSession::State::Checked);
    // The definitions were read on the way: custom attribute columns could map.
    QVERIFY(import->hasDefinitions());
    QVERIFY(!import->definitions().isEmpty());
    QCOMPARE(import->readResult().validCount, 3);
    QCOMPARE(import->plan().expected().created, 3);
    QCOMPARE(import->plan().expected().invalid, 1);
    QVERIFY(!import->unfinished());
    QCOMPARE(m_server->woowupCustomerCount(), before); // nothing sent yet
    // One copy of the rows, not one read and one planned (issue 20: a
    // million-row dry run held gigabytes).
    QVERIFY(import->readResult().rows.isSharedWith(import->plan().rows));
    QCOMPARE(import->plan().rows.size(), 4);

    QSignalSpy sent(import.get(), &ImportSession::sent);
    QVERIFY(import->send());
    QCOMPARE(import->state(), ImportSession::State::Sending);
    QVERIFY(sent.wait(20000));
    QCOMPARE(import->state(), ImportSession::State::Finished);
    QVERIFY(import->sendError().isEmpty());
    QCOMPARE(import->counts().created, 3);
    QCOMPARE(import->counts().invalid, 1);
    QVERIFY(import->importId() > 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + 3);

    const QString report = m_dir.filePath(QStringLiteral("whole-report.csv"));
    QVERIFY(import->writeReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("not an e-mail"));
    QVERIFY(!text.contains("whole0@session.example"));
}

void TestImportSession::continuesAfterDestroyedMidway()
{
    constexpr int rows = 150;
    const QString path =
        write(QStringLiteral("midway.csv"), customers(QStringLiteral("midway"), rows));
    SandboxOptions options = m_server->options();
    options.latencyMs = 15; // slow enough to stop half-way
    m_server->setOptions(options);
    const int before = m_server->woowupCustomerCount();

    auto *first = session(Service::WoowUp);
    QSignalSpy checked(first, &ImportSession::checked);
    first->check(source(path));
    QVERIFY(checked.wait(20000));
    QVERIFY(first->send());
    QTRY_VERIFY_WITH_TIMEOUT(first->done() >= 20, 20000);
    QVERIFY(first->done() < rows);
    delete first; // as when the window is closed or the app quits under it

    // Another session of this process may take it over at once.
    std::unique_ptr<ImportSession> second(session(Service::WoowUp));
    QSignalSpy checkedAgain(second.get(), &ImportSession::checked);
    QSignalSpy failed(second.get(), &ImportSession::failed);
    second->check(source(path));
    QVERIFY(checkedAgain.wait(20000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(second->unfinished());
    QVERIFY(second->unfinished()->remaining > 0);
    QVERIFY(second->unfinished()->remaining < rows);
    QSignalSpy sent(second.get(), &ImportSession::sent);
    QVERIFY(second->send(true));
    QVERIFY(sent.wait(30000));
    QCOMPARE(second->importId(), second->unfinished()->id);
    QCOMPARE(second->counts().created, rows);
    QCOMPARE(second->counts().failed, 0);
    QCOMPARE(m_server->woowupCustomerCount(), before + rows);
    QCOMPARE(m_server->duplicateCreates(), 0);

    // Finished: nothing left to continue.
    std::unique_ptr<ImportSession> third(session(Service::WoowUp));
    QVERIFY(!third->unfinishedImport(second->readResult().checksum));
}

void TestImportSession::refusesSecondSessionOnSameFile()
{
    const QString path =
        write(QStringLiteral("twice.csv"), customers(QStringLiteral("twice"), 200));
    SandboxOptions options = m_server->options();
    options.latencyMs = 30; // the first is still sending when the second looks
    m_server->setOptions(options);

    std::unique_ptr<ImportSession> first(session(Service::WoowUp));
    QSignalSpy checked(first.get(), &ImportSession::checked);
    first->check(source(path));
    QVERIFY(checked.wait(20000));
    QVERIFY(first->send());

    std::unique_ptr<ImportSession> second(session(Service::WoowUp));
    QVERIFY(second->isRunningElsewhere(first->readResult().checksum));
    QSignalSpy failed(second.get(), &ImportSession::failed);
    QSignalSpy checkedAgain(second.get(), &ImportSession::checked);
    second->check(source(path));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<ImportSession::Failure>(),
             ImportSession::Failure::RunningElsewhere);
    QCOMPARE(checkedAgain.size(), 0);
    QCOMPARE(second->state(), ImportSession::State::Failed);
    QVERIFY(!second->send());

    // Once the first has stopped, the file can be imported (continued) again.
    QSignalSpy sent(first.get(), &ImportSession::sent);
    first->cancel();
    QVERIFY(sent.wait(20000));
    QVERIFY(first->wasCancelled());
    QVERIFY(!second->isRunningElsewhere(first->readResult().checksum));
    second->check(source(path));
    QVERIFY(checkedAgain.wait(20000));
    QVERIFY(second->unfinished());
}

void TestImportSession::retriesDefinitionsAfterServerError()
{
    // Every request fails with a 500 (which the client does not retry)
    // until the first one has been answered so.
    SandboxOptions faulty = m_server->options();
    faulty.faultRate = 1.0;
    faulty.faultKinds = {FaultInjector::Kind::Http500};
    m_server->setOptions(faulty);
    int errors = 0;
    const auto healed = connect(m_server.get(), &SandboxServer::requestServed, this,
                                [this, &errors](const QString &, const QString &outcome) {
                                    if (outcome != QLatin1String("500") || errors++ > 0)
                                        return;
                                    SandboxOptions options = m_server->options();
                                    options.faultRate = 0;
                                    m_server->setOptions(options);
                                });

    std::unique_ptr<ImportSession> import(session(Service::WoowUp));
    QSignalSpy ready(import.get(), &ImportSession::definitionsReady);
    QSignalSpy failed(import.get(), &ImportSession::failed);
    import->loadDefinitions();
    QCOMPARE(import->state(), ImportSession::State::LoadingDefinitions);
    QVERIFY(ready.wait(10000));
    disconnect(healed);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(errors, 1);
    QVERIFY(import->hasDefinitions());
    QVERIFY(!import->definitions().isEmpty());
}

void TestImportSession::wazzupNeedsNoDefinitions()
{
    std::unique_ptr<ImportSession> import(session(Service::Wazzup));
    QCOMPARE(import->service(), Service::Wazzup);
    QSignalSpy ready(import.get(), &ImportSession::definitionsReady);
    const int served = statusCount(m_server->stats(), QStringLiteral("200"));
    import->loadDefinitions();
    QVERIFY(ready.wait(5000));
    QVERIFY(import->hasDefinitions());
    QVERIFY(import->definitions().isEmpty());
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("200")), served); // no request
}

// A correction frees a later row that was a duplicate of the corrected one
// (both are looked up: one new, one on the server already); the
// corrections come back when the same file is checked again, and not for
// a file whose content changed.
void TestImportSession::correctsARowAndItsDuplicates()
{
    std::unique_ptr<ImportSession> import(session(Service::WoowUp));
    QSignalSpy checked(import.get(), &ImportSession::checked);
    QSignalSpy corrected(import.get(), &ImportSession::rowCorrected);
    // Already on the server, with another name: the freed row updates it.
    QVERIFY(import->correctRow(0, {}) == false); // nothing checked yet
    const QString path = write(QStringLiteral("dup.csv"),
                               "email,first_name\nwhole0@session.example,Una\n"
                               "whole0@session.example,Otra\n");
    {
        std::unique_ptr<ImportSession> seed(session(Service::WoowUp));
        QSignalSpy seeded(seed.get(), &ImportSession::checked);
        seed->check(
            source(write(QStringLiteral("seed.csv"), customers(QStringLiteral("whole"), 1))));
        QVERIFY(seeded.wait(20000));
        QSignalSpy sent(seed.get(), &ImportSession::sent);
        QVERIFY(seed->send());
        QVERIFY(sent.wait(20000));
    }
    import->check(source(path));
    QVERIFY(checked.wait(20000));
    QCOMPARE(import->plan().rows.at(1).action, ImportRow::Action::Invalid); // a duplicate
    QCOMPARE(import->plan().rows.at(0).action, ImportRow::Action::Update);

    QVERIFY(import->correctRow(0, {{0, QStringLiteral("nueva@session.example")}}));
    QCOMPARE(import->state(), ImportSession::State::Planning);
    QVERIFY(corrected.wait(20000));
    QCOMPARE(corrected.first().first().toInt(), 0);
    QCOMPARE(import->state(), ImportSession::State::Checked);
    QCOMPARE(import->plan().rows.at(0).action, ImportRow::Action::Create);
    QCOMPARE(import->plan().rows.at(0).customer.email, QStringLiteral("nueva@session.example"));
    QCOMPARE(import->plan().rows.at(0).cells.first(), QStringLiteral("nueva@session.example"));
    QCOMPARE(import->plan().rows.at(1).action, ImportRow::Action::Update);
    QVERIFY(import->plan().changes.contains(1));
    QCOMPARE(import->readResult().invalidCount, 0);
    QCOMPARE(import->counts().created, 1);
    QCOMPARE(import->counts().updated, 1);

    // The same file again: corrected as it is read.
    checked.clear();
    import->check(source(path));
    QVERIFY(checked.wait(20000));
    QCOMPARE(import->plan().rows.at(0).customer.email, QStringLiteral("nueva@session.example"));
    QCOMPARE(import->plan().rows.at(1).action, ImportRow::Action::Update);
    // Another content: the corrections were not made for it.
    write(QStringLiteral("dup.csv"), "email,first_name\nwhole0@session.example,Una\n");
    checked.clear();
    import->check(source(path));
    QVERIFY(checked.wait(20000));
    QCOMPARE(import->plan().rows.at(0).customer.email, QStringLiteral("whole0@session.example"));
}

QTEST_GUILESS_MAIN(TestImportSession)
#include "tst_importsession.moc"
