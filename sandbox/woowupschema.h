#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Server-side validation of WoowUp user bodies: the JSON schema from the docs
// (anyOf identifier, types, enums, gender pattern, e-mail format) plus the
// formats the docs state in words (birthdate yyyy-mm-dd, ISO alpha-3 country)
// and custom attribute values against their definitions. Written separately
// from the client's validator on purpose.
class WoowUpSchema
{
public:
    static const QStringList &identifierFields(); // service_uid, email, document, telephone

    // Returns the errors in the style of a JSON-schema validator
    // ("email: Invalid email"); empty when the body is acceptable.
    // requireIdentifier: the anyOf rule (create and PUT /multiusers).
    static QStringList validateUser(const QJsonObject &body,
                                    const QHash<QString, QJsonObject> &definitions,
                                    bool requireIdentifier);

    static QStringList validateCustomAttributes(const QJsonValue &value,
                                                const QHash<QString, QJsonObject> &definitions);
    static QString validateAttributeValue(const QString &name, const QJsonValue &value,
                                          const QJsonObject &definition);

    static bool isValidEmail(const QString &email);
    static bool isValidDate(const QString &date); // yyyy-mm-dd, a real calendar date
    static bool isValidDateTime(const QString &dateTime);
};
