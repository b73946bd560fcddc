// WazzupClient against the in-process sandbox over loopback HTTP.

#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"

#include <QtTest>

#include <algorithm>

class TestWazzupClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsDemoUsers();
    void upsertSplitsIntoBatchesAndListPages();
    void getUserWithPhone();
    void getMissingUser();
    void deleteOneUser();
    void bulkDeleteReportsAbsentIds();
    void emptyBatchesSendNothing();
    void rejectedBatchNamesUserAndField();
    void userLimitExceeded();
    void wrongKey();
    void testConnection();
    void acceptsBareArrayList();
    void idsWithReservedCharacters();

private:
    WazzupClient *makeClient(const QString &key = QStringLiteral("demo-wazzup-key"));
    static WazzupUserList makeUsers(int count, const QString &prefix);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WazzupClient> m_client;
};

void TestWazzupClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_client.reset(makeClient());
    QVERIFY(m_client);
}

void TestWazzupClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

WazzupClient *TestWazzupClient::makeClient(const QString &key)
{
    ApiError error;
    WazzupClient *client =
        WazzupClient::create(fastConfig(m_server->baseUrl(), key), &error, nullptr);
    if (!client)
        qWarning() << error.message();
    return client;
}

WazzupUserList TestWazzupClient::makeUsers(int count, const QString &prefix)
{
    WazzupUserList users;
    for (int i = 0; i < count; ++i) {
        users.append({QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("Zz %1 %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("7926%1").arg(1000000 + i)});
    }
    return users;
}

void TestWazzupClient::listsDemoUsers()
{
    auto job = await(m_client->listUsers());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->users().size(), m_server->wazzupUserCount());
    QCOMPARE(job->requestCount(), 1);
    QVERIFY(!job->users().first().id.isEmpty());
    QVERIFY(!job->users().first().name.isEmpty());
}

void TestWazzupClient::upsertSplitsIntoBatchesAndListPages()
{
    const int before = m_server->wazzupUserCount();
    const WazzupUserList users = makeUsers(250, QStringLiteral("crm"));
    auto upsert = await(m_client->upsertUsers(users));
    QVERIFY2(!upsert->error(), qPrintable(upsert->error().message()));
    QCOMPARE(upsert->upserted().size(), 250);
    QCOMPARE(upsert->requestCount(), 3);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("POST /v3/users"), QStringLiteral("200")),
             3);
    QCOMPARE(m_server->wazzupUserCount(), before + 250);

    // Upserting the same users again changes nothing (upsert by id).
    auto again = await(m_client->upsertUsers(users));
    QVERIFY(!again->error());
    QCOMPARE(m_server->wazzupUserCount(), before + 250);

    auto list = await(m_client->listUsers());
    QVERIFY2(!list->error(), qPrintable(list->error().message()));
    QCOMPARE(list->users().size(), before + 250);
    QCOMPARE(list->requestCount(), 3); // 100 + 100 + 90
    QCOMPARE(list->serverCount().value_or(-1), before + 250);
    QStringList ids;
    for (const auto &user : list->users())
        ids.append(user.id);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), before + 250);
    for (const auto &user : users)
        QVERIFY(ids.contains(user.id));
}

void TestWazzupClient::getUserWithPhone()
{
    const WazzupUser user{QStringLiteral("get-me"), QStringLiteral("Alex Salesman"),
                          QStringLiteral("79263334567")};
    QVERIFY(!await(m_client->upsertUsers({user}))->error());
    auto job = await(m_client->getUser(user.id));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->user(), user);
}

void TestWazzupClient::getMissingUser()
{
    auto job = await(m_client->getUser(QStringLiteral("nobody")));
    QCOMPARE(job->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(job->error().httpStatus(), 404);
    QCOMPARE(job->error().recordKey(), QStringLiteral("nobody"));
    QVERIFY(job->error().message().contains(QLatin1String("nobody")));
    QVERIFY(!job->error().isRetryable());
}

void TestWazzupClient::deleteOneUser()
{
    QVERIFY(!await(m_client->upsertUsers(makeUsers(1, QStringLiteral("one"))))->error());
    const QString id = QStringLiteral("one-0000");
    auto job = await(m_client->deleteUser(id));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->deletedIds(), QStringList{id});
    QVERIFY(job->absentIds().isEmpty());

    auto again = await(m_client->deleteUser(id));
    QVERIFY(!again->error());
    QCOMPARE(again->absentIds(), QStringList{id});
    QVERIFY(again->deletedIds().isEmpty());
}

