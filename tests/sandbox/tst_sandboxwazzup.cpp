// The Wazzup /v3/users routes of the sandbox, over real loopback HTTP.

#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QtTest>

class TestSandboxWazzup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listBareArraySortedByName();
    void listPagedByOffset();
    void listPagedAcrossPages();
    void listRejectsBadOffset_data();
    void listRejectsBadOffset();
    void getUser();
    void getMissingUser();
    void upsertAddsAndUpdates();
    void upsertDropsMalformedPhone_data();
    void upsertDropsMalformedPhone();
    void upsertRejectsInvalidData_data();
    void upsertRejectsInvalidData();
    void upsertRejectsMoreThan100();
    void upsertStopsAtUserLimit();
    void deleteUser();
    void bulkDeleteReturnsAbsentIds();
    void bulkDeleteRejectsMoreThan100();
    void bulkDeleteRejectsNonArray();
    void authFailures_data();
    void authFailures();
    void wrongVerbAndUnknownRoute();
    void clientQuirksOnEveryRoute_data();
    void clientQuirksOnEveryRoute();
    void rateLimitPerWindow();
    void statsCountRoutes();

private:
    SandboxTestClient &client() { return *m_client; }
    void restart(const SandboxOptions &options);
    static QByteArray users(int count, const QString &prefix);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxWazzup::restart(const SandboxOptions &options)
{
    m_client.reset();
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->port() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setAuthorization(QByteArrayLiteral("Bearer demo-wazzup-key"));
}

void TestSandboxWazzup::init()
{
    restart(SandboxOptions());
}

void TestSandboxWazzup::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QByteArray TestSandboxWazzup::users(int count, const QString &prefix)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        array.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("name"),
             QStringLiteral("%1 User %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'))}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void TestSandboxWazzup::listBareArraySortedByName()
{
    const TestResponse response = client().get(QStringLiteral("/v3/users"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.json().isArray());
    const QJsonArray list = response.array();
    QCOMPARE(list.size(), 40);
    QCOMPARE(m_server->wazzupUserCount(), 40);
    QString previous;
    for (const QJsonValue &value : list) {
        const QJsonObject user = value.toObject();
        QVERIFY(user.value(QLatin1String("id")).isString());
        const QString name = user.value(QLatin1String("name")).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(name));
        previous = name;
    }
}

void TestSandboxWazzup::listPagedByOffset()
{
    const TestResponse response = client().get(QStringLiteral("/v3/users?offset=0"));
    QCOMPARE(response.status, 200);
    const QJsonObject page = response.object();
    // The total is a string in the paged shape.
    QCOMPARE(page.value(QLatin1String("count")).toString(), QStringLiteral("40"));
    QCOMPARE(page.value(QLatin1String("data")).toArray().size(), 40);

    const TestResponse tail = client().get(QStringLiteral("/v3/users?offset=35"));
    QCOMPARE(tail.object().value(QLatin1String("data")).toArray().size(), 5);
    QCOMPARE(tail.object().value(QLatin1String("data")).toArray().first(),
             page.value(QLatin1String("data")).toArray().at(35));
}

void TestSandboxWazzup::listPagedAcrossPages()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Empty;
    restart(options);
    QCOMPARE(client().get(QStringLiteral("/v3/users")).array().size(), 0);
    QCOMPARE(
        client().send("POST", QStringLiteral("/v3/users"), users(100, QStringLiteral("a"))).status,
        200);
    QCOMPARE(
        client().send("POST", QStringLiteral("/v3/users"), users(50, QStringLiteral("b"))).status,
        200);

    QStringList names;
    for (int offset = 0;; offset += 100) {
        const TestResponse response =
            client().get(QStringLiteral("/v3/users?offset=%1").arg(offset));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.object().value(QLatin1String("count")).toString(), QStringLiteral("150"));
        const QJsonArray data = response.object().value(QLatin1String("data")).toArray();
        QVERIFY(data.size() <= 100);
        for (const QJsonValue &user : data)
            names.append(user.toObject().value(QLatin1String("name")).toString());
        if (data.size() < 100)
            break;
    }
    QCOMPARE(names.size(), 150);
    QCOMPARE(names.first(), QStringLiteral("a User 0000"));
    QCOMPARE(names.last(), QStringLiteral("b User 0049"));
}

