// WoowUpClient against the in-process sandbox over loopback HTTP.

#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "woowupclient.h"

#include <QSet>
#include <QtTest>

class TestWoowUpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchOnePage();
    void pagesThroughCustomers();
    void listAllStopsAtMax();
    void searchNarrows();
    void createFindExistUpdateDelete();
    void findMissingIsNotAnError();
    void identifiersWithPlusSign();
    void deprecatedRoutesById();
    void deprecatedRoutesByServiceUid();
    void belongsToSegment();
    void customAttributeDefinitions();
    void validationErrorNamesField();
    void duplicateCreateIsAlreadyExists();
    void customerWithoutIdentifier();
    void wrongKey();
    void testConnection();

private:
    WoowUpClient *makeClient(const QString &key = QStringLiteral("demo-woowup-key"));
    static WoowUpCustomer customer(const QString &email);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WoowUpClient> m_client;
};

void TestWoowUpClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_client.reset(makeClient());
    QVERIFY(m_client);
}

void TestWoowUpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

WoowUpClient *TestWoowUpClient::makeClient(const QString &key)
{
    return WoowUpClient::create(fastConfig(m_server->baseUrl(), key));
}

WoowUpCustomer TestWoowUpClient::customer(const QString &email)
{
    WoowUpCustomer c;
    c.email = email;
    c.firstName = QStringLiteral("John");
    c.lastName = QStringLiteral("Doe");
    c.country = QStringLiteral("ARG");
    c.tags = {QStringLiteral("vip"), QStringLiteral("test")};
    c.mailing.enabled = false;
    c.mailing.disabledReason = QStringLiteral("unsubscribe");
    c.customAttributes.insert(QStringLiteral("nombre_mascota"), QStringLiteral("Chuky"));
    return c;
}

void TestWoowUpClient::searchOnePage()
{
    auto job = await(m_client->searchCustomers(0, 25));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->customers().size(), 25);
    QVERIFY(job->hasMore());
    QCOMPARE(job->page(), 0);
    QCOMPARE(job->limit(), 25);
    for (const auto &c : job->customers())
        QVERIFY(c.userappId > 0);
}

void TestWoowUpClient::pagesThroughCustomers()
{
    // What the table does: page after page of 100.
    QSet<qint64> ids;
    for (int page = 0; page < 4; ++page) {
        auto job = await(m_client->searchCustomers(page, 100));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->customers().size(), 100);
        for (const auto &c : job->customers())
            ids.insert(c.userappId);
    }
    QCOMPARE(ids.size(), 400);
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("GET /apiv3/users"), QStringLiteral("200")),
        4);
}

void TestWoowUpClient::listAllStopsAtMax()
{
    auto job = await(m_client->listAllCustomers(QString(), 300));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->customers().size(), 300);
    QCOMPARE(job->requestCount(), 3);
    QSet<qint64> ids;
    for (const auto &c : job->customers())
        ids.insert(c.userappId);
    QCOMPARE(ids.size(), 300);
}

void TestWoowUpClient::searchNarrows()
{
    QVERIFY(!await(m_client->createCustomer(customer(QStringLiteral("needle.xyz@example.com"))))
                 ->error());
    auto job = await(m_client->listAllCustomers(QStringLiteral("needle.xyz")));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->customers().size(), 1);
    QCOMPARE(job->customers().first().email, QStringLiteral("needle.xyz@example.com"));
    QVERIFY(!job->hasMore());
}

