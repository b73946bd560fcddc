// Fault injection, latency, inspection routes and command-line options of
// the sandbox.

#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QCommandLineParser>
#include <QtTest>

Q_DECLARE_METATYPE(FaultInjector::Kind)

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void faultKinds_data();
    void faultKinds();
    void faultsSpareInspectionRoutes();
    void faultSequenceIsDeterministic();
    void truncatedCreateIsCarriedOut();
    void latencyDoesNotBlock();
    void stopReleasesHungConnections();
    void optionsFromCommandLine_data();
    void optionsFromCommandLine();
    void badCommandLine_data();
    void badCommandLine();

private:
    void start(const SandboxOptions &options);

    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxFaults::start(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
}

void TestSandboxFaults::cleanup()
{
    m_server.reset();
}

void TestSandboxFaults::faultKinds_data()
{
    QTest::addColumn<FaultInjector::Kind>("kind");
    QTest::addColumn<bool>("woowup");
    for (const FaultInjector::Kind kind : FaultInjector::allKinds()) {
        const QByteArray name = FaultInjector::kindName(kind).toLatin1();
        QTest::newRow(QByteArray("wazzup " + name).constData()) << kind << false;
        QTest::newRow(QByteArray("woowup " + name).constData()) << kind << true;
    }
}

void TestSandboxFaults::faultKinds()
{
    QFETCH(FaultInjector::Kind, kind);
    QFETCH(bool, woowup);
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {kind};
    options.hangMs = 30000;
    start(options);

    SandboxTestClient client(m_server->baseUrl());
    client.setAuthorization(woowup ? QByteArrayLiteral("Basic demo-woowup-key")
                                   : QByteArrayLiteral("Bearer demo-wazzup-key"));
    client.setTimeoutMs(kind == FaultInjector::Kind::Hang ? 400 : 5000);
    const TestResponse response =
        client.get(woowup ? QStringLiteral("/apiv3/users?limit=3") : QStringLiteral("/v3/users"));

    switch (kind) {
    case FaultInjector::Kind::Http500:
        QCOMPARE(response.status, 500);
        QVERIFY(response.isJson());
        if (woowup)
            QCOMPARE(response.object().value(QLatin1String("code")).toString(),
                     QStringLiteral("internal_error"));
        break;
    case FaultInjector::Kind::Http502:
    case FaultInjector::Kind::Http503:
        QCOMPARE(response.status, kind == FaultInjector::Kind::Http502 ? 502 : 503);
        QVERIFY(!response.isJson());
        break;
    case FaultInjector::Kind::Http429:
        QCOMPARE(response.status, 429);
        if (woowup) {
            QCOMPARE(response.object().value(QLatin1String("code")).toString(),
                     QStringLiteral("too_many_request"));
            QVERIFY(response.header(QByteArrayLiteral("Retry-After")).toInt() >= 1);
        }
        break;
    case FaultInjector::Kind::Drop:
        QCOMPARE(response.status, 0);
        QVERIFY(response.error != QNetworkReply::NoError);
        QVERIFY(response.error != QNetworkReply::OperationCanceledError);
        break;
    case FaultInjector::Kind::Hang:
        // Only the client's transfer timeout ends it.
        QCOMPARE(response.status, 0);
        QVERIFY(response.error == QNetworkReply::OperationCanceledError
                || response.error == QNetworkReply::TimeoutError);
        QVERIFY(response.elapsedMs >= 350);
        QCOMPARE(m_server->stats()
                     .value(QLatin1String("faults"))
                     .toObject()
                     .value(QLatin1String("hang"))
                     .toInt(),
                 1);
        break;
    case FaultInjector::Kind::Truncated:
    case FaultInjector::Kind::Garbage:
        QCOMPARE(response.status, 200);
        QCOMPARE(response.error, QNetworkReply::NoError);
        QVERIFY(!response.body.isEmpty());
        QVERIFY(!response.isJson());
        break;
    case FaultInjector::Kind::None:
        QFAIL("not a fault");
    }

    // Faults are counted, and the route's statistics show the outcome.
    const QJsonObject stats = m_server->stats();
    QVERIFY(
        stats.value(QLatin1String("faults")).toObject().value(FaultInjector::kindName(kind)).toInt()
        >= 1);
}

