#include "columnmapping.h"
#include "fieldsynonyms.h"

#include <QtTest>

Q_DECLARE_METATYPE(Service)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(s(item));
    return result;
}

CustomAttributeDefinitions definitions()
{
    return {
        {QStringLiteral("edad_mascota"),
         s("Edad de la mascota"),
         QStringLiteral("number"),
         QStringLiteral("integer"),
         QStringLiteral("Mascotas"),
         {}},
        {QStringLiteral("nombre_mascota"),
         s("Nombre mascota"),
         QStringLiteral("text"),
         QStringLiteral("string"),
         QStringLiteral("Mascotas"),
         {}},
        {QStringLiteral("email"),
         s("Otro e-mail"),
         QStringLiteral("text"),
         QStringLiteral("string"),
         QString(),
         {}},
    };
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void synonyms_data();
    void synonyms();
    void everyRequestFieldHasAnEnglishName();
    void russianExport();
    void customAttributes();
    void firstColumnWinsAField();
    void setTargetMovesAField();
    void missingRequirements();
    void headerKeyIgnoresOrderAndSpelling();
    void saveAndRestore_data();
    void saveAndRestore();
    void rejectsDamagedSaves_data();
    void rejectsDamagedSaves();
    void adaptsToReorderedHeaders();
    void clearBlankOffered_data();
    void clearBlankOffered();
    void clearBlankSavedWithTheMapping();
};

void TestColumnMapping::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("accents and space") << s("Correo electrónico") << s("correoelectronico");
    QTest::newRow("Russian abbreviation") << s("Эл. почта") << s("элпочта");
    QTest::newRow("ё") << s("Ёлка") << s("елка");
    QTest::newRow("underscore") << s("FIRST_NAME") << s("firstname");
    QTest::newRow("dash") << s("E-Mail") << s("email");
    QTest::newRow("ñ") << s("Año") << s("ano");
    QTest::newRow("padding and star") << s("  Teléfono * ") << s("telefono");
    QTest::newRow("NBSP") << s("Fecha\u00a0de\u00a0nacimiento") << s("fechadenacimiento");
}

void TestColumnMapping::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(FieldSynonyms::normalize(header), normalized);
}

void TestColumnMapping::synonyms_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const auto woowUp = [](const char *header, const char *field) {
        QTest::addRow("WoowUp: %s", header) << Service::WoowUp << s(header) << s(field);
    };
    const auto wazzup = [](const char *header, const char *field) {
        QTest::addRow("Wazzup: %s", header) << Service::Wazzup << s(header) << s(field);
    };

    woowUp("Teléfono", "telephone");
    woowUp("TELEFONO", "telephone");
    woowUp("Телефон", "telephone");
    woowUp("phone", "telephone");
    woowUp("Mobile", "telephone");
    woowUp("Celular", "telephone");
    woowUp("Correo electrónico", "email");
    woowUp("correo_electronico", "email");
    woowUp("Эл. почта", "email");
    woowUp("E-mail", "email");
    woowUp("Nombre", "first_name");
    woowUp("Имя", "first_name");
    woowUp("First Name", "first_name");
    woowUp("Apellido", "last_name");
    woowUp("Фамилия", "last_name");
    woowUp("Surname", "last_name");
    woowUp("DNI", "document");
    woowUp("Documento", "document");
    woowUp("Паспорт", "document");
    woowUp("Tipo de documento", "document_type");
    woowUp("Fecha de nacimiento", "birthdate");
    woowUp("Дата рождения", "birthdate");
    woowUp("Date of birth", "birthdate");
    woowUp("birthday", "birthdate");
    woowUp("Género", "gender");
    woowUp("Sexo", "gender");
    woowUp("Пол", "gender");
    woowUp("Ciudad", "city");
    woowUp("Город", "city");
    woowUp("País", "country");
    woowUp("Страна", "country");
    woowUp("Código postal", "postcode");
    woowUp("Индекс", "postcode");
    woowUp("postal_code", "postcode");
    woowUp("Dirección", "street");
    woowUp("Адрес", "street");
    woowUp("Provincia", "state");
    woowUp("Область", "state");
    woowUp("Departamento", "department");
    woowUp("Estado civil", "marital_status");
    woowUp("Семейное положение", "marital_status");
    woowUp("Puntos", "points");
    woowUp("Баллы", "points");
    woowUp("Etiquetas", "tags");
    woowUp("Теги", "tags");
    woowUp("Acepta emails", "mailing_enabled");
    woowUp("Рассылка", "mailing_enabled");
    woowUp("Newsletter", "mailing_enabled");
    woowUp("Acepta WhatsApp", "whatsapp_enabled");
    woowUp("Acepta SMS", "sms_enabled");
    woowUp("Согласие на SMS", "sms_enabled");
    woowUp("Motivo de baja", "mailing_disabled_reason");
    woowUp("Fecha de alta", "club_inscription_date");
    woowUp("service_uid", "service_uid");
    woowUp("ID cliente", "service_uid");
    woowUp("Код клиента", "service_uid");
    woowUp("Notas", "");
    woowUp("WhatsApp", ""); // a number or a consent: the person says which
    wazzup("id", "id");
    wazzup("Логин", "id");
    wazzup("Identificador", "id");
    wazzup("ФИО", "name");
    wazzup("Nombre", "name");
    wazzup("Имя", "name");
    wazzup("Телефон", "phone");
    wazzup("Teléfono móvil", "phone");
    wazzup("Móvil", "phone");
    wazzup("phone", "phone");
    wazzup("E-mail", "");
}

