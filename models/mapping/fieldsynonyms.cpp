#include "fieldsynonyms.h"

#include <QHash>

namespace {

struct Synonyms
{
    const char *field;
    const char16_t *spellings; // '|'-separated, matched after normalize()
};

// The API's own request and response names come first, so that a file
// exported by another tool of the same API maps on its own.
const Synonyms wazzupSynonyms[] = {
    {"id",
     u"id|user id|userid|employee id|crm id|login|идентификатор|ид|id пользователя|"
     u"id сотрудника|логин|табельный номер|identificador|id de usuario|id usuario|"
     u"id empleado"},
    {"name",
     u"name|full name|user name|employee|employee name|имя|фио|сотрудник|пользователь|"
     u"полное имя|имя пользователя|имя сотрудника|nombre|nombre completo|empleado|usuario|"
     u"nombre y apellido"},
    {"phone",
     u"phone|telephone|mobile|mobile phone|cell|cell phone|phone number|tel|телефон|"
     u"мобильный|мобильный телефон|моб телефон|сотовый|номер телефона|тел|teléfono|"
     u"móvil|teléfono móvil|celular|teléfono celular|número de teléfono|nro de teléfono|"
     u"tel móvil"},
};

const Synonyms woowUpSynonyms[] = {
    {"service_uid",
     u"service_uid|service uid|uid|external id|customer id|client id|customer code|"
     u"id cliente|id de cliente|id externo|código de cliente|código cliente|nro cliente|"
     u"número de cliente|внешний id|id клиента|код клиента|номер клиента"},
    {"email",
     u"email|e-mail|mail|email address|e-mail address|correo|correo electrónico|"
     u"dirección de correo|mail de contacto|эл. почта|электронная почта|почта|"
     u"адрес электронной почты|емейл|имейл|мейл"},
    {"document",
     u"document|document number|id number|national id|passport|passport number|dni|"
     u"documento|número de documento|nro documento|nro de documento|cédula|ci|rut|cuit|"
     u"cuil|pasaporte|паспорт|номер паспорта|документ|номер документа|серия и номер паспорта"},
    {"document_type",
     u"document_type|document type|id type|tipo de documento|tipo documento|tipo doc|"
     u"тип документа|вид документа"},
    {"telephone",
     u"telephone|phone|mobile|mobile phone|cell|cell phone|phone number|tel|whatsapp number|"
     u"teléfono|móvil|teléfono móvil|celular|teléfono celular|número de teléfono|"
     u"nro de teléfono|tel móvil|телефон|"
     u"мобильный|мобильный телефон|моб телефон|сотовый|номер телефона|тел"},
    {"first_name",
     u"first_name|first name|firstname|given name|name|nombre|nombres|primer nombre|имя"},
    {"last_name", u"last_name|last name|lastname|surname|family name|apellido|apellidos|фамилия"},
    {"birthdate",
     u"birthdate|birthday|birth date|date of birth|dob|fecha de nacimiento|"
     u"fecha nacimiento|fecha de nac|nacimiento|cumpleaños|дата рождения|день рождения|"
     u"др"},
    {"gender", u"gender|sex|género|sexo|пол"},
    {"street",
     u"street|address|street address|dirección|domicilio|calle|calle y número|адрес|"
     u"улица|адрес проживания"},
    {"postcode",
     u"postcode|postal_code|postal code|zip|zip code|código postal|cp|cod postal|индекс|"
     u"почтовый индекс"},
    {"city", u"city|town|ciudad|localidad|población|город|населенный пункт"},
    {"department", u"department|departamento|partido|municipio|comuna|район|округ"},
    {"state", u"state|province|region|provincia|estado|región|comunidad|область|регион|край"},
    {"country", u"country|país|nación|страна"},
    {"marital_status", u"marital_status|marital status|estado civil|семейное положение"},
    {"tags", u"tags|tag|labels|etiquetas|etiqueta|теги|тег|метки"},
    {"points", u"points|loyalty points|puntos|puntos acumulados|баллы|бонусы|бонусные баллы"},
    {"club_inscription_date",
     u"club_inscription_date|club inscription date|join date|signup date|member since|"
     u"registration date|fecha de inscripción|fecha de alta|fecha de registro|"
     u"fecha inscripción club|alta|дата регистрации|дата вступления|дата вступления в клуб"},
    {"mailing_enabled",
     u"mailing_enabled|mailing|mailing enabled|email consent|email opt in|accepts emails|"
     u"newsletter|subscribed|acepta emails|acepta mails|acepta correos|acepta newsletter|"
     u"recibe emails|suscrito|рассылка|согласие на рассылку|email рассылка|подписка|"
     u"подписка на рассылку"},
    {"mailing_disabled_reason",
     u"mailing_disabled_reason|mailing_enabled_reason|mailing disabled reason|"
     u"email disabled reason|unsubscribe reason|motivo baja email|motivo de baja|"
     u"причина отписки|причина отказа от рассылки"},
    {"whatsapp_enabled",
     u"whatsapp_enabled|whatsapp enabled|whatsapp consent|whatsapp opt in|accepts whatsapp|"
     u"acepta whatsapp|recibe whatsapp|рассылка whatsapp|согласие на whatsapp|"
     u"рассылка в whatsapp"},
    {"whatsapp_disabled_reason",
     u"whatsapp_disabled_reason|whatsapp_enabled_reason|whatsapp disabled reason|"
     u"motivo baja whatsapp|причина отказа от whatsapp"},
    {"sms_enabled",
     u"sms_enabled|sms enabled|sms consent|sms opt in|accepts sms|acepta sms|recibe sms|"
     u"рассылка sms|смс рассылка|sms рассылка|согласие на sms|согласие на смс"},
    {"sms_disabled_reason",
     u"sms_disabled_reason|sms_enabled_reason|sms disabled reason|motivo baja sms|"
     u"причина отказа от sms"},
};

struct Table
{
    QStringList fields;
    QHash<QString, QString> byNormalized; // normalised spelling -> field
};

template<size_t N>
Table makeTable(const Synonyms (&synonyms)[N])
{
    Table table;
    for (const Synonyms &entry : synonyms) {
        const QString field = QLatin1String(entry.field);
        table.fields.append(field);
        const QStringList spellings =
            QString::fromUtf16(entry.spellings).split(u'|', Qt::SkipEmptyParts);
        for (const QString &spelling : spellings) {
            // The first field to claim a spelling keeps it ("phone" is the
            // telephone, not a second identifier).
            const QString key = FieldSynonyms::normalize(spelling);
            if (!table.byNormalized.contains(key))
                table.byNormalized.insert(key, field);
        }
    }
    return table;
}

const Table &table(Service service)
{
    static const Table wazzup = makeTable(wazzupSynonyms);
    static const Table woowUp = makeTable(woowUpSynonyms);
    return service == Service::Wazzup ? wazzup : woowUp;
}

} // namespace

