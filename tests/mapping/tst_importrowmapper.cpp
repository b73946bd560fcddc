#include "importrowmapper.h"

#include <QtTest>

Q_DECLARE_METATYPE(ValidationIssue::Severity)
Q_DECLARE_METATYPE(ImportValueParser::DateOrder)

namespace {

const auto Error = ValidationIssue::Severity::Error;
const auto Warning = ValidationIssue::Severity::Warning;
constexpr qint64 rowNumber = 12;

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

CsvRow makeRow(const QStringList &fields)
{
    CsvRow row;
    row.fields = fields;
    row.line = 14;
    row.number = rowNumber;
    return row;
}

CustomAttributeDefinitions definitions()
{
    const auto def = [](const char *name, const char *fieldType, const char *dataType,
                        const QStringList &options = {}) {
        return CustomAttributeDefinition{QLatin1String(name),        QLatin1String(name),
                                         QLatin1String(fieldType),   QLatin1String(dataType),
                                         QStringLiteral("Mascotas"), options};
    };
    return {
        def("edad_mascota", "number", "integer"),
        def("peso_mascota", "number", "float"),
        def("vacunada", "checkbox", "boolean"),
        def("fecha_casamiento", "datetime", "date"),
        def("vacunas_mascota", "list", "list"),
        def("color", "select", "string", {QStringLiteral("rojo"), QStringLiteral("azul")}),
        def("nombre_mascota", "text", "string"),
    };
}

// The field of a customer as text, for comparing in a data table.
QString valueOf(const WoowUpCustomer &c, const QString &field)
{
    const auto consent = [](const ChannelConsent &channel) {
        return channel.enabled.has_value()
            ? QString::fromLatin1(*channel.enabled ? "true" : "false")
            : QString();
    };
    if (field.startsWith(QLatin1String("custom_attributes."))) {
        const QVariant value = c.customAttributes.value(field.mid(18));
        if (!value.isValid())
            return {};
        const QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(u'|')
            : value.toString();
        return QString::fromLatin1(value.typeName()) + u':' + text;
    }
    const QHash<QString, QString> values = {
        {QStringLiteral("service_uid"), c.serviceUid},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("document"), c.document},
        {QStringLiteral("document_type"), c.documentType},
        {QStringLiteral("telephone"), c.telephone},
        {QStringLiteral("first_name"), c.firstName},
        {QStringLiteral("last_name"), c.lastName},
        {QStringLiteral("birthdate"), c.birthdate},
        {QStringLiteral("gender"), c.gender},
        {QStringLiteral("street"), c.street},
        {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("country"), c.country},
        {QStringLiteral("marital_status"), c.maritalStatus},
        {QStringLiteral("tags"), c.tags.join(u'|')},
        {QStringLiteral("points"), c.points.has_value() ? QString::number(*c.points) : QString()},
        {QStringLiteral("club_inscription_date"), c.clubInscriptionDate},
        {QStringLiteral("mailing_enabled"), consent(c.mailing)},
        {QStringLiteral("whatsapp_enabled"), consent(c.whatsapp)},
        {QStringLiteral("sms_enabled"), consent(c.sms)},
        {QStringLiteral("mailing_disabled_reason"), c.mailing.disabledReason},
    };
    return values.value(field, QStringLiteral("<unknown field>"));
}

} // namespace

class TestImportRowMapper : public QObject
{
    Q_OBJECT

private slots:
    void woowUpCell_data();
    void woowUpCell();
    void wazzupCell_data();
    void wazzupCell();
    void messagesNameRowAndColumn();
    void consentReasonNeedsDisabledConsent();
    void consentReasonSpellings_data();
    void consentReasonSpellings();
    void identifiersRequired();
    void severalTagColumnsAdd();
    void raggedAndCutRows();
    void dateOrder_data();
    void dateOrder();
    void guessDateOrder_data();
    void guessDateOrder();
    void twoDigitYearPivot();
    void unmappedAndForeignColumnsIgnored();
};

