// userdesk-cli as a script would run it: a separate process, the key in the
// environment, against the sandbox running in this process.

#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "woowupclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wazzupListPlain();
    void wazzupListJson();
    void woowUpSearchJson();
    void woowUpOnePagePlain();
    void failures_data();
    void failures();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &key);

    std::unique_ptr<SandboxServer> m_server;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
}

void TestCli::cleanupTestCase()
{
    m_server.reset();
}

TestCli::Run TestCli::run(const QStringList &arguments, const QString &key)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("USERDESK_API_KEY"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!key.isNull())
        environment.insert(QStringLiteral("USERDESK_API_KEY"), key);
    process.setProcessEnvironment(environment);
    // The sandbox lives in this process: wait with the event loop running.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(USERDESK_CLI_PATH), arguments);
    if (!finished.wait(60000))
        process.kill();
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::wazzupListPlain()
{
    const Run result =
        run({QStringLiteral("--service"), QStringLiteral("wazzup"), QStringLiteral("--base-url"),
             m_server->baseUrl().toString(), QStringLiteral("list")},
            QStringLiteral("demo-wazzup-key"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_server->wazzupUserCount() + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("ID")));
    QVERIFY(lines.first().contains(QLatin1String("NAME")));
    for (const QString &line : lines)
        QVERIFY(!line.endsWith(QLatin1Char(' ')));
}

void TestCli::wazzupListJson()
{
    const Run result =
        run({QStringLiteral("--service"), QStringLiteral("wazzup"), QStringLiteral("--base-url"),
             m_server->baseUrl().toString(), QStringLiteral("--json"), QStringLiteral("list")},
            QStringLiteral("demo-wazzup-key"));
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), m_server->wazzupUserCount());
    const QJsonObject first = document.array().first().toObject();
    QVERIFY(!first.value(QLatin1String("id")).toString().isEmpty());
    QVERIFY(!first.value(QLatin1String("name")).toString().isEmpty());
}

void TestCli::woowUpSearchJson()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), QStringLiteral("demo-woowup-key"))));
    WoowUpCustomer c;
    c.email = QStringLiteral("cli.needle@example.com");
    c.street = QStringLiteral("Calle Falsa 123");
    c.sms.enabled = false;
    c.sms.disabledReason = QStringLiteral("bounce");
    QVERIFY(!await(client->createCustomer(c))->error());

    const Run result =
        run({QStringLiteral("--service"), QStringLiteral("woowup"), QStringLiteral("--base-url"),
             m_server->baseUrl().toString(), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("cli.needle"), QStringLiteral("--json")},
            QStringLiteral("demo-woowup-key"));
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject record = array.first().toObject();
    // Response-shaped: the API's answer names, not the request's.
    QCOMPARE(record.value(QLatin1String("email")).toString(), c.email);
    QCOMPARE(record.value(QLatin1String("address")).toString(), c.street);
    QVERIFY(!record.contains(QLatin1String("street")));
    QCOMPARE(record.value(QLatin1String("sms_enabled")), QJsonValue(false));
    QCOMPARE(record.value(QLatin1String("sms_enabled_reason")).toString(),
             QStringLiteral("bounce"));
    QVERIFY(record.value(QLatin1String("userapp_id")).toInteger() > 0);
}

void TestCli::woowUpOnePagePlain()
{
    const Run result =
        run({QStringLiteral("--service"), QStringLiteral("woowup"), QStringLiteral("--base-url"),
             m_server->baseUrl().toString(), QStringLiteral("list"), QStringLiteral("--page"),
             QStringLiteral("2"), QStringLiteral("--limit"), QStringLiteral("5")},
            QStringLiteral("demo-woowup-key"));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith(QLatin1String("USERAPP_ID")));
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reasonPart");
    const QString base = QStringLiteral("@BASE@");

    QTest::newRow("wrong woowup key")
        << QStringList{QStringLiteral("--service"), QStringLiteral("woowup"),
                       QStringLiteral("--base-url"), base, QStringLiteral("list")}
        << "wrong-key" << 1 << "did not accept the API key";
    QTest::newRow("wrong wazzup key")
        << QStringList{QStringLiteral("--service"), QStringLiteral("wazzup"),
                       QStringLiteral("--base-url"), base, QStringLiteral("list")}
        << "wrong-key" << 1 << "did not accept the API key";
    QTest::newRow("no key") << QStringList{QStringLiteral("--service"), QStringLiteral("wazzup"),
                                           QStringLiteral("--base-url"), base,
                                           QStringLiteral("list")}
                            << QString() << 2 << "USERDESK_API_KEY";
    QTest::newRow("key on the command line")
        << QStringList{QStringLiteral("--service"), QStringLiteral("wazzup"),
                       QStringLiteral("--api-key"), QStringLiteral("demo-wazzup-key"),
                       QStringLiteral("list")}
        << "demo-wazzup-key" << 2 << "api-key";
    QTest::newRow("no service") << QStringList{QStringLiteral("--base-url"), base,
                                               QStringLiteral("list")}
                                << "secret-test-key" << 2 << "--service";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("--service"), QStringLiteral("wazzup"),
                       QStringLiteral("frob")}
        << "secret-test-key" << 2 << "unknown command";
    QTest::newRow("plain http to another host")
        << QStringList{QStringLiteral("--service"), QStringLiteral("woowup"),
                       QStringLiteral("--base-url"), QStringLiteral("http://api.woowup.com"),
                       QStringLiteral("list")}
        << "secret-test-key" << 2 << "HTTPS";
    QTest::newRow("search on wazzup")
        << QStringList{QStringLiteral("--service"),  QStringLiteral("wazzup"),
                       QStringLiteral("--base-url"), base,
                       QStringLiteral("list"),       QStringLiteral("--search"),
                       QStringLiteral("x")}
        << "secret-test-key" << 2 << "WoowUp only";
    QTest::newRow("nobody listening")
        << QStringList{QStringLiteral("--service"),  QStringLiteral("wazzup"),
                       QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--timeout"),  QStringLiteral("2"),
                       QStringLiteral("--attempts"), QStringLiteral("1"),
                       QStringLiteral("list")}
        << "secret-test-key" << 1 << "refused";
}

void TestCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    QFETCH(QString, reasonPart);
    arguments.replaceInStrings(QStringLiteral("@BASE@"), m_server->baseUrl().toString());

    const Run result = run(arguments, key);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    // Exactly one line, that says why.
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(reasonPart), qPrintable(result.err));
    if (!key.isEmpty())
        QVERIFY(!result.err.contains(key) || reasonPart == QLatin1String("api-key"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
