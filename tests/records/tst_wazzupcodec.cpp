#include "wazzupcodec.h"

#include <QJsonDocument>
#include <QtTest>

namespace {

// The docs' examples are copied as they are printed, then fixed as little as
// it takes to be JSON; each fix is spelled out next to the text.

// "Getting a list of users", response example, verbatim:
//         "id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb", // user id
//         "name": "User Name" // user name
// Fix: the // comments removed and the pair wrapped in [{ }] (the doc lost the
// brackets of the bare-array form).
const char docListExample[] = R"([{
        "id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb",
        "name": "User Name"
}])";

// "Retrieving single user data", response example, verbatim:
// {"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb", //user id
// "name": "User Name"} ,
// "phone": "79332345432 //user name
// Fix: the // comments removed, the stray "} ," moved to the end and the phone
// string closed.
const char docSingleExample[] = R"({"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb",
"name": "User Name",
"phone": "79332345432"})";

// "Adding users", request body, verbatim:
// [
// "id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb",
// "name": "Alex Salesman",
// "phone": "79263334567"
// "id": "111-2e0df379-0e3c-470f-9b36",
// "name": "Kate Supportics",
// "phone": "79261234567"
// Fix: each user wrapped in { }, a comma between them, the array closed.
const char docAddRequestExample[] = R"([{
"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb",
"name": "Alex Salesman",
"phone": "79263334567"
},{
"id": "111-2e0df379-0e3c-470f-9b36",
"name": "Kate Supportics",
"phone": "79261234567"
}])";

QByteArray compact(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isNull())
        return QByteArrayLiteral("<not JSON>");
    return document.toJson(QJsonDocument::Compact);
}

WazzupUser user(const QString &id, const QString &name, const QString &phone = {})
{
    return WazzupUser{id, name, phone};
}

} // namespace

class TestWazzupCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodeUserPage_data();
    void decodeUserPage();
    void decodeUserPageRejects_data();
    void decodeUserPageRejects();
    void decodeUser_data();
    void decodeUser();
    void encodeUsers_data();
    void encodeUsers();
    void roundTrip_data();
    void roundTrip();
    void decodeIdList_data();
    void decodeIdList();
    void encodeIds_data();
    void encodeIds();
    void decodeError_data();
    void decodeError();
};

void TestWazzupCodec::decodeUserPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<WazzupUserList>("expected");
    QTest::addColumn<int>("count"); // -1: no count in the body

    const WazzupUser docUser =
        user(QStringLiteral("2e0df379-0e3c-470f-9b36-06b9e34c3bdb"), QStringLiteral("User Name"));

    QTest::newRow("doc list example")
        << QByteArray(docListExample) << WazzupUserList{docUser} << -1;
    QTest::newRow("bare empty array") << QByteArrayLiteral("[]") << WazzupUserList{} << -1;
    // The paged shape of NOTES.md, count as a string.
    QTest::newRow("paged, count as string") << QByteArrayLiteral(
        R"({"count": "1", "data": [{"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb", "name": "User Name"}]})")
                                            << WazzupUserList{docUser} << 1;
    QTest::newRow("paged, count as number") << QByteArrayLiteral(
        R"({"count": 2, "data": [{"id": "a", "name": "Ann", "phone": "79261234567"}, {"id": "b", "name": "Bob"}]})")
                                            << WazzupUserList{user(QStringLiteral("a"),
                                                                   QStringLiteral("Ann"),
                                                                   QStringLiteral("79261234567")),
                                                              user(QStringLiteral("b"),
                                                                   QStringLiteral("Bob"))}
                                            << 2;
    QTest::newRow("paged, count beyond the page")
        << QByteArrayLiteral(R"({"count": "250", "data": []})") << WazzupUserList{} << 250;
    QTest::newRow("paged, no count")
        << QByteArrayLiteral(R"({"data": [{"id": "a", "name": "Ann"}]})")
        << WazzupUserList{user(QStringLiteral("a"), QStringLiteral("Ann"))} << -1;
    QTest::newRow("paged, no data")
        << QByteArrayLiteral(R"({"count": "0"})") << WazzupUserList{} << 0;
    QTest::newRow("ids and phones as numbers")
        << QByteArrayLiteral(R"([{"id": 12345, "name": "Num", "phone": 79261234567}])")
        << WazzupUserList{user(QStringLiteral("12345"), QStringLiteral("Num"),
                               QStringLiteral("79261234567"))}
        << -1;
    QTest::newRow("null phone")
        << QByteArrayLiteral(R"([{"id": "x", "name": "Null Phone", "phone": null}])")
        << WazzupUserList{user(QStringLiteral("x"), QStringLiteral("Null Phone"))} << -1;
    QTest::newRow("non-ASCII name")
        << QByteArrayLiteral(R"([{"id": "ru-1", "name": "Иван Петров"}])")
        << WazzupUserList{user(QStringLiteral("ru-1"), QStringLiteral("Иван Петров"))} << -1;
}