void TestSandboxFaults::faultsSpareInspectionRoutes()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Drop};
    options.latencyMs = 2000;
    start(options);
    SandboxTestClient client(m_server->baseUrl());
    client.setTimeoutMs(1500); // no latency either
    for (int i = 0; i < 5; ++i) {
        const TestResponse stats = client.get(QStringLiteral("/__sandbox/stats"));
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.object().contains(QLatin1String("requests")));
    }
    QCOMPARE(client.send("POST", QStringLiteral("/__sandbox/reset"), "{}").status, 200);
}

void TestSandboxFaults::faultSequenceIsDeterministic()
{
    const auto run = [this](quint32 seed) {
        SandboxOptions options;
        options.faultRate = 0.5;
        options.faultSeed = seed;
        options.faultKinds = {FaultInjector::Kind::Http500, FaultInjector::Kind::Http503};
        start(options);
        SandboxTestClient client(m_server->baseUrl());
        client.setAuthorization(QByteArrayLiteral("Bearer demo-wazzup-key"));
        QList<int> statuses;
        for (int i = 0; i < 20; ++i)
            statuses.append(client.get(QStringLiteral("/v3/users/x")).status);
        return statuses;
    };
    const QList<int> first = run(7);
    const QList<int> again = run(7);
    const QList<int> other = run(8);
    QCOMPARE(first, again);
    QVERIFY(first != other);
    QVERIFY(first.contains(404) && (first.contains(500) || first.contains(503)));
    // A share of about one half.
    const auto faulted = first.size() - first.count(404);
    QVERIFY2(faulted >= 4 && faulted <= 16, qPrintable(QString::number(faulted)));
}

void TestSandboxFaults::truncatedCreateIsCarriedOut()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Truncated};
    start(options);
    SandboxTestClient client(m_server->baseUrl());
    client.setAuthorization(QByteArrayLiteral("Basic demo-woowup-key"));
    const TestResponse response = client.send("POST", QStringLiteral("/apiv3/users"),
                                              R"({"email": "lost.reply@example.com"})");
    QCOMPARE(response.status, 200);
    QVERIFY(!response.isJson());
    // The answer was lost, the customer exists: a blind retry is a duplicate.
    QCOMPARE(m_server->woowupCustomerCount(), 5001);
    client.send("POST", QStringLiteral("/apiv3/users"), R"({"email": "lost.reply@example.com"})");
    QCOMPARE(m_server->duplicateCreates(), 1);
}

void TestSandboxFaults::latencyDoesNotBlock()
{
    SandboxOptions options;
    options.latencyMs = 400;
    start(options);
    SandboxTestClient client(m_server->baseUrl());
    client.setAuthorization(QByteArrayLiteral("Basic demo-woowup-key"));

    const TestResponse single = client.get(QStringLiteral("/apiv3/users/12345"));
    QCOMPARE(single.status, 200);
    QVERIFY(single.elapsedMs >= 380);

    // Twenty at once: if the server slept per request this would take 8 s.
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies.append(client.start("GET", QStringLiteral("/apiv3/users?limit=1&page=%1").arg(i)));
    for (QNetworkReply *reply : replies)
        QCOMPARE(SandboxTestClient::wait(reply).status, 200);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::stopReleasesHungConnections()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Hang};
    start(options);
    SandboxTestClient client(m_server->baseUrl());
    client.setAuthorization(QByteArrayLiteral("Bearer demo-wazzup-key"));
    client.setTimeoutMs(20000);
    QNetworkReply *reply = client.start("GET", QStringLiteral("/v3/users"));
    QTRY_COMPARE(m_server->stats().value(QLatin1String("hung_connections")).toInt(), 1);
    m_server->close();
    const TestResponse response = SandboxTestClient::wait(reply);
    QVERIFY(response.error != QNetworkReply::NoError);
    QVERIFY(response.elapsedMs < 5000);
}

