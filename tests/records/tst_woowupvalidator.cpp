#include "woowupvalidator.h"

#include <QDate>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

using Change = std::function<void(WoowUpCustomer &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(ValidationIssue::Severity)

namespace {

const auto Error = ValidationIssue::Severity::Error;
const auto Warning = ValidationIssue::Severity::Warning;

// A customer that passes every rule; each row breaks (or keeps) one of them.
WoowUpCustomer validCustomer()
{
    WoowUpCustomer c;
    c.email = QStringLiteral("test@email.com");
    c.firstName = QStringLiteral("John");
    c.lastName = QStringLiteral("Doe");
    c.country = QStringLiteral("ARG");
    return c;
}

// Shaped like the attributes of the doc's schema-valid example.
CustomAttributeDefinitions definitions()
{
    const auto def = [](const char *name, const char *fieldType, const char *dataType,
                        const QStringList &options = {}) {
        return CustomAttributeDefinition{QLatin1String(name),        QLatin1String(name),
                                         QLatin1String(fieldType),   QLatin1String(dataType),
                                         QStringLiteral("Mascotas"), options};
    };
    return {
        def("fecha_casamiento", "datetime", "date"),
        def("cantidad_autos", "number", "integer"),
        def("peso_mascota", "number", "float"),
        def("nombre_mascota", "text", "string"),
        def("vacunas_mascota", "list", "string"),
        def("acepta_terminos", "checkbox", "boolean"),
        def("color", "select", "string", {QStringLiteral("rojo"), QStringLiteral("azul")}),
        // As the sandbox (and WoowUp's own UI) define them: field_type is the
        // editor, data_type what is stored.
        def("edad_mascota", "text", "number"),
        def("vacunas", "checkbox", "list", {QStringLiteral("rabia"), QStringLiteral("moquillo")}),
        def("socio", "checkbox", "boolean"),
    };
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ValidationIssues issuesOn(const ValidationIssues &issues, const QString &field)
{
    ValidationIssues result;
    for (const auto &issue : issues) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

Change clearIdentifiers()
{
    return [](WoowUpCustomer &c) {
        c.serviceUid.clear();
        c.email.clear();
        c.document.clear();
        c.telephone.clear();
    };
}

Change setString(QString WoowUpCustomer::*member, const QString &value)
{
    return [member, value](WoowUpCustomer &c) {
        c.*member = value;
    };
}

Change consent(ChannelConsent WoowUpCustomer::*channel, std::optional<bool> enabled,
               const QString &reason)
{
    return [channel, enabled, reason](WoowUpCustomer &c) {
        (c.*channel).enabled = enabled;
        (c.*channel).disabledReason = reason;
    };
}

Change attribute(const QString &name, const QVariant &value)
{
    return [name, value](WoowUpCustomer &c) {
        c.customAttributes.insert(name, value);
    };
}

} // namespace

class TestWoowUpValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyProblemAtOnce();
    void countryHint();
    void isValidEmail_data();
    void isValidEmail();
    void isValidEmailAgreesWithThePattern();
    void isValidDate_data();
    void isValidDate();
    void enums();
};

void TestWoowUpValidator::rules_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("withDefinitions");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("expectIssue");
    QTest::addColumn<ValidationIssue::Severity>("severity");

    const auto pass = [](const char *name, const Change &change, const char *field,
                         bool withDefinitions = false) {
        QTest::newRow(name) << change << withDefinitions << QString::fromLatin1(field) << false
                            << Error;
    };
    const auto fail = [](const char *name, const Change &change, const char *field,
                         ValidationIssue::Severity severity = Error, bool withDefinitions = false) {
        QTest::newRow(name) << change << withDefinitions << QString::fromLatin1(field) << true
                            << severity;
    };

    // At least one identifier (the schema's anyOf).
    const Change none = clearIdentifiers();
    pass(
        "identifiers: e-mail only", [](WoowUpCustomer &) {}, "identifiers");
    pass(
        "identifiers: service_uid only",
        [none](WoowUpCustomer &c) {
            none(c);
            c.serviceUid = QStringLiteral("crm-1");
        },
        "identifiers");
    pass(
        "identifiers: document only",
        [none](WoowUpCustomer &c) {
            none(c);
            c.document = QStringLiteral("30123456");
        },
        "identifiers");
    pass(
        "identifiers: telephone only",
        [none](WoowUpCustomer &c) {
            none(c);
            c.telephone = QStringLiteral("5491112345678");
        },
        "identifiers");
    fail("identifiers: none", none, "identifiers");
    fail(
        "identifiers: only blanks",
        [none](WoowUpCustomer &c) {
            none(c);
            c.email = QStringLiteral("  ");
        },
        "identifiers");

    // E-mail format.
    pass("email: valid", setString(&WoowUpCustomer::email, s("name@example.com")), "email");
    pass("email: subdomain and plus",
         setString(&WoowUpCustomer::email, s("ana.perez+news@mail.example.com.ar")), "email");
    fail("email: no domain", setString(&WoowUpCustomer::email, s("name@")), "email");
    fail("email: no @", setString(&WoowUpCustomer::email, s("name.example.com")), "email");
    fail("email: space", setString(&WoowUpCustomer::email, s("name @example.com")), "email");
    fail("email: no dot in domain", setString(&WoowUpCustomer::email, s("name@example")), "email");

    // Gender: the schema's ^[fFmM]{0,1}$.
    for (const char *gender : {"F", "M", "f", "m", ""})
        pass(qPrintable(QStringLiteral("gender: '%1'").arg(s(gender))),
             setString(&WoowUpCustomer::gender, s(gender)), "gender");
    fail("gender: X", setString(&WoowUpCustomer::gender, s("X")), "gender");
    fail("gender: FM", setString(&WoowUpCustomer::gender, s("FM")), "gender");
    fail("gender: female", setString(&WoowUpCustomer::gender, s("female")), "gender");

    // Birth date: yyyy-mm-dd, exists, not in the future.
    pass("birthdate: valid", setString(&WoowUpCustomer::birthdate, s("1989-06-22")), "birthdate");
    pass("birthdate: leap day", setString(&WoowUpCustomer::birthdate, s("2024-02-29")),
         "birthdate");
    pass("birthdate: today",
         setString(&WoowUpCustomer::birthdate, QDate::currentDate().toString(Qt::ISODate)),
         "birthdate");
    fail("birthdate: 2023-02-30", setString(&WoowUpCustomer::birthdate, s("2023-02-30")),
         "birthdate");
    fail("birthdate: 2023-02-29", setString(&WoowUpCustomer::birthdate, s("2023-02-29")),
         "birthdate");
    fail("birthdate: dd/mm/yyyy", setString(&WoowUpCustomer::birthdate, s("22/06/1989")),
         "birthdate");
    fail("birthdate: no zero padding", setString(&WoowUpCustomer::birthdate, s("1989-6-22")),
         "birthdate");
    fail("birthdate: tomorrow",
         setString(&WoowUpCustomer::birthdate,
                   QDate::currentDate().addDays(1).toString(Qt::ISODate)),
         "birthdate");

    // Club inscription date: yyyy-mm-dd, optionally with hh:mm:ss.
    pass("club date: date", setString(&WoowUpCustomer::clubInscriptionDate, s("2017-01-22")),
         "club_inscription_date");
    pass("club date: date and time",
         setString(&WoowUpCustomer::clubInscriptionDate, s("2017-01-22 18:26:16")),
         "club_inscription_date");
    fail("club date: ISO T",
         setString(&WoowUpCustomer::clubInscriptionDate, s("2017-01-22T18:26:16")),
         "club_inscription_date");
    fail("club date: month 13", setString(&WoowUpCustomer::clubInscriptionDate, s("2017-13-01")),
         "club_inscription_date");
    fail("club date: hour 25",
         setString(&WoowUpCustomer::clubInscriptionDate, s("2017-01-22 25:00:00")),
         "club_inscription_date");
    fail("club date: no seconds",
         setString(&WoowUpCustomer::clubInscriptionDate, s("2017-01-22 18:26")),
         "club_inscription_date");

    // Country: ISO 3166-1 alpha-3.
    pass("country: ARG", setString(&WoowUpCustomer::country, s("ARG")), "country");
    pass("country: ATA", setString(&WoowUpCustomer::country, s("ATA")), "country");
    pass("country: unset", setString(&WoowUpCustomer::country, QString()), "country");
    fail("country: name", setString(&WoowUpCustomer::country, s("Argentina")), "country");
    fail("country: lower case", setString(&WoowUpCustomer::country, s("arg")), "country");
    fail("country: alpha-2", setString(&WoowUpCustomer::country, s("AR")), "country");
    fail("country: unassigned", setString(&WoowUpCustomer::country, s("XXX")), "country");

    // Marital status: the API's enum, its spelling included.
    for (const auto &status : WoowUpValidator::maritalStatuses())
        pass(qPrintable(QStringLiteral("marital: ") + status),
             setString(&WoowUpCustomer::maritalStatus, status), "marital_status");
    fail("marital: committed", setString(&WoowUpCustomer::maritalStatus, s("committed")),
         "marital_status");
    fail("marital: Married", setString(&WoowUpCustomer::maritalStatus, s("Married")),
         "marital_status");

    // Disabled reasons: the enum, and only next to a disabled channel.
    struct Channel
    {
        const char *name;
        ChannelConsent WoowUpCustomer::*member;
        const char *field;
    };
    const Channel channels[] = {
        {"mailing", &WoowUpCustomer::mailing, "mailing_disabled_reason"},
        {"whatsapp", &WoowUpCustomer::whatsapp, "whatsapp_disabled_reason"},
        {"sms", &WoowUpCustomer::sms, "sms_disabled_reason"},
    };
    for (const auto &channel : channels) {
        const QString prefix = QLatin1String(channel.name) + QLatin1String(": ");
        for (const auto &reason : WoowUpValidator::disabledReasons())
            pass(qPrintable(prefix + QStringLiteral("disabled, ") + reason),
                 consent(channel.member, false, reason), channel.field);
        // The newer PHP client's spelling, as a record may still hold it.
        pass(qPrintable(prefix + QStringLiteral("disabled, unsuscribe")),
             consent(channel.member, false, s("unsuscribe")), channel.field);
        pass(qPrintable(prefix + QStringLiteral("disabled, no reason")),
             consent(channel.member, false, QString()), channel.field);
        pass(qPrintable(prefix + QStringLiteral("enabled, no reason")),
             consent(channel.member, true, QString()), channel.field);
        fail(qPrintable(prefix + QStringLiteral("disabled, unknown reason")),
             consent(channel.member, false, s("bounced")), channel.field);
        fail(qPrintable(prefix + QStringLiteral("enabled with a reason")),
             consent(channel.member, true, s("bounce")), channel.field);
        fail(qPrintable(prefix + QStringLiteral("unset with a reason")),
             consent(channel.member, std::nullopt, s("unsubscribe")), channel.field);
    }

    // Points: integer by type, never negative.
    pass(
        "points: 0", [](WoowUpCustomer &c) { c.points = 0; }, "points");
    pass(
        "points: 50", [](WoowUpCustomer &c) { c.points = 50; }, "points");
    fail(
        "points: -1", [](WoowUpCustomer &c) { c.points = -1; }, "points");

    // Tags: a comma inside a tag would split it on the server.
    pass(
        "tags: plain",
        [](WoowUpCustomer &c) {
            c.tags = {s("vip"), s("norte")};
        },
        "tags");
    fail(
        "tags: comma inside", [](WoowUpCustomer &c) { c.tags = {s("vip, norte")}; }, "tags",
        Warning);

    // Custom attributes against the account's definitions.
    const auto attr = [](const char *name) -> QString {
        return QStringLiteral("custom_attributes.") + QLatin1String(name);
    };
    const auto passAttr = [&pass, &attr](const char *row, const char *name, const QVariant &value) {
        pass(row, attribute(QLatin1String(name), value), qPrintable(attr(name)), true);
    };
    const auto failAttr = [&fail, &attr](const char *row, const char *name, const QVariant &value) {
        fail(row, attribute(QLatin1String(name), value), qPrintable(attr(name)), Error, true);
    };
    pass("attribute: undefined, no definitions given", attribute(s("sin_definir"), s("x")),
         "custom_attributes.sin_definir", false);
    failAttr("attribute: undefined", "sin_definir", s("x"));
    passAttr("number: integer", "cantidad_autos", QVariant::fromValue<qint64>(2));
    passAttr("number: double", "peso_mascota", 20.3);
    failAttr("number: text", "peso_mascota", s("20.3"));
    failAttr("number: fraction for an integer", "cantidad_autos", 2.5);
    passAttr("checkbox: bool", "acepta_terminos", true);
    failAttr("checkbox: text", "acepta_terminos", s("yes"));
    passAttr("select: option", "color", s("azul"));
    failAttr("select: other", "color", s("verde"));
    passAttr("datetime: date and time", "fecha_casamiento", s("2017-08-03 14:00:00"));
    passAttr("datetime: date", "fecha_casamiento", s("2017-08-03"));
    failAttr("datetime: other format", "fecha_casamiento", s("03/08/2017"));
    failAttr("datetime: no such date", "fecha_casamiento", s("2017-02-30 14:00:00"));
    passAttr("list: string list", "vacunas_mascota", QStringList{s("parvovirus"), s("moquillo")});
    failAttr("list: string", "vacunas_mascota", s("parvovirus, moquillo"));
    passAttr("text: string", "nombre_mascota", s("Chuky"));
    failAttr("text: number", "nombre_mascota", QVariant::fromValue<qint64>(5));
    passAttr("null clears any type", "cantidad_autos", QVariant());
    passAttr("text field of data_type number: number", "edad_mascota",
             QVariant::fromValue<qint64>(5));
    failAttr("text field of data_type number: text", "edad_mascota", s("5"));
    passAttr("checkbox of data_type list: options", "vacunas", QStringList{s("rabia")});
    failAttr("checkbox of data_type list: not an option", "vacunas", QStringList{s("gripe")});
    failAttr("checkbox of data_type list: bool", "vacunas", true);
    passAttr("checkbox of data_type boolean: bool", "socio", false);
}

void TestWoowUpValidator::rules()
{
    QFETCH(Change, change);
    QFETCH(bool, withDefinitions);
    QFETCH(QString, field);
    QFETCH(bool, expectIssue);
    QFETCH(ValidationIssue::Severity, severity);

    WoowUpCustomer customer = validCustomer();
    change(customer);
    const CustomAttributeDefinitions defs = definitions();
    const ValidationIssues issues =
        WoowUpValidator::validate(customer, withDefinitions ? &defs : nullptr);
    const ValidationIssues onField = issuesOn(issues, field);
    if (!expectIssue) {
        QVERIFY2(onField.isEmpty(), qPrintable(onField.value(0).message));
        // And nothing else was broken by the row's change.
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.value(0).field + QLatin1String(": ") + issues.value(0).message));
        return;
    }
    QCOMPARE(onField.size(), 1);
    QCOMPARE(onField.first().severity, severity);
    const QString message = onField.first().message;
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String("...")), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message)); // whole sentences
}

