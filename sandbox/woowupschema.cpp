#include "woowupschema.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {

enum class Type { String, StringOrNull, Integer, Object };

struct Property
{
    const char *name;
    Type type;
    const char *enumName; // nullptr, "consent", "reason" or "marital"
};

// The properties of the schema in the docs; anything else is ignored.
const Property properties[] = {
    {"service_uid", Type::StringOrNull, nullptr},
    {"email", Type::String, nullptr},
    {"first_name", Type::String, nullptr},
    {"last_name", Type::String, nullptr},
    {"telephone", Type::String, nullptr},
    // null: WoowUp's newer PHP client sends it for an unset date.
    {"birthdate", Type::StringOrNull, nullptr},
    {"gender", Type::String, nullptr},
    {"street", Type::String, nullptr},
    {"address", Type::String, nullptr},
    {"city", Type::String, nullptr},
    {"state", Type::String, nullptr},
    {"department", Type::String, nullptr},
    {"country", Type::String, nullptr},
    {"document", Type::String, nullptr},
    {"document_type", Type::String, nullptr},
    {"marital_status", Type::String, "marital"},
    {"postcode", Type::String, nullptr},
    {"tags", Type::String, nullptr},
    {"remove_tags", Type::String, nullptr},
    {"points", Type::Integer, nullptr},
    {"custom_attributes", Type::Object, nullptr},
    {"mailing_enabled", Type::String, "consent"},
    {"mailing_disabled_reason", Type::String, "reason"},
    {"mailing_enabled_reason", Type::String, "reason"},
    {"whatsapp_enabled", Type::String, "consent"},
    {"whatsapp_disabled_reason", Type::String, "reason"},
    {"whatsapp_enabled_reason", Type::String, "reason"},
    {"sms_enabled", Type::String, "consent"},
    {"sms_disabled_reason", Type::String, "reason"},
    {"sms_enabled_reason", Type::String, "reason"},
    {"club_inscription_date", Type::String, nullptr},
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return QStringLiteral("Boolean");
    case QJsonValue::Double:
        return std::trunc(value.toDouble()) == value.toDouble() ? QStringLiteral("Integer")
                                                                : QStringLiteral("Number");
    case QJsonValue::String:
        return QStringLiteral("String");
    case QJsonValue::Array:
        return QStringLiteral("Array");
    case QJsonValue::Object:
        return QStringLiteral("Object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("Undefined");
}

QStringList enumValues(const char *enumName)
{
    const QLatin1String name(enumName);
    if (name == QLatin1String("consent"))
        return {QStringLiteral("enabled"), QStringLiteral("disabled")};
    if (name == QLatin1String("reason"))
        return {QStringLiteral("bounce"), QStringLiteral("unsubscribe"),
                QStringLiteral("spamreport"), QStringLiteral("dropped"), QStringLiteral("other")};
    return {QStringLiteral("single"), QStringLiteral("commited"), QStringLiteral("married"),
            QStringLiteral("divorced"), QStringLiteral("widowed")};
}

// WoowUp's newer PHP client (woowup-php-client-v2) knows the reason only as
// "unsuscribe" and sends nothing else for it, and the service takes it; the
// error message keeps listing the documented values.
bool isReasonSpelling(const char *enumName, const QString &value)
{
    return QLatin1String(enumName) == QLatin1String("reason")
        && value == QLatin1String("unsuscribe");
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(QLatin1Char('"') + value + QLatin1Char('"'));
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number == double(qint64(number)) && qAbs(number) < 9.0e15;
}

} // namespace

const QStringList &WoowUpSchema::identifierFields()
{
    static const QStringList fields{QStringLiteral("service_uid"), QStringLiteral("email"),
                                    QStringLiteral("document"), QStringLiteral("telephone")};
    return fields;
}

bool WoowUpSchema::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\]+\\.[^@\\s.\"(),:;<>"
                       "\\[\\]\\\\]{2,}$"));
    return pattern.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

bool WoowUpSchema::isValidDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(date).hasMatch()
        && QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
}

