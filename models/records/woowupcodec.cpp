#include "woowupcodec.h"

#include "consentreasons.h"
#include "jsonvalues.h"
#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <cmath>
#include <initializer_list>

namespace {

using JsonValues::parse;
using JsonValues::setError;

// The first of the names that is present and not null: responses use one
// name, requests (and some examples in the docs) the other.
QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (const auto &name : names) {
        const QJsonValue value = object.value(name);
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return QJsonValue(QJsonValue::Null);
}

QString stringOf(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    return JsonValues::text(firstOf(object, names));
}

// Ids have been seen as strings ("userapp_id": "31173442" in the exist answer).
std::optional<qint64> integerFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // A fraction, or beyond qint64 (converting that would be undefined),
        // is no id or count.
        constexpr double bound = 9223372036854775808.0; // 2^63
        if (std::trunc(number) != number || number < -bound || number >= bound)
            return std::nullopt;
        return value.toInteger(static_cast<qint64>(number));
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// Yes/no as responses give it (true), as requests write it ("enabled") and as
// loosely typed backends echo it ("1", 0).
std::optional<bool> flagFrom(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("enabled") || text == QLatin1String("true")
            || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("disabled") || text == QLatin1String("false")
            || text == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QStringList tagsFrom(const QJsonValue &value)
{
    QStringList tags;
    const auto add = [&tags](const QString &tag) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty())
            tags.append(trimmed);
    };
    if (value.isString()) {
        const QStringList parts = value.toString().split(QLatin1Char(','));
        for (const auto &part : parts)
            add(part);
    } else if (value.isArray()) {
        for (const auto &item : value.toArray())
            add(JsonValues::text(item));
    }
    return tags;
}

// Empty objects come back as {} or [] (PHP's json_encode of an empty array).
// A non-empty array of {"name"|"key": ..., "value": ...} pairs is read as the
// object it stands for, since the docs call custom_attributes an "array".
QVariantMap variantMapFrom(const QJsonValue &value)
{
    QVariantMap map;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), WoowUpCodec::customValueFromJson(it.value()));
    } else if (value.isArray()) {
        for (const auto &item : value.toArray()) {
            const QJsonObject pair = item.toObject();
            QString key = pair.value(QLatin1String("name")).toString();
            if (key.isEmpty())
                key = pair.value(QLatin1String("key")).toString();
            if (!key.isEmpty())
                map.insert(key,
                           WoowUpCodec::customValueFromJson(pair.value(QLatin1String("value"))));
        }
    }
    return map;
}

ChannelConsent consentFrom(const QJsonObject &object, const QString &channel)
{
    const QString enabledName = channel + QLatin1String("_enabled");
    const QString responseReason = channel + QLatin1String("_enabled_reason");
    const QString requestReason = channel + QLatin1String("_disabled_reason");
    ChannelConsent consent;
    consent.enabled = flagFrom(object.value(enabledName));
    consent.disabledReason = JsonValues::text(object.value(responseReason));
    if (consent.disabledReason.isEmpty())
        consent.disabledReason = JsonValues::text(object.value(requestReason));
    consent.disabledReason = ConsentReasons::canonical(consent.disabledReason);
    return consent;
}