void TestColumnMapping::synonyms()
{
    QFETCH(Service, service);
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(FieldSynonyms::match(service, header), field);
    if (!field.isEmpty()) {
        const ColumnMapping mapping = ColumnMapping::automatic(service, {header});
        QCOMPARE(mapping.target(0), field);
    }
}

void TestColumnMapping::everyRequestFieldHasAnEnglishName()
{
    // Every request field of the WoowUp doc, and Wazzup's three.
    const QStringList woowUpFields = list({"document",
                                           "email",
                                           "telephone",
                                           "service_uid",
                                           "first_name",
                                           "last_name",
                                           "birthdate",
                                           "gender",
                                           "street",
                                           "postcode",
                                           "city",
                                           "department",
                                           "state",
                                           "country",
                                           "document_type",
                                           "marital_status",
                                           "tags",
                                           "points",
                                           "mailing_enabled",
                                           "mailing_disabled_reason",
                                           "whatsapp_enabled",
                                           "whatsapp_disabled_reason",
                                           "sms_enabled",
                                           "sms_disabled_reason",
                                           "club_inscription_date"});
    QStringList sorted = FieldSynonyms::fields(Service::WoowUp);
    sorted.sort();
    QStringList expected = woowUpFields;
    expected.sort();
    QCOMPARE(sorted, expected);
    for (const QString &field : woowUpFields) {
        QCOMPARE(FieldSynonyms::match(Service::WoowUp, field), field);
        QVERIFY2(FieldSynonyms::label(field) != field, qPrintable(field));
    }
    QCOMPARE(FieldSynonyms::fields(Service::Wazzup), list({"id", "name", "phone"}));
}

void TestColumnMapping::russianExport()
{
    const QStringList headers = list({"№", "Фамилия", "Имя", "Телефон", "Эл. почта",
                                      "Дата рождения", "Город", "Баллы", "Комментарий"});
    const ColumnMapping mapping = ColumnMapping::automatic(Service::WoowUp, headers);
    const QStringList targets = {mapping.target(0), mapping.target(1), mapping.target(2),
                                 mapping.target(3), mapping.target(4), mapping.target(5),
                                 mapping.target(6), mapping.target(7), mapping.target(8)};
    QCOMPARE(targets,
             list({"", "last_name", "first_name", "telephone", "email", "birthdate", "city",
                   "points", ""}));
    QVERIFY(mapping.missingRequirements().isEmpty());
}

void TestColumnMapping::customAttributes()
{
    const QStringList headers =
        list({"EDAD MASCOTA", "Nombre mascota", "email", "Otro e-mail", "Color"});
    const ColumnMapping mapping = ColumnMapping::automatic(Service::WoowUp, headers, definitions());
    QCOMPARE(mapping.target(0), s("custom_attributes.edad_mascota")); // by name
    QCOMPARE(mapping.target(1), s("custom_attributes.nombre_mascota")); // by label
    QCOMPARE(mapping.target(2), s("email")); // the request field, not the attribute
    QCOMPARE(mapping.target(3), s("custom_attributes.email")); // by label
    QCOMPARE(mapping.target(4), QString());
    QVERIFY(ColumnMapping::isCustomAttributeField(mapping.target(0)));
    QCOMPARE(ColumnMapping::customAttributeName(mapping.target(0)), s("edad_mascota"));
    QVERIFY(!ColumnMapping::isCustomAttributeField(s("custom_attributes.")));
    QVERIFY(FieldSynonyms::label(mapping.target(0)).contains(s("edad_mascota")));

    // Wazzup has no custom attributes.
    const ColumnMapping wazzup = ColumnMapping::automatic(Service::Wazzup, headers, definitions());
    QCOMPARE(wazzup.target(0), QString());
}