void TestSandboxFaults::optionsFromCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("check");
    QTest::newRow("defaults") << QStringList() << QStringLiteral("defaults");
    QTest::newRow("everything") << QStringList{QStringLiteral("--port"),
                                               QStringLiteral("8089"),
                                               QStringLiteral("--wazzup-key"),
                                               QStringLiteral("wk"),
                                               QStringLiteral("--woowup-key"),
                                               QStringLiteral("ok"),
                                               QStringLiteral("--seed"),
                                               QStringLiteral("empty"),
                                               QStringLiteral("--latency-ms"),
                                               QStringLiteral("25"),
                                               QStringLiteral("--fault-rate"),
                                               QStringLiteral("0.25"),
                                               QStringLiteral("--fault-seed"),
                                               QStringLiteral("99"),
                                               QStringLiteral("--fault-kinds"),
                                               QStringLiteral("drop, hang"),
                                               QStringLiteral("--woowup-rate"),
                                               QStringLiteral("10"),
                                               QStringLiteral("--wazzup-rate"),
                                               QStringLiteral("20"),
                                               QStringLiteral("--wazzup-user-limit"),
                                               QStringLiteral("50")}
                                << QStringLiteral("everything");
}

void TestSandboxFaults::optionsFromCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, check);
    QCommandLineParser parser;
    SandboxOptions::addToParser(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("userdesk-sandbox")} + arguments));
    SandboxOptions options;
    QString error;
    QVERIFY2(SandboxOptions::fromParser(parser, &options, &error), qPrintable(error));
    if (check == QLatin1String("defaults")) {
        QCOMPARE(options.port, quint16(0));
        QCOMPARE(options.wazzupKey, QStringLiteral("demo-wazzup-key"));
        QCOMPARE(options.woowupKey, QStringLiteral("demo-woowup-key"));
        QCOMPARE(options.seed, SandboxOptions::Seed::Demo);
        QCOMPARE(options.woowupRateLimit, 140);
        QCOMPARE(options.wazzupRateLimit, 500);
        QCOMPARE(options.wazzupUserLimit, 1000);
        QCOMPARE(options.faultRate, 0.0);
        QCOMPARE(options.faultKinds, FaultInjector::allKinds());
    } else {
        QCOMPARE(options.port, quint16(8089));
        QCOMPARE(options.wazzupKey, QStringLiteral("wk"));
        QCOMPARE(options.woowupKey, QStringLiteral("ok"));
        QCOMPARE(options.seed, SandboxOptions::Seed::Empty);
        QCOMPARE(options.latencyMs, 25);
        QCOMPARE(options.faultRate, 0.25);
        QCOMPARE(options.faultSeed, 99u);
        QCOMPARE(
            options.faultKinds,
            (QList<FaultInjector::Kind>{FaultInjector::Kind::Drop, FaultInjector::Kind::Hang}));
        QCOMPARE(options.woowupRateLimit, 10);
        QCOMPARE(options.wazzupRateLimit, 20);
        QCOMPARE(options.wazzupUserLimit, 50);
    }
}

void TestSandboxFaults::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("full")};
    QTest::newRow("fault rate") << QStringList{QStringLiteral("--fault-rate"),
                                               QStringLiteral("1.5")};
    QTest::newRow("fault kind") << QStringList{QStringLiteral("--fault-kinds"),
                                               QStringLiteral("drop,fire")};
    QTest::newRow("latency") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")};
    QTest::newRow("empty key") << QStringList{QStringLiteral("--woowup-key"), QString()};
}

void TestSandboxFaults::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QCommandLineParser parser;
    SandboxOptions::addToParser(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("userdesk-sandbox")} + arguments));
    SandboxOptions options;
    QString error;
    QVERIFY(!SandboxOptions::fromParser(parser, &options, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
