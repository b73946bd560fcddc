#include "wazzupapi.h"

#include "sandboxrequest.h"
#include "wazzupstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString usersPath = QStringLiteral("/v3/users");
constexpr int maxFieldLength = 200;
constexpr int pageSize = 100;

bool isValidPhone(const QJsonValue &phone)
{
    // International digits without '+', e.g. 79261234567.
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{9,14}$"));
    return phone.isString() && pattern.match(phone.toString()).hasMatch();
}

QJsonObject listEntry(const QJsonObject &user)
{
    // The list shows id and name only; the phone is in the single-user answer.
    return QJsonObject{{QStringLiteral("id"), user.value(QLatin1String("id"))},
                       {QStringLiteral("name"), user.value(QLatin1String("name"))}};
}

} // namespace

WazzupApi::WazzupApi(WazzupStore *store)
    : m_store(store)
{ }

bool WazzupApi::handles(const SandboxRequest &request)
{
    return !request.segments.isEmpty() && request.segments.first() == QLatin1String("v3");
}

WazzupApi::Match WazzupApi::match(const SandboxRequest &request)
{
    Match result;
    const QStringList &segments = request.segments;
    const QByteArray &method = request.method;
    const QString verb = QString::fromLatin1(method);
    if (segments.size() < 2 || segments.at(1) != QLatin1String("users") || segments.size() > 3) {
        result.name = verb + QStringLiteral(" /v3/{unknown}");
        return result;
    }
    if (segments.size() == 2) {
        if (method == "GET") {
            result.route = Route::List;
            result.name = QStringLiteral("GET /v3/users");
        } else if (method == "POST") {
            result.route = Route::Upsert;
            result.name = QStringLiteral("POST /v3/users");
        } else {
            result.methodAllowed = false;
            result.name = verb + QStringLiteral(" /v3/users");
        }
        return result;
    }
    result.id = segments.at(2);
    if (result.id == QLatin1String("bulk_delete") && method == "PATCH") {
        result.route = Route::BulkDelete;
        result.name = QStringLiteral("PATCH /v3/users/bulk_delete");
    } else if (method == "GET") {
        result.route = Route::Get;
        result.name = QStringLiteral("GET /v3/users/{id}");
    } else if (method == "DELETE") {
        result.route = Route::Delete;
        result.name = QStringLiteral("DELETE /v3/users/{id}");
    } else {
        result.methodAllowed = false;
        result.name = verb + QStringLiteral(" /v3/users/{id}");
    }
    return result;
}

bool WazzupApi::isAuthorized(const SandboxRequest &request, const QString &key) const
{
    const QByteArray header = request.header(QByteArrayLiteral("authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return false;
    const QByteArray scheme = header.left(space);
    const QByteArray token = header.mid(space + 1).trimmed();
    return scheme.compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) == 0
        && token == key.toUtf8();
}

HttpReply WazzupApi::error(int status, const QString &code, const QString &description,
                           const QJsonObject &data)
{
    QJsonObject body{
        {QStringLiteral("error"), code},
        {QStringLiteral("description"), description},
        {QStringLiteral("status"), status},
        {QStringLiteral("requestId"),
         QStringLiteral("sandbox-%1").arg(++m_requestCounter, 8, 10, QLatin1Char('0'))}};
    if (!data.isEmpty())
        body.insert(QStringLiteral("data"), data);
    return HttpReply::json(status, body);
}

HttpReply WazzupApi::unauthorized()
{
    return error(401, QStringLiteral("UNAUTHORIZED"),
                 QStringLiteral("The API key is missing or invalid"));
}

HttpReply WazzupApi::tooManyRequests()
{
    // Wazzup documents no Retry-After: clients must wait for the window.
    return error(429, QStringLiteral("TOO_MANY_REQUESTS"),
                 QStringLiteral("Rate limit exceeded, retry after the window resets"));
}

HttpReply WazzupApi::internalError()
{
    return error(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
                 QStringLiteral("Internal server error"));
}

HttpReply WazzupApi::handle(const SandboxRequest &request, const Match &match)
{
    if (!match.methodAllowed)
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                     QStringLiteral("Method not allowed for this route"));
    switch (match.route) {
    case Route::List:
        return list(request);
    case Route::Get:
        return get(match.id);
    case Route::Upsert:
        return upsert(request);
    case Route::Delete:
        return remove(match.id);
    case Route::BulkDelete:
        return bulkDelete(request);
    case Route::Unknown:
        break;
    }
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Route not found"));
}

