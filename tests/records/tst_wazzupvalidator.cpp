#include "wazzupvalidator.h"

#include <QtTest>

Q_DECLARE_METATYPE(ValidationIssue::Severity)

namespace {

ValidationIssues issuesOn(const ValidationIssues &issues, const QString &field)
{
    ValidationIssues result;
    for (const auto &issue : issues) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

// A user that passes every rule; each row breaks (or keeps) one of them.
WazzupUser validUser()
{
    return WazzupUser{QStringLiteral("2e0df379-0e3c-470f-9b36-06b9e34c3bdb"),
                      QStringLiteral("Alex Salesman"), QStringLiteral("79263334567")};
}

QString emoji(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("😀"); // two UTF-16 code units each
    return text;
}

} // namespace

class TestWazzupValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyProblemAtOnce();
    void phoneHint_data();
    void phoneHint();
    void isValidPhone_data();
    void isValidPhone();
    void normalizedPhone_data();
    void normalizedPhone();
};

void TestWazzupValidator::rules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("expectIssue");
    QTest::addColumn<ValidationIssue::Severity>("severity");

    const WazzupUser ok = validUser();
    const auto error = ValidationIssue::Severity::Error;
    const auto warning = ValidationIssue::Severity::Warning;

    // id: required, at most 200 characters (UTF-16 code units, see wazzupvalidator.cpp).
    QTest::newRow("id present") << ok.id << ok.name << ok.phone << "id" << false << error;
    QTest::newRow("id empty") << QString() << ok.name << ok.phone << "id" << true << error;
    QTest::newRow("id blank") << QStringLiteral("   ") << ok.name << ok.phone << "id" << true
                              << error;
    QTest::newRow("id 200") << QString(200, u'i') << ok.name << ok.phone << "id" << false << error;
    QTest::newRow("id 201") << QString(201, u'i') << ok.name << ok.phone << "id" << true << error;

    // name: the same rules.
    QTest::newRow("name present") << ok.id << ok.name << ok.phone << "name" << false << error;
    QTest::newRow("name empty") << ok.id << QString() << ok.phone << "name" << true << error;
    QTest::newRow("name 200") << ok.id << QString(200, u'n') << ok.phone << "name" << false
                              << error;
    QTest::newRow("name 201") << ok.id << QString(201, u'n') << ok.phone << "name" << true << error;
    QTest::newRow("name 200 Cyrillic")
        << ok.id << QString(200, u'я') << ok.phone << "name" << false << error;
    QTest::newRow("name 100 emoji = 200 units")
        << ok.id << emoji(100) << ok.phone << "name" << false << error;
    QTest::newRow("name 101 emoji = 202 units")
        << ok.id << emoji(101) << ok.phone << "name" << true << error;

    // phone: optional; a form the server would drop is an error: the form and
    // the import normalise what can be (normalizedPhone), the rest is not sent.
    QTest::newRow("phone empty") << ok.id << ok.name << QString() << "phone" << false << warning;
    QTest::newRow("phone international digits") << ok.id << ok.name << "79261234567"
                                                << "phone" << false << warning;
    QTest::newRow("phone 15 digits") << ok.id << ok.name << "123456789012345"
                                     << "phone" << false << warning;
    QTest::newRow("phone with plus and spaces") << ok.id << ok.name << "+7 926 123-45-67"
                                                << "phone" << true << error;
    QTest::newRow("phone with brackets") << ok.id << ok.name << "7 (926) 1234567"
                                         << "phone" << true << error;
    QTest::newRow("phone too short") << ok.id << ok.name << "123456789"
                                     << "phone" << true << error;
    QTest::newRow("phone too long") << ok.id << ok.name << "1234567890123456"
                                    << "phone" << true << error;
    QTest::newRow("phone with letters") << ok.id << ok.name << "7926ABC4567"
                                        << "phone" << true << error;
}

void TestWazzupValidator::rules()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, field);
    QFETCH(bool, expectIssue);
    QFETCH(ValidationIssue::Severity, severity);

    const ValidationIssues issues = WazzupValidator::validate(WazzupUser{id, name, phone});
    const ValidationIssues onField = issuesOn(issues, field);
    if (!expectIssue) {
        QVERIFY2(onField.isEmpty(), qPrintable(onField.value(0).message));
        return;
    }
    QCOMPARE(onField.size(), 1);
    QCOMPARE(onField.first().severity, severity);
    QVERIFY(!onField.first().message.isEmpty());
    QVERIFY(!onField.first().message.contains(QLatin1String("...")));
    // A warning alone must not stop the user from being sent.
    QCOMPARE(hasErrors(issues), severity == ValidationIssue::Severity::Error);
}