void TestWazzupCodec::decodeUserPage()
{
    QFETCH(QByteArray, body);
    QFETCH(WazzupUserList, expected);
    QFETCH(int, count);

    QString error;
    const auto page = WazzupCodec::decodeUserPage(body, &error);
    QVERIFY2(page.has_value(), qPrintable(error));
    QCOMPARE(page->users.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(page->users.at(i).id, expected.at(i).id);
        QCOMPARE(page->users.at(i).name, expected.at(i).name);
        QCOMPARE(page->users.at(i).phone, expected.at(i).phone);
    }
    QCOMPARE(page->count.has_value(), count >= 0);
    if (count >= 0)
        QCOMPARE(*page->count, count);
}

void TestWazzupCodec::decodeUserPageRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArrayLiteral("<html>502 Bad Gateway</html>");
    QTest::newRow("doc list example as printed")
        << QByteArrayLiteral("\"id\": \"2e0df379-0e3c-470f-9b36-06b9e34c3bdb\", // user id\n"
                             "\"name\": \"User Name\" // user name");
    QTest::newRow("a number") << QByteArrayLiteral("5");
    QTest::newRow("data not an array") << QByteArrayLiteral(R"({"count": "1", "data": {}})");
    QTest::newRow("user not an object") << QByteArrayLiteral(R"(["a", "b"])");
}

void TestWazzupCodec::decodeUserPageRejects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!WazzupCodec::decodeUserPage(body, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestWazzupCodec::decodeUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<WazzupUser>("expected");

    QTest::newRow("doc single example")
        << QByteArray(docSingleExample)
        << user(QStringLiteral("2e0df379-0e3c-470f-9b36-06b9e34c3bdb"), QStringLiteral("User Name"),
                QStringLiteral("79332345432"));
    QTest::newRow("no phone") << QByteArrayLiteral(R"({"id": "a", "name": "Ann"})")
                              << user(QStringLiteral("a"), QStringLiteral("Ann"));
    QTest::newRow("extra fields ignored")
        << QByteArrayLiteral(
               R"({"id": "a", "name": "Ann", "role": "manager", "phone": "79261234567"})")
        << user(QStringLiteral("a"), QStringLiteral("Ann"), QStringLiteral("79261234567"));
}

void TestWazzupCodec::decodeUser()
{
    QFETCH(QByteArray, body);
    QFETCH(WazzupUser, expected);
    QString error;
    const auto decoded = WazzupCodec::decodeUser(body, &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(decoded->id, expected.id);
    QCOMPARE(decoded->name, expected.name);
    QCOMPARE(decoded->phone, expected.phone);
    QVERIFY(!WazzupCodec::decodeUser(QByteArrayLiteral("[]")).has_value());
}

void TestWazzupCodec::encodeUsers_data()
{
    QTest::addColumn<WazzupUserList>("users");
    QTest::addColumn<QByteArray>("expectedJson");

    QTest::newRow("doc add request example")
        << WazzupUserList{user(QStringLiteral("2e0df379-0e3c-470f-9b36-06b9e34c3bdb"),
                               QStringLiteral("Alex Salesman"), QStringLiteral("79263334567")),
                          user(QStringLiteral("111-2e0df379-0e3c-470f-9b36"),
                               QStringLiteral("Kate Supportics"), QStringLiteral("79261234567"))}
        << QByteArray(docAddRequestExample);
    QTest::newRow("empty phone omitted")
        << WazzupUserList{user(QStringLiteral("a"), QStringLiteral("Ann"))}
        << QByteArrayLiteral(R"([{"id": "a", "name": "Ann"}])");
    QTest::newRow("phone written as given")
        << WazzupUserList{user(QStringLiteral("a"), QStringLiteral("Ann"),
                               QStringLiteral("+7 926 123-45-67"))}
        << QByteArrayLiteral(R"([{"id": "a", "name": "Ann", "phone": "+7 926 123-45-67"}])");
    QTest::newRow("no users") << WazzupUserList{} << QByteArrayLiteral("[]");
}

void TestWazzupCodec::encodeUsers()
{
    QFETCH(WazzupUserList, users);
    QFETCH(QByteArray, expectedJson);
    QCOMPARE(compact(WazzupCodec::encodeUsers(users)), compact(expectedJson));
}

void TestWazzupCodec::roundTrip_data()
{
    QTest::addColumn<WazzupUserList>("users");
    QTest::newRow("one with phone") << WazzupUserList{
        user(QStringLiteral("id-1"), QStringLiteral("Alex"), QStringLiteral("79263334567"))};
    QTest::newRow("several, some without phone") << WazzupUserList{
        user(QStringLiteral("a"), QStringLiteral("Ann")),
        user(QStringLiteral("b"), QStringLiteral("Bob"), QStringLiteral("5491112345678")),
        user(QStringLiteral("c"), QStringLiteral("Carmen Núñez"))};
    QTest::newRow("quotes, backslashes, emoji")
        << WazzupUserList{user(QStringLiteral("q\"\\/"), QStringLiteral("Ann \"the boss\" 😀"))};
    QTest::newRow("200-character id and name")
        << WazzupUserList{user(QString(200, u'i'), QString(200, u'n'))};
}

void TestWazzupCodec::roundTrip()
{
    QFETCH(WazzupUserList, users);
    QString error;
    const auto page = WazzupCodec::decodeUserPage(WazzupCodec::encodeUsers(users), &error);
    QVERIFY2(page.has_value(), qPrintable(error));
    QCOMPARE(page->users, users);
}

void TestWazzupCodec::decodeIdList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all deleted") << QByteArrayLiteral("[]") << true << QStringList{};
    QTest::newRow("empty body") << QByteArray() << true << QStringList{};
    QTest::newRow("some absent") << QByteArrayLiteral(R"(["a", "111-2e0df379"])") << true
                                 << QStringList{QStringLiteral("a"),
                                                QStringLiteral("111-2e0df379")};
    QTest::newRow("numeric id") << QByteArrayLiteral(R"([42, "b"])") << true
                                << QStringList{QStringLiteral("42"), QStringLiteral("b")};
    QTest::newRow("object") << QByteArrayLiteral(R"({"ids": []})") << false << QStringList{};
    QTest::newRow("null item") << QByteArrayLiteral("[null]") << false << QStringList{};
    QTest::newRow("not JSON") << QByteArrayLiteral("oops") << false << QStringList{};
}

