#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

// Tolerant reading of JSON values, shared by the two codecs.
namespace JsonValues {

// Sets *error when there is somewhere to put it.
void setError(QString *error, const QString &message);

// A string field that may come as a number (ids, phones, documents) or a
// boolean: keep the digits, never "1e+10"; empty for null and the rest.
QString text(const QJsonValue &value);

// The body as a JSON document, or nothing with *error saying where it broke.
std::optional<QJsonDocument> parse(const QByteArray &body, QString *error);

} // namespace JsonValues