bool WoowUpSchema::isValidDateTime(const QString &dateTime)
{
    if (isValidDate(dateTime))
        return true;
    if (QDateTime::fromString(dateTime, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
        return true;
    return QDateTime::fromString(dateTime, Qt::ISODate).isValid();
}

QStringList WoowUpSchema::validateUser(const QJsonObject &body,
                                       const QHash<QString, QJsonObject> &definitions,
                                       bool requireIdentifier)
{
    QStringList errors;
    for (const Property &property : properties) {
        const QString name = QLatin1String(property.name);
        if (!body.contains(name))
            continue;
        const QJsonValue value = body.value(name);
        switch (property.type) {
        case Type::String:
            if (!value.isString()) {
                errors.append(QStringLiteral("%1: %2 value found, but a string is required")
                                  .arg(name, typeName(value)));
                continue;
            }
            break;
        case Type::StringOrNull:
            if (value.isNull())
                continue;
            if (!value.isString()) {
                errors.append(
                    QStringLiteral("%1: %2 value found, but a string or a null is required")
                        .arg(name, typeName(value)));
                continue;
            }
            break;
        case Type::Integer:
            if (!isInteger(value))
                errors.append(QStringLiteral("%1: %2 value found, but an integer is required")
                                  .arg(name, typeName(value)));
            continue;
        case Type::Object:
            // The docs' table calls it an array, PHP encodes an empty map as
            // [], so an empty array is taken as "no attributes".
            if (!value.isObject() && !(value.isArray() && value.toArray().isEmpty())) {
                errors.append(QStringLiteral("%1: %2 value found, but an object is required")
                                  .arg(name, typeName(value)));
            } else {
                errors.append(validateCustomAttributes(value, definitions));
            }
            continue;
        }

        const QString text = value.toString();
        if (property.enumName) {
            const QStringList allowed = enumValues(property.enumName);
            if (!allowed.contains(text) && !isReasonSpelling(property.enumName, text))
                errors.append(QStringLiteral("%1: Does not have a value in the enumeration %2")
                                  .arg(name, quotedList(allowed)));
        } else if (name == QLatin1String("email")) {
            if (!isValidEmail(text))
                errors.append(QStringLiteral("email: Invalid email"));
        } else if (name == QLatin1String("gender")) {
            static const QRegularExpression gender(QStringLiteral("^[fFmM]{0,1}$"));
            if (!gender.match(text).hasMatch())
                errors.append(
                    QStringLiteral("gender: Does not match the regex pattern ^[fFmM]{0,1}$"));
        } else if (name == QLatin1String("birthdate")) {
            if (!text.isEmpty() && !isValidDate(text))
                errors.append(QStringLiteral("birthdate: Invalid date \"%1\", expected format "
                                             "yyyy-mm-dd")
                                  .arg(text));
        } else if (name == QLatin1String("country")) {
            static const QRegularExpression alpha3(QStringLiteral("^[A-Za-z]{3}$"));
            if (!text.isEmpty() && !alpha3.match(text).hasMatch())
                errors.append(
                    QStringLiteral("country: \"%1\" is not an ISO 3166-1 alpha-3 code").arg(text));
        }
    }

    if (requireIdentifier) {
        bool hasIdentifier = false;
        for (const QString &field : identifierFields()) {
            const QJsonValue value = body.value(field);
            if (value.isString() && !value.toString().trimmed().isEmpty())
                hasIdentifier = true;
        }
        if (!hasIdentifier) {
            for (const QString &field : identifierFields())
                errors.append(QStringLiteral("%1: The property %1 is required").arg(field));
            errors.append(QStringLiteral("Failed to match at least one schema"));
        }
    }
    return errors;
}

QStringList WoowUpSchema::validateCustomAttributes(const QJsonValue &value,
                                                   const QHash<QString, QJsonObject> &definitions)
{
    QStringList errors;
    const QJsonObject attributes = value.toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const auto definition = definitions.constFind(it.key());
        if (definition == definitions.constEnd()) {
            errors.append(QStringLiteral("custom_attributes.%1: The attribute is not defined for "
                                         "this account")
                              .arg(it.key()));
            continue;
        }
        const QString problem = validateAttributeValue(it.key(), it.value(), *definition);
        if (!problem.isEmpty())
            errors.append(problem);
    }
    return errors;
}

QString WoowUpSchema::validateAttributeValue(const QString &name, const QJsonValue &value,
                                             const QJsonObject &definition)
{
    if (value.isNull() || value == QJsonValue(QString()))
        return QString(); // clears the value
    const QString dataType = definition.value(QLatin1String("data_type")).toString();
    QStringList options;
    for (const QJsonValue &option : definition.value(QLatin1String("options")).toArray())
        options.append(option.toString());
    const QString prefix = QStringLiteral("custom_attributes.") + name + QStringLiteral(": ");

    if (dataType == QLatin1String("number")) {
        if (!value.isDouble())
            return prefix + typeName(value)
                + QStringLiteral(" value found, but a number is required");
    } else if (dataType == QLatin1String("boolean")) {
        if (!value.isBool())
            return prefix + typeName(value)
                + QStringLiteral(" value found, but a boolean is required");
    } else if (dataType == QLatin1String("datetime")) {
        if (!value.isString() || !isValidDateTime(value.toString()))
            return prefix + QStringLiteral("Invalid date-time, expected yyyy-mm-dd hh:mm:ss");
    } else if (dataType == QLatin1String("list")) {
        if (!value.isArray())
            return prefix + typeName(value)
                + QStringLiteral(" value found, but an array is required");
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return prefix + QStringLiteral("Every item must be a string");
            if (!options.isEmpty() && !options.contains(item.toString()))
                return prefix
                    + QStringLiteral("\"%1\" is not one of the options %2")
                          .arg(item.toString(), quotedList(options));
        }
    } else { // text
        if (!value.isString())
            return prefix + typeName(value)
                + QStringLiteral(" value found, but a string is required");
        if (!options.isEmpty() && !options.contains(value.toString()))
            return prefix
                + QStringLiteral("\"%1\" is not one of the options %2")
                      .arg(value.toString(), quotedList(options));
    }
    return QString();
}
