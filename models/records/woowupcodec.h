#pragma once

#include "customattributedefinition.h"
#include "woowupcustomer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// JSON both ways for WoowUp apiv3 users. Reads the response names tolerantly
// (address/street, birthday/birthdate, postal_code/postcode,
// *_enabled_reason/*_disabled_reason, booleans or "enabled"/"disabled",
// [] or {} for empty objects, numbers as strings, tags as string/array/null);
// writes the request names of the docs strictly.
namespace WoowUpCodec {

// {"payload": ..., "message": "...", "code": "ok", "time": "28ms"}
struct Envelope
{
    QJsonValue payload;
    QString message;
    QString code;
    QString time;

    // payload.errors of a 400 bad_request, as the server wrote them.
    QStringList errors() const;
};

std::optional<Envelope> decodeEnvelope(const QByteArray &body, QString *error = nullptr);

WoowUpCustomer customerFromJson(const QJsonObject &object);
// Only fields that are set are written; read-only fields never are.
QJsonObject customerToJson(const WoowUpCustomer &customer);
QByteArray encodeCustomer(const WoowUpCustomer &customer);
// The same with fields sent as the API's "no value", an empty string ("" is
// what its schema takes for a text field, e.g. gender ^[fFmM]{0,1}$; an
// attribute "custom_attributes.<name>" goes inside custom_attributes).
QByteArray encodeCustomer(const WoowUpCustomer &customer, const QStringList &clearedFields);

// Payload of GET /users (search): an array of customers (also accepted:
// {"data": [...]} or {"users": [...]}).
std::optional<WoowUpCustomerList> customersFromPayload(const QJsonValue &payload,
                                                       QString *error = nullptr);
// Payload of GET /multiusers/exist and GET /users/{id}/exist:
// {"exist": true, "userapp_id": "31173442"} (the id is a string there, and
// absent from the deprecated route). Empty when the payload has no "exist".
struct ExistResult
{
    bool exists = false;
    std::optional<qint64> userappId;
};
std::optional<ExistResult> existFromPayload(const QJsonValue &payload);
// Payload of GET /users/{id}/belongsToSegment: {"belongsToSegment": true}.
std::optional<bool> belongsToSegmentFromPayload(const QJsonValue &payload);

// Payload of GET /account/custom-attributes: an array, or {"data": [...]}.
CustomAttributeDefinitions definitionsFromPayload(const QJsonValue &payload);
QJsonObject definitionToJson(const CustomAttributeDefinition &definition);

// service_uid in a URL path: standard Base64 of the UTF-8 bytes, then
// percent-encoded (+ / = become %2B %2F %3D).
QByteArray encodeServiceUidForPath(const QString &serviceUid);
std::optional<QString> decodeServiceUidFromPath(const QByteArray &encoded);

// JSON value <-> the QVariant kinds used in WoowUpCustomer::customAttributes.
QVariant customValueFromJson(const QJsonValue &value);
QJsonValue customValueToJson(const QVariant &value);

} // namespace WoowUpCodec
