// The WoowUp /apiv3 routes of the sandbox, over real loopback HTTP.

#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

const QByteArray docExample = R"({
    "email": "test@email.com",
    "first_name": "John",
    "last_name": "Doe",
    "country": "ARG",
    "custom_attributes": {
        "fecha_casamiento": "2017-08-03 14:00:00",
        "cantidad_autos": 2,
        "nombre_mascota": "Chuky",
        "edad_mascota": 5,
        "peso_mascota": 20.3,
        "vacunas_mascota": ["parvovirus", "moquillo", "hepatitis"]
    }
})";

QString encodeServiceUid(const QString &serviceUid)
{
    // Standard Base64, then percent-encoded, as the API expects in a path.
    return QString::fromLatin1(
        QUrl::toPercentEncoding(QString::fromLatin1(serviceUid.toUtf8().toBase64())));
}

} // namespace

class TestSandboxWoowUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createDocExample();
    void createMapsRequestNames();
    void createRejectsInvalid_data();
    void createRejectsInvalid();
    void createDuplicateIsRefusedAndCounted_data();
    void createDuplicateIsRefusedAndCounted();
    void searchPagesAndLimits();
    void searchMatchesSubstring_data();
    void searchMatchesSubstring();
    void searchRejectsBadPaging_data();
    void searchRejectsBadPaging();
    void searchBySegment();
    void searchAsPhpClientsSend_data();
    void searchAsPhpClientsSend();
    void findByIdentifier_data();
    void findByIdentifier();
    void findErrors();
    void exist();
    void updateMultiusers();
    void updateErrors();
    void tagsMergeOnUpdate_data();
    void tagsMergeOnUpdate();
    void reasonUnderEitherName_data();
    void reasonUnderEitherName();
    void emptyStringClearsAttribute();
    void requestLogKeepsBodies();
    void deleteMultiusers();
    void deprecatedGetById();
    void deprecatedGetByEncodedServiceUid();
    void deprecatedUpdateAndExist();
    void belongsToSegment_data();
    void belongsToSegment();
    void belongsToSegmentErrors();
    void customAttributeDefinitions();
    void customAttributesOfEmptySeed();
    void authFailures_data();
    void authFailures();
    void apikeyInQueryString_data();
    void apikeyInQueryString();
    void consentReasonSpellings_data();
    void consentReasonSpellings();
    void nullServiceUidAndBirthdate_data();
    void nullServiceUidAndBirthdate();
    void clientQuirksOnEveryRoute_data();
    void clientQuirksOnEveryRoute();
    void wrongVerbAndUnknownRoute();
    void rateLimitSlidingWindow();
    void resetRestoresSeed();

private:
    SandboxTestClient &client() { return *m_client; }
    void restart(const SandboxOptions &options);
    QJsonObject someCustomer(const QString &requiredField);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxWoowUp::restart(const SandboxOptions &options)
{
    m_client.reset();
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setAuthorization(QByteArrayLiteral("Basic demo-woowup-key"));
}

void TestSandboxWoowUp::init()
{
    SandboxOptions options;
    options.woowupRateLimit = 0; // the rate limit has its own test
    restart(options);
}

void TestSandboxWoowUp::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSandboxWoowUp::someCustomer(const QString &requiredField)
{
    const TestResponse page = client().get(QStringLiteral("/apiv3/users?limit=100&page=3"));
    for (const QJsonValue &value : page.payload().toArray()) {
        if (value.toObject().value(requiredField).isString())
            return value.toObject();
    }
    return QJsonObject();
}

void TestSandboxWoowUp::createDocExample()
{
    const TestResponse response = client().send("POST", QStringLiteral("/apiv3/users"), docExample);
    QCOMPARE(response.status, 200);
    const QJsonObject envelope = response.object();
    QCOMPARE(envelope.value(QLatin1String("code")).toString(), QStringLiteral("ok"));
    QVERIFY(envelope.value(QLatin1String("time")).toString().endsWith(QLatin1String("ms")));
    const QJsonObject user = envelope.value(QLatin1String("payload")).toObject();
    QVERIFY(user.value(QLatin1String("userapp_id")).isDouble());
    QVERIFY(user.value(QLatin1String("user_id")).isDouble());
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("test@email.com"));
    QCOMPARE(user.value(QLatin1String("service_uid")), QJsonValue(QJsonValue::Null));
    QCOMPARE(user.value(QLatin1String("tags")), QJsonValue(QJsonValue::Null));
    QCOMPARE(user.value(QLatin1String("points")).toInt(), 0);
    QCOMPARE(user.value(QLatin1String("mailing_enabled")), QJsonValue(true));
    QCOMPARE(user.value(QLatin1String("updatetime")), QJsonValue(QJsonValue::Null));
    const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00$"));
    QVERIFY(iso.match(user.value(QLatin1String("createtime")).toString()).hasMatch());
    const QJsonObject attributes = user.value(QLatin1String("custom_attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("peso_mascota")).toDouble(), 20.3);
    QCOMPARE(attributes.value(QLatin1String("vacunas_mascota")).toArray().size(), 3);
    QCOMPARE(m_server->woowupCustomerCount(), 5001);
}

void TestSandboxWoowUp::createMapsRequestNames()
{
    const QByteArray body = R"({
        "document": "30111222", "first_name": "Ana", "street": "Av. Siempreviva 742",
        "birthdate": "1990-05-17", "postcode": "1414", "gender": "f", "tags": "vip, newsletter ,",
        "points": 120, "marital_status": "married",
        "mailing_enabled": "disabled", "mailing_disabled_reason": "unsubscribe",
        "whatsapp_enabled": "enabled", "sms_enabled": "disabled", "sms_disabled_reason": "bounce"
    })";
    const TestResponse response = client().send("POST", QStringLiteral("/apiv3/users"), body);
    QCOMPARE(response.status, 200);
    const QJsonObject user = response.payload().toObject();
    QCOMPARE(user.value(QLatin1String("address")).toString(),
             QStringLiteral("Av. Siempreviva 742"));
    QCOMPARE(user.value(QLatin1String("birthday")).toString(), QStringLiteral("1990-05-17"));
    QCOMPARE(user.value(QLatin1String("postal_code")).toString(), QStringLiteral("1414"));
    QCOMPARE(user.value(QLatin1String("gender")).toString(), QStringLiteral("F"));
    QCOMPARE(user.value(QLatin1String("tags")).toArray(),
             (QJsonArray{QStringLiteral("vip"), QStringLiteral("newsletter")}));
    QCOMPARE(user.value(QLatin1String("points")).toInt(), 120);
    QCOMPARE(user.value(QLatin1String("mailing_enabled")), QJsonValue(false));
    QCOMPARE(user.value(QLatin1String("mailing_enabled_reason")).toString(),
             QStringLiteral("unsubscribe"));
    QCOMPARE(user.value(QLatin1String("whatsapp_enabled")), QJsonValue(true));
    QCOMPARE(user.value(QLatin1String("whatsapp_enabled_reason")), QJsonValue(QJsonValue::Null));
    QCOMPARE(user.value(QLatin1String("sms_enabled_reason")).toString(), QStringLiteral("bounce"));
    // Empty attributes come back as [], which clients must accept.
    QVERIFY(user.value(QLatin1String("custom_attributes")).isArray());
    QVERIFY(!user.contains(QLatin1String("street")));
    QVERIFY(!user.contains(QLatin1String("birthdate")));
}

