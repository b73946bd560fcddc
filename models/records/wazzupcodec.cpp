#include "wazzupcodec.h"

#include "jsonvalues.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

using JsonValues::parse;
using JsonValues::setError;

std::optional<int> countFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int count = value.toString().trimmed().toInt(&ok);
        if (ok)
            return count;
    }
    return std::nullopt;
}

} // namespace

namespace WazzupCodec {

WazzupUser userFromJson(const QJsonObject &object)
{
    WazzupUser user;
    user.id = JsonValues::text(object.value(QLatin1String("id")));
    user.name = JsonValues::text(object.value(QLatin1String("name")));
    user.phone = JsonValues::text(object.value(QLatin1String("phone")));
    return user;
}

QJsonObject userToJson(const WazzupUser &user)
{
    QJsonObject object{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name},
    };
    if (!user.phone.isEmpty())
        object.insert(QStringLiteral("phone"), user.phone);
    return object;
}

QJsonArray usersToJson(const WazzupUserList &users)
{
    QJsonArray array;
    for (const auto &user : users)
        array.append(userToJson(user));
    return array;
}

std::optional<WazzupUser> decodeUser(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        setError(error, QStringLiteral("Expected a user object"));
        return std::nullopt;
    }
    return userFromJson(document->object());
}

std::optional<UserPage> decodeUserPage(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;

    QJsonArray array;
    UserPage page;
    if (document->isArray()) {
        array = document->array();
    } else if (document->isObject()) {
        const QJsonObject object = document->object();
        const QJsonValue data = object.value(QLatin1String("data"));
        // Tolerate an empty page written without "data" (e.g. {"count": "0"}).
        if (!data.isArray() && !data.isUndefined() && !data.isNull()) {
            setError(error, QStringLiteral("Expected \"data\" to be an array of users"));
            return std::nullopt;
        }
        array = data.toArray();
        page.count = countFrom(object.value(QLatin1String("count")));
    } else {
        setError(error, QStringLiteral("Expected an array of users or {count, data}"));
        return std::nullopt;
    }

    page.users.reserve(array.size());
    for (const auto &item : array) {
        if (!item.isObject()) {
            setError(error, QStringLiteral("Expected every user to be an object"));
            return std::nullopt;
        }
        page.users.append(userFromJson(item.toObject()));
    }
    return page;
}

std::optional<QStringList> decodeIdList(const QByteArray &body, QString *error)
{
    // 200 with an empty body is as much a success as 200 with [].
    if (body.trimmed().isEmpty())
        return QStringList();
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isArray()) {
        setError(error, QStringLiteral("Expected an array of ids"));
        return std::nullopt;
    }
    QStringList ids;
    for (const auto &item : document->array()) {
        const QString id = JsonValues::text(item);
        if (id.isEmpty() && !item.isString()) {
            setError(error, QStringLiteral("Expected every id to be a string"));
            return std::nullopt;
        }
        ids.append(id);
    }
    return ids;
}

ErrorBody decodeError(const QByteArray &body)
{
    ErrorBody result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return result;
    const QJsonObject object = document.object();
    result.code = object.value(QLatin1String("error")).toString();
    // The Russian doc's misspelling: treat both as the same error everywhere.
    if (result.code == QLatin1String("TOO_MACH_ENTITIES"))
        result.code = QStringLiteral("TOO_MANY_ENTITIES");
    result.description = object.value(QLatin1String("description")).toString();
    if (result.description.isEmpty())
        result.description = object.value(QLatin1String("message")).toString();
    result.data = object.value(QLatin1String("data")).toObject();
    return result;
}

QByteArray encodeUsers(const WazzupUserList &users)
{
    return QJsonDocument(usersToJson(users)).toJson(QJsonDocument::Compact);
}

QByteArray encodeIds(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

} // namespace WazzupCodec