void TestImportRowMapper::woowUpCell_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("value"); // as valueOf() gives it
    QTest::addColumn<QString>("issue"); // empty: none; else a part of the message
    QTest::addColumn<ValidationIssue::Severity>("severity");

    const auto ok = [](const char *name, const char *field, const char *cell, const char *value) {
        QTest::newRow(name) << s(field) << s(cell) << s(value) << QString() << Error;
    };
    const auto bad = [](const char *name, const char *field, const char *cell, const char *value,
                        const char *issue, ValidationIssue::Severity severity = Error) {
        QTest::newRow(name) << s(field) << s(cell) << s(value) << s(issue) << severity;
    };

    // Identifiers: exact text, trimmed only.
    ok("document leading zeros", "document", "00123456", "00123456");
    ok("document trimmed", "document", "  007 ", "007");
    // Trimming is skipped when both ends are surely no white space.
    ok("Cyrillic not trimmed", "first_name", "Пётр", "Пётр");
    ok("no-break and ideographic spaces trimmed", "first_name", "\u00a0Пётр\u3000", "Пётр");
    ok("leading no-break space trimmed", "first_name", "\u00a0Пётр", "Пётр");
    ok("tab and line feed trimmed", "last_name", "\tMuñoz\n", "Muñoz");
    ok("U+1680 trimmed", "city", "\u1680Córdoba\u2028", "Córdoba");
    ok("Latin-1 letters at both ends", "city", "Ñandú", "Ñandú");
    ok("service_uid leading zeros", "service_uid", "000123", "000123");
    ok("telephone kept as typed", "telephone", "+54 9 11 1234-5678", "+54 9 11 1234-5678");
    ok("telephone leading zeros", "telephone", "0054 11 4444 5555", "0054 11 4444 5555");
    bad("bad e-mail", "email", "nope", "nope", "e-mail address");

    ok("points", "points", "12", "12");
    ok("points grouped by a no-break space", "points", "1\u00a0200", "1200");
    bad("points in words", "points", "doce", "", "“doce” is not a whole number.");
    bad("points with decimals", "points", "12.5", "", "“12.5” is not a whole number.");
    ok("points with a plus sign", "points", "+7", "7");
    ok("points with leading zeros", "points", "0012", "12");
    ok("points, sign and digits spaced", "points", "+ 1 2", "12");
    ok("largest points", "points", "9223372036854775807", "9223372036854775807");
    bad("points beyond qint64", "points", "9223372036854775808", "", "is not a whole number.");
    bad("smallest qint64 points (validator)", "points", "-9223372036854775808",
        "-9223372036854775808", "negative");
    bad("points below qint64", "points", "-9223372036854775809", "", "is not a whole number.");
    bad("points sign only", "points", "+", "", "is not a whole number.");
    bad("points sign after digits", "points", "5-", "", "is not a whole number.");
    bad("negative points (validator)", "points", "-5", "-5", "negative");

    for (const char *yes : {"yes", "Sí", "si", "да", "ДА", "1", "true", "enabled", "Can receive"})
        QTest::addRow("consent %s", yes)
            << s("mailing_enabled") << s(yes) << s("true") << QString() << Error;
    for (const char *no : {"no", "No", "нет", "0", "false", "disabled", "Can't receive"})
        QTest::addRow("consent %s", no)
            << s("sms_enabled") << s(no) << s("false") << QString() << Error;
    bad("consent unclear", "whatsapp_enabled", "quizás", "", "“quizás” is not a yes or no");

    for (const char *f : {"F", "f", "female", "Mujer", "femenino", "Ж", "женский"})
        QTest::addRow("gender %s", f) << s("gender") << s(f) << s("F") << QString() << Error;
    for (const char *m : {"M", "male", "Hombre", "masculino", "м", "Мужской"})
        QTest::addRow("gender %s", m) << s("gender") << s(m) << s("M") << QString() << Error;
    bad("gender unknown", "gender", "X", "", "“X” is not a gender");

    ok("ISO date", "birthdate", "2001-12-31", "2001-12-31");
    ok("Russian Excel date", "birthdate", "05.03.1984", "1984-03-05");
    ok("Russian date, one-digit day", "birthdate", "5.3.1984", "1984-03-05");
    ok("slashed, day above 12", "birthdate", "25/12/1990", "1990-12-25");
    ok("slashed, month first by its day", "birthdate", "12/25/1990", "1990-12-25");
    ok("slashed, both parts equal", "birthdate", "05/05/1990", "1990-05-05");
    ok("date with midnight time", "birthdate", "1984-03-05 00:00:00", "1984-03-05");
    bad("ambiguous slashed date", "birthdate", "03/04/1990", "", "could be day/month");
    bad("no such date", "birthdate", "31.02.1990", "", "no date 31.02.1990");
    ok("29 February of a leap year", "birthdate", "29.02.2000", "2000-02-29");
    ok("29 February, leap by four", "birthdate", "2024-02-29", "2024-02-29");
    bad("29 February of a century", "birthdate", "29.02.1900", "", "no date 29.02.1900");
    bad("29 February of a common year", "birthdate", "2023-02-29", "", "no date 2023-02-29");
    ok("31 December", "birthdate", "31.12.1999", "1999-12-31");
    bad("31 April", "birthdate", "31.04.2020", "", "no date 31.04.2020");
    bad("day zero", "birthdate", "00.01.2020", "", "no date 00.01.2020");
    bad("month thirteen", "birthdate", "2020-13-01", "", "no date 2020-13-01");
    bad("year before 1000", "birthdate", "0999-01-01", "", "no date 0999-01-01");
    bad("not a date", "birthdate", "ayer", "", "“ayer” is not a date");
    bad("future birth date (validator)", "birthdate", "2999-01-01", "2999-01-01", "future");
    bad("two-digit year warns", "birthdate", "05.03.84", "1984-03-05", "two-digit year", Warning);
    ok("club date with time", "club_inscription_date", "2017-01-22 18:26", "2017-01-22 18:26:00");
    ok("club date Russian", "club_inscription_date", "22.01.2017", "2017-01-22");

    ok("country name", "country", "Argentina", "ARG");
    ok("country alpha-2", "country", "ar", "ARG");
    ok("country Spanish", "country", "España", "ESP");
    ok("country Russian", "country", "Россия", "RUS");
    ok("country alpha-3", "country", "USA", "USA");
    bad("country unknown", "country", "Narnia", "", "“Narnia” is not a country");

    ok("marital Spanish", "marital_status", "Casada", "married");
    ok("marital Russian", "marital_status", "вдова", "widowed");
    ok("marital English", "marital_status", "Single", "single");
    bad("marital unknown", "marital_status", "complicated", "", "not a marital status");

    ok("tags on comma and semicolon", "tags", "vip, news; 2024;", "vip|news|2024");

    ok("plain name", "first_name", "O'Neil", "O'Neil");
    bad("formula in a name", "first_name", "=HYPERLINK(\"http://x.test\",\"clic\")",
        "=HYPERLINK(\"http://x.test\",\"clic\")", "looks like a spreadsheet formula", Warning);
    bad("@ formula", "city", "@SUM(A1:A9)", "@SUM(A1:A9)", "formula", Warning);
    bad("minus formula", "last_name", "-2+3", "-2+3", "formula", Warning);
    ok("a dash is no formula", "street", "-", "-");

    ok("custom integer", "custom_attributes.edad_mascota", "5", "qlonglong:5");
    bad("custom integer in words", "custom_attributes.edad_mascota", "cinco", "",
        "“cinco” is not a whole number.");
    ok("custom float, decimal comma", "custom_attributes.peso_mascota", "20,3", "double:20.3");
    bad("custom float bad", "custom_attributes.peso_mascota", "pesado", "", "is not a number");
    // The ' Userdesk's own reports and exports put before a cell a
    // spreadsheet would run as a formula is not part of the value.
    ok("guarded telephone", "telephone", "'+34 633 000 111", "+34 633 000 111");
    ok("guarded telephone inside spaces", "telephone", " '+34 633 000 111 ", "+34 633 000 111");
    // Still a value a spreadsheet would run: the person is told, as for any.
    bad("guarded minus", "city", "'-Sur-", "-Sur-", "formula", Warning);
    bad("guarded at", "first_name", "'@ana", "@ana", "formula", Warning);
    ok("guard of a cell that started with '", "first_name", "''=Ana", "'=Ana");
    ok("apostrophe before a letter is kept", "last_name", "'Neill", "'Neill");
    ok("apostrophe alone is kept", "last_name", "'", "'");
    ok("custom checkbox", "custom_attributes.vacunada", "sí", "bool:true");
    bad("custom checkbox bad", "custom_attributes.vacunada", "tal vez", "", "yes or no");
    ok("custom datetime", "custom_attributes.fecha_casamiento", "03.08.2017 14:00",
       "QString:2017-08-03 14:00:00");
    ok("custom list", "custom_attributes.vacunas_mascota", "parvovirus; moquillo",
       "QStringList:parvovirus|moquillo");
    ok("custom select in another case", "custom_attributes.color", "ROJO", "QString:rojo");
    bad("custom select unknown (validator)", "custom_attributes.color", "verde", "QString:verde",
        "must be one of");
    ok("custom text", "custom_attributes.nombre_mascota", "Chuky", "QString:Chuky");
}