void TestSandboxWoowUp::createRejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("no identifier") << QByteArrayLiteral("{\"first_name\": \"X\"}")
                                   << QStringLiteral("Failed to match at least one schema");
    QTest::newRow("blank identifier")
        << QByteArrayLiteral("{\"email\": \"\"}") << QStringLiteral("email: Invalid email");
    QTest::newRow("bad email") << QByteArrayLiteral("{\"email\": \"not-an-email\"}")
                               << QStringLiteral("email: Invalid email");
    QTest::newRow("gender") << QByteArrayLiteral("{\"document\": \"1\", \"gender\": \"X\"}")
                            << QStringLiteral("gender:");
    QTest::newRow("marital status")
        << QByteArrayLiteral("{\"document\": \"1\", \"marital_status\": \"complicated\"}")
        << QStringLiteral("marital_status: Does not have a value in the enumeration");
    QTest::newRow("consent") << QByteArrayLiteral("{\"document\": \"1\", \"sms_enabled\": \"yes\"}")
                             << QStringLiteral("sms_enabled:");
    QTest::newRow("reason") << QByteArrayLiteral(
        "{\"document\": \"1\", \"whatsapp_disabled_reason\": \"bored\"}")
                            << QStringLiteral("whatsapp_disabled_reason:");
    QTest::newRow("points as string")
        << QByteArrayLiteral("{\"document\": \"1\", \"points\": \"5\"}")
        << QStringLiteral("points: String value found, but an integer is required");
    QTest::newRow("points fractional")
        << QByteArrayLiteral("{\"document\": \"1\", \"points\": 1.5}") << QStringLiteral("points:");
    QTest::newRow("birthdate format")
        << QByteArrayLiteral("{\"document\": \"1\", \"birthdate\": \"17/05/1990\"}")
        << QStringLiteral("birthdate:");
    QTest::newRow("birthdate impossible")
        << QByteArrayLiteral("{\"document\": \"1\", \"birthdate\": \"1990-02-30\"}")
        << QStringLiteral("birthdate:");
    QTest::newRow("country alpha-2")
        << QByteArrayLiteral("{\"document\": \"1\", \"country\": \"AR\"}")
        << QStringLiteral("country:");
    QTest::newRow("name not string")
        << QByteArrayLiteral("{\"document\": \"1\", \"first_name\": 5}")
        << QStringLiteral("first_name: Integer value found, but a string is required");
    QTest::newRow("service_uid number")
        << QByteArrayLiteral("{\"service_uid\": 12}") << QStringLiteral("service_uid:");
    QTest::newRow("service_uid null is no identifier")
        << QByteArrayLiteral("{\"service_uid\": null, \"birthdate\": null}")
        << QStringLiteral("Failed to match at least one schema");
    QTest::newRow("birthdate number")
        << QByteArrayLiteral("{\"document\": \"1\", \"birthdate\": 19900517}")
        << QStringLiteral("birthdate: Integer value found");
    QTest::newRow("reason misspelt otherwise")
        << QByteArrayLiteral("{\"document\": \"1\", \"mailing_enabled\": \"disabled\", "
                             "\"mailing_disabled_reason\": \"unsubscribed\"}")
        << QStringLiteral("mailing_disabled_reason: Does not have a value in the enumeration "
                          "[\"bounce\",\"unsubscribe\",\"spamreport\",\"dropped\",\"other\"]");
    QTest::newRow("undefined attribute")
        << QByteArrayLiteral("{\"document\": \"1\", \"custom_attributes\": {\"color\": \"red\"}}")
        << QStringLiteral("custom_attributes.color: The attribute is not defined");
    QTest::newRow("attribute type") << QByteArrayLiteral(
        "{\"document\": \"1\", \"custom_attributes\": {\"cantidad_autos\": \"2\"}}")
                                    << QStringLiteral("custom_attributes.cantidad_autos:");
    QTest::newRow("attribute datetime") << QByteArrayLiteral(
        "{\"document\": \"1\", \"custom_attributes\": {\"fecha_casamiento\": \"ayer\"}}")
                                        << QStringLiteral("custom_attributes.fecha_casamiento:");
    QTest::newRow("attribute list option") << QByteArrayLiteral(
        "{\"document\": \"1\", \"custom_attributes\": {\"vacunas_mascota\": [\"gripe\"]}}")
                                           << QStringLiteral("custom_attributes.vacunas_mascota:");
    QTest::newRow("attribute select option") << QByteArrayLiteral(
        "{\"document\": \"1\", \"custom_attributes\": {\"talle_remera\": \"XXXL\"}}")
                                             << QStringLiteral("custom_attributes.talle_remera:");
    QTest::newRow("attribute checkbox") << QByteArrayLiteral(
        "{\"document\": \"1\", \"custom_attributes\": {\"acepta_encuestas\": \"si\"}}")
                                        << QStringLiteral("custom_attributes.acepta_encuestas:");
    QTest::newRow("attributes not object")
        << QByteArrayLiteral("{\"document\": \"1\", \"custom_attributes\": \"x\"}")
        << QStringLiteral("custom_attributes:");
    QTest::newRow("not json") << QByteArrayLiteral("email=test@email.com")
                              << QStringLiteral("Invalid JSON body");
    QTest::newRow("array body") << QByteArrayLiteral("[{\"email\": \"a@b.cd\"}]")
                                << QStringLiteral("must be a JSON object");
}

void TestSandboxWoowUp::createRejectsInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedError);
    const TestResponse response = client().send("POST", QStringLiteral("/apiv3/users"), body);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("bad_request"));
    QCOMPARE(response.object().value(QLatin1String("message")).toString(),
             QStringLiteral("bad request"));
    const QStringList errors = response.errors();
    QVERIFY(!errors.isEmpty());
    bool found = false;
    for (const QString &error : errors)
        found = found || error.contains(expectedError);
    QVERIFY2(found, qPrintable(errors.join(QLatin1String(" | "))));
    QCOMPARE(m_server->woowupCustomerCount(), 5000);
}

void TestSandboxWoowUp::createDuplicateIsRefusedAndCounted_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("email") << QStringLiteral("email");
    QTest::newRow("document") << QStringLiteral("document");
    QTest::newRow("service_uid") << QStringLiteral("service_uid");
    QTest::newRow("telephone") << QStringLiteral("telephone");
}

void TestSandboxWoowUp::createDuplicateIsRefusedAndCounted()
{
    QFETCH(QString, field);
    const QJsonObject existing = someCustomer(field);
    QVERIFY(!existing.isEmpty());
    QJsonObject body{{field, existing.value(field)},
                     {QStringLiteral("first_name"), QStringLiteral("Dup")}};
    if (field == QLatin1String("email")) // e-mail matches regardless of case
        body.insert(field, existing.value(field).toString().toUpper());
    const TestResponse response =
        client().post(QStringLiteral("/apiv3/users"), QJsonDocument(body));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("bad_request"));
    QVERIFY(
        response.errors().join(QLatin1Char(' ')).contains(QLatin1String("user already exists")));
    QCOMPARE(m_server->duplicateCreates(), 1);
    const TestResponse stats = client().get(QStringLiteral("/__sandbox/stats"));
    QCOMPARE(stats.object().value(QLatin1String("duplicate_creates")).toInt(), 1);
    QCOMPARE(m_server->woowupCustomerCount(), 5000);
}