void TestSandboxWazzup::listRejectsBadOffset_data()
{
    QTest::addColumn<QString>("offset");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("text") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
}

void TestSandboxWazzup::listRejectsBadOffset()
{
    QFETCH(QString, offset);
    const TestResponse response = client().get(QStringLiteral("/v3/users?offset=") + offset);
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QLatin1String("error")).isString());
}

void TestSandboxWazzup::getUser()
{
    const QJsonArray list = client().get(QStringLiteral("/v3/users")).array();
    const QString id = list.first().toObject().value(QLatin1String("id")).toString();
    const TestResponse response = client().get(QStringLiteral("/v3/users/") + id);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QLatin1String("id")).toString(), id);
    QCOMPARE(response.object().value(QLatin1String("name")),
             list.first().toObject().value(QLatin1String("name")));

    // The demo seed gives most users a phone: at least one must show it.
    bool sawPhone = false;
    for (const QJsonValue &entry : list) {
        const TestResponse user = client().get(
            QStringLiteral("/v3/users/") + entry.toObject().value(QLatin1String("id")).toString());
        if (user.object().value(QLatin1String("phone")).isString())
            sawPhone = true;
    }
    QVERIFY(sawPhone);
}

void TestSandboxWazzup::getMissingUser()
{
    const TestResponse response = client().get(QStringLiteral("/v3/users/no-such-user"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("USER_NOT_FOUND"));
}

void TestSandboxWazzup::upsertAddsAndUpdates()
{
    // The docs' example body.
    const QByteArray body = R"([
        {"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb", "name": "Alex Salesman", "phone": "79263334567"},
        {"id": "111-2e0df379-0e3c-470f-9b36", "name": "Kate Supportics", "phone": "79261234567"}
    ])";
    QCOMPARE(client().send("POST", QStringLiteral("/v3/users"), body).status, 200);
    QCOMPARE(m_server->wazzupUserCount(), 42);
    TestResponse user = client().get(QStringLiteral("/v3/users/111-2e0df379-0e3c-470f-9b36"));
    QCOMPARE(user.object().value(QLatin1String("name")).toString(),
             QStringLiteral("Kate Supportics"));
    QCOMPARE(user.object().value(QLatin1String("phone")).toString(), QStringLiteral("79261234567"));

    const QByteArray update = R"([{"id": "111-2e0df379-0e3c-470f-9b36", "name": "Kate Renamed"}])";
    QCOMPARE(client().send("POST", QStringLiteral("/v3/users"), update).status, 200);
    QCOMPARE(m_server->wazzupUserCount(), 42);
    user = client().get(QStringLiteral("/v3/users/111-2e0df379-0e3c-470f-9b36"));
    QCOMPARE(user.object().value(QLatin1String("name")).toString(), QStringLiteral("Kate Renamed"));
    QVERIFY(!user.object().contains(QLatin1String("phone")));
}

void TestSandboxWazzup::upsertDropsMalformedPhone_data()
{
    QTest::addColumn<QByteArray>("phone");
    QTest::newRow("plus sign") << QByteArrayLiteral("\"+79261234567\"");
    QTest::newRow("letters") << QByteArrayLiteral("\"7926abc4567\"");
    QTest::newRow("too short") << QByteArrayLiteral("\"12345\"");
    QTest::newRow("spaces") << QByteArrayLiteral("\"7 926 123 45 67\"");
    QTest::newRow("number type") << QByteArrayLiteral("79261234567");
}

void TestSandboxWazzup::upsertDropsMalformedPhone()
{
    QFETCH(QByteArray, phone);
    const QByteArray body =
        "[{\"id\": \"p1\", \"name\": \"Phone Test\", \"phone\": " + phone + "}]";
    const TestResponse response = client().send("POST", QStringLiteral("/v3/users"), body);
    QCOMPARE(response.status, 200); // no error: the phone just disappears
    const TestResponse user = client().get(QStringLiteral("/v3/users/p1"));
    QCOMPARE(user.status, 200);
    QVERIFY(!user.object().contains(QLatin1String("phone")));
}