void TestWoowUpValidator::everyProblemAtOnce()
{
    WoowUpCustomer c;
    c.gender = QStringLiteral("X");
    c.birthdate = QStringLiteral("2023-02-30");
    c.country = QStringLiteral("Argentina");
    c.maritalStatus = QStringLiteral("it's complicated");
    c.mailing.enabled = true;
    c.mailing.disabledReason = QStringLiteral("bounce");
    c.points = -5;
    c.customAttributes.insert(QStringLiteral("sin_definir"), 1);
    const CustomAttributeDefinitions defs = definitions();

    QStringList fields;
    for (const auto &issue : WoowUpValidator::validate(c, &defs))
        fields.append(issue.field);
    fields.sort();
    QStringList expected{
        QStringLiteral("identifiers"),    QStringLiteral("gender"),
        QStringLiteral("birthdate"),      QStringLiteral("country"),
        QStringLiteral("marital_status"), QStringLiteral("mailing_disabled_reason"),
        QStringLiteral("points"),         QStringLiteral("custom_attributes.sin_definir")};
    expected.sort();
    QCOMPARE(fields, expected);
    QVERIFY(WoowUpValidator::validate(validCustomer(), &defs).isEmpty());
}

void TestWoowUpValidator::countryHint()
{
    WoowUpCustomer c = validCustomer();
    c.country = QStringLiteral("España");
    const ValidationIssues onCountry =
        issuesOn(WoowUpValidator::validate(c), QStringLiteral("country"));
    QCOMPARE(onCountry.size(), 1);
    QVERIFY2(onCountry.first().message.contains(QLatin1String("ESP")),
             qPrintable(onCountry.first().message));
}