HttpReply WazzupApi::list(const SandboxRequest &request)
{
    const QList<QJsonObject> users = m_store->sortedByName();
    if (!request.hasQueryItem(QStringLiteral("offset"))) {
        QJsonArray all;
        for (const QJsonObject &user : users)
            all.append(listEntry(user));
        return HttpReply::json(200, all);
    }
    bool ok = false;
    const int offset = request.queryItem(QStringLiteral("offset")).toInt(&ok);
    if (!ok || offset < 0)
        return error(400, QStringLiteral("VALIDATION_ERROR"),
                     QStringLiteral("offset must be a non-negative integer"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("offset")}});
    QJsonArray page;
    for (int i = offset; i < users.size() && i < offset + pageSize; ++i)
        page.append(listEntry(users.at(i)));
    // The total comes as a string, as the vendor's paged answer shows.
    return HttpReply::json(200,
                           QJsonObject{{QStringLiteral("count"), QString::number(users.size())},
                                       {QStringLiteral("data"), page}});
}

HttpReply WazzupApi::get(const QString &id)
{
    const auto user = m_store->user(id);
    if (!user)
        return error(404, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User not found"),
                     QJsonObject{{QStringLiteral("id"), id}});
    return HttpReply::json(200, *user);
}

HttpReply WazzupApi::upsert(const SandboxRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()
        || document.array().isEmpty()) {
        return error(400, QStringLiteral("INVALID_USERS_DATA"),
                     QStringLiteral("The request body must be a non-empty JSON array of users"));
    }
    const QJsonArray items = document.array();
    if (items.size() > maxEntities)
        return error(400, QStringLiteral("TOO_MANY_ENTITIES"),
                     QStringLiteral("At most %1 users per request").arg(maxEntities),
                     QJsonObject{{QStringLiteral("limit"), maxEntities},
                                 {QStringLiteral("count"), int(items.size())}});

    // Validate the whole batch before touching the store: all or nothing.
    QList<QJsonObject> accepted;
    QSet<QString> newIds;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue id = item.value(QLatin1String("id"));
        const QJsonValue name = item.value(QLatin1String("name"));
        QString field;
        if (!items.at(i).isObject())
            field = QStringLiteral("user");
        else if (!id.isString() || id.toString().isEmpty() || id.toString().size() > maxFieldLength)
            field = QStringLiteral("id");
        else if (!name.isString() || name.toString().trimmed().isEmpty()
                 || name.toString().size() > maxFieldLength)
            field = QStringLiteral("name");
        if (!field.isEmpty()) {
            return error(
                400, QStringLiteral("INVALID_USERS_DATA"),
                QStringLiteral("Invalid value of \"%1\" in user #%2").arg(field).arg(i),
                QJsonObject{{QStringLiteral("index"), i}, {QStringLiteral("field"), field}});
        }
        QJsonObject user{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
        // A malformed phone is dropped without an error, as the docs say.
        if (isValidPhone(item.value(QLatin1String("phone"))))
            user.insert(QStringLiteral("phone"), item.value(QLatin1String("phone")));
        accepted.append(user);
        if (!m_store->contains(id.toString()))
            newIds.insert(id.toString());
    }
    if (m_store->size() + newIds.size() > m_userLimit)
        return error(400, QStringLiteral("USER_LIMIT_EXCEEDED"),
                     QStringLiteral("The limit of %1 users is exceeded").arg(m_userLimit),
                     QJsonObject{{QStringLiteral("limit"), m_userLimit}});

    for (const QJsonObject &user : accepted)
        m_store->upsert(user);
    return HttpReply::empty(200);
}

HttpReply WazzupApi::remove(const QString &id)
{
    if (!m_store->remove(id))
        return error(404, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User not found"),
                     QJsonObject{{QStringLiteral("id"), id}});
    return HttpReply::empty(200);
}

HttpReply WazzupApi::bulkDelete(const SandboxRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return error(400, QStringLiteral("INVALID_USERS_DATA"),
                     QStringLiteral("The request body must be a JSON array of user ids"));
    const QJsonArray ids = document.array();
    if (ids.size() > maxEntities)
        return error(400, QStringLiteral("TOO_MANY_ENTITIES"),
                     QStringLiteral("At most %1 ids per request").arg(maxEntities),
                     QJsonObject{{QStringLiteral("limit"), maxEntities},
                                 {QStringLiteral("count"), int(ids.size())}});
    for (const QJsonValue &id : ids) {
        if (!id.isString())
            return error(400, QStringLiteral("INVALID_USERS_DATA"),
                         QStringLiteral("Every id must be a string"));
    }
    QJsonArray absent;
    for (const QJsonValue &id : ids) {
        if (!m_store->remove(id.toString()))
            absent.append(id);
    }
    return HttpReply::json(200, absent);
}