void TestSandboxWazzup::upsertRejectsInvalidData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("empty array") << QByteArrayLiteral("[]");
    QTest::newRow("object") << QByteArrayLiteral("{\"id\": \"x\", \"name\": \"y\"}");
    QTest::newRow("not json") << QByteArrayLiteral("id=x");
    QTest::newRow("missing id") << QByteArrayLiteral("[{\"name\": \"y\"}]");
    QTest::newRow("missing name") << QByteArrayLiteral("[{\"id\": \"x\"}]");
    QTest::newRow("blank name") << QByteArrayLiteral("[{\"id\": \"x\", \"name\": \"  \"}]");
    QTest::newRow("numeric id") << QByteArrayLiteral("[{\"id\": 5, \"name\": \"y\"}]");
    QTest::newRow("id of 201 chars")
        << QByteArray("[{\"id\": \"" + QByteArray(201, 'i') + "\", \"name\": \"y\"}]");
    QTest::newRow("name of 201 chars")
        << QByteArray("[{\"id\": \"x\", \"name\": \"" + QByteArray(201, 'n') + "\"}]");
    QTest::newRow("one bad among good")
        << QByteArrayLiteral("[{\"id\": \"ok1\", \"name\": \"ok\"}, {\"id\": \"x\"}]");
}

void TestSandboxWazzup::upsertRejectsInvalidData()
{
    QFETCH(QByteArray, body);
    const TestResponse response = client().send("POST", QStringLiteral("/v3/users"), body);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("INVALID_USERS_DATA"));
    QVERIFY(!response.object().value(QLatin1String("description")).toString().isEmpty());
    QCOMPARE(m_server->wazzupUserCount(), 40); // all or nothing
}

void TestSandboxWazzup::upsertRejectsMoreThan100()
{
    QCOMPARE(
        client().send("POST", QStringLiteral("/v3/users"), users(100, QStringLiteral("c"))).status,
        200);
    const TestResponse response =
        client().send("POST", QStringLiteral("/v3/users"), users(101, QStringLiteral("d")));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("TOO_MANY_ENTITIES"));
    QCOMPARE(m_server->wazzupUserCount(), 140);
}

void TestSandboxWazzup::upsertStopsAtUserLimit()
{
    SandboxOptions options;
    options.wazzupUserLimit = 45;
    restart(options);
    TestResponse response =
        client().send("POST", QStringLiteral("/v3/users"), users(6, QStringLiteral("e")));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("USER_LIMIT_EXCEEDED"));
    QCOMPARE(m_server->wazzupUserCount(), 40);

    response = client().send("POST", QStringLiteral("/v3/users"), users(5, QStringLiteral("e")));
    QCOMPARE(response.status, 200);
    QCOMPARE(m_server->wazzupUserCount(), 45);
    // Updating existing users is still allowed at the limit.
    response = client().send("POST", QStringLiteral("/v3/users"), users(5, QStringLiteral("e")));
    QCOMPARE(response.status, 200);
    response = client().send("POST", QStringLiteral("/v3/users"), users(1, QStringLiteral("f")));
    QCOMPARE(response.status, 400);
}

void TestSandboxWazzup::deleteUser()
{
    const QString id = client()
                           .get(QStringLiteral("/v3/users"))
                           .array()
                           .first()
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    TestResponse response = client().send("DELETE", QStringLiteral("/v3/users/") + id);
    QCOMPARE(response.status, 200);
    QCOMPARE(m_server->wazzupUserCount(), 39);
    QCOMPARE(client().get(QStringLiteral("/v3/users/") + id).status, 404);
    response = client().send("DELETE", QStringLiteral("/v3/users/") + id);
    QCOMPARE(response.status, 404);
}