void TestWazzupValidator::everyProblemAtOnce()
{
    const ValidationIssues issues = WazzupValidator::validate(
        WazzupUser{QString(), QString(300, u'n'), QStringLiteral("8-800")});
    QStringList fields;
    for (const auto &issue : issues)
        fields.append(issue.field);
    QCOMPARE(fields,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone")}));
    QVERIFY(WazzupValidator::validate(validUser()).isEmpty());
}

void TestWazzupValidator::phoneHint_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("hint"); // empty: no suggestion can be made

    QTest::newRow("Russian mobile, formatted") << "+7 926 123-45-67"
                                               << "79261234567";
    QTest::newRow("Argentine mobile") << "+54 9 11 1234-5678"
                                      << "5491112345678";
    QTest::newRow("00 prefix") << "00 44 20 7946 0958"
                               << "442079460958";
    QTest::newRow("too few digits") << "123-45"
                                    << "";
}

void TestWazzupValidator::phoneHint()
{
    QFETCH(QString, phone);
    QFETCH(QString, hint);
    WazzupUser user = validUser();
    user.phone = phone;
    const ValidationIssues onPhone =
        issuesOn(WazzupValidator::validate(user), QStringLiteral("phone"));
    QCOMPARE(onPhone.size(), 1);
    const QString message = onPhone.first().message;
    QVERIFY2(message.contains(QLatin1String("drop")), qPrintable(message));
    if (hint.isEmpty())
        QVERIFY2(message.contains(QLatin1String("79261234567")),
                 qPrintable(message)); // the example
    else // the whole suggestion, not a part of a longer digit run
        QVERIFY2(message.contains(QLatin1Char(' ') + hint + QLatin1Char('.')), qPrintable(message));
}

void TestWazzupValidator::isValidPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("doc example") << "79261234567" << true;
    QTest::newRow("10 digits") << "4915123456" << true;
    QTest::newRow("9 digits") << "491512345" << false;
    QTest::newRow("16 digits") << "1234567890123456" << false;
    QTest::newRow("plus") << "+79261234567" << false;
    QTest::newRow("space") << "7926 1234567" << false;
    QTest::newRow("dash") << "7926-1234567" << false;
    QTest::newRow("Arabic-Indic digits") << "٧٩٢٦١٢٣٤٥٦٧" << false;
    QTest::newRow("empty") << "" << false;
}

void TestWazzupValidator::isValidPhone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(WazzupValidator::isValidPhone(phone), valid);
}

// The one rule of the employee form and the staff import.
void TestWazzupValidator::normalizedPhone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty: cannot be had
    QTest::newRow("issue's example") << "+7 926 111-22-33"
                                     << "79261112233";
    QTest::newRow("digits already") << "79261234567"
                                    << "79261234567";
    QTest::newRow("brackets") << "+7 (926) 123-45-67"
                              << "79261234567";
    QTest::newRow("dots and slash") << "7.926/123.45.67"
                                    << "79261234567";
    QTest::newRow("00 prefix") << "00 44 20 7946 0958"
                               << "442079460958";
    QTest::newRow("no-break spaces") << "+54\u00a09\u00a011\u00a01234\u20115678"
                                     << "5491112345678";
    QTest::newRow("Arabic-Indic digits") << "٧٩٢٦١٢٣٤٥٦٧"
                                         << "79261234567";
    QTest::newRow("surrounding spaces") << "  79261234567 "
                                        << "79261234567";
    QTest::newRow("too short") << "54911"
                               << "";
    QTest::newRow("too long") << "+1234 5678 9012 3456"
                              << "";
    QTest::newRow("letters") << "7926ABC4567"
                             << "";
    QTest::newRow("extension") << "79261234567 ext 12"
                               << "";
    QTest::newRow("plus inside") << "7926+1234567"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestWazzupValidator::normalizedPhone()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(WazzupValidator::normalizedPhone(text), normalized);
    // What the rule gives, the validator accepts.
    if (!normalized.isEmpty())
        QVERIFY(WazzupValidator::validate(
                    WazzupUser{QStringLiteral("u"), QStringLiteral("U"), normalized})
                    .isEmpty());
}

QTEST_GUILESS_MAIN(TestWazzupValidator)
#include "tst_wazzupvalidator.moc"