void TestWoowUpValidator::isValidEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("doc") << "test@email.com" << true;
    QTest::newRow("doc family") << "email03@example.com" << true;
    QTest::newRow("tags") << "a.b+c_d-e@sub.example.co.uk" << true;
    QTest::newRow("IDN punycode") << "x@xn--80ak6aa92e.xn--p1ai" << true;
    QTest::newRow("double dot") << "a..b@example.com" << false;
    QTest::newRow("leading dot") << ".a@example.com" << false;
    QTest::newRow("two @") << "a@b@example.com" << false;
    QTest::newRow("hyphen edge") << "a@-example.com" << false;
    QTest::newRow("one-letter TLD") << "a@example.c" << false;
    QTest::newRow("trailing space") << "a@example.com " << false;
    QTest::newRow("empty") << "" << false;
    // Edges of the hand-written check (it replaced a regular expression).
    QTest::newRow("final line feed") << QStringLiteral("a@example.com\n") << true;
    QTest::newRow("two final line feeds") << QStringLiteral("a@example.com\n\n") << false;
    QTest::newRow("trailing dot in local part") << "a.@example.com" << false;
    QTest::newRow("all atom characters") << "!#$%&'*+/=?^_`{|}~-@example.com" << true;
    QTest::newRow("no local part") << "@example.com" << false;
    QTest::newRow("no dot in domain") << "a@localhost" << false;
    QTest::newRow("empty label") << "a@example..com" << false;
    QTest::newRow("label ends with hyphen") << "a@example-.com" << false;
    QTest::newRow("63-character label") << QString(u"a@" + QString(63, u'x') + u".com") << true;
    QTest::newRow("64-character label") << QString(u"a@" + QString(64, u'x') + u".com") << false;
    QTest::newRow("digit in TLD") << "a@example.c0m" << false;
    QTest::newRow("63-letter TLD") << QString(u"a@example." + QString(63, u'z')) << true;
    QTest::newRow("64-letter TLD") << QString(u"a@example." + QString(64, u'z')) << false;
    QTest::newRow("xn-- TLD needs a character") << "a@example.xn--" << false;
    QTest::newRow("XN-- is not punycode") << "a@example.XN--p1ai" << false;
    QTest::newRow("non-ASCII local part") << QString::fromUtf8("jos\u00e9@example.com") << false;
    QTest::newRow("254 characters") << QString(QString(240, u'a') + u"@example.com1") << false;
    QTest::newRow("254 characters, valid") << QString(QString(242, u'a') + u"@example.com") << true;
    QTest::newRow("255 characters") << QString(QString(243, u'a') + u"@example.com") << false;
}

