// The sandbox's HTTP/1.1 connection handling, over bare sockets: when it
// closes, keep-alive, pipelining, Expect: 100-continue, chunked bodies and
// malformed requests. The vendors' own clients depend on all of it (PHP's
// HTTP stream sends Connection: close and waits for the close).

#include "rawhttpclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QtTest>

namespace {

const QByteArray wazzupAuth = QByteArrayLiteral("Bearer demo-wazzup-key");
const QByteArray woowupAuth = QByteArrayLiteral("Basic demo-woowup-key");
constexpr int closeWaitMs = 3000;

RawHttpClient::Headers authFor(const QByteArray &target)
{
    if (target.startsWith("/v3"))
        return {{"Authorization", wazzupAuth}};
    if (target.startsWith("/apiv3"))
        return {{"Authorization", woowupAuth}};
    return {};
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void closesAfterResponse_data();
    void closesAfterResponse();
    void connectionHeader_data();
    void connectionHeader();
    void keepAliveReusesOneConnection();
    void pipelinedAnsweredInOrder_data();
    void pipelinedAnsweredInOrder();
    void expectContinue_data();
    void expectContinue();
    void chunkedRequestBody();
    void malformedRequestRefusedAndClosed_data();
    void malformedRequestRefusedAndClosed();

private:
    void start(const SandboxOptions &options);
    std::unique_ptr<RawHttpClient> connected();

    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxHttp::start(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));

    // Records the routes below can read, update and delete.
    RawHttpClient setup(m_server->port());
    QVERIFY(setup.connectToServer());
    setup.write(RawHttpClient::request("POST", "/v3/users", {{"Authorization", wazzupAuth}},
                                       R"([{"id":"keep-1","name":"Keep One","phone":"79261234567"},
            {"id":"keep-2","name":"Keep Two"}])"));
    auto response = setup.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    setup.write(RawHttpClient::request(
        "POST", "/apiv3/users", {{"Authorization", woowupAuth}},
        R"({"email":"close@example.com","document":"C-1","service_uid":"close-uid"})"));
    response = setup.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestSandboxHttp::init()
{
    SandboxOptions options;
    options.wazzupRateLimit = 0;
    options.woowupRateLimit = 0;
    start(options);
}

void TestSandboxHttp::cleanup()
{
    m_server.reset();
}

std::unique_ptr<RawHttpClient> TestSandboxHttp::connected()
{
    auto client = std::make_unique<RawHttpClient>(m_server->port());
    if (!client->connectToServer())
        return nullptr;
    return client;
}

void TestSandboxHttp::closesAfterResponse_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("authorized");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("emptyBody");

    struct Route
    {
        const char *name;
        const char *method;
        const char *target;
        const char *body;
        bool authorized;
        int status;
        bool emptyBody;
    };
    const Route routes[] = {
        {"wazzup list", "GET", "/v3/users", "", true, 200, false},
        {"wazzup list page", "GET", "/v3/users?offset=0", "", true, 200, false},
        {"wazzup get", "GET", "/v3/users/keep-1", "", true, 200, false},
        {"wazzup upsert", "POST", "/v3/users", R"([{"id":"new-1","name":"New"}])", true, 200, true},
        {"wazzup delete", "DELETE", "/v3/users/keep-2", "", true, 200, true},
        {"wazzup bulk delete", "PATCH", "/v3/users/bulk_delete", R"(["keep-1","gone"])", true, 200,
         false},
        {"wazzup not found", "GET", "/v3/users/nobody", "", true, 404, false},
        {"wazzup unauthorized", "GET", "/v3/users", "", false, 401, false},
        {"woowup search", "GET", "/apiv3/users?limit=1", "", true, 200, false},
        {"woowup create", "POST", "/apiv3/users", R"({"email":"new@example.com"})", true, 200,
         false},
        {"woowup find", "GET", "/apiv3/multiusers/find?email=close%40example.com", "", true, 200,
         false},
        {"woowup exist", "GET", "/apiv3/multiusers/exist?document=C-1", "", true, 200, false},
        {"woowup update", "PUT", "/apiv3/multiusers",
         R"({"email":"close@example.com","city":"Rosario"})", true, 200, false},
        {"woowup delete", "DELETE", "/apiv3/multiusers", R"({"document":"C-1"})", true, 200, false},
        {"woowup deprecated get", "GET", "/apiv3/users/12345", "", true, 200, false},
        {"woowup deprecated update", "PUT", "/apiv3/users/12345", R"({"city":"Mendoza"})", true,
         200, false},
        {"woowup deprecated exist", "GET", "/apiv3/users/12345/exist", "", true, 200, false},
        {"woowup belongs to segment", "GET", "/apiv3/users/12345/belongsToSegment?segment_id=1", "",
         true, 200, false},
        {"woowup custom attributes", "GET", "/apiv3/account/custom-attributes", "", true, 200,
         false},
        {"woowup forbidden", "GET", "/apiv3/users", "", false, 403, false},
        {"woowup wrong verb", "POST", "/apiv3/multiusers", "{}", true, 405, false},
        {"unknown route", "GET", "/nowhere", "", false, 404, false},
        {"sandbox stats", "GET", "/__sandbox/stats", "", false, 200, false},
        {"sandbox segments", "GET", "/__sandbox/segments", "", false, 200, false},
        {"sandbox reset", "POST", "/__sandbox/reset", "", false, 200, false},
    };
    // HTTP/1.1 closes on request; HTTP/1.0 unless the client asked to keep it.
    for (const char *version : {"HTTP/1.1", "HTTP/1.0"}) {
        for (const Route &route : routes) {
            QTest::addRow("%s %s", version, route.name)
                << QByteArray(version) << QByteArray(route.method) << QByteArray(route.target)
                << QByteArray(route.body) << route.authorized << route.status << route.emptyBody;
        }
    }
}