void TestColumnMapping::firstColumnWinsAField()
{
    const ColumnMapping mapping = ColumnMapping::automatic(
        Service::WoowUp, list({"Teléfono", "Móvil", "Etiquetas", "Tags", "Nombre"}));
    QCOMPARE(mapping.target(0), s("telephone"));
    QCOMPARE(mapping.target(1), QString());
    QCOMPARE(mapping.columnsOf(s("tags")), (QList<int>{2, 3})); // tags may come from several
    QCOMPARE(mapping.columnOf(s("first_name")), 4);
    QCOMPARE(mapping.columnOf(s("email")), -1);
}

void TestColumnMapping::setTargetMovesAField()
{
    ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, list({"Teléfono", "Móvil", "Correo"}));
    mapping.setTarget(1, s("telephone"));
    QCOMPARE(mapping.target(0), QString());
    QCOMPARE(mapping.target(1), s("telephone"));
    mapping.setTarget(2, QString());
    QVERIFY(!mapping.isMapped(s("email")));
    mapping.setTarget(7, s("email")); // out of range: ignored
    QVERIFY(!mapping.isMapped(s("email")));
}

void TestColumnMapping::missingRequirements()
{
    QCOMPARE(ColumnMapping::automatic(Service::Wazzup, list({"ID", "Имя", "Телефон"}))
                 .missingRequirements()
                 .size(),
             0);
    QCOMPARE(
        ColumnMapping::automatic(Service::Wazzup, list({"Телефон"})).missingRequirements().size(),
        2);
    QCOMPARE(ColumnMapping::automatic(Service::WoowUp, list({"Nombre", "Apellido"}))
                 .missingRequirements()
                 .size(),
             1);
    QCOMPARE(ColumnMapping::automatic(Service::WoowUp, list({"Nombre", "DNI"}))
                 .missingRequirements()
                 .size(),
             0);
}

void TestColumnMapping::headerKeyIgnoresOrderAndSpelling()
{
    const QString key = ColumnMapping::headerKey(list({"Nombre", "Teléfono", "E-mail"}));
    QCOMPARE(ColumnMapping::headerKey(list({"email", "TELEFONO", " nombre"})), key);
    QVERIFY(ColumnMapping::headerKey(list({"Nombre", "Teléfono"})) != key);
    QVERIFY(ColumnMapping::headerKey(list({"Nombre", "Teléfono", "E-mail", "Ciudad"})) != key);
    QCOMPARE(key.size(), 32);
}

void TestColumnMapping::saveAndRestore_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QStringList>("headers");

    QTest::newRow("WoowUp Spanish") << Service::WoowUp
                                    << list({"Nombre", "Apellido", "DNI", "Puntos", "Notas",
                                             "Edad mascota", "Etiquetas", "Tags"});
    QTest::newRow("Wazzup Russian")
        << Service::Wazzup << list({"Логин", "ФИО", "Телефон", "Отдел"});
    QTest::newRow("duplicate headers") << Service::WoowUp << list({"Email", "Email", "Teléfono"});
}

void TestColumnMapping::saveAndRestore()
{
    QFETCH(Service, service);
    QFETCH(QStringList, headers);

    ColumnMapping mapping = ColumnMapping::automatic(service, headers, definitions());
    mapping.setTarget(headers.size() - 1,
                      mapping.target(headers.size() - 1).isEmpty()
                          ? FieldSynonyms::fields(service).last()
                          : QString());
    bool ok = false;
    QCOMPARE(ColumnMapping::fromVariantMap(mapping.toVariantMap(), &ok), mapping);
    QVERIFY(ok);
    const QString json = mapping.toJson();
    ok = false;
    const ColumnMapping restored = ColumnMapping::fromJson(json, &ok);
    QVERIFY(ok);
    QCOMPARE(restored, mapping);
    QCOMPARE(restored.service(), service);
    QCOMPARE(restored.headerKey(), mapping.headerKey());
    QCOMPARE(mapping.toVariantMap().value(QStringLiteral("headerKey")).toString(),
             ColumnMapping::headerKey(headers));
    QCOMPARE(restored.adaptedTo(headers), mapping);
}