void TestSandboxWoowUp::searchPagesAndLimits()
{
    TestResponse response = client().get(QStringLiteral("/apiv3/users"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.payload().isArray());
    QCOMPARE(response.payload().toArray().size(), 25); // default limit

    response = client().get(QStringLiteral("/apiv3/users?page=0&limit=100"));
    const QJsonArray first = response.payload().toArray();
    QCOMPARE(first.size(), 100);
    response = client().get(QStringLiteral("/apiv3/users?page=1&limit=100"));
    const QJsonArray second = response.payload().toArray();
    QCOMPARE(second.size(), 100);
    QVERIFY(first.last().toObject().value(QLatin1String("userapp_id")).toInteger()
            < second.first().toObject().value(QLatin1String("userapp_id")).toInteger());

    response = client().get(QStringLiteral("/apiv3/users?page=49&limit=100"));
    QCOMPARE(response.payload().toArray().size(), 100);
    response = client().get(QStringLiteral("/apiv3/users?page=50&limit=100"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toArray().size(), 0);
}

void TestSandboxWoowUp::searchMatchesSubstring_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("changeCase");
    QTest::newRow("email") << QStringLiteral("email") << true;
    QTest::newRow("last_name") << QStringLiteral("last_name") << true;
    QTest::newRow("first_name") << QStringLiteral("first_name") << false;
    QTest::newRow("document") << QStringLiteral("document") << false;
    QTest::newRow("telephone") << QStringLiteral("telephone") << false;
    QTest::newRow("service_uid") << QStringLiteral("service_uid") << true;
}

void TestSandboxWoowUp::searchMatchesSubstring()
{
    QFETCH(QString, field);
    QFETCH(bool, changeCase);
    const QJsonObject customer = someCustomer(field);
    QVERIFY(!customer.isEmpty());
    const QString value = customer.value(field).toString();
    QString needle = value.mid(1, qMax(3, int(value.size()) - 2));
    if (changeCase)
        needle = needle.toUpper();
    const TestResponse response =
        client().get(QStringLiteral("/apiv3/users?limit=100&search=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(needle)));
    QCOMPARE(response.status, 200);
    const QJsonArray results = response.payload().toArray();
    QVERIFY(!results.isEmpty());
    bool found = false;
    for (const QJsonValue &result : results) {
        found = found
            || result.toObject().value(QLatin1String("userapp_id"))
                == customer.value(QLatin1String("userapp_id"));
    }
    // Not necessarily on the first page of 100 for common names; then at
    // least every result must contain the text somewhere.
    if (!found && results.size() == 100)
        return;
    QVERIFY2(found, qPrintable(needle));
}

void TestSandboxWoowUp::searchRejectsBadPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 101") << QStringLiteral("limit=101");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit text") << QStringLiteral("limit=ten");
    QTest::newRow("page -1") << QStringLiteral("page=-1");
    QTest::newRow("segment text") << QStringLiteral("segment_id=vip");
}

void TestSandboxWoowUp::searchRejectsBadPaging()
{
    QFETCH(QString, query);
    const TestResponse response = client().get(QStringLiteral("/apiv3/users?") + query);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("bad_request"));
    QVERIFY(!response.errors().isEmpty());
}

void TestSandboxWoowUp::searchBySegment()
{
    const TestResponse response =
        client().get(QStringLiteral("/apiv3/users?limit=100&segment_id=5"));
    QCOMPARE(response.status, 200);
    const QJsonArray women = response.payload().toArray();
    QCOMPARE(women.size(), 100);
    for (const QJsonValue &customer : women)
        QCOMPARE(customer.toObject().value(QLatin1String("gender")).toString(),
                 QStringLiteral("F"));
    QCOMPARE(client().get(QStringLiteral("/apiv3/users?segment_id=999")).status, 404);
}

void TestSandboxWoowUp::searchAsPhpClientsSend_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count"); // of customers in the answer
    QTest::addColumn<QString>("gender"); // every customer's, when set

    // What WoowUp's PHP clients put on every search (api/NOTES.md).
    QTest::newRow("older client: [] and empty segment_id")
        << QStringLiteral("/apiv3/users/?page=0&limit=25&search=&include=[]&exclude=[]&segment_id=")
        << 200 << 25 << QString();
    QTest::newRow("newer client: {} and empty segment_id")
        << QStringLiteral("/apiv3/users?page=0&limit=25&search=&include={}&exclude={}&segment_id=")
        << 200 << 25 << QString();
    QTest::newRow("include, exclude and segment_id empty")
        << QStringLiteral("/apiv3/users?include=&exclude=&segment_id=") << 200 << 25 << QString();
    QTest::newRow("[] percent-encoded")
        << QStringLiteral("/apiv3/users?include=%5B%5D&exclude=%5B%5D&segment_id=") << 200 << 25
        << QString();
    QTest::newRow("{} percent-encoded")
        << QStringLiteral("/apiv3/users/?include=%7B%7D&exclude=%7B%7D&segment_id=") << 200 << 25
        << QString();
    QTest::newRow("page and limit empty")
        << QStringLiteral("/apiv3/users?page=&limit=&segment_id=") << 200 << 25 << QString();
    QTest::newRow("a segment beside []")
        << QStringLiteral("/apiv3/users/?limit=100&include=[]&exclude=[]&segment_id=5") << 200
        << 100 << QStringLiteral("F");
    QTest::newRow("a segment beside {}")
        << QStringLiteral("/apiv3/users?limit=100&include={}&exclude={}&segment_id=6") << 200 << 100
        << QStringLiteral("M");
    // The refusals stay.
    QTest::newRow("segment_id abc")
        << QStringLiteral("/apiv3/users?segment_id=abc") << 400 << 0 << QString();
    QTest::newRow("segment_id abc beside []")
        << QStringLiteral("/apiv3/users/?include=[]&exclude=[]&segment_id=abc") << 400 << 0
        << QString();
    QTest::newRow("limit abc beside empty segment_id")
        << QStringLiteral("/apiv3/users?limit=abc&segment_id=") << 400 << 0 << QString();
    QTest::newRow("unknown segment beside {}")
        << QStringLiteral("/apiv3/users?include={}&exclude={}&segment_id=999") << 404 << 0
        << QString();
}

void TestSandboxWoowUp::searchAsPhpClientsSend()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(QString, gender);
    const TestResponse response = client().get(pathAndQuery);
    QCOMPARE(response.status, status);
    if (status != 200) {
        QVERIFY(response.object().value(QLatin1String("code")).toString() != QLatin1String("ok"));
        return;
    }
    const QJsonArray customers = response.payload().toArray();
    QCOMPARE(customers.size(), count);
    if (gender.isEmpty())
        return;
    for (const QJsonValue &customer : customers)
        QCOMPARE(customer.toObject().value(QLatin1String("gender")).toString(), gender);
}