void TestImportRowMapper::woowUpCell()
{
    QFETCH(QString, field);
    QFETCH(QString, cell);
    QFETCH(QString, value);
    QFETCH(QString, issue);
    QFETCH(ValidationIssue::Severity, severity);

    ColumnMapping mapping(Service::WoowUp, {s("ID externo"), s("Celda")});
    mapping.setTarget(0, QStringLiteral("service_uid"));
    mapping.setTarget(1, field);
    ImportRowMapper mapper(mapping, definitions());
    mapper.setCurrentYear(2026);
    ValidationIssues issues;
    const WoowUpCustomer customer = mapper.toWoowUpCustomer(
        makeRow({field == u"service_uid" ? QString() : s("c-1"), cell}), &issues);

    QCOMPARE(valueOf(customer, field), value);
    if (issue.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().severity, severity);
    QVERIFY2(issues.first().message.contains(issue), qPrintable(issues.first().message));
    QVERIFY2(issues.first().message.startsWith(s("Row 12, column “Celda”: ")),
             qPrintable(issues.first().message));
}

void TestImportRowMapper::wazzupCell_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("issue");

    QTest::newRow("phone with + brackets and dashes")
        << s("phone") << s("+7 (926) 123-45-67") << s("79261234567") << QString();
    QTest::newRow("phone with dots")
        << s("phone") << s("7.926.123.45.67") << s("79261234567") << QString();
    QTest::newRow("phone already digits")
        << s("phone") << s("79261234567") << s("79261234567") << QString();
    QTest::newRow("phone with a space after +")
        << s("phone") << s("+ 7 926 111 22 33") << s("79261112233") << QString();
    QTest::newRow("phone with international 00")
        << s("phone") << s("00 44 20 7946 0958") << s("442079460958") << QString();
    // What cannot be normalised is a row problem (an Error: the row is not
    // sent), never a phone Wazzup drops without a word.
    QTest::newRow("phone too short: typed text in the message")
        << s("phone") << s("+7 (926) 12") << s("+7 (926) 12") << s("“+7 (926) 12” is not a phone");
    QTest::newRow("phone of five digits")
        << s("phone") << s("54911") << s("54911") << s("“54911” is not a phone");
    QTest::newRow("phone with letters")
        << s("phone") << s("ext. 12") << s("ext. 12") << s("“ext. 12” is not a phone");
    QTest::newRow("phone with an extension")
        << s("phone") << s("79261234567 ext 12") << s("79261234567 ext 12") << s("is not a phone");
    QTest::newRow("guarded phone")
        << s("phone") << s("'+7 926 111-22-33") << s("79261112233") << QString();
    QTest::newRow("id leading zeros") << s("id") << s("00042") << s("00042") << QString();
    QTest::newRow("id trimmed") << s("id") << s(" a-1 ") << s("a-1") << QString();
    QTest::newRow("name too long (validator)")
        << s("name") << QString(201, u'я') << QString(201, u'я') << s("200");
    QTest::newRow("formula in a name") << s("name") << s("=1+1") << s("=1+1") << s("formula");
}