void TestColumnMapping::rejectsDamagedSaves_data()
{
    QTest::addColumn<QString>("json");

    QTest::newRow("not JSON") << s("{");
    QTest::newRow("array") << s("[]");
    QTest::newRow("future version")
        << s(R"({"version":2,"service":"woowup","headers":["a"],"columns":[]})");
    QTest::newRow("unknown service")
        << s(R"({"version":1,"service":"other","headers":["a"],"columns":[]})");
    QTest::newRow("column out of range") << s(R"({"version":1,"service":"woowup","headers":["a"],)"
                                              R"("columns":[{"column":3,"field":"email"}]})");
}

void TestColumnMapping::rejectsDamagedSaves()
{
    QFETCH(QString, json);
    bool ok = true;
    const ColumnMapping mapping = ColumnMapping::fromJson(json, &ok);
    QVERIFY(!ok);
    QCOMPARE(mapping.columnCount(), 0);
}

void TestColumnMapping::adaptsToReorderedHeaders()
{
    ColumnMapping mapping =
        ColumnMapping::automatic(Service::WoowUp, list({"Nombre", "Correo", "Código"}));
    mapping.setTarget(2, s("service_uid")); // chosen by hand
    const ColumnMapping saved = ColumnMapping::fromJson(mapping.toJson());
    const QStringList reordered = list({"CÓDIGO", "correo", "Nombre", "Nuevo"});
    QCOMPARE(ColumnMapping::headerKey(reordered) == saved.headerKey(), false);
    const ColumnMapping adapted = saved.adaptedTo(reordered);
    QCOMPARE(adapted.headers(), reordered);
    QCOMPARE(adapted.target(0), s("service_uid"));
    QCOMPARE(adapted.target(1), s("email"));
    QCOMPARE(adapted.target(2), s("first_name"));
    QCOMPARE(adapted.target(3), QString());
}

void TestColumnMapping::clearBlankOffered_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("offered");

    QTest::newRow("wazzup phone") << Service::Wazzup << "phone" << true;
    QTest::newRow("wazzup id (identifier)") << Service::Wazzup << "id" << false;
    QTest::newRow("wazzup name (required)") << Service::Wazzup << "name" << false;
    QTest::newRow("woowup city") << Service::WoowUp << "city" << true;
    QTest::newRow("woowup gender") << Service::WoowUp << "gender" << true;
    QTest::newRow("woowup attribute") << Service::WoowUp << "custom_attributes.talla" << true;
    for (const char *identifier : {"service_uid", "email", "document", "telephone"})
        QTest::newRow(identifier) << Service::WoowUp << QString::fromLatin1(identifier) << false;
    for (const char *other : {"points", "tags", "marital_status", "mailing_enabled"})
        QTest::newRow(other) << Service::WoowUp << QString::fromLatin1(other) << false;
}

void TestColumnMapping::clearBlankOffered()
{
    QFETCH(Service, service);
    QFETCH(QString, field);
    QFETCH(bool, offered);
    QCOMPARE(ColumnMapping::canClearBlank(service, field), offered);
    ColumnMapping mapping(service, {QStringLiteral("a")});
    mapping.setTarget(0, field);
    mapping.setClearsBlank(field, true);
    QCOMPARE(mapping.clearsBlank(field), offered);
}

void TestColumnMapping::clearBlankSavedWithTheMapping()
{
    ColumnMapping mapping(
        Service::WoowUp,
        {QStringLiteral("Correo"), QStringLiteral("Ciudad"), QStringLiteral("Apellido")});
    mapping.setTarget(0, QStringLiteral("email"));
    mapping.setTarget(1, QStringLiteral("city"));
    mapping.setTarget(2, QStringLiteral("last_name"));
    const QString before = mapping.toJson();
    mapping.setClearsBlank(QStringLiteral("city"), true);
    QVERIFY(mapping.toJson() != before);
    bool ok = false;
    const ColumnMapping restored = ColumnMapping::fromJson(mapping.toJson(), &ok);
    QVERIFY(ok);
    QCOMPARE(restored.clearedBlankFields(), QStringList{QStringLiteral("city")});
    QVERIFY(restored == mapping);
    // A mapping saved before the choice existed keeps the server's values.
    const ColumnMapping old = ColumnMapping::fromJson(before, &ok);
    QVERIFY(ok);
    QVERIFY(old.clearedBlankFields().isEmpty());
    // A row clears only the fields it has no value for.
    WoowUpCustomer customer;
    customer.city = QStringLiteral("Lima");
    QVERIFY(restored.blankClears({}, customer).isEmpty());
    QCOMPARE(restored.blankClears({}, WoowUpCustomer()), QStringList{QStringLiteral("city")});
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
