#pragma once

#include "wazzupuser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// JSON both ways for Wazzup API v3 users. Reads tolerantly, writes strictly.
namespace WazzupCodec {

// One page (or the whole list) of GET /v3/users: the bare array form or
// {"count": "N", "data": [...]} (count may be a string or a number).
struct UserPage
{
    WazzupUserList users;
    std::optional<int> count;
};

// A Wazzup error body: {"error": "CODE", "description": "...", "data": {...}}.
// Empty code when the body is empty or not that shape.
struct ErrorBody
{
    QString code; // TOO_MACH_ENTITIES is normalised to TOO_MANY_ENTITIES
    QString description;
    QJsonObject data;
};

WazzupUser userFromJson(const QJsonObject &object);
QJsonObject userToJson(const WazzupUser &user); // phone omitted when empty
QJsonArray usersToJson(const WazzupUserList &users);

std::optional<WazzupUser> decodeUser(const QByteArray &body, QString *error = nullptr);
std::optional<UserPage> decodeUserPage(const QByteArray &body, QString *error = nullptr);
// The body of PATCH /v3/users/bulk_delete: ids the server did not have.
std::optional<QStringList> decodeIdList(const QByteArray &body, QString *error = nullptr);
ErrorBody decodeError(const QByteArray &body);

QByteArray encodeUsers(const WazzupUserList &users);
QByteArray encodeIds(const QStringList &ids);

} // namespace WazzupCodec