void TestImportRowMapper::wazzupCell()
{
    QFETCH(QString, field);
    QFETCH(QString, cell);
    QFETCH(QString, value);
    QFETCH(QString, issue);

    const QStringList headers = {s("Логин"), s("ФИО"), s("Телефон")};
    const ColumnMapping mapping = ColumnMapping::automatic(Service::Wazzup, headers);
    QStringList fields = {s("u1"), s("Иван Петров"), QString()};
    const int column = mapping.columnOf(field);
    QVERIFY(column >= 0);
    fields[column] = cell;
    ValidationIssues issues;
    const WazzupUser user = ImportRowMapper(mapping).toWazzupUser(makeRow(fields), &issues);
    const QString got = field == u"phone" ? user.phone : field == u"id" ? user.id : user.name;
    QCOMPARE(got, value);
    if (issue.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1); // the validator's own phone error is not repeated
    QCOMPARE(issues.first().field, field);
    if (field == u"phone")
        QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(issue), qPrintable(issues.first().message));
    QVERIFY(issues.first().message.startsWith(s("Row 12, column “%1”: ").arg(headers.at(column))));
}

void TestImportRowMapper::messagesNameRowAndColumn()
{
    const ColumnMapping mapping = ColumnMapping::automatic(
        Service::WoowUp, {s("Correo"), s("Puntos"), s("Fecha de nacimiento")});
    ValidationIssues issues;
    ImportRowMapper(mapping).toWoowUpCustomer(makeRow({s("a@b.es"), s("doce"), s("1990-01-01")}),
                                              &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, s("Row 12, column “Puntos”: “doce” is not a whole number."));
    QCOMPARE(issues.first().field, s("points"));
    QVERIFY(issues.first().isError());
}