void TestSandboxWoowUp::findByIdentifier_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"email", "document", "telephone", "service_uid"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestSandboxWoowUp::findByIdentifier()
{
    QFETCH(QString, field);
    const QJsonObject customer = someCustomer(field);
    QVERIFY(!customer.isEmpty());
    const QString query = field + QLatin1Char('=')
        + QString::fromLatin1(QUrl::toPercentEncoding(customer.value(field).toString()));
    const TestResponse response = client().get(QStringLiteral("/apiv3/multiusers/find?") + query);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QLatin1String("message")).toString(), QStringLiteral("ok"));
    QCOMPARE(response.payload().toObject(), customer);
}

void TestSandboxWoowUp::findErrors()
{
    TestResponse response =
        client().get(QStringLiteral("/apiv3/multiusers/find?email=nobody%40nowhere.test"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("user_not_found"));
    response = client().get(QStringLiteral("/apiv3/multiusers/find"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("bad_request"));
}

void TestSandboxWoowUp::exist()
{
    const QJsonObject customer = someCustomer(QStringLiteral("document"));
    TestResponse response = client().get(QStringLiteral("/apiv3/multiusers/exist?document=")
                                         + customer.value(QLatin1String("document")).toString());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject().value(QLatin1String("exist")), QJsonValue(true));
    // A string in the docs' example, unlike everywhere else.
    QCOMPARE(response.payload().toObject().value(QLatin1String("userapp_id")).toString(),
             QString::number(customer.value(QLatin1String("userapp_id")).toInteger()));

    response = client().get(QStringLiteral("/apiv3/multiusers/exist?email=nobody%40nowhere.test"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject().value(QLatin1String("exist")), QJsonValue(false));
    QCOMPARE(client().get(QStringLiteral("/apiv3/multiusers/exist")).status, 400);
}

void TestSandboxWoowUp::updateMultiusers()
{
    QCOMPARE(client().send("POST", QStringLiteral("/apiv3/users"), docExample).status, 200);
    // The docs' example update.
    const QByteArray update =
        R"({"email": "test@email.com", "first_name": "John", "last_name": "Doe",
                                  "state": "CABA", "city": "Buenos Aires"})";
    TestResponse response = client().send("PUT", QStringLiteral("/apiv3/multiusers"), update);
    QCOMPARE(response.status, 200);
    QJsonObject user = response.payload().toObject();
    QCOMPARE(user.value(QLatin1String("state")).toString(), QStringLiteral("CABA"));
    QCOMPARE(user.value(QLatin1String("city")).toString(), QStringLiteral("Buenos Aires"));
    QVERIFY(user.value(QLatin1String("updatetime")).toString().endsWith(QLatin1String("+00:00")));
    QCOMPARE(user.value(QLatin1String("custom_attributes")).toObject().size(), 6); // untouched

    // null removes an attribute; removing all leaves [].
    const QByteArray clear = R"({"email": "test@email.com", "custom_attributes": {
        "fecha_casamiento": null, "cantidad_autos": null, "nombre_mascota": null,
        "edad_mascota": null, "peso_mascota": null, "vacunas_mascota": null}})";
    response = client().send("PUT", QStringLiteral("/apiv3/multiusers"), clear);
    QCOMPARE(response.status, 200);
    QVERIFY(response.payload().toObject().value(QLatin1String("custom_attributes")).isArray());
}

void TestSandboxWoowUp::tagsMergeOnUpdate_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("PUT /multiusers") << QStringLiteral("multiusers");
    QTest::newRow("PUT /users/{id}") << QStringLiteral("users");
}

void TestSandboxWoowUp::tagsMergeOnUpdate()
{
    QFETCH(QString, route);
    TestResponse response = client().post(
        QStringLiteral("/apiv3/users"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("tags@example.com")},
                                  {QStringLiteral("tags"), QStringLiteral("vip, newsletter")}}));
    QCOMPARE(response.status, 200);
    const qint64 id = response.payload().toObject().value(QLatin1String("userapp_id")).toInteger();
    const auto put = [&](QJsonObject body) {
        if (route == QLatin1String("users"))
            return client().put(QStringLiteral("/apiv3/users/%1").arg(id), QJsonDocument(body));
        body.insert(QStringLiteral("email"), QStringLiteral("tags@example.com"));
        return client().put(QStringLiteral("/apiv3/multiusers"), QJsonDocument(body));
    };
    const auto tagsOf = [](const TestResponse &answer) {
        QStringList tags;
        for (const QJsonValue &tag :
             answer.payload().toObject().value(QLatin1String("tags")).toArray())
            tags.append(tag.toString());
        return tags;
    };

    // Sent tags are added to those the customer has (VIP is the same tag).
    response = put({{QStringLiteral("tags"), QStringLiteral("summer, VIP")}});
    QVERIFY2(response.status == 200, response.body.constData());
    QCOMPARE(tagsOf(response),
             (QStringList{QStringLiteral("vip"), QStringLiteral("newsletter"),
                          QStringLiteral("summer")}));
    // An update without tags keeps them.
    response = put({{QStringLiteral("city"), QStringLiteral("Rosario")}});
    QCOMPARE(tagsOf(response),
             (QStringList{QStringLiteral("vip"), QStringLiteral("newsletter"),
                          QStringLiteral("summer")}));
    // remove_tags takes them away, with or without tags beside it.
    response = put({{QStringLiteral("remove_tags"), QStringLiteral("Newsletter, unknown")}});
    QVERIFY2(response.status == 200, response.body.constData());
    QCOMPARE(tagsOf(response), (QStringList{QStringLiteral("vip"), QStringLiteral("summer")}));
    response = put({{QStringLiteral("tags"), QStringLiteral("winter")},
                    {QStringLiteral("remove_tags"), QStringLiteral("vip,summer")}});
    QCOMPARE(tagsOf(response), (QStringList{QStringLiteral("winter")}));
    response = put({{QStringLiteral("remove_tags"), QStringLiteral("winter")}});
    QVERIFY(response.payload().toObject().value(QLatin1String("tags")).isNull());
    // remove_tags is a string, as tags are.
    response = put({{QStringLiteral("remove_tags"), 5}});
    QCOMPARE(response.status, 400);
}

void TestSandboxWoowUp::reasonUnderEitherName_data()
{
    QTest::addColumn<QString>("reasonField");
    QTest::newRow("documented *_disabled_reason") << QStringLiteral("_disabled_reason");
    QTest::newRow("connectors' *_enabled_reason") << QStringLiteral("_enabled_reason");
}

