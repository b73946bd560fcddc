// Timeouts, retries, rate limiting, lost answers and transport errors,
// against the sandbox's injected faults and a scripted loopback server.

#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "woowupclient.h"

#include <QNetworkReply>
#include <QSet>
#include <QtTest>

class TestApiResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void woowUpBurstStaysUnderLimit();
    void wazzupBurstStaysUnderLimit();
    void serverRateLimitIsWaitedOut();
    void createsUnderFaultsNeverDuplicate();
    void hangIsCutByTimeoutAndRetried();
    void timeoutsExhaustAttempts();
    void truncatedCreateIsConfirmedNotResent();
    void droppedCreateIsResentByTransport();
    void hungCreateIsResentAfterCheck();
    void transportResendOfProcessedCreate();
    void createAfterServerErrorIsNotResent();
    void garbageBodyIsRetried();
    void garbageBodyEverywhere();
    void gatewayErrorsAreRetried();
    void internalErrorIsNotRetried();
    void retryAfterIsHonoured();
    void wazzupTooManyWaitsForWindow();
    void connectionRefused();
    void baseUrlMustBeSecure_data();
    void baseUrlMustBeSecure();
    void tlsErrorsAreNotIgnored();
    void keyAndQueriesAreNeverLogged();
    void abortCancels();
    void deletingClientWithJobsInFlight();

private:
    void startSandbox(const SandboxOptions &options);
    // Switches faults off once the first API request has been served.
    void faultsOnlyForFirstRequest(FaultInjector::Kind kind);
    WoowUpClient *woowUp(const ApiClientConfig &config);
    WazzupClient *wazzup(const ApiClientConfig &config);
    ApiClientConfig woowUpConfig() const
    {
        return fastConfig(m_server->baseUrl(), QStringLiteral("demo-woowup-key"));
    }
    ApiClientConfig wazzupConfig() const
    {
        return fastConfig(m_server->baseUrl(), QStringLiteral("demo-wazzup-key"));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiResilience::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestApiResilience::startSandbox(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
}

void TestApiResilience::faultsOnlyForFirstRequest(FaultInjector::Kind kind)
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {kind};
    options.hangMs = 20000;
    startSandbox(options);
    connect(m_server.get(), &SandboxServer::requestServed, this, [this] {
        SandboxOptions calm = m_server->options();
        if (calm.faultRate > 0) {
            calm.faultRate = 0;
            m_server->setOptions(calm);
        }
    });
}

WoowUpClient *TestApiResilience::woowUp(const ApiClientConfig &config)
{
    auto *client = WoowUpClient::create(config);
    m_client.reset(client);
    return client;
}

WazzupClient *TestApiResilience::wazzup(const ApiClientConfig &config)
{
    auto *client = WazzupClient::create(config);
    m_client.reset(client);
    return client;
}

void TestApiResilience::woowUpBurstStaysUnderLimit()
{
    SandboxOptions options;
    options.woowupRateLimit = 20;
    options.woowupWindowMs = 2000;
    startSandbox(options);
    ApiClientConfig config = woowUpConfig();
    config.rateLimit.limit = 20;
    config.rateLimit.windowMs = 2000;
    WoowUpClient *client = woowUp(config);

    QElapsedTimer clock;
    clock.start();
    QList<WoowUpSearchJob *> jobs;
    for (int i = 0; i < 50; ++i)
        jobs.append(client->searchCustomers(i, 1));
    const auto done = awaitAll(jobs, 30000);
    for (const auto &job : done) {
        QVERIFY(job->isFinished());
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
    }
    // 19 per window (97 % of 20): 50 requests need three windows.
    QVERIFY2(clock.elapsed() >= 3900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("429")), 0);
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("200")), 50);
}

void TestApiResilience::wazzupBurstStaysUnderLimit()
{
    SandboxOptions options;
    options.wazzupRateLimit = 15;
    options.wazzupWindowMs = 1000;
    startSandbox(options);
    ApiClientConfig config = wazzupConfig();
    config.rateLimit.limit = 15;
    config.rateLimit.windowMs = 1000;
    WazzupClient *client = wazzup(config);

    QList<ApiJob *> jobs;
    for (int i = 0; i < 45; ++i)
        jobs.append(client->testConnection());
    const auto done = awaitAll(jobs, 30000);
    for (const auto &job : done)
        QVERIFY2(job->isFinished() && !job->error(), qPrintable(job->error().message()));
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("429")), 0);
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("200")), 45);
}