void TestSandboxHttp::closesAfterResponse()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(bool, authorized);
    QFETCH(int, status);
    QFETCH(bool, emptyBody);

    RawHttpClient::Headers headers = authorized ? authFor(target) : RawHttpClient::Headers();
    if (version == "HTTP/1.1")
        headers.append(RawHttpClient::Header("Connection", "close"));
    if (!body.isEmpty())
        headers.append(RawHttpClient::Header("Content-Type", "application/json"));
    const auto client = connected();
    QVERIFY(client);
    client->write(RawHttpClient::request(method, target, headers, body, version));

    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->body.isEmpty(), emptyBody);
    QCOMPARE(response->header("Content-Length"), QByteArray::number(response->body.size()));
    QCOMPARE(response->header("Connection").toLower(), QByteArrayLiteral("close"));
    // The client reads until the server closes; without the close it hangs.
    QVERIFY2(client->waitForClose(closeWaitMs), "the server kept the connection open");
    QCOMPARE(client->unreadBytes(), QByteArray());
}

void TestSandboxHttp::connectionHeader_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connection"); // empty: no header
    QTest::addColumn<bool>("closes");

    QTest::newRow("1.1 without the header") << QByteArray("HTTP/1.1") << QByteArray() << false;
    QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << true;
    QTest::newRow("1.1 Close") << QByteArray("HTTP/1.1") << QByteArray("Close") << true;
    QTest::newRow("1.1 close among tokens")
        << QByteArray("HTTP/1.1") << QByteArray("TE, close") << true;
    QTest::newRow("1.1 keep-alive") << QByteArray("HTTP/1.1") << QByteArray("keep-alive") << false;
    QTest::newRow("1.0 without the header") << QByteArray("HTTP/1.0") << QByteArray() << true;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << false;
    QTest::newRow("1.0 Keep-Alive") << QByteArray("HTTP/1.0") << QByteArray("Keep-Alive") << false;
    QTest::newRow("1.0 close") << QByteArray("HTTP/1.0") << QByteArray("close") << true;
}

void TestSandboxHttp::connectionHeader()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connection);
    QFETCH(bool, closes);

    RawHttpClient::Headers headers = authFor("/v3");
    if (!connection.isEmpty())
        headers.append(RawHttpClient::Header("Connection", connection));
    const auto client = connected();
    QVERIFY(client);
    client->write(RawHttpClient::request("GET", "/v3/users/keep-1", headers, {}, version));
    auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    if (closes) {
        QCOMPARE(response->header("Connection").toLower(), QByteArrayLiteral("close"));
        QVERIFY2(client->waitForClose(closeWaitMs), "the server kept the connection open");
        return;
    }
    // An HTTP/1.0 client only keeps the connection when the answer says so.
    if (version == "HTTP/1.0")
        QCOMPARE(response->header("Connection").toLower(), QByteArrayLiteral("keep-alive"));
    else
        QVERIFY(response->header("Connection").toLower() != "close");
    client->write(
        RawHttpClient::request("GET", "/apiv3/users/12345", authFor("/apiv3"), {}, version));
    response = client->readResponse();
    QVERIFY2(response, "the second request on the connection got no answer");
    QCOMPARE(response->status, 200);
    QVERIFY(client->isConnected());
}