void TestSandboxWoowUp::reasonUnderEitherName()
{
    QFETCH(QString, reasonField);
    for (const QString &channel :
         {QStringLiteral("mailing"), QStringLiteral("whatsapp"), QStringLiteral("sms")}) {
        const QString email = channel + QStringLiteral("@reasons.example.com");
        QJsonObject body{{QStringLiteral("email"), email},
                         {channel + QStringLiteral("_enabled"), QStringLiteral("disabled")},
                         {channel + reasonField, QStringLiteral("bounce")}};
        TestResponse response = client().post(QStringLiteral("/apiv3/users"), QJsonDocument(body));
        QVERIFY2(response.status == 200, response.body.constData());
        QCOMPARE(response.payload().toObject().value(channel + QStringLiteral("_enabled_reason")),
                 QJsonValue(QStringLiteral("bounce")));
        body.insert(channel + reasonField, QStringLiteral("spamreport"));
        body.remove(channel + QStringLiteral("_enabled"));
        response = client().put(QStringLiteral("/apiv3/multiusers"), QJsonDocument(body));
        QVERIFY2(response.status == 200, response.body.constData());
        QCOMPARE(response.payload().toObject().value(channel + QStringLiteral("_enabled_reason")),
                 QJsonValue(QStringLiteral("spamreport")));
        // Either name takes only the documented reasons.
        body.insert(channel + reasonField, QStringLiteral("bored"));
        QCOMPARE(client().put(QStringLiteral("/apiv3/multiusers"), QJsonDocument(body)).status,
                 400);
    }
}

void TestSandboxWoowUp::emptyStringClearsAttribute()
{
    QCOMPARE(client().send("POST", QStringLiteral("/apiv3/users"), docExample).status, 200);
    // "" is the API's empty value for a text field; for an attribute of any
    // type it clears the value as null does.
    const TestResponse response = client().send(
        "PUT", QStringLiteral("/apiv3/multiusers"),
        R"({"email": "test@email.com", "city": "", "custom_attributes": {"cantidad_autos": "",
            "nombre_mascota": ""}})");
    QVERIFY2(response.status == 200, response.body.constData());
    const QJsonObject user = response.payload().toObject();
    QVERIFY(user.value(QLatin1String("city")).isNull());
    const QJsonObject attributes = user.value(QLatin1String("custom_attributes")).toObject();
    QVERIFY(!attributes.contains(QLatin1String("cantidad_autos")));
    QVERIFY(!attributes.contains(QLatin1String("nombre_mascota")));
    QCOMPARE(attributes.size(), 4);
}

void TestSandboxWoowUp::requestLogKeepsBodies()
{
    QCOMPARE(client()
                 .put(QStringLiteral("/apiv3/users/12345"),
                      QJsonDocument(QJsonObject{{QStringLiteral("city"), QStringLiteral("X")}}))
                 .status,
             200);
    QCOMPARE(client().get(QStringLiteral("/apiv3/users/12345")).status, 200);
    const TestResponse log = client().get(QStringLiteral("/__sandbox/requests"));
    QCOMPARE(log.status, 200);
    const QJsonArray requests = log.object().value(QLatin1String("requests")).toArray();
    QCOMPARE(requests, m_server->requestLog());
    QCOMPARE(requests.size(), 2);
    const QJsonObject put = requests.at(0).toObject();
    QCOMPARE(put.value(QLatin1String("route")).toString(), QStringLiteral("PUT /apiv3/users/{id}"));
    QCOMPARE(put.value(QLatin1String("target")).toString(), QStringLiteral("/apiv3/users/12345"));
    QCOMPARE(put.value(QLatin1String("body")).toObject(),
             (QJsonObject{{QStringLiteral("city"), QStringLiteral("X")}}));
    QVERIFY(requests.at(1).toObject().value(QLatin1String("body")).isNull());
    client().send("POST", QStringLiteral("/__sandbox/reset"), QByteArray());
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSandboxWoowUp::updateErrors()
{
    TestResponse response = client().send("PUT", QStringLiteral("/apiv3/multiusers"),
                                          R"({"email": "nobody@nowhere.test", "city": "X"})");
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("user_not_found"));

    response = client().send("PUT", QStringLiteral("/apiv3/multiusers"), R"({"city": "X"})");
    QCOMPARE(response.status, 400);

    // Taking another customer's document is refused.
    const QJsonObject a = someCustomer(QStringLiteral("email"));
    QJsonObject b;
    for (const QJsonValue &value :
         client().get(QStringLiteral("/apiv3/users?limit=100&page=5")).payload().toArray()) {
        if (value.toObject().value(QLatin1String("document")).isString()
            && value.toObject().value(QLatin1String("userapp_id"))
                != a.value(QLatin1String("userapp_id"))) {
            b = value.toObject();
            break;
        }
    }
    QVERIFY(!b.isEmpty());
    const QJsonObject steal{{QStringLiteral("email"), a.value(QLatin1String("email"))},
                            {QStringLiteral("document"), b.value(QLatin1String("document"))}};
    response = client().put(QStringLiteral("/apiv3/multiusers"), QJsonDocument(steal));
    // The email identifies a first unless a has no document... b's document
    // is found by priority only after email, so a is the target.
    QCOMPARE(response.status, 400);
    QVERIFY(response.errors().join(QLatin1Char(' ')).contains(QLatin1String("document")));
}