void TestApiResilience::serverRateLimitIsWaitedOut()
{
    // No client-side limit at all: the server's 429s and Retry-After alone
    // must get every request through.
    SandboxOptions options;
    options.woowupRateLimit = 10;
    options.woowupWindowMs = 1000;
    startSandbox(options);
    ApiClientConfig config = woowUpConfig();
    config.retry.maxAttempts = 10;
    config.retry.maxDelayMs = 2000;
    WoowUpClient *client = woowUp(config);

    QList<WoowUpSearchJob *> jobs;
    for (int i = 0; i < 30; ++i)
        jobs.append(client->searchCustomers(i, 1));
    const auto done = awaitAll(jobs, 40000);
    for (const auto &job : done)
        QVERIFY2(job->isFinished() && !job->error(), qPrintable(job->error().message()));
    QVERIFY(statusCount(m_server->stats(), QStringLiteral("429")) > 0);
    QCOMPARE(statusCount(m_server->stats(), QStringLiteral("200")), 30);
}

void TestApiResilience::createsUnderFaultsNeverDuplicate()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Empty;
    options.faultRate = 0.2;
    options.faultSeed = 4242;
    options.hangMs = 20000;
    options.woowupRateLimit = 0;
    startSandbox(options);
    ApiClientConfig config = woowUpConfig();
    config.timeoutMs = 400;
    config.retry.maxAttempts = 6;
    config.retry.baseDelayMs = 20;
    config.retry.maxDelayMs = 1000;
    WoowUpClient *client = woowUp(config);

    QList<WoowUpCustomerJob *> jobs;
    for (int i = 0; i < 300; ++i) {
        WoowUpCustomer c;
        c.email = QStringLiteral("import-%1@example.com").arg(i);
        c.firstName = QStringLiteral("Import %1").arg(i);
        jobs.append(client->createCustomer(c));
    }
    const auto done = awaitAll(jobs, 80000);

    // Check the outcome without faults.
    SandboxOptions calm = m_server->options();
    calm.faultRate = 0;
    m_server->setOptions(calm);
    QCOMPARE(m_server->duplicateCreates(), 0);

    std::unique_ptr<WoowUpClient> checker(WoowUpClient::create(woowUpConfig()));
    int created = 0;
    int failed = 0;
    int unknown = 0;
    int confirmed = 0;
    for (const auto &job : done) {
        QVERIFY(job->isFinished());
        const QString email = job->error() ? job->error().recordKey() : job->customer().email;
        if (!job->error()) {
            ++created;
            if (job->confirmedByExistenceCheck())
                ++confirmed;
            QVERIFY(job->customer().userappId > 0);
            auto found = await(checker->findCustomer(QStringLiteral("email"), email));
            QVERIFY(found->found());
            QCOMPARE(found->customer().userappId, job->customer().userappId);
            continue;
        }
        // A failure always says why, in words.
        QVERIFY(!job->error().message().isEmpty());
        QVERIFY(!email.isEmpty());
        if (job->outcomeUnknown()) {
            ++unknown;
            continue;
        }
        ++failed;
        auto exists = await(checker->customerExists(QStringLiteral("email"), email));
        QVERIFY2(!exists->result(),
                 qPrintable(email + QLatin1String(" reported failed: ") + job->error().message()));
    }
    qInfo("created %d (%d confirmed by exist), failed %d, unknown %d; faults %s", created,
          confirmed, failed, unknown,
          QJsonDocument(m_server->stats().value(QLatin1String("faults")).toObject())
              .toJson(QJsonDocument::Compact)
              .constData());
    QCOMPARE(created + failed + unknown, 300);
    QVERIFY(created >= 270);
    QVERIFY(confirmed > 0); // the truncated-create path really ran
    QVERIFY(m_server->woowupCustomerCount() >= created);
    QVERIFY(m_server->woowupCustomerCount() <= created + unknown);
}

void TestApiResilience::hangIsCutByTimeoutAndRetried()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Hang);
    ApiClientConfig config = wazzupConfig();
    config.timeoutMs = 300;
    WazzupClient *client = wazzup(config);

    QElapsedTimer clock;
    clock.start();
    auto job = await(client->listUsers());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->users().size(), m_server->wazzupUserCount());
    QVERIFY(clock.elapsed() >= 270); // coarse timers may fire up to 5 % early
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /v3/users"), QStringLiteral("hung")),
             1);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /v3/users"), QStringLiteral("200")),
             1);
}