void TestWazzupClient::bulkDeleteReportsAbsentIds()
{
    const WazzupUserList users = makeUsers(130, QStringLiteral("bulk"));
    QVERIFY(!await(m_client->upsertUsers(users))->error());
    const int before = m_server->wazzupUserCount();

    QStringList ids;
    for (const auto &user : users)
        ids.append(user.id);
    QStringList absent;
    for (int i = 0; i < 20; ++i)
        absent.append(QStringLiteral("ghost-%1").arg(i));
    ids.append(absent);
    ids.append(users.first().id); // a duplicate is sent once

    auto job = await(m_client->deleteUsers(ids));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->requestCount(), 2);
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("PATCH /v3/users/bulk_delete"),
                        QStringLiteral("200")),
             2);
    QStringList reported = job->absentIds();
    reported.sort();
    absent.sort();
    QCOMPARE(reported, absent);
    QCOMPARE(job->deletedIds().size(), 130);
    QVERIFY(job->failedIds().isEmpty());
    QCOMPARE(m_server->wazzupUserCount(), before - 130);
}

void TestWazzupClient::emptyBatchesSendNothing()
{
    const int total = m_server->stats()
                          .value(QLatin1String("requests"))
                          .toObject()
                          .value(QLatin1String("total"))
                          .toInt();
    QVERIFY(!await(m_client->upsertUsers({}))->error());
    QVERIFY(!await(m_client->deleteUsers({}))->error());
    QCOMPARE(m_server->stats()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             total);
}

void TestWazzupClient::rejectedBatchNamesUserAndField()
{
    WazzupUserList users = makeUsers(150, QStringLiteral("bad"));
    users[120].name.clear(); // in the second batch, at index 20
    auto job = await(m_client->upsertUsers(users));
    const ApiError &error = job->error();
    QCOMPARE(error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(error.code(), QStringLiteral("INVALID_USERS_DATA"));
    QCOMPARE(error.field(), QStringLiteral("name"));
    QCOMPARE(error.recordKey(), users[120].id);
    QVERIFY(error.message().contains(users[120].id));
    QCOMPARE(job->upserted().size(), 100);
    QCOMPARE(job->failures().size(), 1);
    QCOMPARE(job->failedUsers().size(), 50);
}

void TestWazzupClient::userLimitExceeded()
{
    SandboxOptions options = m_server->options();
    options.wazzupUserLimit = m_server->wazzupUserCount() + 5;
    m_server->setOptions(options);
    auto job = await(m_client->upsertUsers(makeUsers(10, QStringLiteral("over"))));
    QCOMPARE(job->error().code(), QStringLiteral("USER_LIMIT_EXCEEDED"));
    QVERIFY(job->error().message().contains(QLatin1String("1,000")));
}

void TestWazzupClient::wrongKey()
{
    std::unique_ptr<WazzupClient> client(makeClient(QStringLiteral("wrong-key")));
    auto job = await(client->listUsers());
    QCOMPARE(job->error().kind(), ApiError::Kind::Authentication);
    QCOMPARE(job->error().httpStatus(), 401);
    QVERIFY(job->error().message().contains(QLatin1String("API key")));
    QVERIFY(!job->error().message().contains(QLatin1String("401")));
    QCOMPARE(job->error().attempts(), 1); // a wrong key is not retried

    auto test = await(client->testConnection());
    QCOMPARE(test->error().kind(), ApiError::Kind::Authentication);
}

void TestWazzupClient::testConnection()
{
    QVERIFY(!await(m_client->upsertUsers(makeUsers(150, QStringLiteral("tc"))))->error());
    const int before =
        routeCount(m_server->stats(), QStringLiteral("GET /v3/users"), QStringLiteral("200"));
    auto job = await(m_client->testConnection());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(routeCount(m_server->stats(), QStringLiteral("GET /v3/users"), QStringLiteral("200")),
             before + 1);
}

void TestWazzupClient::acceptsBareArrayList()
{
    // The docs' first shape: the whole list as a bare array, even when asked
    // for an offset. One request, no paging.
    ScriptedHttpServer server({{200,
                                QByteArrayLiteral("[{\"id\":\"a\",\"name\":\"Ann\"},"
                                                  "{\"id\":\"b\",\"name\":\"Bob\"}]"),
                                {}}});
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(server.baseUrl(), QStringLiteral("k"))));
    auto job = await(client->listUsers());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->users().size(), 2);
    QCOMPARE(job->users().at(1).name, QStringLiteral("Bob"));
    QCOMPARE(server.requestLines().size(), 1);
    QVERIFY(server.requestLines().first().startsWith("GET /v3/users?offset=0"));
}

void TestWazzupClient::idsWithReservedCharacters()
{
    const WazzupUser user{QStringLiteral("a/b?c#d e+é"), QStringLiteral("Odd Id"), QString()};
    QVERIFY(!await(m_client->upsertUsers({user}))->error());
    auto got = await(m_client->getUser(user.id));
    QVERIFY2(!got->error(), qPrintable(got->error().message()));
    QCOMPARE(got->user().id, user.id);
    auto removed = await(m_client->deleteUser(user.id));
    QCOMPARE(removed->deletedIds(), QStringList{user.id});
}

QTEST_GUILESS_MAIN(TestWazzupClient)
#include "tst_wazzupclient.moc"
