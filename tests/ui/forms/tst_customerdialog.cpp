#include "consenteditor.h"
#include "customattributeeditor.h"
#include "customerdialog.h"
#include "fieldproblemlabel.h"
#include "formtesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace FormTest;

namespace {

CustomAttributeDefinition definition(const char *name, const char *label, const char *fieldType,
                                     const char *dataType, QStringList options = {})
{
    return {QLatin1String(name),     QString::fromUtf8(label),  QLatin1String(fieldType),
            QLatin1String(dataType), QStringLiteral("Mascota"), options};
}

// One of every type the editor knows.
CustomAttributeDefinitions petDefinitions()
{
    return {
        definition("nombre_mascota", "Nombre de la mascota", "text", "string"),
        definition("color_mascota", "Color", "select", "string",
                   {QStringLiteral("negro"), QStringLiteral("blanco"), QStringLiteral("marrón")}),
        definition("fecha_casamiento", "Fecha de casamiento", "datetime", "date"),
        definition("vacunada", "Vacunada", "checkbox", "boolean"),
        definition("edad_mascota", "Edad", "number", "integer"),
        definition("peso_mascota", "Peso", "number", "float"),
        definition("vacunas_mascota", "Vacunas", "list", "array"),
    };
}

// A customer with every field set, read-only ones included.
WoowUpCustomer fullCustomer()
{
    WoowUpCustomer c;
    c.serviceUid = QStringLiteral("crm-1042");
    c.email = QStringLiteral("ana.perez@example.com");
    c.document = QStringLiteral("30111222");
    c.documentType = QStringLiteral("DNI");
    c.telephone = QStringLiteral("+54 11 5555-6666");
    c.firstName = QStringLiteral("Ana");
    c.lastName = QStringLiteral("Pérez");
    c.birthdate = QStringLiteral("1989-06-22");
    c.gender = QStringLiteral("F");
    c.street = QStringLiteral("Av. Corrientes 1234");
    c.postcode = QStringLiteral("C1043");
    c.city = QStringLiteral("Buenos Aires");
    c.department = QStringLiteral("Balvanera");
    c.state = QStringLiteral("CABA");
    c.country = QStringLiteral("ARG");
    c.maritalStatus = QStringLiteral("married");
    c.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
    c.points = 150;
    c.clubInscriptionDate = QStringLiteral("2017-01-22 18:26:16");
    c.mailing = {true, QString()};
    c.whatsapp = {false, QStringLiteral("unsubscribe")};
    c.sms = {std::nullopt, QString()};
    c.customAttributes = {
        {QStringLiteral("nombre_mascota"), QStringLiteral("Chuky")},
        {QStringLiteral("color_mascota"), QStringLiteral("negro")},
        {QStringLiteral("fecha_casamiento"), QStringLiteral("2017-08-03 14:00:00")},
        {QStringLiteral("vacunada"), true},
        {QStringLiteral("edad_mascota"), QVariant::fromValue<qint64>(5)},
        {QStringLiteral("peso_mascota"), 20.3},
        {QStringLiteral("vacunas_mascota"),
         QStringList{QStringLiteral("parvovirus"), QStringLiteral("moquillo")}},
    };
    c.userappId = 31173442;
    c.userId = 31157866;
    c.appId = 938;
    c.pointsPending = 12;
    c.customform = {{QStringLiteral("dni"), QStringLiteral("123456789")}};
    c.blocked = true;
    c.notes = QStringLiteral("is a good customer");
    c.family = QJsonArray{QJsonObject{{QStringLiteral("first_name"), QStringLiteral("josefina")},
                                      {QStringLiteral("relationship"), QStringLiteral("son")}}};
    c.createtime = QStringLiteral("2016-10-03T17:10:25+00:00");
    c.updatetime = QStringLiteral("2018-02-01T14:15:40+00:00");
    return c;
}

} // namespace