void TestSandboxHttp::keepAliveReusesOneConnection()
{
    const auto client = connected();
    QVERIFY(client);
    const quint16 port = client->localPort();
    constexpr int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
        const QByteArray id = "ka-" + QByteArray::number(i);
        client->write(RawHttpClient::request("POST", "/v3/users", authFor("/v3"),
                                             R"([{"id":")" + id + R"(","name":"K"}])"));
        auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->body.isEmpty());

        client->write(RawHttpClient::request("GET", "/v3/users/" + id, authFor("/v3")));
        response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->object().value(QLatin1String("id")).toString(), QString::fromLatin1(id));

        client->write(RawHttpClient::request("GET", "/apiv3/users/" + QByteArray::number(10001 + i),
                                             authFor("/apiv3")));
        response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->object()
                     .value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("userapp_id"))
                     .toInteger(),
                 10001 + i);
        QVERIFY(client->isConnected());
    }
    QCOMPARE(client->localPort(), port);
    QCOMPARE(m_server->stats()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             2 + 3 * rounds); // and the two of start()
}

void TestSandboxHttp::pipelinedAnsweredInOrder_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("pieceBytes"); // 0: everything in one write
    QTest::addColumn<bool>("closeLast");

    QTest::newRow("one write") << 0 << 0 << false;
    QTest::newRow("one write, with latency") << 40 << 0 << false;
    QTest::newRow("in pieces of 7 bytes") << 0 << 7 << false;
    QTest::newRow("in pieces of 7 bytes, with latency") << 10 << 7 << false;
    QTest::newRow("one write, the last asks to close") << 0 << 0 << true;
}

void TestSandboxHttp::pipelinedAnsweredInOrder()
{
    QFETCH(int, latencyMs);
    QFETCH(int, pieceBytes);
    QFETCH(bool, closeLast);
    if (latencyMs > 0) {
        SandboxOptions options;
        options.wazzupRateLimit = 0;
        options.woowupRateLimit = 0;
        options.latencyMs = latencyMs;
        start(options);
    }

    struct Step
    {
        QByteArray request;
        int status;
        QByteArray marker; // in the body; empty: the body is empty
    };
    QList<Step> steps{
        {RawHttpClient::request("POST", "/v3/users", authFor("/v3"),
                                R"([{"id":"pipe-1","name":"Pipe"}])"),
         200, QByteArray()},
        {RawHttpClient::request("GET", "/v3/users/pipe-1", authFor("/v3")), 200,
         R"("name":"Pipe")"},
        {RawHttpClient::request("GET", "/apiv3/users/10001", authFor("/apiv3")), 200,
         R"("userapp_id":10001)"},
        {RawHttpClient::request("DELETE", "/v3/users/pipe-1", authFor("/v3")), 200, QByteArray()},
        {RawHttpClient::request("GET", "/v3/users/pipe-1", authFor("/v3")), 404, "USER_NOT_FOUND"},
        {RawHttpClient::request("PUT", "/apiv3/multiusers", authFor("/apiv3"),
                                R"({"email":"close@example.com","city":"Salta"})"),
         200, R"("city":"Salta")"},
    };
    for (int id = 10002; id <= 10007; ++id) {
        steps.append({RawHttpClient::request("GET", "/apiv3/users/" + QByteArray::number(id),
                                             authFor("/apiv3")),
                      200, R"("userapp_id":)" + QByteArray::number(id)});
    }
    RawHttpClient::Headers last;
    if (closeLast)
        last.append(RawHttpClient::Header("Connection", "close"));
    steps.append({RawHttpClient::request("GET", "/__sandbox/segments", last), 200, R"("rule")"});

    QByteArray all;
    for (const Step &step : steps)
        all += step.request;
    const auto client = connected();
    QVERIFY(client);
    if (pieceBytes == 0) {
        client->write(all);
    } else {
        for (qsizetype at = 0; at < all.size(); at += pieceBytes) {
            client->write(all.mid(at, pieceBytes));
            QCoreApplication::processEvents();
        }
    }

    for (int i = 0; i < steps.size(); ++i) {
        const auto response = client->readResponse();
        QVERIFY2(response, qPrintable(QStringLiteral("no answer %1").arg(i)));
        QCOMPARE(response->status, steps.at(i).status);
        if (steps.at(i).marker.isEmpty())
            QVERIFY2(response->body.isEmpty(), response->body.constData());
        else
            QVERIFY2(response->body.contains(steps.at(i).marker), response->body.left(200));
    }
    if (closeLast)
        QVERIFY2(client->waitForClose(closeWaitMs), "the server kept the connection open");
    else
        QVERIFY(client->isConnected());
    QCOMPARE(client->unreadBytes(), QByteArray());
}