void TestWazzupCodec::decodeIdList()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(QStringList, expected);
    const auto ids = WazzupCodec::decodeIdList(body);
    QCOMPARE(ids.has_value(), valid);
    if (valid)
        QCOMPARE(*ids, expected);
}

void TestWazzupCodec::encodeIds_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QByteArray>("expectedJson");
    QTest::newRow("none") << QStringList{} << QByteArrayLiteral("[]");
    QTest::newRow("two") << QStringList{QStringLiteral("a"), QStringLiteral("2e0df379")}
                         << QByteArrayLiteral(R"(["a","2e0df379"])");
}

void TestWazzupCodec::encodeIds()
{
    QFETCH(QStringList, ids);
    QFETCH(QByteArray, expectedJson);
    QCOMPARE(WazzupCodec::encodeIds(ids), expectedJson);
}

void TestWazzupCodec::decodeError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("doc spelling normalised") << QByteArrayLiteral(
        R"({"error": "TOO_MACH_ENTITIES", "description": "Limit of 100 entities per request is exceeded"})")
                                             << QStringLiteral("TOO_MANY_ENTITIES")
                                             << QStringLiteral(
                                                    "Limit of 100 entities per request is exceeded")
                                             << QByteArrayLiteral("{}");
    QTest::newRow("correct spelling kept")
        << QByteArrayLiteral(R"({"error": "TOO_MANY_ENTITIES", "description": "too many"})")
        << QStringLiteral("TOO_MANY_ENTITIES") << QStringLiteral("too many")
        << QByteArrayLiteral("{}");
    QTest::newRow("with data, status and requestId") << QByteArrayLiteral(
        R"({"status": 400, "requestId": "r-1", "error": "INVALID_USERS_DATA", "description": "Bad", "data": {"index": 3}})")
                                                     << QStringLiteral("INVALID_USERS_DATA")
                                                     << QStringLiteral("Bad")
                                                     << QByteArrayLiteral(R"({"index":3})");
    QTest::newRow("user limit") << QByteArrayLiteral(
        R"({"error": "USER_LIMIT_EXCEEDED", "description": "The limit of 1,000 users is exceeded"})")
                                << QStringLiteral("USER_LIMIT_EXCEEDED")
                                << QStringLiteral("The limit of 1,000 users is exceeded")
                                << QByteArrayLiteral("{}");
    QTest::newRow("empty body") << QByteArray() << QString() << QString()
                                << QByteArrayLiteral("{}");
    QTest::newRow("HTML") << QByteArrayLiteral("<h1>500</h1>") << QString() << QString()
                          << QByteArrayLiteral("{}");
    QTest::newRow("array") << QByteArrayLiteral("[]") << QString() << QString()
                           << QByteArrayLiteral("{}");
}

void TestWazzupCodec::decodeError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QByteArray, data);
    const WazzupCodec::ErrorBody error = WazzupCodec::decodeError(body);
    QCOMPARE(error.code, code);
    QCOMPARE(error.description, description);
    QCOMPARE(QJsonDocument(error.data).toJson(QJsonDocument::Compact), data);
}

QTEST_GUILESS_MAIN(TestWazzupCodec)
#include "tst_wazzupcodec.moc"