class TestCustomerDialog : public QObject
{
    Q_OBJECT

private slots:
    void invalidEmailDisablesSaveAndSaysWhy();
    void noIdentifierBlocksSave();
    void fillingTheFormProducesTheCustomer();
    void reasonIsOnlyActiveWhenChannelDisabled();
    void roundTrip_data();
    void roundTrip();
    void reasonOfEnabledChannelIsNotSentBack();
    void reasonSpellingsAreTheSameChoice_data();
    void reasonSpellingsAreTheSameChoice();
    void serverErrorShownNextToField();
    void serverErrorWithoutFieldGoesToGeneralLine();
    void busyDisablesInputsAndSave();
    void saveEmitsOnlyWhenValid();
    void badPointsBlockSave();
    void undefinedAttributeBlocksSaveOnlyWhenDefinitionsKnown();
    void countryNameBecomesCode();
    void maritalStatusCannotBeRemoved();

private:
    template<typename T>
    static T *find(const QWidget &parent, const char *name)
    {
        T *child = parent.findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s", name);
        return child;
    }
};

void TestCustomerDialog::invalidEmailDisablesSaveAndSaysWhy()
{
    CustomerDialog dialog;
    dialog.setCustomer({}, false);
    dialog.show();
    auto *email = find<QLineEdit>(dialog, "email");
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *problem = find<FieldProblemLabel>(dialog, "emailProblem");
    auto *status = find<QLabel>(dialog, "saveStatus");
    QVERIFY(email && save && problem && status);

    typeInto(email, QStringLiteral("ana.perez@example"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->hasError());
    const QString reason = problem->plainText();
    QVERIFY2(reason.contains(QLatin1String("e-mail")), qPrintable(reason));
    // The person is told why, on the button and in words beside it.
    QVERIFY2(save->toolTip().contains(QLatin1String("E-mail")), qPrintable(save->toolTip()));
    QVERIFY2(save->toolTip().contains(reason), qPrintable(save->toolTip()));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(reason), qPrintable(status->text()));
    // "problem(s)" until an English plural translation is loaded.
    QVERIFY(status->text().startsWith(QLatin1String("Fix 1 problem")));

    QTest::keyClick(email, Qt::Key_End);
    QTest::keyClicks(email, QStringLiteral(".com"));
    QCOMPARE(email->text(), QStringLiteral("ana.perez@example.com"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
    QVERIFY(save->toolTip().isEmpty());
    QVERIFY(!status->isVisible());
}

void TestCustomerDialog::noIdentifierBlocksSave()
{
    CustomerDialog dialog;
    dialog.setCustomer({}, false);
    dialog.show();
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *problem = find<FieldProblemLabel>(dialog, "identifiersProblem");
    QVERIFY(save && problem);
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(save->toolTip().contains(QLatin1String("Identifiers")));

    typeInto(find<QLineEdit>(dialog, "telephone"), QStringLiteral("5491155556666"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestCustomerDialog::fillingTheFormProducesTheCustomer()
{
    CustomerDialog dialog;
    dialog.setDefinitions(petDefinitions());
    dialog.setCustomer({}, false);
    dialog.show();

    const QList<QPair<const char *, QString>> texts = {
        {"serviceUid", QStringLiteral("crm-1042")},
        {"email", QStringLiteral("  ana.perez@example.com ")}, // pasted with spaces
        {"document", QStringLiteral("30111222")},
        {"documentType", QStringLiteral("DNI")},
        {"telephone", QStringLiteral("5491155556666")},
        {"firstName", QStringLiteral("Ana")},
        {"lastName", QStringLiteral("Pérez")},
        {"birthdate", QStringLiteral("1989-06-22")},
        {"tags", QStringLiteral(" vip,newsletter , ")},
        {"points", QStringLiteral("150")},
        {"street", QStringLiteral("Av. Corrientes 1234")},
        {"postcode", QStringLiteral("C1043")},
        {"city", QStringLiteral("Buenos Aires")},
        {"country", QStringLiteral("ARG")},
    };
    for (const auto &[name, text] : texts)
        typeInto(find<QLineEdit>(dialog, name), text);
    QVERIFY(chooseItem(find<QComboBox>(dialog, "gender"), QStringLiteral("Female")));
    QVERIFY(chooseItem(find<QComboBox>(dialog, "maritalStatus"), QStringLiteral("Committed")));

    // Consent: e-mails on, WhatsApp off because of a spam report, SMS untouched.
    auto *mailing = find<ConsentEditor>(dialog, "mailingConsent");
    auto *whatsapp = find<ConsentEditor>(dialog, "whatsappConsent");
    QVERIFY(mailing && whatsapp);
    QVERIFY(chooseItem(mailing->findChild<QComboBox *>(QStringLiteral("consentState")),
                       QStringLiteral("Can receive")));
    QVERIFY(chooseItem(whatsapp->findChild<QComboBox *>(QStringLiteral("consentState")),
                       QStringLiteral("Can't receive")));
    QVERIFY(chooseItem(whatsapp->findChild<QComboBox *>(QStringLiteral("disabledReason")),
                       QStringLiteral("Reported as spam")));

    // Custom attributes: a defined one of each type, by name or by label, and a free one.
    auto *attributes = find<CustomAttributeEditor>(dialog, "customAttributes");
    auto *nameBox = find<QComboBox>(dialog, "newAttributeName");
    auto *add = find<QPushButton>(dialog, "addAttribute");
    QVERIFY(attributes && nameBox && add);
    const auto addAttribute = [&](const QString &typed) {
        typeInto(nameBox->lineEdit(), typed);
        QTest::mouseClick(add, Qt::LeftButton);
    };
    const auto valueEdit = [&](const char *name) {
        return dialog.findChild<QLineEdit *>(QStringLiteral("value_") + QLatin1String(name));
    };
    addAttribute(QStringLiteral("nombre_mascota"));
    typeInto(valueEdit("nombre_mascota"), QStringLiteral("Chuky"));
    addAttribute(QStringLiteral("Color")); // the label finds the definition too
    QVERIFY(chooseItem(dialog.findChild<QComboBox *>(QStringLiteral("value_color_mascota")),
                       QStringLiteral("marrón")));
    addAttribute(QStringLiteral("fecha_casamiento"));
    typeInto(valueEdit("fecha_casamiento"), QStringLiteral("2017-08-03 14:00:00"));
    addAttribute(QStringLiteral("vacunada"));
    auto *vaccinated = dialog.findChild<QCheckBox *>(QStringLiteral("value_vacunada"));
    QVERIFY(vaccinated);
    vaccinated->setFocus();
    QTest::keyClick(vaccinated, Qt::Key_Space);
    addAttribute(QStringLiteral("edad_mascota"));
    typeInto(valueEdit("edad_mascota"), QStringLiteral("5"));
    addAttribute(QStringLiteral("peso_mascota"));
    typeInto(valueEdit("peso_mascota"), QStringLiteral("20.3"));
    addAttribute(QStringLiteral("vacunas_mascota"));
    typeInto(valueEdit("vacunas_mascota"), QStringLiteral("parvovirus, moquillo,hepatitis"));
    QCOMPARE(attributes->names().size(), 7);

    WoowUpCustomer expected;
    expected.serviceUid = QStringLiteral("crm-1042");
    expected.email = QStringLiteral("ana.perez@example.com");
    expected.document = QStringLiteral("30111222");
    expected.documentType = QStringLiteral("DNI");
    expected.telephone = QStringLiteral("5491155556666");
    expected.firstName = QStringLiteral("Ana");
    expected.lastName = QStringLiteral("Pérez");
    expected.birthdate = QStringLiteral("1989-06-22");
    expected.gender = QStringLiteral("F");
    expected.maritalStatus = QStringLiteral("commited");
    expected.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
    expected.points = 150;
    expected.street = QStringLiteral("Av. Corrientes 1234");
    expected.postcode = QStringLiteral("C1043");
    expected.city = QStringLiteral("Buenos Aires");
    expected.country = QStringLiteral("ARG");
    expected.mailing = {true, QString()};
    expected.whatsapp = {false, QStringLiteral("spamreport")};
    expected.sms = {true, QString()}; // untouched: WoowUp's default, said and sent
    expected.customAttributes = {
        {QStringLiteral("nombre_mascota"), QStringLiteral("Chuky")},
        {QStringLiteral("color_mascota"), QStringLiteral("marrón")},
        {QStringLiteral("fecha_casamiento"), QStringLiteral("2017-08-03 14:00:00")},
        {QStringLiteral("vacunada"), true},
        {QStringLiteral("edad_mascota"), QVariant::fromValue<qint64>(5)},
        {QStringLiteral("peso_mascota"), 20.3},
        {QStringLiteral("vacunas_mascota"),
         QStringList{QStringLiteral("parvovirus"), QStringLiteral("moquillo"),
                     QStringLiteral("hepatitis")}},
    };

    const WoowUpCustomer actual = dialog.customer();
    QCOMPARE(describe(actual), describe(expected));
    QVERIFY(actual == expected);
    QCOMPARE(actual.customAttributes.value(QStringLiteral("edad_mascota")).typeId(),
             QMetaType::LongLong);
    QCOMPARE(actual.customAttributes.value(QStringLiteral("peso_mascota")).typeId(),
             QMetaType::Double);
    QCOMPARE(actual.customAttributes.value(QStringLiteral("vacunada")).typeId(), QMetaType::Bool);

    auto *save = find<QPushButton>(dialog, "saveButton");
    QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QSignalSpy saved(&dialog, &CustomerDialog::saveRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
}

void TestCustomerDialog::reasonIsOnlyActiveWhenChannelDisabled()
{
    CustomerDialog dialog;
    dialog.setCustomer({}, false);
    dialog.show();
    auto *sms = find<ConsentEditor>(dialog, "smsConsent");
    QVERIFY(sms);
    auto *state = sms->findChild<QComboBox *>(QStringLiteral("consentState"));
    auto *reason = sms->findChild<QComboBox *>(QStringLiteral("disabledReason"));
    QVERIFY(state && reason);

    // A new customer: WoowUp's own default, no "Not set" it would not keep.
    QCOMPARE(state->currentText(), QStringLiteral("Can receive"));
    QCOMPARE(state->findText(QStringLiteral("Not set")), -1);
    QVERIFY(!reason->isEnabled());
    QVERIFY(chooseItem(state, QStringLiteral("Can receive")));
    QVERIFY(!reason->isEnabled());
    QVERIFY(chooseItem(state, QStringLiteral("Can't receive")));
    QVERIFY(reason->isEnabled());
    QVERIFY(chooseItem(reason, QStringLiteral("Bounced")));
    QCOMPARE(dialog.customer().sms, (ChannelConsent{false, QStringLiteral("bounce")}));

    // Switching the channel on greys the reason out and stops it being sent…
    QVERIFY(chooseItem(state, QStringLiteral("Can receive")));
    QVERIFY(!reason->isEnabled());
    QCOMPARE(dialog.customer().sms, (ChannelConsent{true, QString()}));
    // …and switching back offers it again.
    QVERIFY(chooseItem(state, QStringLiteral("Can't receive")));
    QVERIFY(reason->isEnabled());
    QCOMPARE(dialog.customer().sms, (ChannelConsent{false, QStringLiteral("bounce")}));
}

void TestCustomerDialog::roundTrip_data()
{
    QTest::addColumn<WoowUpCustomer>("customer");
    QTest::addColumn<bool>("withDefinitions");

    QTest::newRow("empty") << WoowUpCustomer() << false;
    QTest::newRow("full") << fullCustomer() << true;
    QTest::newRow("full, definitions unknown") << fullCustomer() << false;

    WoowUpCustomer c;
    c.email = QStringLiteral("x@example.com");
    c.points = 0;
    c.mailing = {false, QString()};
    c.whatsapp = {false, QStringLiteral("other")};
    c.sms = {true, QString()};
    QTest::newRow("points 0, disabled without reason") << c << false;

    c = WoowUpCustomer();
    c.document = QStringLiteral("30111222");
    c.gender = QStringLiteral("m"); // the schema takes lower case too
    c.maritalStatus = QStringLiteral("engaged"); // not an API value: kept, not lost
    c.mailing = {false, QStringLiteral("bounced")}; // ditto
    c.tags = {QStringLiteral("a b"), QStringLiteral("c,d"), QStringLiteral(" e")};
    c.points = -3;
    QTest::newRow("values the form does not know") << c << false;

    c = WoowUpCustomer();
    c.telephone = QStringLiteral("  5491155556666 "); // untouched text is not trimmed
    c.firstName = QStringLiteral(" Ana");
    QTest::newRow("spaces") << c << false;

    c = WoowUpCustomer();
    c.serviceUid = QStringLiteral("crm-7");
    c.customAttributes = {
        // Numbers of free attributes come back as numbers, not as the text shown.
        {QStringLiteral("cantidad_autos"), QVariant::fromValue<qint64>(2)},
        {QStringLiteral("ratio"), 0.1},
        {QStringLiteral("edad_mascota"), 5.0}, // a double where an integer is defined
        {QStringLiteral("color_mascota"), QStringLiteral("verde")}, // not an option
        {QStringLiteral("vacunada"), QStringLiteral("yes")}, // text for a checkbox
        {QStringLiteral("fecha_casamiento"), QString()},
        {QStringLiteral("vacunas_mascota"), QStringList()},
        {QStringLiteral("nested"), QVariantMap{{QStringLiteral("k"), 1}}},
        {QStringLiteral("null"), QVariant()},
    };
    QTest::newRow("odd custom values, with definitions") << c << true;
    QTest::newRow("odd custom values, without definitions") << c << false;
}

void TestCustomerDialog::roundTrip()
{
    QFETCH(WoowUpCustomer, customer);
    QFETCH(bool, withDefinitions);

    CustomerDialog dialog;
    if (withDefinitions)
        dialog.setDefinitions(petDefinitions());
    dialog.setCustomer(customer, true);
    const WoowUpCustomer actual = dialog.customer();
    QCOMPARE(describe(actual), describe(customer));
    QVERIFY(actual == customer);

    // Definitions that arrive after the record must not change it either.
    if (!withDefinitions) {
        dialog.setDefinitions(petDefinitions());
        QCOMPARE(describe(dialog.customer()), describe(customer));
    }
}

void TestCustomerDialog::reasonOfEnabledChannelIsNotSentBack()
{
    // WoowUp may keep a reason on a channel that was enabled again; a reason
    // is only valid for a disabled channel, so it is not sent, but it is
    // offered again if the person disables the channel.
    WoowUpCustomer c;
    c.email = QStringLiteral("x@example.com");
    c.mailing = {true, QStringLiteral("bounce")};
    CustomerDialog dialog;
    dialog.setCustomer(c, true);
    dialog.show();
    QCOMPARE(dialog.customer().mailing, (ChannelConsent{true, QString()}));
    QVERIFY(find<QPushButton>(dialog, "saveButton")->isEnabled());

    auto *mailing = find<ConsentEditor>(dialog, "mailingConsent");
    QVERIFY(chooseItem(mailing->stateBox(), QStringLiteral("Can't receive")));
    QCOMPARE(dialog.customer().mailing, (ChannelConsent{false, QStringLiteral("bounce")}));
}

void TestCustomerDialog::reasonSpellingsAreTheSameChoice_data()
{
    QTest::addColumn<QString>("reason");
    // The docs' spelling, and the one WoowUp's newer PHP client stores.
    QTest::newRow("unsubscribe") << QStringLiteral("unsubscribe");
    QTest::newRow("unsuscribe") << QStringLiteral("unsuscribe");
}

void TestCustomerDialog::reasonSpellingsAreTheSameChoice()
{
    QFETCH(QString, reason);
    WoowUpCustomer c;
    c.email = QStringLiteral("x@example.com");
    c.whatsapp = {false, reason};
    c.mailing = {true, reason}; // parked until the channel is disabled
    CustomerDialog dialog;
    dialog.setCustomer(c, true);
    dialog.show();

    auto *whatsapp = find<ConsentEditor>(dialog, "whatsappConsent");
    auto *choices = whatsapp->findChild<QComboBox *>(QStringLiteral("disabledReason"));
    QVERIFY(choices);
    QCOMPARE(choices->currentText(), QStringLiteral("Unsubscribed"));
    QCOMPARE(choices->count(), 6); // no extra entry for the other spelling
    QCOMPARE(dialog.customer().whatsapp, (ChannelConsent{false, QStringLiteral("unsubscribe")}));

    auto *mailing = find<ConsentEditor>(dialog, "mailingConsent");
    QVERIFY(chooseItem(mailing->stateBox(), QStringLiteral("Can't receive")));
    QCOMPARE(dialog.customer().mailing, (ChannelConsent{false, QStringLiteral("unsubscribe")}));
}

void TestCustomerDialog::serverErrorShownNextToField()
{
    CustomerDialog dialog;
    dialog.setCustomer(fullCustomer(), true);
    dialog.show();
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *emailProblem = find<FieldProblemLabel>(dialog, "emailProblem");
    auto *general = find<FieldProblemLabel>(dialog, "generalProblem");
    QVERIFY(save && emailProblem && general);
    QVERIFY(save->isEnabled());

    dialog.setBusy(true);
    dialog.setBusy(false);
    const QString message = QStringLiteral("The email is already used by another customer.");
    dialog.showServerError(QStringLiteral("email"), message);
    QVERIFY(emailProblem->isVisible());
    QCOMPARE(emailProblem->plainText(), message);
    QVERIFY(!general->isVisible());
    // The person may retry as it is: the server's word does not lock the form.
    QVERIFY(save->isEnabled());

    // Response names and custom attributes find their fields too.
    dialog.showServerError(QStringLiteral("birthday"), QStringLiteral("Bad date."));
    QCOMPARE(find<FieldProblemLabel>(dialog, "birthdateProblem")->plainText(),
             QStringLiteral("Bad date."));
    dialog.showServerError(QStringLiteral("postal_code"), QStringLiteral("Too long."));
    QCOMPARE(find<FieldProblemLabel>(dialog, "postcodeProblem")->plainText(),
             QStringLiteral("Too long."));
    dialog.showServerError(QStringLiteral("whatsapp_enabled"), QStringLiteral("Not allowed."));
    QCOMPARE(find<FieldProblemLabel>(dialog, "whatsappConsentProblem")->plainText(),
             QStringLiteral("Not allowed."));
    dialog.showServerError(QStringLiteral("custom_attributes.edad_mascota"),
                           QStringLiteral("Invalid value."));
    const QString attributeProblem =
        find<FieldProblemLabel>(dialog, "attributesProblem")->plainText();
    QVERIFY2(attributeProblem.contains(QLatin1String("edad_mascota"))
                 && attributeProblem.contains(QLatin1String("Invalid value.")),
             qPrintable(attributeProblem));
    QVERIFY(!general->isVisible());

    // Correcting the field takes the server's complaint about it away.
    typeInto(find<QLineEdit>(dialog, "email"), QStringLiteral("ana@example.com"));
    QVERIFY(!emailProblem->isVisible());
    QVERIFY(find<FieldProblemLabel>(dialog, "birthdateProblem")->isVisible());
    // A new attempt clears the rest.
    dialog.setBusy(true);
    QVERIFY(!find<FieldProblemLabel>(dialog, "birthdateProblem")->isVisible());
}

void TestCustomerDialog::serverErrorWithoutFieldGoesToGeneralLine()
{
    CustomerDialog dialog;
    dialog.setCustomer(fullCustomer(), true);
    dialog.show();
    auto *general = find<FieldProblemLabel>(dialog, "generalProblem");
    dialog.setBusy(true);
    dialog.showServerError(QString(), QStringLiteral("WoowUp did not answer in time."));
    QVERIFY(!dialog.isBusy());
    QVERIFY(general->isVisible());
    QCOMPARE(general->plainText(), QStringLiteral("WoowUp did not answer in time."));

    dialog.showServerError(QStringLiteral("favourite_colour"), QStringLiteral("Unknown field."));
    QVERIFY2(general->plainText().contains(QLatin1String("favourite_colour: Unknown field.")),
             qPrintable(general->plainText()));
}

void TestCustomerDialog::busyDisablesInputsAndSave()
{
    CustomerDialog dialog;
    dialog.setCustomer(fullCustomer(), true);
    dialog.show();
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *email = find<QLineEdit>(dialog, "email");
    auto *status = find<QLabel>(dialog, "saveStatus");
    QVERIFY(save->isEnabled() && email->isEnabled());

    dialog.setBusy(true);
    QVERIFY(!save->isEnabled());
    QVERIFY(!email->isEnabled());
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Saving…"));
    // What the caller reads while busy is still the form's record.
    QVERIFY(dialog.customer() == fullCustomer());

    dialog.setBusy(false);
    QVERIFY(save->isEnabled());
    QVERIFY(email->isEnabled());
    QVERIFY(!status->isVisible());
}

void TestCustomerDialog::saveEmitsOnlyWhenValid()
{
    CustomerDialog dialog;
    dialog.setCustomer({}, false);
    dialog.show();
    QSignalSpy saved(&dialog, &CustomerDialog::saveRequested);
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *email = find<QLineEdit>(dialog, "email");
    typeInto(email, QStringLiteral("not an address"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());

    typeInto(email, QStringLiteral("ana@example.com"));
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
    // Saving is the caller's: the dialog stays open until it accepts.
    QVERIFY(dialog.isVisible());
}

void TestCustomerDialog::badPointsBlockSave()
{
    CustomerDialog dialog;
    dialog.setCustomer(fullCustomer(), true);
    dialog.show();
    auto *points = find<QLineEdit>(dialog, "points");
    auto *save = find<QPushButton>(dialog, "saveButton");
    typeInto(points, QStringLiteral("lots"));
    QVERIFY(!save->isEnabled());
    QVERIFY(find<FieldProblemLabel>(dialog, "pointsProblem")->isVisible());
    QVERIFY(save->toolTip().contains(QLatin1String("Points")));

    // The API has no empty value for points: clearing them is refused, with a way out.
    typeInto(points, QString());
    QVERIFY(!save->isEnabled());
    QVERIFY(find<FieldProblemLabel>(dialog, "pointsProblem")->plainText().contains(u'0'));
    typeInto(points, QStringLiteral("0"));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.customer().points, std::optional<qint64>(0));
    typeInto(points, QStringLiteral("-5"));
    QVERIFY(!save->isEnabled()); // the validator's rule
    typeInto(points, QStringLiteral(" 75 "));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.customer().points, std::optional<qint64>(75));
}

void TestCustomerDialog::undefinedAttributeBlocksSaveOnlyWhenDefinitionsKnown()
{
    WoowUpCustomer c;
    c.email = QStringLiteral("ana@example.com");
    CustomerDialog dialog;
    dialog.setCustomer(c, false);
    dialog.show();
    auto *save = find<QPushButton>(dialog, "saveButton");
    auto *nameBox = find<QComboBox>(dialog, "newAttributeName");
    typeInto(nameBox->lineEdit(), QStringLiteral("apodo"));
    QTest::keyClick(nameBox->lineEdit(), Qt::Key_Return); // adds, does not save
    QLineEdit *value = dialog.findChild<QLineEdit *>(QStringLiteral("value_apodo"));
    QVERIFY(value);
    typeInto(value, QStringLiteral("42"));
    // Free attributes stay text: nothing says they are numbers.
    QCOMPARE(dialog.customer().customAttributes,
             (QVariantMap{{QStringLiteral("apodo"), QStringLiteral("42")}}));
    QVERIFY(save->isEnabled());

    dialog.setDefinitions(petDefinitions());
    QVERIFY(!save->isEnabled());
    const QString problem = find<FieldProblemLabel>(dialog, "attributesProblem")->plainText();
    QVERIFY2(problem.contains(QLatin1String("apodo")), qPrintable(problem));

    QTest::mouseClick(dialog.findChild<QWidget *>(QStringLiteral("remove_apodo")), Qt::LeftButton);
    QVERIFY(save->isEnabled());
    QVERIFY(dialog.customer().customAttributes.isEmpty());
}

void TestCustomerDialog::countryNameBecomesCode()
{
    CustomerDialog dialog;
    dialog.setCustomer({}, false);
    dialog.show();
    dialog.activateWindow();
    auto *country = find<QLineEdit>(dialog, "country");
    typeInto(country, QStringLiteral("Argentina"));
    QVERIFY(find<FieldProblemLabel>(dialog, "countryProblem")->hasError());
    emit country->editingFinished(); // what leaving the field does
    QCOMPARE(country->text(), QStringLiteral("ARG"));
    QCOMPARE(dialog.customer().country, QStringLiteral("ARG"));
    QVERIFY(!find<FieldProblemLabel>(dialog, "countryProblem")->isVisible());
}

// The API has no empty marital status: "—" is offered only while none is set.
void TestCustomerDialog::maritalStatusCannotBeRemoved()
{
    WoowUpCustomer c;
    c.email = QStringLiteral("x@example.com");
    CustomerDialog dialog;
    dialog.setCustomer(c, true);
    auto *box = find<QComboBox>(dialog, "maritalStatus");
    auto *items = qobject_cast<QStandardItemModel *>(box->model());
    QVERIFY(items);
    QVERIFY(items->item(0)->isEnabled());

    c.maritalStatus = QStringLiteral("married");
    dialog.setCustomer(c, true);
    QCOMPARE(box->currentData().toString(), QStringLiteral("married"));
    QVERIFY(!items->item(0)->isEnabled());
    QVERIFY(!items->item(0)->toolTip().isEmpty());
}

QTEST_MAIN(TestCustomerDialog)
#include "tst_customerdialog.moc"
