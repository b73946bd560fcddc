// Every error the two services document (and the transport failures) maps
// to its kind, code, field and a sentence a support manager can act on.

#include "apierror.h"
#include "apierrormapper.h"

#include <QNetworkReply>
#include <QtTest>

Q_DECLARE_METATYPE(Service)
Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpErrors_data();
    void httpErrors();
    void transportErrors_data();
    void transportErrors();
    void noErrorIsFalse();
    void fieldFromText_data();
    void fieldFromText();
};

void TestApiError::httpErrors_data()
{
    using Kind = ApiError::Kind;
    const auto wazzup = Service::Wazzup;
    const auto woowup = Service::WoowUp;
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("wazzup 400 INVALID_USERS_DATA")
        << wazzup << 400
        << QByteArray(R"({"error":"INVALID_USERS_DATA","description":"Invalid value of \"name\"",)"
                      R"("data":{"index":3,"field":"name"}})")
        << Kind::BadRequest << "INVALID_USERS_DATA"
        << "name" << false << "the name is missing or not valid";
    QTest::newRow("wazzup 400 INVALID_USERS_DATA without data")
        << wazzup << 400 << QByteArray(R"({"error":"INVALID_USERS_DATA"})") << Kind::BadRequest
        << "INVALID_USERS_DATA"
        << "" << false << "a required field is empty";
    QTest::newRow("wazzup 400 TOO_MANY_ENTITIES")
        << wazzup << 400 << QByteArray(R"({"error":"TOO_MANY_ENTITIES"})") << Kind::BadRequest
        << "TOO_MANY_ENTITIES"
        << "" << false << "at most 100 users";
    QTest::newRow("wazzup 400 TOO_MACH_ENTITIES (Russian doc)")
        << wazzup << 400 << QByteArray(R"({"error":"TOO_MACH_ENTITIES"})") << Kind::BadRequest
        << "TOO_MANY_ENTITIES"
        << "" << false << "at most 100 users";
    QTest::newRow("wazzup 400 USER_LIMIT_EXCEEDED")
        << wazzup << 400 << QByteArray(R"({"error":"USER_LIMIT_EXCEEDED"})") << Kind::BadRequest
        << "USER_LIMIT_EXCEEDED"
        << "" << false << "maximum number of users (1,000)";
    QTest::newRow("wazzup 401 empty body")
        << wazzup << 401 << QByteArray() << Kind::Authentication << ""
        << "" << false << "did not accept the API key";
    QTest::newRow("wazzup 403") << wazzup << 403 << QByteArray(R"({"error":"FORBIDDEN"})")
                                << Kind::Authentication << "FORBIDDEN"
                                << "" << false << "refused this action for the API key";
    QTest::newRow("wazzup 404") << wazzup << 404
                                << QByteArray(R"({"error":"USER_NOT_FOUND","data":{"id":"u1"}})")
                                << Kind::NotFound << "USER_NOT_FOUND"
                                << "" << false << "User “u1” was not found";
    QTest::newRow("wazzup 429") << wazzup << 429 << QByteArray(R"({"error":"TOO_MANY_REQUESTS"})")
                                << Kind::RateLimited << "TOO_MANY_REQUESTS"
                                << "" << true << "too many requests";
    QTest::newRow("wazzup 500") << wazzup << 500
                                << QByteArray(R"({"error":"INTERNAL_SERVER_ERROR"})")
                                << Kind::ServerError << "INTERNAL_SERVER_ERROR"
                                << "" << false << "internal error";
    QTest::newRow("wazzup 502 html")
        << wazzup << 502 << QByteArray("<html>Bad Gateway</html>") << Kind::Unavailable << ""
        << "" << true << "temporarily unavailable (HTTP 502)";

    const auto badRequest = [](const char *error) -> QByteArray {
        return QByteArray(R"({"payload":{"errors":[")") + error
            + QByteArray(R"("]},"message":"bad request","code":"bad_request"})");
    };
    QTest::newRow("woowup 400 email")
        << woowup << 400 << badRequest("email: Invalid email") << Kind::BadRequest << "bad_request"
        << "email" << false << "email: Invalid email";
    QTest::newRow("woowup 400 custom attribute")
        << woowup << 400
        << badRequest("custom_attributes.pet_age: String value found, but a number is required")
        << Kind::BadRequest << "bad_request"
        << "custom_attributes.pet_age" << false << "a number is required";
    QTest::newRow("woowup 400 no field")
        << woowup << 400 << badRequest("Failed to match at least one schema") << Kind::BadRequest
        << "bad_request"
        << "" << false << "Failed to match at least one schema";
    QTest::newRow("woowup 400 already exists")
        << woowup << 400 << badRequest("user already exists (document is already in use)")
        << Kind::AlreadyExists << "bad_request"
        << "document" << false << "same document already exists";
    QTest::newRow("woowup 403 forbidden")
        << woowup << 403 << QByteArray(R"({"payload":[],"message":"forbidden","code":"forbidden"})")
        << Kind::Authentication << "forbidden"
        << "" << false << "WoowUp did not accept the API key";
    QTest::newRow("woowup 404 user_not_found")
        << woowup << 404
        << QByteArray(R"({"payload":[],"message":"user not found","code":"user_not_found"})")
        << Kind::NotFound << "user_not_found"
        << "" << false << "No matching record was found in WoowUp";
    QTest::newRow("woowup 404 not_found")
        << woowup << 404 << QByteArray(R"({"payload":[],"message":"not found","code":"not_found"})")
        << Kind::NotFound << "not_found"
        << "" << false << "No matching record";
    QTest::newRow("woowup 405")
        << woowup << 405
        << QByteArray(
               R"({"payload":[],"message":"method not allowed","code":"method_not_allowed"})")
        << Kind::MethodNotAllowed << "method_not_allowed"
        << "" << false << "base URL";
    QTest::newRow("woowup 410 account_deleted")
        << woowup << 410
        << QByteArray(R"({"payload":[],"message":"account deleted","code":"account_deleted"})")
        << Kind::AccountDeleted << "account_deleted"
        << "" << false << "has been deleted";
    QTest::newRow("woowup 429 too_many_request")
        << woowup << 429
        << QByteArray(R"({"payload":[],"message":"too many request","code":"too_many_request"})")
        << Kind::RateLimited << "too_many_request"
        << "" << true << "too many requests";
    QTest::newRow("woowup 500 internal_error")
        << woowup << 500
        << QByteArray(R"({"payload":[],"message":"internal error","code":"internal_error"})")
        << Kind::ServerError << "internal_error"
        << "" << false << "contact WoowUp support";
    QTest::newRow("woowup 503") << woowup << 503 << QByteArray() << Kind::Unavailable << ""
                                << "" << true << "HTTP 503";
    QTest::newRow("woowup 504") << woowup << 504 << QByteArray("gateway timeout")
                                << Kind::Unavailable << ""
                                << "" << true << "HTTP 504";
    QTest::newRow("woowup 418") << woowup << 418
                                << QByteArray(R"({"payload":[],"message":"teapot","code":"x"})")
                                << Kind::Http << "x"
                                << "" << false << "(HTTP 418): teapot";
}