void TestSandboxHttp::expectContinue_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("waitForContinue");

    const QByteArray upsert = R"([{"id":"expect-1","name":"Expect"}])";
    const QByteArray create = R"({"email":"expect@example.com"})";
    const QByteArray update = R"({"email":"close@example.com","city":"Tandil"})";
    for (const bool wait : {true, false}) {
        const char *how = wait ? "waits for 100" : "sends the body at once";
        QTest::addRow("wazzup upsert, %s", how)
            << QByteArray("POST") << QByteArray("/v3/users") << upsert << wait;
        QTest::addRow("woowup create, %s", how)
            << QByteArray("POST") << QByteArray("/apiv3/users") << create << wait;
        QTest::addRow("woowup update, %s", how)
            << QByteArray("PUT") << QByteArray("/apiv3/multiusers") << update << wait;
    }
}

void TestSandboxHttp::expectContinue()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(bool, waitForContinue);

    RawHttpClient::Headers headers = authFor(target);
    headers.append(RawHttpClient::Header("Content-Type", "application/json"));
    headers.append(RawHttpClient::Header("Expect", "100-continue"));
    headers.append(RawHttpClient::Header("Content-Length", QByteArray::number(body.size())));
    const QByteArray head = RawHttpClient::request(method, target, headers);
    const auto client = connected();
    QVERIFY(client);

    std::optional<RawHttpResponse> response;
    if (waitForContinue) {
        // curl waits a second for it, other clients longer or for ever.
        client->write(head);
        response = client->readResponse(2000);
        QVERIFY2(response, "no 100 Continue");
        QCOMPARE(response->status, 100);
        client->write(body);
        response = client->readResponse();
    } else {
        client->write(head + body);
        response = client->readResponse();
        // Allowed, if pointless, once the body is in: skip a 100.
        if (response && response->status == 100)
            response = client->readResponse();
    }
    QVERIFY(response);
    QCOMPARE(response->status, 200);

    // The connection goes on as usual.
    client->write(RawHttpClient::request("GET", "/apiv3/users/12345", authFor("/apiv3")));
    response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(client->unreadBytes(), QByteArray());
}

void TestSandboxHttp::chunkedRequestBody()
{
    RawHttpClient::Headers headers = authFor("/v3");
    headers.append(RawHttpClient::Header("Transfer-Encoding", "chunked"));
    QByteArray chunked;
    const QByteArray pieces[] = {R"([{"id":"ch)", R"(unk-1","name":"Chunked"})", "]"};
    for (const QByteArray &piece : pieces) {
        chunked += QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n";
    }
    chunked += "0\r\nX-Trailer: yes\r\n\r\n";
    const auto client = connected();
    QVERIFY(client);
    client->write(RawHttpClient::request("POST", "/v3/users", headers) + chunked);
    auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    client->write(RawHttpClient::request("GET", "/v3/users/chunk-1", authFor("/v3")));
    response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->object().value(QLatin1String("name")).toString(), QStringLiteral("Chunked"));
}

void TestSandboxHttp::malformedRequestRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
    // An https:// client at this plain-HTTP port: refused without waiting
    // for a line ending that may never come.
    QTest::newRow("TLS handshake")
        << QByteArray::fromHex("160301020001000001fc0303a1b2c3d4e5f60718293a4b5c6d7e8f90") << 400;
    QTest::newRow("HTTP/2 request line")
        << QByteArray("GET /v3/users HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("Content-Length not a number")
        << QByteArray("POST /v3/users HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << 400;
    QTest::newRow("two different Content-Length")
        << QByteArray("POST /v3/users HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n[]")
        << 400;
    QTest::newRow("space before the colon")
        << QByteArray("GET /v3/users HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("transfer coding without chunked last")
        << QByteArray("POST /v3/users HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
    QTest::newRow("transfer coding under chunked")
        << QByteArray("POST /v3/users HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501;
    QTest::newRow("bad chunk size")
        << QByteArray("POST /v3/users HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("head too large") << QByteArray(
        "GET /v3/users HTTP/1.1\r\nX-Filler: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n")
                                    << 431;
}

void TestSandboxHttp::malformedRequestRefusedAndClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const auto client = connected();
    QVERIFY(client);
    client->write(bytes);
    const auto response = client->readResponse();
    QVERIFY2(response, "no answer");
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection").toLower(), QByteArrayLiteral("close"));
    QVERIFY2(client->waitForClose(closeWaitMs), "the server kept the connection open");
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