void insertIfSet(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

void insertConsent(QJsonObject &object, const QString &channel, const ChannelConsent &consent)
{
    if (!consent.enabled.has_value())
        return;
    object.insert(channel + QLatin1String("_enabled"),
                  *consent.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    // A reason next to "enabled" is meaningless to the server; never send it.
    if (!*consent.enabled && !consent.disabledReason.isEmpty())
        object.insert(channel + QLatin1String("_disabled_reason"),
                      ConsentReasons::canonical(consent.disabledReason));
}

QStringList optionsFrom(const QJsonValue &value)
{
    QStringList options;
    for (const auto &item : value.toArray()) {
        if (item.isObject()) {
            const QJsonObject option = item.toObject();
            QString text = JsonValues::text(option.value(QLatin1String("value")));
            if (text.isEmpty())
                text = JsonValues::text(option.value(QLatin1String("name")));
            if (text.isEmpty())
                text = JsonValues::text(option.value(QLatin1String("label")));
            options.append(text);
        } else {
            options.append(JsonValues::text(item));
        }
    }
    return options;
}

} // namespace

namespace WoowUpCodec {

QStringList Envelope::errors() const
{
    QStringList result;
    const QJsonValue errorsValue = payload.toObject().value(QLatin1String("errors"));
    const auto append = [&result](const QString &prefix, const QJsonValue &item) {
        const QString text = item.isObject()
            ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
            : JsonValues::text(item);
        if (!text.isEmpty())
            result.append(prefix.isEmpty() ? text : prefix + QLatin1String(": ") + text);
    };
    if (errorsValue.isArray()) {
        for (const auto &item : errorsValue.toArray())
            append(QString(), item);
    } else if (errorsValue.isObject()) {
        // Field-keyed errors ({"email": ["..."]}) keep the field's name.
        const QJsonObject byField = errorsValue.toObject();
        for (auto it = byField.begin(); it != byField.end(); ++it) {
            if (it.value().isArray()) {
                for (const auto &item : it.value().toArray())
                    append(it.key(), item);
            } else {
                append(it.key(), it.value());
            }
        }
    } else if (errorsValue.isString()) {
        append(QString(), errorsValue);
    }
    return result;
}

std::optional<Envelope> decodeEnvelope(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        setError(error, QStringLiteral("Expected a response envelope object"));
        return std::nullopt;
    }
    const QJsonObject object = document->object();
    Envelope envelope;
    envelope.payload = object.value(QLatin1String("payload"));
    envelope.message = JsonValues::text(object.value(QLatin1String("message")));
    envelope.code = JsonValues::text(object.value(QLatin1String("code")));
    envelope.time = JsonValues::text(object.value(QLatin1String("time")));
    return envelope;
}

WoowUpCustomer customerFromJson(const QJsonObject &object)
{
    WoowUpCustomer c;
    c.serviceUid = stringOf(object, {QLatin1String("service_uid")});
    c.email = stringOf(object, {QLatin1String("email")});
    c.document = stringOf(object, {QLatin1String("document")});
    c.documentType = stringOf(object, {QLatin1String("document_type")});
    c.telephone = stringOf(object, {QLatin1String("telephone")});
    c.firstName = stringOf(object, {QLatin1String("first_name")});
    c.lastName = stringOf(object, {QLatin1String("last_name")});
    c.birthdate = stringOf(object, {QLatin1String("birthday"), QLatin1String("birthdate")});
    c.gender = stringOf(object, {QLatin1String("gender")});
    c.street = stringOf(object, {QLatin1String("address"), QLatin1String("street")});
    c.postcode = stringOf(object, {QLatin1String("postal_code"), QLatin1String("postcode")});
    c.city = stringOf(object, {QLatin1String("city")});
    c.department = stringOf(object, {QLatin1String("department")});
    c.state = stringOf(object, {QLatin1String("state")});
    c.country = stringOf(object, {QLatin1String("country")});
    c.maritalStatus = stringOf(object, {QLatin1String("marital_status")});
    c.tags = tagsFrom(object.value(QLatin1String("tags")));
    c.points = integerFrom(object.value(QLatin1String("points")));
    c.clubInscriptionDate = stringOf(object, {QLatin1String("club_inscription_date")});

    c.mailing = consentFrom(object, QStringLiteral("mailing"));
    c.whatsapp = consentFrom(object, QStringLiteral("whatsapp"));
    c.sms = consentFrom(object, QStringLiteral("sms"));

    c.customAttributes = variantMapFrom(object.value(QLatin1String("custom_attributes")));

    c.userappId = integerFrom(object.value(QLatin1String("userapp_id"))).value_or(0);
    c.userId = integerFrom(object.value(QLatin1String("user_id"))).value_or(0);
    c.appId = integerFrom(object.value(QLatin1String("app_id"))).value_or(0);
    c.pointsPending = integerFrom(object.value(QLatin1String("points_pending")));
    c.customform = variantMapFrom(object.value(QLatin1String("customform")));
    c.blocked = flagFrom(object.value(QLatin1String("blocked"))).value_or(false);
    c.notes = stringOf(object, {QLatin1String("notes")});
    c.family = object.value(QLatin1String("family")).toArray();
    c.createtime = stringOf(object, {QLatin1String("createtime")});
    c.updatetime = stringOf(object, {QLatin1String("updatetime")});
    return c;
}

QJsonObject customerToJson(const WoowUpCustomer &c)
{
    QJsonObject o;
    insertIfSet(o, QStringLiteral("service_uid"), c.serviceUid);
    insertIfSet(o, QStringLiteral("email"), c.email);
    insertIfSet(o, QStringLiteral("document"), c.document);
    insertIfSet(o, QStringLiteral("document_type"), c.documentType);
    insertIfSet(o, QStringLiteral("telephone"), c.telephone);
    insertIfSet(o, QStringLiteral("first_name"), c.firstName);
    insertIfSet(o, QStringLiteral("last_name"), c.lastName);
    insertIfSet(o, QStringLiteral("birthdate"), c.birthdate);
    insertIfSet(o, QStringLiteral("gender"), c.gender);
    insertIfSet(o, QStringLiteral("street"), c.street);
    insertIfSet(o, QStringLiteral("postcode"), c.postcode);
    insertIfSet(o, QStringLiteral("city"), c.city);
    insertIfSet(o, QStringLiteral("department"), c.department);
    insertIfSet(o, QStringLiteral("state"), c.state);
    insertIfSet(o, QStringLiteral("country"), c.country);
    insertIfSet(o, QStringLiteral("marital_status"), c.maritalStatus);
    if (!c.tags.isEmpty())
        o.insert(QStringLiteral("tags"), c.tags.join(QLatin1String(", ")));
    if (c.points.has_value())
        o.insert(QStringLiteral("points"), *c.points);
    insertIfSet(o, QStringLiteral("club_inscription_date"), c.clubInscriptionDate);
    insertConsent(o, QStringLiteral("mailing"), c.mailing);
    insertConsent(o, QStringLiteral("whatsapp"), c.whatsapp);
    insertConsent(o, QStringLiteral("sms"), c.sms);
    if (!c.customAttributes.isEmpty()) {
        QJsonObject attributes;
        for (auto it = c.customAttributes.begin(); it != c.customAttributes.end(); ++it)
            attributes.insert(it.key(), customValueToJson(it.value()));
        o.insert(QStringLiteral("custom_attributes"), attributes);
    }
    return o;
}

QByteArray encodeCustomer(const WoowUpCustomer &customer)
{
    return QJsonDocument(customerToJson(customer)).toJson(QJsonDocument::Compact);
}

QByteArray encodeCustomer(const WoowUpCustomer &customer, const QStringList &clearedFields)
{
    QJsonObject body = customerToJson(customer);
    const QLatin1String prefix("custom_attributes.");
    QJsonObject attributes = body.value(QLatin1String("custom_attributes")).toObject();
    for (const QString &field : clearedFields) {
        if (field.startsWith(prefix))
            attributes.insert(field.mid(prefix.size()), QString());
        else
            body.insert(field, QString());
    }
    if (!attributes.isEmpty())
        body.insert(QStringLiteral("custom_attributes"), attributes);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<WoowUpCustomerList> customersFromPayload(const QJsonValue &payload, QString *error)
{
    QJsonArray array;
    if (payload.isArray()) {
        array = payload.toArray();
    } else if (payload.isObject()) {
        const QJsonObject object = payload.toObject();
        const QJsonValue data = object.contains(QLatin1String("data"))
            ? object.value(QLatin1String("data"))
            : object.value(QLatin1String("users"));
        if (!data.isArray()) {
            setError(error, QStringLiteral("Expected an array of customers"));
            return std::nullopt;
        }
        array = data.toArray();
    } else if (!payload.isNull()) {
        setError(error, QStringLiteral("Expected an array of customers"));
        return std::nullopt;
    }

    WoowUpCustomerList customers;
    customers.reserve(array.size());
    for (const auto &item : array) {
        if (!item.isObject()) {
            setError(error, QStringLiteral("Expected every customer to be an object"));
            return std::nullopt;
        }
        customers.append(customerFromJson(item.toObject()));
    }
    return customers;
}

std::optional<ExistResult> existFromPayload(const QJsonValue &payload)
{
    const QJsonObject object = payload.toObject();
    const auto exists = flagFrom(object.value(QLatin1String("exist")));
    if (!exists)
        return std::nullopt;
    return ExistResult{*exists, integerFrom(object.value(QLatin1String("userapp_id")))};
}

std::optional<bool> belongsToSegmentFromPayload(const QJsonValue &payload)
{
    return flagFrom(payload.toObject().value(QLatin1String("belongsToSegment")));
}

CustomAttributeDefinitions definitionsFromPayload(const QJsonValue &payload)
{
    const QJsonArray array = payload.isObject()
        ? payload.toObject().value(QLatin1String("data")).toArray()
        : payload.toArray();
    CustomAttributeDefinitions definitions;
    for (const auto &item : array) {
        const QJsonObject object = item.toObject();
        CustomAttributeDefinition definition;
        definition.name = JsonValues::text(object.value(QLatin1String("name")));
        if (definition.name.isEmpty())
            continue;
        definition.label = JsonValues::text(object.value(QLatin1String("label")));
        definition.fieldType =
            stringOf(object, {QLatin1String("field_type"), QLatin1String("type")});
        definition.dataType = JsonValues::text(object.value(QLatin1String("data_type")));
        const QJsonValue group = object.value(QLatin1String("group"));
        definition.group = group.isObject()
            ? JsonValues::text(group.toObject().value(QLatin1String("name")))
            : JsonValues::text(group);
        definition.options = optionsFrom(object.value(QLatin1String("options")));
        definitions.append(definition);
    }
    return definitions;
}

QJsonObject definitionToJson(const CustomAttributeDefinition &definition)
{
    return QJsonObject{
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("label"), definition.label},
        {QStringLiteral("field_type"), definition.fieldType},
        {QStringLiteral("data_type"), definition.dataType},
        {QStringLiteral("group"), definition.group},
        {QStringLiteral("options"), QJsonArray::fromStringList(definition.options)},
    };
}

QByteArray encodeServiceUidForPath(const QString &serviceUid)
{
    return serviceUid.toUtf8().toBase64().toPercentEncoding();
}

std::optional<QString> decodeServiceUidFromPath(const QByteArray &encoded)
{
    const QByteArray base64 = QByteArray::fromPercentEncoding(encoded);
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        // Not what the docs ask for, but base64url is what a careless client sends.
        decoded = QByteArray::fromBase64Encoding(
            base64, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    QStringDecoder toUtf16(QStringDecoder::Utf8);
    const QString text = toUtf16(decoded.decoded);
    if (toUtf16.hasError())
        return std::nullopt;
    return text;
}

QVariant customValueFromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // An integer literal ("edad_mascota": 5) stays an integer, a decimal
        // one ("peso_mascota": 20.3) a double: the account's definition decides
        // which it wants, so don't lose the distinction here.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QVariant::fromValue<qint64>(number.toLongLong());
        return value.toDouble();
    }
    case QJsonValue::Array: {
        QStringList list;
        for (const auto &item : value.toArray())
            list.append(JsonValues::text(item));
        return list;
    }
    case QJsonValue::Object:
        return value.toObject().toVariantMap();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue customValueToJson(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    default:
        return QJsonValue::fromVariant(value);
    }
}

} // namespace WoowUpCodec