void TestApiResilience::timeoutsExhaustAttempts()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Hang};
    startSandbox(options);
    ApiClientConfig config = wazzupConfig();
    config.timeoutMs = 200;
    config.retry.maxAttempts = 2;
    WazzupClient *client = wazzup(config);

    auto job = await(client->getUser(QStringLiteral("x")));
    QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(job->error().attempts(), 2);
    QVERIFY(job->error().isRetryable());
    QVERIFY(job->error().message().contains(QLatin1String("1 second")));
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("GET /v3/users/{id}"), QStringLiteral("hung")),
        2);
}

void TestApiResilience::truncatedCreateIsConfirmedNotResent()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Truncated);
    WoowUpClient *client = woowUp(woowUpConfig());
    WoowUpCustomer c;
    c.email = QStringLiteral("truncated@example.com");
    auto job = await(client->createCustomer(c));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(job->confirmedByExistenceCheck());
    QCOMPARE(job->createAttempts(), 1);
    QVERIFY(job->customer().userappId > 0);
    QCOMPARE(job->customer().email, c.email);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"), QStringLiteral("200")),
        1);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /apiv3/multiusers/exist"),
                        QStringLiteral("200")),
             1);
}

void TestApiResilience::droppedCreateIsResentByTransport()
{
    // A connection closed before any byte of the answer makes
    // QNetworkAccessManager re-send the request by itself, POST included.
    // The job cannot stop that, but it counts it.
    faultsOnlyForFirstRequest(FaultInjector::Kind::Drop);
    WoowUpClient *client = woowUp(woowUpConfig());
    WoowUpCustomer c;
    c.email = QStringLiteral("dropped@example.com");
    auto job = await(client->createCustomer(c));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->createAttempts(), 2);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"),
                        QStringLiteral("dropped")),
             1);
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"), QStringLiteral("200")),
        1);
    QCOMPARE(m_server->duplicateCreates(), 0);
}

void TestApiResilience::hungCreateIsResentAfterCheck()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Hang);
    ApiClientConfig config = woowUpConfig();
    config.timeoutMs = 300;
    WoowUpClient *client = woowUp(config);
    WoowUpCustomer c;
    c.email = QStringLiteral("hung@example.com");
    auto job = await(client->createCustomer(c));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(!job->confirmedByExistenceCheck());
    QCOMPARE(job->createAttempts(), 2);
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"), QStringLiteral("hung")),
        1);
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"), QStringLiteral("200")),
        1);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /apiv3/multiusers/exist"),
                        QStringLiteral("200")),
             1);
    QCOMPARE(m_server->duplicateCreates(), 0);
}

void TestApiResilience::transportResendOfProcessedCreate()
{
    // The worst case: the server created the customer, the connection died
    // before the answer, the network stack re-sent the POST and the server
    // said "already exists". That is our own customer, not a conflict.
    const QByteArray customer = QByteArrayLiteral(
        "{\"userapp_id\":77,\"email\":\"lost@example.com\",\"first_name\":\"Lost\"}");
    ScriptedHttpServer server(
        {{-1, QByteArray(), {}},
         {400,
          QByteArrayLiteral("{\"payload\":{\"errors\":[\"user already exists (email is "
                            "already in use)\"]},\"message\":\"bad request\",\"code\":"
                            "\"bad_request\"}"),
          {}},
         {200,
          QByteArrayLiteral("{\"payload\":{\"exist\":true,\"userapp_id\":\"77\"},"
                            "\"code\":\"ok\"}"),
          {}},
         {200,
          QByteArrayLiteral("{\"payload\":") + customer + QByteArrayLiteral(",\"code\":\"ok\"}"),
          {}}});
    WoowUpClient *client = woowUp(fastConfig(server.baseUrl(), QStringLiteral("k")));
    WoowUpCustomer c;
    c.email = QStringLiteral("lost@example.com");
    auto job = await(client->createCustomer(c));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(job->confirmedByExistenceCheck());
    QCOMPARE(job->customer().userappId, 77);
    QCOMPARE(server.requestLines().size(), 4);
    QVERIFY(server.requestLines().at(2).startsWith("GET /apiv3/multiusers/exist?email="));
}

void TestApiResilience::createAfterServerErrorIsNotResent()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Http500);
    WoowUpClient *client = woowUp(woowUpConfig());
    const int before = m_server->woowupCustomerCount();
    WoowUpCustomer c;
    c.email = QStringLiteral("fivehundred@example.com");
    auto job = await(client->createCustomer(c));
    QCOMPARE(job->error().kind(), ApiError::Kind::ServerError);
    QCOMPARE(job->error().recordKey(), c.email);
    QVERIFY(!job->outcomeUnknown());
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("POST /apiv3/users"), QStringLiteral("500")),
        1);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /apiv3/multiusers/exist"),
                        QStringLiteral("200")),
             1);
    QCOMPARE(m_server->woowupCustomerCount(), before);
}