void TestWoowUpClient::createFindExistUpdateDelete()
{
    const int before = m_server->woowupCustomerCount();
    WoowUpCustomer c = customer(QStringLiteral("john.doe@example.com"));
    auto created = await(m_client->createCustomer(c));
    QVERIFY2(!created->error(), qPrintable(created->error().message()));
    QVERIFY(created->found());
    QVERIFY(!created->confirmedByExistenceCheck());
    QCOMPARE(created->createAttempts(), 1);
    const WoowUpCustomer saved = created->customer();
    QVERIFY(saved.userappId > 0);
    QCOMPARE(saved.email, c.email);
    QCOMPARE(saved.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(saved.mailing.disabledReason, QStringLiteral("unsubscribe"));
    QCOMPARE(saved.tags, c.tags);
    QCOMPARE(saved.customAttributes.value(QStringLiteral("nombre_mascota")).toString(),
             QStringLiteral("Chuky"));
    QCOMPARE(m_server->woowupCustomerCount(), before + 1);

    auto found = await(m_client->findCustomer(QStringLiteral("email"), c.email));
    QVERIFY2(!found->error(), qPrintable(found->error().message()));
    QVERIFY(found->found());
    QCOMPARE(found->customer().userappId, saved.userappId);

    auto exists = await(m_client->customerExists(QStringLiteral("email"), c.email));
    QVERIFY(!exists->error());
    QVERIFY(exists->result());
    QCOMPARE(exists->userappId().value_or(0), saved.userappId);

    WoowUpCustomer changed = saved;
    changed.city = QStringLiteral("Buenos Aires");
    changed.state = QStringLiteral("CABA");
    auto updated = await(m_client->updateCustomer(changed));
    QVERIFY2(!updated->error(), qPrintable(updated->error().message()));
    QCOMPARE(updated->customer().city, QStringLiteral("Buenos Aires"));
    QCOMPARE(updated->customer().userappId, saved.userappId);

    auto removed = await(m_client->deleteCustomer(saved));
    QVERIFY2(!removed->error(), qPrintable(removed->error().message()));
    QVERIFY(!removed->wasAbsent());
    QCOMPARE(m_server->woowupCustomerCount(), before);

    auto gone = await(m_client->customerExists(QStringLiteral("email"), c.email));
    QVERIFY(!gone->error());
    QVERIFY(!gone->result());

    auto again = await(m_client->deleteCustomer(saved));
    QVERIFY(!again->error());
    QVERIFY(again->wasAbsent());

    auto updateMissing = await(m_client->updateCustomer(changed));
    QCOMPARE(updateMissing->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(updateMissing->error().recordKey(), c.email);
}

void TestWoowUpClient::findMissingIsNotAnError()
{
    auto job = await(
        m_client->findCustomer(QStringLiteral("email"), QStringLiteral("nobody@nowhere.example")));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(!job->found());

    auto bad = await(m_client->findCustomer(QStringLiteral("name"), QStringLiteral("x")));
    QCOMPARE(bad->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(!bad->error().message().isEmpty());
}

void TestWoowUpClient::identifiersWithPlusSign()
{
    // A '+' in a query must reach the server as a plus, not as a space.
    WoowUpCustomer c;
    c.telephone = QStringLiteral("+5491122334455");
    c.email = QStringLiteral("first+tag@example.com");
    QVERIFY(!await(m_client->createCustomer(c))->error());
    auto byPhone = await(m_client->findCustomer(QStringLiteral("telephone"), c.telephone));
    QVERIFY(byPhone->found());
    auto byMail = await(m_client->customerExists(QStringLiteral("email"), c.email));
    QVERIFY(byMail->result());
    auto removed = await(m_client->deleteCustomer(QStringLiteral("telephone"), c.telephone));
    QVERIFY(!removed->error());
    QVERIFY(!removed->wasAbsent());
}

void TestWoowUpClient::deprecatedRoutesById()
{
    auto created = await(m_client->createCustomer(customer(QStringLiteral("byid@example.com"))));
    QVERIFY(!created->error());
    const qint64 id = created->customer().userappId;

    auto got = await(m_client->getCustomer(WoowUpUserRef::byId(id)));
    QVERIFY2(!got->error(), qPrintable(got->error().message()));
    QVERIFY(got->found());
    QCOMPARE(got->customer().email, QStringLiteral("byid@example.com"));

    WoowUpCustomer change;
    change.lastName = QStringLiteral("Smith");
    auto updated = await(m_client->updateCustomer(WoowUpUserRef::byId(id), change));
    QVERIFY2(!updated->error(), qPrintable(updated->error().message()));
    QCOMPARE(updated->customer().lastName, QStringLiteral("Smith"));

    auto exists = await(m_client->customerExists(WoowUpUserRef::byId(id)));
    QVERIFY(exists->result());
    auto missing = await(m_client->customerExists(WoowUpUserRef::byId(999999999)));
    QVERIFY(!missing->error());
    QVERIFY(!missing->result());
    auto notThere = await(m_client->getCustomer(WoowUpUserRef::byId(999999999)));
    QVERIFY(!notThere->error());
    QVERIFY(!notThere->found());
}

void TestWoowUpClient::deprecatedRoutesByServiceUid()
{
    // Base64 of this has '+', '/' and '=': it only survives percent-encoded.
    const QString uid = QStringLiteral("crm:ñandú/>>?~~");
    const QByteArray base64 = uid.toUtf8().toBase64();
    QVERIFY(base64.contains('/') || base64.contains('+'));
    WoowUpCustomer c;
    c.serviceUid = uid;
    c.firstName = QStringLiteral("Ñandú");
    QVERIFY(!await(m_client->createCustomer(c))->error());

    const WoowUpUserRef ref = WoowUpUserRef::byServiceUid(uid);
    auto got = await(m_client->getCustomer(ref));
    QVERIFY2(!got->error(), qPrintable(got->error().message()));
    QVERIFY(got->found());
    QCOMPARE(got->customer().serviceUid, uid);

    WoowUpCustomer change;
    change.city = QStringLiteral("Rosario");
    auto updated = await(m_client->updateCustomer(ref, change));
    QVERIFY2(!updated->error(), qPrintable(updated->error().message()));
    QCOMPARE(updated->customer().city, QStringLiteral("Rosario"));
    QCOMPARE(updated->customer().serviceUid, uid);

    QVERIFY(await(m_client->customerExists(ref))->result());
    QVERIFY(!await(m_client->customerExists(WoowUpUserRef::byServiceUid(QStringLiteral("none"))))
                 ->result());
}

void TestWoowUpClient::belongsToSegment()
{
    WoowUpCustomer c = customer(QStringLiteral("segment@example.com"));
    c.gender = QStringLiteral("F");
    auto created = await(m_client->createCustomer(c));
    QVERIFY(!created->error());
    const WoowUpUserRef ref = WoowUpUserRef::byId(created->customer().userappId);

    auto women = await(m_client->belongsToSegment(ref, QStringLiteral("5")));
    QVERIFY2(!women->error(), qPrintable(women->error().message()));
    QVERIFY(women->result());
    auto men = await(m_client->belongsToSegment(ref, QStringLiteral("6")));
    QVERIFY(!men->error());
    QVERIFY(!men->result());
    auto argentina = await(
        m_client->belongsToSegment(WoowUpUserRef::byServiceUid(QString()), QStringLiteral("8")));
    QCOMPARE(argentina->error().kind(), ApiError::Kind::InvalidRequest);
    auto unknown =
        await(m_client->belongsToSegment(WoowUpUserRef::byId(999999999), QStringLiteral("5")));
    QCOMPARE(unknown->error().kind(), ApiError::Kind::NotFound);
}

void TestWoowUpClient::customAttributeDefinitions()
{
    auto job = await(m_client->customAttributeDefinitions());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QVERIFY(!job->definitions().isEmpty());
    QStringList names;
    for (const auto &definition : job->definitions()) {
        QVERIFY(!definition.fieldType.isEmpty());
        names.append(definition.name);
    }
    QVERIFY2(names.contains(QStringLiteral("nombre_mascota")), qPrintable(names.join(u',')));
}

void TestWoowUpClient::validationErrorNamesField()
{
    WoowUpCustomer c = customer(QStringLiteral("not-an-email"));
    auto job = await(m_client->createCustomer(c));
    const ApiError &error = job->error();
    QCOMPARE(error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(error.code(), QStringLiteral("bad_request"));
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.field(), QStringLiteral("email"));
    QVERIFY(!error.details().isEmpty());
    QVERIFY(error.message().contains(QLatin1String("not-an-email")));
    QCOMPARE(job->createAttempts(), 1);

    WoowUpCustomer badDate = customer(QStringLiteral("date@example.com"));
    badDate.birthdate = QStringLiteral("31/12/1990");
    auto dated = await(m_client->createCustomer(badDate));
    QCOMPARE(dated->error().field(), QStringLiteral("birthdate"));

    WoowUpCustomer badAttribute = customer(QStringLiteral("attr@example.com"));
    badAttribute.customAttributes.insert(QStringLiteral("no_such_attribute"), 1);
    auto attributed = await(m_client->createCustomer(badAttribute));
    QCOMPARE(attributed->error().field(), QStringLiteral("custom_attributes.no_such_attribute"));
}

void TestWoowUpClient::duplicateCreateIsAlreadyExists()
{
    const WoowUpCustomer c = customer(QStringLiteral("twice@example.com"));
    QVERIFY(!await(m_client->createCustomer(c))->error());
    auto second = await(m_client->createCustomer(c));
    QCOMPARE(second->error().kind(), ApiError::Kind::AlreadyExists);
    QCOMPARE(second->error().field(), QStringLiteral("email"));
    QVERIFY(second->error().message().contains(QLatin1String("already exists")));
}

void TestWoowUpClient::customerWithoutIdentifier()
{
    WoowUpCustomer c;
    c.firstName = QStringLiteral("Nobody");
    auto job = await(m_client->createCustomer(c));
    QCOMPARE(job->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(job->error().message().contains(QLatin1String("identifier")));
    QCOMPARE(m_server->stats()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             0);
}

void TestWoowUpClient::wrongKey()
{
    std::unique_ptr<WoowUpClient> client(makeClient(QStringLiteral("wrong")));
    auto job = await(client->searchCustomers(0, 10));
    QCOMPARE(job->error().kind(), ApiError::Kind::Authentication);
    QCOMPARE(job->error().httpStatus(), 403);
    QCOMPARE(job->error().code(), QStringLiteral("forbidden"));
    QVERIFY(job->error().message().contains(QLatin1String("API key")));
    QVERIFY(!job->error().message().contains(QLatin1String("403")));
}

void TestWoowUpClient::testConnection()
{
    auto job = await(m_client->testConnection());
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(
        routeCount(m_server->stats(), QStringLiteral("GET /apiv3/users"), QStringLiteral("200")),
        1);
}

QTEST_GUILESS_MAIN(TestWoowUpClient)
#include "tst_woowupclient.moc"