void TestApiError::httpErrors()
{
    QFETCH(Service, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(bool, retryable);
    QFETCH(QString, messagePart);

    const ApiError error = ApiErrorMapper::fromHttp(service, status, body);
    QVERIFY(error);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.isRetryable(), retryable);
    const QString message = error.message();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    // Whole sentences, never "error 403" or a bare service code.
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
    QVERIFY(message.at(0).isUpper());
    QVERIFY(!message.contains(QLatin1String("rror 4")));
    if (!code.isEmpty() && code.toUpper() == code)
        QVERIFY2(!message.contains(code), qPrintable(message));
}

void TestApiError::transportErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("messagePart");
    const auto wazzup = Service::Wazzup;
    const auto woowup = Service::WoowUp;

    QTest::newRow("timeout") << ApiErrorMapper::timeout(woowup, 30000) << true << true
                             << "did not answer within 30 second";
    QTest::newRow("refused") << ApiErrorMapper::fromNetwork(
        wazzup, QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"),
        QStringLiteral("api.wazzup24.com"))
                             << true << false << "refused the connection";
    QTest::newRow("host not found")
        << ApiErrorMapper::fromNetwork(wazzup, QNetworkReply::HostNotFoundError,
                                       QStringLiteral("not found"), QStringLiteral("api.example"))
        << true << false << "Could not find the server api.example";
    QTest::newRow("dropped") << ApiErrorMapper::fromNetwork(
        woowup, QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"),
        QStringLiteral("api.woowup.com"))
                             << true << true << "closed the connection before its answer arrived";
    QTest::newRow("other network")
        << ApiErrorMapper::fromNetwork(woowup, QNetworkReply::UnknownNetworkError,
                                       QStringLiteral("x"), QStringLiteral("api.woowup.com"))
        << true << true << "network problem";
    QTest::newRow("tls") << ApiErrorMapper::tls(
        woowup, QStringLiteral("The certificate has expired"), QStringLiteral("api.woowup.com"))
                         << false << false << "certificate has expired";
    QTest::newRow("garbage") << ApiErrorMapper::invalidResponse(woowup, 200,
                                                                QStringLiteral("bad json"))
                             << true << true << "cannot read";
    QTest::newRow("cancelled") << ApiErrorMapper::cancelled(wazzup) << false << false
                               << "cancelled";
    QTest::newRow("invalid request")
        << ApiErrorMapper::invalidRequest(woowup, QStringLiteral("Say why.")) << false << false
        << "Say why.";
}

void TestApiError::transportErrors()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retryable);
    QFETCH(bool, ambiguous);
    QFETCH(QString, messagePart);
    QVERIFY(error);
    if (error.kind() != ApiError::Kind::InvalidResponse)
        QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.isAmbiguous(), ambiguous);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QVERIFY2(error.message().endsWith(QLatin1Char('.')), qPrintable(error.message()));
}

void TestApiError::noErrorIsFalse()
{
    const ApiError none;
    QVERIFY(!none);
    QVERIFY(none.message().isEmpty());
    QVERIFY(!none.isRetryable());
}

void TestApiError::fieldFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("email") << "email: Invalid email"
                           << "email";
    QTest::newRow("birthdate") << "birthdate: Invalid date \"x\", expected format yyyy-mm-dd"
                               << "birthdate";
    QTest::newRow("attribute") << "custom_attributes.peso_mascota: ..."
                               << "custom_attributes.peso_mascota";
    QTest::newRow("in use") << "user already exists (email is already in use)"
                            << "email";
    QTest::newRow("sentence") << "Failed to match at least one schema"
                              << "";
    QTest::newRow("json") << "{\"a\":1}"
                          << "";
}

void TestApiError::fieldFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ApiErrorMapper::fieldFromText(text), field);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