void TestSandboxWoowUp::deleteMultiusers()
{
    const QJsonObject customer = someCustomer(QStringLiteral("email"));
    const QJsonObject body{{QStringLiteral("email"), customer.value(QLatin1String("email"))}};
    TestResponse response =
        client().send("DELETE", QStringLiteral("/apiv3/multiusers"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload(), QJsonValue(QJsonArray()));
    QCOMPARE(response.object().value(QLatin1String("message")).toString(), QStringLiteral("ok"));
    QCOMPARE(m_server->woowupCustomerCount(), 4999);

    response =
        client().send("DELETE", QStringLiteral("/apiv3/multiusers"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("user_not_found"));
    response =
        client().send("DELETE", QStringLiteral("/apiv3/multiusers"), QByteArrayLiteral("{}"));
    QCOMPARE(response.status, 400);
}

void TestSandboxWoowUp::deprecatedGetById()
{
    TestResponse response = client().get(QStringLiteral("/apiv3/users/12345"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject().value(QLatin1String("userapp_id")).toInteger(), 12345);
    response = client().get(QStringLiteral("/apiv3/users/99999999"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("user_not_found"));
}

void TestSandboxWoowUp::deprecatedGetByEncodedServiceUid()
{
    // Its Base64 holds '+', '/' and '=': c29jaW8+Pj/DsX4=
    const QString serviceUid = QStringLiteral("socio>>?ñ~");
    QJsonObject body{{QStringLiteral("service_uid"), serviceUid},
                     {QStringLiteral("first_name"), QStringLiteral("Socio")}};
    const TestResponse created = client().post(QStringLiteral("/apiv3/users"), QJsonDocument(body));
    QCOMPARE(created.status, 200);
    const QString encoded = encodeServiceUid(serviceUid);
    QCOMPARE(encoded, QStringLiteral("c29jaW8%2BPj%2FDsX4%3D"));

    TestResponse response = client().get(QStringLiteral("/apiv3/users/") + encoded);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject().value(QLatin1String("service_uid")).toString(),
             serviceUid);

    response = client().get(QStringLiteral("/apiv3/users/") + encoded + QStringLiteral("/exist"));
    QCOMPARE(response.payload().toObject().value(QLatin1String("exist")), QJsonValue(true));

    // base64url is not what the API takes.
    response = client().get(QStringLiteral("/apiv3/users/c29jaW8-Pj_DsX4"));
    QCOMPARE(response.status, 404);
    // A customer from the seed, by its CRM id.
    const QJsonObject seeded = someCustomer(QStringLiteral("service_uid"));
    response =
        client().get(QStringLiteral("/apiv3/users/")
                     + encodeServiceUid(seeded.value(QLatin1String("service_uid")).toString()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject(), seeded);
}

void TestSandboxWoowUp::deprecatedUpdateAndExist()
{
    // The docs' example: "birthday" is not a request field and is ignored.
    const QByteArray body = R"({"email": "test@gmail2.com", "service_uid": "test@gmail2.com",
                                "gender": "F", "telephone": "123456789", "birthday": "1980-04-22"})";
    TestResponse response = client().send("PUT", QStringLiteral("/apiv3/users/12345"), body);
    QCOMPARE(response.status, 200);
    const QJsonObject user = response.payload().toObject();
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("test@gmail2.com"));
    QCOMPARE(user.value(QLatin1String("service_uid")).toString(),
             QStringLiteral("test@gmail2.com"));
    QCOMPARE(user.value(QLatin1String("gender")).toString(), QStringLiteral("F"));

    response = client().get(QStringLiteral("/apiv3/users/")
                            + encodeServiceUid(QStringLiteral("test@gmail2.com")));
    QCOMPARE(response.payload().toObject().value(QLatin1String("userapp_id")).toInteger(), 12345);

    response = client().get(QStringLiteral("/apiv3/users/12345/exist"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.payload().toObject().value(QLatin1String("exist")), QJsonValue(true));
    response = client().get(QStringLiteral("/apiv3/users/424242/exist"));
    QCOMPARE(response.payload().toObject().value(QLatin1String("exist")), QJsonValue(false));

    response = client().send("PUT", QStringLiteral("/apiv3/users/424242"), R"({"city": "X"})");
    QCOMPARE(response.status, 404);
    response = client().send("PUT", QStringLiteral("/apiv3/users/12345"), R"({"gender": "Q"})");
    QCOMPARE(response.status, 400);
}

void TestSandboxWoowUp::belongsToSegment_data()
{
    QTest::addColumn<int>("segment");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("memberValue");
    QTest::newRow("mailing") << 2 << QStringLiteral("mailing_enabled") << QJsonValue(true);
    QTest::newRow("whatsapp") << 3 << QStringLiteral("whatsapp_enabled") << QJsonValue(true);
    QTest::newRow("sms") << 4 << QStringLiteral("sms_enabled") << QJsonValue(true);
    QTest::newRow("women") << 5 << QStringLiteral("gender") << QJsonValue(QStringLiteral("F"));
    QTest::newRow("men") << 6 << QStringLiteral("gender") << QJsonValue(QStringLiteral("M"));
    QTest::newRow("argentina") << 8 << QStringLiteral("country")
                               << QJsonValue(QStringLiteral("ARG"));
}

void TestSandboxWoowUp::belongsToSegment()
{
    QFETCH(int, segment);
    QFETCH(QString, field);
    QFETCH(QJsonValue, memberValue);
    const QJsonArray customers =
        client().get(QStringLiteral("/apiv3/users?limit=40")).payload().toArray();
    int members = 0;
    for (const QJsonValue &value : customers) {
        const QJsonObject customer = value.toObject();
        const TestResponse response =
            client().get(QStringLiteral("/apiv3/users/%1/belongsToSegment?segment_id=%2")
                             .arg(customer.value(QLatin1String("userapp_id")).toInteger())
                             .arg(segment));
        QCOMPARE(response.status, 200);
        const bool member =
            response.payload().toObject().value(QLatin1String("belongsToSegment")).toBool();
        QCOMPARE(member, customer.value(field) == memberValue);
        members += member ? 1 : 0;
    }
    QVERIFY(members > 0 && members < customers.size());
    // Segment 1 is everyone.
    const TestResponse all =
        client().get(QStringLiteral("/apiv3/users/12345/belongsToSegment?segment_id=1"));
    QCOMPARE(all.payload().toObject().value(QLatin1String("belongsToSegment")), QJsonValue(true));
}

void TestSandboxWoowUp::belongsToSegmentErrors()
{
    QCOMPARE(client().get(QStringLiteral("/apiv3/users/12345/belongsToSegment")).status, 400);
    QCOMPARE(
        client().get(QStringLiteral("/apiv3/users/12345/belongsToSegment?segment_id=x")).status,
        400);
    QCOMPARE(
        client().get(QStringLiteral("/apiv3/users/12345/belongsToSegment?segment_id=99")).status,
        404);
    QCOMPARE(
        client().get(QStringLiteral("/apiv3/users/99999999/belongsToSegment?segment_id=1")).status,
        404);
    const TestResponse segments = client().get(QStringLiteral("/__sandbox/segments"));
    QCOMPARE(segments.status, 200);
    QCOMPARE(segments.array().size(), 10);
}

void TestSandboxWoowUp::customAttributeDefinitions()
{
    TestResponse response =
        client().get(QStringLiteral("/apiv3/account/custom-attributes?limit=100"));
    QCOMPARE(response.status, 200);
    const QJsonArray all = response.payload().toArray();
    QCOMPARE(all.size(), 13);
    QSet<QString> fieldTypes;
    for (const QJsonValue &value : all) {
        const QJsonObject definition = value.toObject();
        for (const char *key : {"name", "label", "field_type", "data_type", "group"})
            QVERIFY2(definition.value(QLatin1String(key)).isString(), key);
        QVERIFY(definition.value(QLatin1String("options")).isArray());
        fieldTypes.insert(definition.value(QLatin1String("field_type")).toString());
    }
    QCOMPARE(fieldTypes,
             (QSet<QString>{QStringLiteral("text"), QStringLiteral("select"),
                            QStringLiteral("datetime"), QStringLiteral("checkbox")}));

    response = client().get(QStringLiteral("/apiv3/account/custom-attributes?text=MASCOTA"));
    QCOMPARE(response.payload().toArray().size(), 4);
    response = client().get(QStringLiteral("/apiv3/account/custom-attributes?limit=5&page=2"));
    QCOMPARE(response.payload().toArray().size(), 3);
    response = client().get(QStringLiteral("/apiv3/account/custom-attributes"));
    QCOMPARE(response.payload().toArray().size(), 13);
    QCOMPARE(client().get(QStringLiteral("/apiv3/account/custom-attributes?limit=500")).status,
             400);
}

void TestSandboxWoowUp::customAttributesOfEmptySeed()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Empty;
    restart(options);
    QCOMPARE(m_server->woowupCustomerCount(), 0);
    const TestResponse response = client().get(QStringLiteral("/apiv3/account/custom-attributes"));
    QCOMPARE(response.payload().toArray().size(), 6);
    QCOMPARE(client().send("POST", QStringLiteral("/apiv3/users"), docExample).status, 200);
    QCOMPARE(client().get(QStringLiteral("/apiv3/users")).payload().toArray().size(), 1);
}

void TestSandboxWoowUp::authFailures_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong key") << QByteArrayLiteral("Basic wrong");
    QTest::newRow("bearer scheme") << QByteArrayLiteral("Bearer demo-woowup-key");
    QTest::newRow("wazzup key") << QByteArrayLiteral("Basic demo-wazzup-key");
}