void TestApiResilience::garbageBodyIsRetried()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Garbage);
    WoowUpClient *client = woowUp(woowUpConfig());
    auto job = await(client->searchCustomers(0, 5));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->customers().size(), 5);
}

void TestApiResilience::garbageBodyEverywhere()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Garbage};
    startSandbox(options);
    ApiClientConfig config = woowUpConfig();
    config.retry.maxAttempts = 3;
    WoowUpClient *client = woowUp(config);
    auto job = await(client->searchCustomers(0, 5));
    QCOMPARE(job->error().kind(), ApiError::Kind::InvalidResponse);
    QCOMPARE(job->error().attempts(), 3);
    QVERIFY(job->error().message().contains(QLatin1String("cannot read")));
    QVERIFY(!job->error().technicalDetail().isEmpty());
}

void TestApiResilience::gatewayErrorsAreRetried()
{
    const QByteArray html = QByteArrayLiteral("<html>bad gateway</html>");
    ScriptedHttpServer server({{502, html, {}},
                               {503, html, {}},
                               {504, html, {}},
                               {200, QByteArrayLiteral("{\"count\":\"0\",\"data\":[]}"), {}}});
    WazzupClient *client = wazzup(fastConfig(server.baseUrl(), QStringLiteral("k")));
    auto job = await(client->listUsers());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(server.requestLines().size(), 4);
}

void TestApiResilience::internalErrorIsNotRetried()
{
    ScriptedHttpServer server({{500, QByteArrayLiteral("{\"error\":\"INTERNAL\"}"), {}}});
    WazzupClient *client = wazzup(fastConfig(server.baseUrl(), QStringLiteral("k")));
    auto job = await(client->listUsers());
    QCOMPARE(job->error().kind(), ApiError::Kind::ServerError);
    QCOMPARE(server.requestLines().size(), 1);
}

void TestApiResilience::retryAfterIsHonoured()
{
    ScriptedHttpServer server(
        {{429,
          QByteArrayLiteral(
              "{\"payload\":[],\"message\":\"too many request\",\"code\":\"too_many_request\"}"),
          {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}},
         {200, QByteArrayLiteral("{\"payload\":[],\"message\":\"ok\",\"code\":\"ok\"}"), {}}});
    ApiClientConfig config = fastConfig(server.baseUrl(), QStringLiteral("k"));
    config.retry.maxDelayMs = 5000;
    WoowUpClient *client = woowUp(config);
    auto job = await(client->searchCustomers(0, 10));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(server.requestTimes().size(), 2);
    const qint64 gap = server.requestTimes().at(1) - server.requestTimes().at(0);
    QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
}

void TestApiResilience::wazzupTooManyWaitsForWindow()
{
    ScriptedHttpServer server({{429, QByteArrayLiteral("{\"error\":\"TOO_MANY_REQUESTS\"}"), {}},
                               {200, QByteArrayLiteral("[]"), {}}});
    ApiClientConfig config = fastConfig(server.baseUrl(), QStringLiteral("k"));
    config.rateLimit.windowMs = 700; // Wazzup's 5 s window, shortened
    WazzupClient *client = wazzup(config);
    auto job = await(client->listUsers());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(server.requestTimes().size(), 2);
    const qint64 gap = server.requestTimes().at(1) - server.requestTimes().at(0);
    QVERIFY2(gap >= 650, qPrintable(QString::number(gap)));
}

void TestApiResilience::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ApiClientConfig config =
        fastConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("k"));
    config.retry.maxAttempts = 3;
    WazzupClient *client = wazzup(config);
    auto job = await(client->listUsers());
    QCOMPARE(job->error().kind(), ApiError::Kind::Network);
    QCOMPARE(job->error().networkError(), int(QNetworkReply::ConnectionRefusedError));
    QCOMPARE(job->error().attempts(), 3);
    QVERIFY(!job->error().isAmbiguous());
    QVERIFY(job->error().message().contains(QLatin1String("refused")));
}