QString FieldSynonyms::normalize(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isLetterOrNumber() && ch.category() != QChar::Mark_NonSpacing)
            result.append(ch);
    }
    return result.toCaseFolded();
}

const QStringList &FieldSynonyms::fields(Service service)
{
    return table(service).fields;
}

QString FieldSynonyms::match(Service service, QStringView header)
{
    return table(service).byNormalized.value(normalize(header));
}

QString FieldSynonyms::label(const QString &field)
{
    static const QLatin1String customPrefix("custom_attributes.");
    if (field.startsWith(customPrefix))
        return tr("Custom attribute “%1”").arg(field.mid(customPrefix.size()));
    const QHash<QString, QString> labels = {
        {QStringLiteral("id"), tr("User ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("service_uid"), tr("External ID")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("document"), tr("Document number")},
        {QStringLiteral("document_type"), tr("Document type")},
        {QStringLiteral("telephone"), tr("Telephone")},
        {QStringLiteral("first_name"), tr("First name")},
        {QStringLiteral("last_name"), tr("Last name")},
        {QStringLiteral("birthdate"), tr("Birth date")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("street"), tr("Street address")},
        {QStringLiteral("postcode"), tr("Postcode")},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("state"), tr("State or province")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("marital_status"), tr("Marital status")},
        {QStringLiteral("tags"), tr("Tags")},
        {QStringLiteral("points"), tr("Points")},
        {QStringLiteral("club_inscription_date"), tr("Club member since")},
        {QStringLiteral("mailing_enabled"), tr("E-mail consent")},
        {QStringLiteral("mailing_disabled_reason"), tr("Reason e-mail is off")},
        {QStringLiteral("whatsapp_enabled"), tr("WhatsApp consent")},
        {QStringLiteral("whatsapp_disabled_reason"), tr("Reason WhatsApp is off")},
        {QStringLiteral("sms_enabled"), tr("SMS consent")},
        {QStringLiteral("sms_disabled_reason"), tr("Reason SMS is off")},
    };
    return labels.value(field, field);
}