void TestWoowUpValidator::isValidEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(WoowUpValidator::isValidEmail(email), valid);
}

void TestWoowUpValidator::isValidEmailAgreesWithThePattern()
{
    // The regular expression the check replaced, against many strings made
    // of the characters that matter to it.
    const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                       "([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"));
    const QStringList pieces = {u"a"_qs,      u"Z"_qs,  u"7"_qs,     u"."_qs,   u"@"_qs,   u"-"_qs,
                                u"_"_qs,      u"+"_qs,  u"xn--"_qs,  u"com"_qs, u" "_qs,   u"\n"_qs,
                                u"\u00e9"_qs, u".."_qs, u"@b.co"_qs, u"x@"_qs,  u".org"_qs};
    QRandomGenerator random(8);
    for (int i = 0; i < 200000; ++i) {
        QString email;
        const int count = random.bounded(1, 9);
        for (int j = 0; j < count; ++j)
            email += pieces.at(random.bounded(int(pieces.size())));
        QVERIFY2(WoowUpValidator::isValidEmail(email) == pattern.match(email).hasMatch(),
                 qPrintable(email));
    }
}

void TestWoowUpValidator::isValidDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("doc") << "1989-06-22" << true;
    QTest::newRow("leap 2000") << "2000-02-29" << true;
    QTest::newRow("not leap 1900") << "1900-02-29" << false;
    QTest::newRow("Feb 30") << "2023-02-30" << false;
    QTest::newRow("Apr 31") << "2023-04-31" << false;
    QTest::newRow("month 00") << "2023-00-10" << false;
    QTest::newRow("with time") << "2023-01-10 10:00:00" << false;
    QTest::newRow("slashes") << "2023/01/10" << false;
    QTest::newRow("empty") << "" << false;
}

void TestWoowUpValidator::isValidDate()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(WoowUpValidator::isValidDate(date), valid);
}

void TestWoowUpValidator::enums()
{
    // The docs' own lists, spelling included.
    QCOMPARE(WoowUpValidator::maritalStatuses(),
             (QStringList{QStringLiteral("single"), QStringLiteral("commited"),
                          QStringLiteral("married"), QStringLiteral("divorced"),
                          QStringLiteral("widowed")}));
    QCOMPARE(WoowUpValidator::disabledReasons(),
             (QStringList{QStringLiteral("bounce"), QStringLiteral("unsubscribe"),
                          QStringLiteral("spamreport"), QStringLiteral("dropped"),
                          QStringLiteral("other")}));
}

QTEST_GUILESS_MAIN(TestWoowUpValidator)
#include "tst_woowupvalidator.moc"