void TestSandboxWazzup::bulkDeleteReturnsAbsentIds()
{
    const QJsonArray list = client().get(QStringLiteral("/v3/users")).array();
    const QString first = list.at(0).toObject().value(QLatin1String("id")).toString();
    const QString second = list.at(1).toObject().value(QLatin1String("id")).toString();

    TestResponse response =
        client().send("PATCH", QStringLiteral("/v3/users/bulk_delete"),
                      QJsonDocument(QJsonArray{first, QStringLiteral("ghost-1"), second,
                                               QStringLiteral("ghost-2")})
                          .toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.array(), (QJsonArray{QStringLiteral("ghost-1"), QStringLiteral("ghost-2")}));
    QCOMPARE(m_server->wazzupUserCount(), 38);

    const QString third = list.at(2).toObject().value(QLatin1String("id")).toString();
    response = client().send("PATCH", QStringLiteral("/v3/users/bulk_delete"),
                             QJsonDocument(QJsonArray{third}).toJson());
    QCOMPARE(response.status, 200);
    QVERIFY(response.json().isArray());
    QCOMPARE(response.array().size(), 0);
}

void TestSandboxWazzup::bulkDeleteRejectsMoreThan100()
{
    QJsonArray ids;
    for (int i = 0; i < 101; ++i)
        ids.append(QString::number(i));
    const TestResponse response = client().send("PATCH", QStringLiteral("/v3/users/bulk_delete"),
                                                QJsonDocument(ids).toJson());
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("TOO_MANY_ENTITIES"));
}

void TestSandboxWazzup::bulkDeleteRejectsNonArray()
{
    const TestResponse response = client().send("PATCH", QStringLiteral("/v3/users/bulk_delete"),
                                                QByteArrayLiteral("{\"ids\": []}"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("INVALID_USERS_DATA"));
}

void TestSandboxWazzup::authFailures_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("/v3/users");
    QTest::newRow("wrong key") << QByteArrayLiteral("Bearer nope") << QStringLiteral("/v3/users");
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic demo-wazzup-key")
                                  << QStringLiteral("/v3/users");
    QTest::newRow("woowup key") << QByteArrayLiteral("Bearer demo-woowup-key")
                                << QStringLiteral("/v3/users/anything");
    QTest::newRow("unknown route") << QByteArray() << QStringLiteral("/v3/nothing");
}

void TestSandboxWazzup::authFailures()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    client().setAuthorization(authorization);
    const TestResponse response = client().get(path);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.object().value(QLatin1String("error")).toString(),
             QStringLiteral("UNAUTHORIZED"));
    QVERIFY(response.object().contains(QLatin1String("description")));
}

void TestSandboxWazzup::wrongVerbAndUnknownRoute()
{
    QCOMPARE(client().send("PUT", QStringLiteral("/v3/users"), "[]").status, 405);
    QCOMPARE(client().send("PATCH", QStringLiteral("/v3/users/some-id"), "[]").status, 405);
    QCOMPARE(client().get(QStringLiteral("/v3/contacts")).status, 404);
    QCOMPARE(client().get(QStringLiteral("/elsewhere")).status, 404);
}

void TestSandboxWazzup::clientQuirksOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("charset"); // Content-Type and Accept with "; charset=utf-8"
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("quirkExistsAfter"); // the user "quirk-1"

    const auto row = [](const char *name, const char *method, const char *path, const char *body,
                        bool charset, int status, bool exists) {
        QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << QByteArray(body)
                            << charset << status << exists;
    };
    // A third-party Wazzup PHP SDK asks for users/ and sends [] even on GET
    // and DELETE.
    row("list /", "GET", "/v3/users/", "", false, 200, true);
    row("list []", "GET", "/v3/users", "[]", false, 200, true);
    row("list / []", "GET", "/v3/users/", "[]", false, 200, true);
    row("list page / []", "GET", "/v3/users/?offset=0", "[]", false, 200, true);
    row("get /", "GET", "/v3/users/quirk-1/", "", false, 200, true);
    row("get / []", "GET", "/v3/users/quirk-1/", "[]", false, 200, true);
    row("upsert /", "POST", "/v3/users/", R"([{"id":"quirk-1","name":"Renamed"}])", false, 200,
        true);
    row("delete /", "DELETE", "/v3/users/quirk-1/", "", false, 200, false);
    row("delete []", "DELETE", "/v3/users/quirk-1", "[]", false, 200, false);
    row("delete / []", "DELETE", "/v3/users/quirk-1/", "[]", false, 200, false);
    row("bulk delete /", "PATCH", "/v3/users/bulk_delete/", R"(["quirk-1"])", false, 200, false);
    // Media types with parameters.
    row("upsert, charset", "POST", "/v3/users", R"([{"id":"quirk-1","name":"Renamed"}])", true, 200,
        true);
    row("bulk delete, charset", "PATCH", "/v3/users/bulk_delete", R"(["quirk-1"])", true, 200,
        false);
    row("list, charset", "GET", "/v3/users", "", true, 200, true);
    // The refusals stay.
    row("upsert of [] /", "POST", "/v3/users/", "[]", true, 400, true);
    row("bulk delete of {} /", "PATCH", "/v3/users/bulk_delete/", "{}", false, 400, true);
    row("get / of nobody []", "GET", "/v3/users/nobody/", "[]", false, 404, true);
}