void TestSandboxWoowUp::authFailures()
{
    QFETCH(QByteArray, authorization);
    client().setAuthorization(authorization);
    const TestResponse response = client().get(QStringLiteral("/apiv3/users"));
    QCOMPARE(response.status, 403);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("forbidden"));
    QVERIFY(response.object().contains(QLatin1String("payload")));
}

void TestSandboxWoowUp::apikeyInQueryString_data()
{
    QTest::addColumn<QString>("apikey"); // empty: no apikey parameter
    QTest::addColumn<QByteArray>("authorization"); // empty: no header
    QTest::addColumn<int>("status");

    QTest::newRow("apikey alone") << QStringLiteral("demo-woowup-key") << QByteArray() << 200;
    QTest::newRow("apikey percent-encoded")
        << QStringLiteral("demo%2Dwoowup%2Dkey") << QByteArray() << 200;
    QTest::newRow("apikey beside a wrong header")
        << QStringLiteral("demo-woowup-key") << QByteArray("Basic wrong") << 200;
    QTest::newRow("a wrong apikey beside the header")
        << QStringLiteral("wrong") << QByteArray("Basic demo-woowup-key") << 200;
    QTest::newRow("wrong apikey alone") << QStringLiteral("wrong") << QByteArray() << 403;
    QTest::newRow("empty apikey alone") << QStringLiteral("") << QByteArray() << 403;
    QTest::newRow("wazzup key as apikey")
        << QStringLiteral("demo-wazzup-key") << QByteArray() << 403;
    QTest::newRow("wrong apikey, wrong header")
        << QStringLiteral("wrong") << QByteArray("Basic wrong") << 403;
}

void TestSandboxWoowUp::apikeyInQueryString()
{
    QFETCH(QString, apikey);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    client().setAuthorization(authorization);
    const QString query =
        QStringLiteral("?limit=1&apikey=") + apikey; // "apikey=" with nothing: no key
    TestResponse response = client().get(QStringLiteral("/apiv3/users") + query);
    QCOMPARE(response.status, status);
    response = client().send("POST", QStringLiteral("/apiv3/users") + query,
                             R"({"email": "apikey@example.com"})");
    QCOMPARE(response.status, status);
    QCOMPARE(m_server->woowupCustomerCount(), status == 200 ? 5001 : 5000);
}

void TestSandboxWoowUp::consentReasonSpellings_data()
{
    QTest::addColumn<QString>("route"); // create, update or deprecated update
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("reason");

    // The docs' spelling, and the one WoowUp's newer PHP client sends.
    for (const char *route : {"create", "update", "deprecated update"}) {
        for (const char *channel : {"mailing", "whatsapp", "sms"}) {
            for (const char *reason : {"unsubscribe", "unsuscribe"}) {
                QTest::addRow("%s %s %s", route, channel, reason)
                    << QString::fromLatin1(route) << QString::fromLatin1(channel)
                    << QString::fromLatin1(reason);
            }
        }
    }
}

void TestSandboxWoowUp::consentReasonSpellings()
{
    QFETCH(QString, route);
    QFETCH(QString, channel);
    QFETCH(QString, reason);
    const QString email = QStringLiteral("reason@example.com");
    const QJsonObject consent{{channel + QStringLiteral("_enabled"), QStringLiteral("disabled")},
                              {channel + QStringLiteral("_disabled_reason"), reason}};

    TestResponse response;
    if (route == QLatin1String("create")) {
        QJsonObject body = consent;
        body.insert(QStringLiteral("email"), email);
        response = client().post(QStringLiteral("/apiv3/users"), QJsonDocument(body));
    } else {
        response = client().post(QStringLiteral("/apiv3/users"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("email"), email}}));
        QCOMPARE(response.status, 200);
        QJsonObject body = consent;
        if (route == QLatin1String("update")) {
            body.insert(QStringLiteral("email"), email);
            response = client().put(QStringLiteral("/apiv3/multiusers"), QJsonDocument(body));
        } else {
            const qint64 id =
                response.payload().toObject().value(QLatin1String("userapp_id")).toInteger();
            response = client().put(QStringLiteral("/apiv3/users/%1").arg(id), QJsonDocument(body));
        }
    }
    QVERIFY2(response.status == 200, response.body.constData());
    // Stored and answered as it was sent.
    QJsonObject customer = response.payload().toObject();
    QCOMPARE(customer.value(channel + QStringLiteral("_enabled")), QJsonValue(false));
    QCOMPARE(customer.value(channel + QStringLiteral("_enabled_reason")).toString(), reason);
    customer = client()
                   .get(QStringLiteral("/apiv3/multiusers/find?email=reason%40example.com"))
                   .payload()
                   .toObject();
    QCOMPARE(customer.value(channel + QStringLiteral("_enabled_reason")).toString(), reason);
}

void TestSandboxWoowUp::nullServiceUidAndBirthdate_data()
{
    QTest::addColumn<QByteArray>("create");
    QTest::addColumn<QByteArray>("update"); // empty: none

    // woowup-php-client-v2 serialises both as null when they are unset.
    QTest::newRow("both null") << QByteArrayLiteral(
        R"({"email":"null@example.com","service_uid":null,"birthdate":null})")
                               << QByteArray();
    QTest::newRow("as the newer client writes a customer")
        << QByteArrayLiteral(R"({"service_uid":null,"document":"N-1","email":"null@example.com",
            "first_name":"Ana","birthdate":null,"mailing_enabled":"disabled",
            "mailing_disabled_reason":"unsuscribe","custom_attributes":{}})")
        << QByteArray();
    QTest::newRow("update with both null")
        << QByteArrayLiteral(R"({"email":"null@example.com"})")
        << QByteArrayLiteral(R"({"email":"null@example.com","service_uid":null,"birthdate":null,
            "city":"Lanús"})");
}

void TestSandboxWoowUp::nullServiceUidAndBirthdate()
{
    QFETCH(QByteArray, create);
    QFETCH(QByteArray, update);
    TestResponse response = client().send("POST", QStringLiteral("/apiv3/users"), create);
    QVERIFY2(response.status == 200, response.body.constData());
    if (!update.isEmpty()) {
        response = client().send("PUT", QStringLiteral("/apiv3/multiusers"), update);
        QVERIFY2(response.status == 200, response.body.constData());
        QCOMPARE(response.payload().toObject().value(QLatin1String("city")).toString(),
                 QStringLiteral("Lanús"));
    }
    const QJsonObject customer = response.payload().toObject();
    QCOMPARE(customer.value(QLatin1String("email")).toString(), QStringLiteral("null@example.com"));
    QCOMPARE(customer.value(QLatin1String("service_uid")), QJsonValue(QJsonValue::Null));
    QCOMPARE(customer.value(QLatin1String("birthday")), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_server->woowupCustomerCount(), 5001);
}