void TestImportRowMapper::consentReasonNeedsDisabledConsent()
{
    const ColumnMapping mapping = ColumnMapping::automatic(
        Service::WoowUp, {s("Email"), s("Acepta emails"), s("Motivo de baja")});
    QCOMPARE(mapping.target(2), s("mailing_disabled_reason"));
    const ImportRowMapper mapper(mapping);

    ValidationIssues issues;
    WoowUpCustomer customer =
        mapper.toWoowUpCustomer(makeRow({s("a@b.es"), s("No"), s("Baja")}), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    QCOMPARE(customer.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(customer.mailing.disabledReason, s("unsubscribe"));

    customer = mapper.toWoowUpCustomer(makeRow({s("a@b.es"), s("Sí"), s("Spam")}), &issues);
    QCOMPARE(customer.mailing.disabledReason, s("spamreport"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, s("mailing_disabled_reason"));
    QVERIFY(issues.first().message.startsWith(s("Row 12, column “Motivo de baja”: ")));

    issues.clear();
    mapper.toWoowUpCustomer(makeRow({s("a@b.es"), s("No"), s("porque sí")}), &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(s("not a reason WoowUp knows")));
}

void TestImportRowMapper::consentReasonSpellings_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("reason");

    // A column exported from WoowUp holds either spelling: the docs' and the
    // newer PHP client's (woowup-php-client-v2).
    QTest::newRow("unsubscribe") << s("unsubscribe") << s("unsubscribe");
    QTest::newRow("unsuscribe") << s("unsuscribe") << s("unsubscribe");
    QTest::newRow("Unsuscribe, padded") << s(" Unsuscribe ") << s("unsubscribe");
    QTest::newRow("UNSUSCRIBE") << s("UNSUSCRIBE") << s("unsubscribe");
    QTest::newRow("bounce") << s("bounce") << s("bounce");
}

void TestImportRowMapper::consentReasonSpellings()
{
    QFETCH(QString, cell);
    QFETCH(QString, reason);
    QCOMPARE(ImportValueParser::parseDisabledReason(cell), reason);

    const ColumnMapping mapping = ColumnMapping::automatic(
        Service::WoowUp, {s("Email"), s("mailing_enabled"), s("mailing_disabled_reason")});
    ValidationIssues issues;
    const WoowUpCustomer customer =
        ImportRowMapper(mapping).toWoowUpCustomer(makeRow({s("a@b.es"), s("No"), cell}), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    QCOMPARE(customer.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(customer.mailing.disabledReason, reason);
}

void TestImportRowMapper::identifiersRequired()
{
    const ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, {s("Nombre"), s("DNI"), s("Email")});
    ValidationIssues issues;
    ImportRowMapper(mapping).toWoowUpCustomer(makeRow({s("Ana"), QString(), s("  ")}), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, s("identifiers"));
    QVERIFY(issues.first().message.startsWith(s("Row 12: ")));
}

void TestImportRowMapper::severalTagColumnsAdd()
{
    const ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, {s("Email"), s("Etiquetas"), s("Tags")});
    ValidationIssues issues;
    const WoowUpCustomer customer = ImportRowMapper(mapping).toWoowUpCustomer(
        makeRow({s("a@b.es"), s("vip;2024"), s("newsletter")}), &issues);
    QCOMPARE(customer.tags, (QStringList{s("vip"), s("2024"), s("newsletter")}));
    QVERIFY(issues.isEmpty());
}

void TestImportRowMapper::raggedAndCutRows()
{
    const ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, {s("Email"), s("Nombre"), s("Ciudad")});
    const ImportRowMapper mapper(mapping);

    ValidationIssues issues;
    WoowUpCustomer customer = mapper.toWoowUpCustomer(makeRow({s("a@b.es"), s("Ana")}), &issues);
    QCOMPARE(customer.firstName, s("Ana"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Warning);
    // A plural: "cell(s)" until the English catalogue makes it "cells".
    QVERIFY2(issues.first().message.startsWith(s("Row 12: it has 2 cell"))
                 && issues.first().message.contains(s("but the header has 3")),
             qPrintable(issues.first().message));

    issues.clear();
    mapper.toWoowUpCustomer(makeRow({s("a@b.es"), s("Ana"), s("Cádiz"), s("extra")}), &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Error);

    issues.clear();
    CsvRow cut = makeRow({s("a@b.es"), s("Ana"), s("Cádiz")});
    cut.problem = CsvRow::Problem::FieldTooLong;
    cut.problemColumn = 1;
    mapper.toWoowUpCustomer(cut, &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY(hasErrors(issues));
    // Named once, by the row number the other messages use.
    QVERIFY2(issues.first().message.startsWith(s("Row 12: the cell in column 2")),
             qPrintable(issues.first().message));
    QVERIFY(!issues.first().message.contains(s("Line")));
}

void TestImportRowMapper::dateOrder_data()
{
    QTest::addColumn<ImportValueParser::DateOrder>("order");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("date"); // empty: an issue

    using Order = ImportValueParser::DateOrder;
    QTest::newRow("auto ambiguous") << Order::Auto << s("03/04/1990") << QString();
    QTest::newRow("day first") << Order::DayFirst << s("03/04/1990") << s("1990-04-03");
    QTest::newRow("month first") << Order::MonthFirst << s("03/04/1990") << s("1990-03-04");
    QTest::newRow("month first impossible") << Order::MonthFirst << s("25/12/1990") << QString();
    QTest::newRow("dashed day first") << Order::DayFirst << s("03-04-1990") << s("1990-04-03");
    QTest::newRow("dots ignore month first")
        << Order::MonthFirst << s("03.04.1990") << s("1990-04-03");
    QTest::newRow("year first ignores order")
        << Order::MonthFirst << s("1990/04/03") << s("1990-04-03");
}

void TestImportRowMapper::dateOrder()
{
    QFETCH(ImportValueParser::DateOrder, order);
    QFETCH(QString, cell);
    QFETCH(QString, date);

    const ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, {s("Email"), s("Дата рождения")});
    ImportRowMapper mapper(mapping);
    mapper.setDateOrder(order);
    QCOMPARE(mapper.dateOrder(), order);
    ValidationIssues issues;
    const WoowUpCustomer customer = mapper.toWoowUpCustomer(makeRow({s("a@b.ru"), cell}), &issues);
    QCOMPARE(customer.birthdate, date);
    QCOMPARE(issues.isEmpty(), !date.isEmpty());
}

void TestImportRowMapper::guessDateOrder_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<ImportValueParser::DateOrder>("order");

    using Order = ImportValueParser::DateOrder;
    QTest::newRow("Spanish") << QStringList{s("03/04/1990"), s("25/12/1980"), QString()}
                             << Order::DayFirst;
    QTest::newRow("US") << QStringList{s("03/04/1990"), s("12/25/1980")} << Order::MonthFirst;
    QTest::newRow("no evidence") << QStringList{s("03/04/1990"), s("01/02/1980")} << Order::Auto;
    QTest::newRow("contradicting") << QStringList{s("13/04/1990"), s("12/25/1980")} << Order::Auto;
    QTest::newRow("dotted says nothing")
        << QStringList{s("25.12.1990"), s("03/04/1990")} << Order::Auto;
}

void TestImportRowMapper::guessDateOrder()
{
    QFETCH(QStringList, cells);
    QFETCH(ImportValueParser::DateOrder, order);
    QCOMPARE(ImportValueParser::guessDateOrder(cells), order);
}

void TestImportRowMapper::twoDigitYearPivot()
{
    using Parser = ImportValueParser;
    QCOMPARE(Parser::parseDate(u"05.03.26", Parser::DateOrder::Auto, 2026).date, s("2026-03-05"));
    QCOMPARE(Parser::parseDate(u"05.03.27", Parser::DateOrder::Auto, 2026).date, s("1927-03-05"));
    QVERIFY(Parser::parseDate(u"05.03.27", Parser::DateOrder::Auto, 2026).twoDigitYear);
    QVERIFY(!Parser::parseDate(u"05.03.1927", Parser::DateOrder::Auto, 2026).twoDigitYear);
    QCOMPARE(Parser::parseDate(u"5/3/07", Parser::DateOrder::DayFirst, 2026).date, s("2007-03-05"));
    QVERIFY(!Parser::parseDate(u"05.03.123", Parser::DateOrder::Auto, 2026).isOk());
    QVERIFY(!Parser::parseDate(u"2001-12-31 25:00", Parser::DateOrder::Auto, 2026).isOk());
}

void TestImportRowMapper::unmappedAndForeignColumnsIgnored()
{
    ColumnMapping mapping(Service::Wazzup, {s("id"), s("name"), s("Email"), s("x")});
    mapping.setTarget(0, s("id"));
    mapping.setTarget(1, s("name"));
    mapping.setTarget(2, s("email")); // a WoowUp field: nothing to fill in Wazzup
    mapping.setTarget(3, s("custom_attributes.x"));
    ValidationIssues issues;
    const WazzupUser user = ImportRowMapper(mapping).toWazzupUser(
        makeRow({s("7"), s("Kate"), s("k@x.io"), s("=1")}), &issues);
    QCOMPARE(user, (WazzupUser{s("7"), s("Kate"), QString()}));
    QVERIFY(issues.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportRowMapper)
#include "tst_importrowmapper.moc"