void TestApiResilience::baseUrlMustBeSecure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    const int ok = int(ApiError::Kind::None);
    QTest::newRow("https") << "https://api.woowup.com/apiv3/" << ok;
    QTest::newRow("https bare host") << "https://api.wazzup24.com" << ok;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << ok;
    QTest::newRow("http loopback v4 other") << "http://127.1.2.3:8080" << ok;
    QTest::newRow("http localhost") << "http://localhost:8080/v3/" << ok;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << ok;
    QTest::newRow("http remote") << "http://api.woowup.com/apiv3/"
                                 << int(ApiError::Kind::InsecureUrl);
    QTest::newRow("http lan") << "http://192.168.1.10" << int(ApiError::Kind::InsecureUrl);
    QTest::newRow("ftp") << "ftp://example.com" << int(ApiError::Kind::InvalidUrl);
    QTest::newRow("empty") << "" << int(ApiError::Kind::InvalidUrl);
}

void TestApiResilience::baseUrlMustBeSecure()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    ApiClientConfig config = fastConfig(QUrl(url), QStringLiteral("k"));
    ApiError error;
    std::unique_ptr<WoowUpClient> client(WoowUpClient::create(config, &error));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(bool(client), kind == int(ApiError::Kind::None));
    if (error) {
        QVERIFY(!error.message().isEmpty());
        if (error.kind() == ApiError::Kind::InsecureUrl)
            QVERIFY(error.message().contains(QLatin1String("HTTPS")));
    }
}

void TestApiResilience::tlsErrorsAreNotIgnored()
{
    // The sandbox speaks plain HTTP: a TLS handshake with it must fail, and
    // the failure must be reported as such, not retried or worked around.
    startSandbox(SandboxOptions());
    QUrl url = m_server->baseUrl();
    url.setScheme(QStringLiteral("https"));
    WoowUpClient *client = woowUp(fastConfig(url, QStringLiteral("demo-woowup-key")));
    auto job = await(client->searchCustomers(0, 1));
    QVERIFY(job->error());
    QCOMPARE(job->error().kind(), ApiError::Kind::Tls);
    QCOMPARE(job->error().attempts(), 1);
    QVERIFY(job->error().message().contains(QLatin1String("secure connection")));
}

namespace {

QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QLatin1String(context.category) + QLatin1Char(' ') + message);
}

} // namespace

void TestApiResilience::keyAndQueriesAreNeverLogged()
{
    faultsOnlyForFirstRequest(FaultInjector::Kind::Http503);
    QStringList log;
    capturedLog = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("userdesk.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    const QString secretMail = QStringLiteral("secret.person@example.com");
    {
        WoowUpClient *client = woowUp(woowUpConfig());
        QVERIFY(!await(client->searchCustomers(0, 1, secretMail))->error()); // 503, retried
        WoowUpCustomer c;
        c.email = secretMail;
        QVERIFY(!await(client->createCustomer(c))->error());
        QVERIFY(await(client->findCustomer(QStringLiteral("email"), secretMail))->found());
        std::unique_ptr<WoowUpClient> wrong(
            WoowUpClient::create(fastConfig(m_server->baseUrl(), QStringLiteral("wrong-key"))));
        QVERIFY(await(wrong->searchCustomers(0, 1, secretMail))->error());
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    capturedLog = nullptr;

    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("/apiv3/users")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("userdesk.http")));
    QVERIFY(all.contains(QLatin1String("retrying")));
    QVERIFY(!all.contains(QLatin1String("demo-woowup-key")));
    QVERIFY(!all.contains(QLatin1String("wrong-key")));
    QVERIFY(!all.contains(QLatin1String("secret.person")));
    QVERIFY(!all.contains(QLatin1String("secret.person%40")));
}

void TestApiResilience::abortCancels()
{
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {FaultInjector::Kind::Hang};
    startSandbox(options);
    WazzupClient *client = wazzup(wazzupConfig());
    WazzupUserListJob *job = client->listUsers();
    job->setAutoDelete(false);
    std::unique_ptr<WazzupUserListJob> owned(job);
    QTest::qWait(100);
    QSignalSpy spy(job, &ApiJob::finished);
    job->abort();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(client->rateLimiter()->inFlight(), 0);
}

void TestApiResilience::deletingClientWithJobsInFlight()
{
    SandboxOptions options;
    options.latencyMs = 200;
    startSandbox(options);
    ApiClientConfig config = woowUpConfig();
    config.rateLimit.limit = 5;
    config.rateLimit.windowMs = 60000;
    WoowUpClient *client = woowUp(config);
    for (int i = 0; i < 20; ++i)
        client->searchCustomers(i, 1); // in flight, queued, and over the limit
    QTest::qWait(50);
    m_client.reset();
    QTest::qWait(300);
}

QTEST_GUILESS_MAIN(TestApiResilience)
#include "tst_apiresilience.moc"