void TestSandboxWazzup::clientQuirksOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathAndQuery);
    QFETCH(QByteArray, body);
    QFETCH(bool, charset);
    QFETCH(int, status);
    QFETCH(bool, quirkExistsAfter);
    QCOMPARE(client()
                 .send("POST", QStringLiteral("/v3/users"),
                       R"([{"id":"quirk-1","name":"Quirk","phone":"79261234567"}])")
                 .status,
             200);
    if (charset) {
        client().setRawHeader("Content-Type", "application/json; charset=utf-8");
        client().setRawHeader("Accept", "application/json; charset=utf-8");
    }
    const TestResponse response = client().send(method, pathAndQuery, body);
    QVERIFY2(response.status == status, response.body.constData());
    QCOMPARE(client().get(QStringLiteral("/v3/users/quirk-1")).status,
             quirkExistsAfter ? 200 : 404);
}

void TestSandboxWazzup::rateLimitPerWindow()
{
    SandboxOptions options;
    options.wazzupRateLimit = 5;
    options.wazzupWindowMs = 1000;
    restart(options);
    // 11 requests in less than one window span at most two fixed windows,
    // which admit 10: at least one must be refused.
    QElapsedTimer timer;
    timer.start();
    TestResponse refused;
    for (int i = 0; i < 11; ++i) {
        const TestResponse response = client().get(QStringLiteral("/v3/users?offset=0"));
        QVERIFY(response.status == 200 || response.status == 429);
        if (response.status == 429)
            refused = response;
    }
    if (timer.elapsed() < 1000) {
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.object().value(QLatin1String("error")).toString(),
                 QStringLiteral("TOO_MANY_REQUESTS"));
        // Wazzup documents no Retry-After; the sandbox does not invent one.
        QVERIFY(!refused.hasHeader(QByteArrayLiteral("Retry-After")));
    }
    // The fixed window resets: within two windows a request passes again.
    QTRY_COMPARE_WITH_TIMEOUT(client().get(QStringLiteral("/v3/users/nope")).status, 404, 3000);
}

void TestSandboxWazzup::statsCountRoutes()
{
    client().get(QStringLiteral("/v3/users"));
    client().get(QStringLiteral("/v3/users/missing"));
    client().setAuthorization(QByteArray());
    client().get(QStringLiteral("/v3/users"));
    const TestResponse stats = client().get(QStringLiteral("/__sandbox/stats"));
    QCOMPARE(stats.status, 200);
    const QJsonObject byRoute = stats.object()
                                    .value(QLatin1String("requests"))
                                    .toObject()
                                    .value(QLatin1String("by_route"))
                                    .toObject();
    QCOMPARE(byRoute.value(QLatin1String("GET /v3/users"))
                 .toObject()
                 .value(QLatin1String("200"))
                 .toInt(),
             1);
    QCOMPARE(byRoute.value(QLatin1String("GET /v3/users"))
                 .toObject()
                 .value(QLatin1String("401"))
                 .toInt(),
             1);
    QCOMPARE(byRoute.value(QLatin1String("GET /v3/users/{id}"))
                 .toObject()
                 .value(QLatin1String("404"))
                 .toInt(),
             1);
    QCOMPARE(stats.object().value(QLatin1String("wazzup_users")).toInt(), 40);
}

QTEST_GUILESS_MAIN(TestSandboxWazzup)
#include "tst_sandboxwazzup.moc"
