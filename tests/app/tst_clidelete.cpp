// userdesk-cli delete as a script would run it: a separate process, the key
// in the environment, against the sandbox running in this process.

#include "clirunner.h"
#include "journal.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "woowupclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestCliDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void wazzupDeleteJson();
    void woowUpDeleteJson();
    void failuresMakeNonZeroExit();
    void plainOutputAndUsage();

private:
    using Run = CliRun;
    Run run(const QString &service, const QStringList &lines, bool json = true);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    int m_runs = 0;
};

void TestCliDelete::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
}

void TestCliDelete::init()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0;
    m_server->setOptions(options);
    m_server->reset();
}

TestCliDelete::Run TestCliDelete::run(const QString &service, const QStringList &lines, bool json)
{
    const QString idsPath = m_dir.filePath(QStringLiteral("ids-%1.txt").arg(++m_runs));
    QFile ids(idsPath);
    if (!ids.open(QIODevice::WriteOnly))
        return {};
    ids.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
    ids.close();

    CliRunner cli(m_server.get(), m_dir.filePath(QStringLiteral("journal.sqlite")));
    cli.setCommonOptions({QStringLiteral("--timeout"), QStringLiteral("3"),
                          QStringLiteral("--attempts"), QStringLiteral("2")});
    QStringList arguments{QStringLiteral("delete"), QStringLiteral("--ids"), idsPath};
    if (json)
        arguments.append(QStringLiteral("--json"));
    return cli.run(service, arguments);
}

void TestCliDelete::wazzupDeleteJson()
{
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    auto list = await(client->listUsers());
    QVERIFY(list->users().size() >= 3);
    const QStringList ids{list->users().at(0).id, list->users().at(1).id,
                          QStringLiteral("no-such-user"), list->users().at(2).id};
    const int before = m_server->wazzupUserCount();

    const Run result = run(QStringLiteral("wazzup"), ids);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonObject counts = result.json();
    QCOMPARE(counts.value(QLatin1String("deleted")).toInt(), 3);
    QCOMPARE(counts.value(QLatin1String("absent")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("absent_ids")).toArray(),
             QJsonArray{QStringLiteral("no-such-user")});
    QCOMPARE(m_server->wazzupUserCount(), before - 3);

    // The snapshots went to the journal named by USERDESK_JOURNAL.
    Journal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
    const QList<JournalItem> items =
        journal.items(counts.value(QLatin1String("operation")).toInteger());
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.first().snapshot.value(QLatin1String("name")).toString(),
             list->users().at(0).name);
    QCOMPARE(items.first().state, JournalItem::State::Deleted);
}

void TestCliDelete::woowUpDeleteJson()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    auto page = await(client->searchCustomers(0, 10));
    QVERIFY(!page->error());
    QStringList lines;
    int withEmail = 0;
    for (const WoowUpCustomer &customer : page->customers()) {
        if (!customer.email.isEmpty() && withEmail < 2) {
            lines.append(customer.email);
            ++withEmail;
        } else if (!customer.document.isEmpty() && lines.size() < 4) {
            lines.append(QStringLiteral("document=") + customer.document);
        }
    }
    QVERIFY(lines.size() >= 3);
    lines.append(QStringLiteral("nobody-here@example.com"));
    const int before = m_server->woowupCustomerCount();

    const Run result = run(QStringLiteral("woowup"), lines);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const QJsonObject counts = result.json();
    QCOMPARE(counts.value(QLatin1String("deleted")).toInt(), int(lines.size()) - 1);
    QCOMPARE(counts.value(QLatin1String("absent")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(m_server->woowupCustomerCount(), before - int(lines.size()) + 1);
}

void TestCliDelete::failuresMakeNonZeroExit()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Http500};
    m_server->setOptions(options);
    const Run result = run(QStringLiteral("woowup"),
                           {QStringLiteral("someone@example.com"), QStringLiteral("20000007")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject counts = result.json();
    QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 2);
    QCOMPARE(counts.value(QLatin1String("deleted")).toInt(), 0);
    const QJsonArray failures = counts.value(QLatin1String("failures")).toArray();
    QCOMPARE(failures.size(), 2);
    for (const QJsonValue &failure : failures)
        QVERIFY(!failure.toObject().value(QLatin1String("reason")).toString().isEmpty());
    QVERIFY(result.err.startsWith(QLatin1String("userdesk-cli: 2 of 2")));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCliDelete::plainOutputAndUsage()
{
    const Run plain = run(QStringLiteral("wazzup"), {QStringLiteral("nobody")}, false);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(QLatin1String("already gone: nobody")));
    QVERIFY(plain.out.contains(QLatin1String("deleted 0, already gone 1, not deleted 0")));

    const Run empty = run(QStringLiteral("wazzup"), {QStringLiteral("# only a comment")});
    QCOMPARE(empty.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDelete)
#include "tst_clidelete.moc"