void TestSandboxWoowUp::clientQuirksOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("charset"); // Content-Type and Accept with "; charset=utf-8"
    QTest::addColumn<int>("status");

    const auto row = [](const char *name, const char *method, const char *path, const char *body,
                        bool charset, int status) {
        QTest::newRow(name) << QByteArray(method) << QString::fromUtf8(path) << QByteArray(body)
                            << charset << status;
    };
    const char *update = R"({"email":"quirk@example.com","city":"Quilmes"})";
    // A trailing slash on every route (the older PHP client searches on users/).
    row("search /", "GET", "/apiv3/users/", "", false, 200);
    row("create /", "POST", "/apiv3/users/", R"({"email":"new.quirk@example.com"})", false, 200);
    row("find /", "GET", "/apiv3/multiusers/find/?email=quirk%40example.com", "", false, 200);
    row("exist /", "GET", "/apiv3/multiusers/exist/?email=quirk%40example.com", "", false, 200);
    row("update /", "PUT", "/apiv3/multiusers/", update, false, 200);
    row("delete /", "DELETE", "/apiv3/multiusers/", R"({"email":"quirk@example.com"})", false, 200);
    row("deprecated get /", "GET", "/apiv3/users/10001/", "", false, 200);
    row("deprecated update /", "PUT", "/apiv3/users/10001/", R"({"city":"Quilmes"})", false, 200);
    row("deprecated exist /", "GET", "/apiv3/users/10001/exist/", "", false, 200);
    row("belongs to segment /", "GET", "/apiv3/users/10001/belongsToSegment/?segment_id=1", "",
        false, 200);
    row("custom attributes /", "GET", "/apiv3/account/custom-attributes/", "", false, 200);
    // Every identity parameter, the unset ones empty (the older PHP client).
    row("find with empty identifiers", "GET",
        "/apiv3/multiusers/find?document=&email=quirk%40example.com&service_uid=&telephone=", "",
        false, 200);
    row("exist with empty identifiers", "GET",
        "/apiv3/multiusers/exist?document=Q-1&email=&service_uid=&telephone=", "", false, 200);
    // A JSON body [] on GET and DELETE (PHP's json_encode of an empty array).
    row("search []", "GET", "/apiv3/users", "[]", false, 200);
    row("find []", "GET", "/apiv3/multiusers/find?email=quirk%40example.com", "[]", false, 200);
    row("deprecated get []", "GET", "/apiv3/users/10001", "[]", false, 200);
    row("custom attributes []", "GET", "/apiv3/account/custom-attributes", "[]", false, 200);
    row("delete [], identifiers in the query", "DELETE",
        "/apiv3/multiusers?email=quirk%40example.com", "[]", false, 200);
    // Media types with parameters.
    row("create, charset", "POST", "/apiv3/users", R"({"email":"new.quirk@example.com"})", true,
        200);
    row("update, charset", "PUT", "/apiv3/multiusers", update, true, 200);
    row("search, charset", "GET", "/apiv3/users?limit=1", "", true, 200);
    // The refusals stay.
    row("create [] has no identifier", "POST", "/apiv3/users/", "[]", true, 400);
    row("delete [] without identifiers", "DELETE", "/apiv3/multiusers/", "[]", false, 400);
    row("find / with only empty identifiers", "GET",
        "/apiv3/multiusers/find/?document=&email=&service_uid=&telephone=", "[]", false, 400);
}

void TestSandboxWoowUp::clientQuirksOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathAndQuery);
    QFETCH(QByteArray, body);
    QFETCH(bool, charset);
    QFETCH(int, status);
    QCOMPARE(client()
                 .send("POST", QStringLiteral("/apiv3/users"),
                       R"({"email":"quirk@example.com","document":"Q-1"})")
                 .status,
             200);
    if (charset) {
        client().setRawHeader("Content-Type", "application/json; charset=utf-8");
        client().setRawHeader("Accept", "application/json; charset=utf-8");
    }
    const TestResponse response = client().send(method, pathAndQuery, body);
    QVERIFY2(response.status == status, response.body.constData());
    const QString code = response.object().value(QLatin1String("code")).toString();
    QCOMPARE(code == QLatin1String("ok"), status == 200);
}

void TestSandboxWoowUp::wrongVerbAndUnknownRoute()
{
    TestResponse response = client().send("POST", QStringLiteral("/apiv3/multiusers"), "{}");
    QCOMPARE(response.status, 405);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("method_not_allowed"));
    QCOMPARE(client().send("DELETE", QStringLiteral("/apiv3/users/12345")).status, 405);
    response = client().get(QStringLiteral("/apiv3/purchases"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object().value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));
}

void TestSandboxWoowUp::rateLimitSlidingWindow()
{
    SandboxOptions options;
    options.woowupRateLimit = 4;
    options.woowupWindowMs = 2000; // two halves of one second
    restart(options);

    QList<TestResponse> burst;
    for (int i = 0; i < 6; ++i)
        burst.append(client().get(QStringLiteral("/apiv3/users?limit=1")));
    // Every answer, refused or not, carries the limit headers.
    for (const TestResponse &response : burst)
        QCOMPARE(response.header(QByteArrayLiteral("x-rate-limit-limit")), QByteArrayLiteral("4"));
    QCOMPARE(burst.at(0).status, 200);
    QCOMPARE(burst.at(0).header(QByteArrayLiteral("x-rate-limit-remaining")),
             QByteArrayLiteral("3"));

    // However the burst fell across the halves, the sliding window holds 4.
    int accepted = 0;
    TestResponse refused;
    for (const TestResponse &response : burst) {
        if (response.status == 200)
            ++accepted;
        else
            refused = response;
    }
    QCOMPARE(accepted, 4);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object(),
             (QJsonObject{{QStringLiteral("payload"), QJsonArray()},
                          {QStringLiteral("message"), QStringLiteral("too many request")},
                          {QStringLiteral("code"), QStringLiteral("too_many_request")}}));
    const int retryAfter = refused.header(QByteArrayLiteral("Retry-After")).toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 2);
    QCOMPARE(refused.header(QByteArrayLiteral("x-rate-limit-remaining")), QByteArrayLiteral("0"));
    QVERIFY(refused.hasHeader(QByteArrayLiteral("x-rate-limit-reset")));

    // Honouring Retry-After gets through again.
    QTest::qWait(retryAfter * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(client().get(QStringLiteral("/apiv3/users?limit=1")).status, 200,
                              2500);
}

void TestSandboxWoowUp::resetRestoresSeed()
{
    QCOMPARE(client().send("POST", QStringLiteral("/apiv3/users"), docExample).status, 200);
    client().send("POST", QStringLiteral("/apiv3/users"), docExample); // duplicate
    QCOMPARE(m_server->woowupCustomerCount(), 5001);
    QCOMPARE(m_server->duplicateCreates(), 1);
    const TestResponse reset = client().send("POST", QStringLiteral("/__sandbox/reset"), "{}");
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_server->woowupCustomerCount(), 5000);
    const QJsonObject stats = client().get(QStringLiteral("/__sandbox/stats")).object();
    QCOMPARE(stats.value(QLatin1String("duplicate_creates")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("woowup_customers")).toInt(), 5000);
    QCOMPARE(stats.value(QLatin1String("wazzup_users")).toInt(), 40);
    QCOMPARE(
        stats.value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(client()
                 .get(QStringLiteral("/apiv3/multiusers/exist?email=test%40email.com"))
                 .payload()
                 .toObject()
                 .value(QLatin1String("exist")),
             QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestSandboxWoowUp)
#include "tst_sandboxwoowup.moc"
