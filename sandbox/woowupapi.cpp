#include "woowupapi.h"

#include "sandboxrequest.h"
#include "woowupschema.h"
#include "woowupsegments.h"
#include "woowupstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QHash<QString, QString> identifiersFromQuery(const SandboxRequest &request)
{
    QHash<QString, QString> identifiers;
    for (const QString &field : WoowUpSchema::identifierFields()) {
        if (request.hasQueryItem(field))
            identifiers.insert(field, request.queryItem(field));
    }
    return identifiers;
}

QHash<QString, QString> identifiersFromBody(const QJsonObject &body)
{
    QHash<QString, QString> identifiers;
    for (const QString &field : WoowUpSchema::identifierFields()) {
        if (body.value(field).isString())
            identifiers.insert(field, body.value(field).toString());
    }
    return identifiers;
}

// PHP clients send every parameter they have a slot for, empty when unset
// (segment_id=, page=): empty means not given.
bool isGiven(const SandboxRequest &request, const QString &key)
{
    return request.hasQueryItem(key) && !request.queryItem(key).trimmed().isEmpty();
}

bool hasAny(const QHash<QString, QString> &identifiers)
{
    for (const QString &value : identifiers) {
        if (!value.trimmed().isEmpty())
            return true;
    }
    return false;
}

QString missingIdentifierError()
{
    return QStringLiteral("At least one of service_uid, email, document or telephone is required");
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

WoowUpApi::WoowUpApi(WoowUpStore *store)
    : m_store(store)
{ }

bool WoowUpApi::handles(const SandboxRequest &request)
{
    return !request.segments.isEmpty() && request.segments.first() == QLatin1String("apiv3");
}

WoowUpApi::Match WoowUpApi::match(const SandboxRequest &request)
{
    Match result;
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    const QString verb = QString::fromLatin1(method);
    const auto set = [&result, &verb](bool allowed, Route route, const QString &path) {
        result.methodAllowed = allowed;
        result.route = allowed ? route : Route::Unknown;
        result.name = verb + QLatin1Char(' ') + path;
    };
    const auto is = [&s](int index, const char *text) {
        return s.size() > index && s.at(index) == QLatin1String(text);
    };

    if (s.size() == 2 && is(1, "users")) {
        const Route route = method == "POST" ? Route::Create : Route::Search;
        set(method == "POST" || method == "GET", route, QStringLiteral("/apiv3/users"));
    } else if (s.size() == 3 && is(1, "users")) {
        result.id = s.at(2);
        const Route route = method == "PUT" ? Route::DeprecatedUpdate : Route::DeprecatedGet;
        set(method == "GET" || method == "PUT", route, QStringLiteral("/apiv3/users/{id}"));
    } else if (s.size() == 4 && is(1, "users") && is(3, "exist")) {
        result.id = s.at(2);
        set(method == "GET", Route::DeprecatedExist, QStringLiteral("/apiv3/users/{id}/exist"));
    } else if (s.size() == 4 && is(1, "users") && is(3, "belongsToSegment")) {
        result.id = s.at(2);
        set(method == "GET", Route::BelongsToSegment,
            QStringLiteral("/apiv3/users/{id}/belongsToSegment"));
    } else if (s.size() == 2 && is(1, "multiusers")) {
        const Route route = method == "PUT" ? Route::Update : Route::Delete;
        set(method == "PUT" || method == "DELETE", route, QStringLiteral("/apiv3/multiusers"));
    } else if (s.size() == 3 && is(1, "multiusers") && is(2, "find")) {
        set(method == "GET", Route::Find, QStringLiteral("/apiv3/multiusers/find"));
    } else if (s.size() == 3 && is(1, "multiusers") && is(2, "exist")) {
        set(method == "GET", Route::Exist, QStringLiteral("/apiv3/multiusers/exist"));
    } else if (s.size() == 3 && is(1, "account") && is(2, "custom-attributes")) {
        set(method == "GET", Route::CustomAttributes,
            QStringLiteral("/apiv3/account/custom-attributes"));
    } else {
        result.name = verb + QStringLiteral(" /apiv3/{unknown}");
    }
    return result;
}

bool WoowUpApi::isAuthorized(const SandboxRequest &request, const QString &key) const
{
    // The apiv3 docs of WoowUp's GitHub put the key in the query string
    // (?apikey=); the current docs and clients in the header.
    if (request.hasQueryItem(QStringLiteral("apikey"))
        && request.queryItem(QStringLiteral("apikey")) == key) {
        return true;
    }
    // WoowUp sends the key itself after "Basic", not a base64 user:password.
    const QByteArray header = request.header(QByteArrayLiteral("authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return false;
    return header.left(space).compare(QByteArrayLiteral("Basic"), Qt::CaseInsensitive) == 0
        && header.mid(space + 1).trimmed() == key.toUtf8();
}

HttpReply WoowUpApi::ok(const QJsonValue &payload, const QString &message, int status)
{
    return HttpReply::json(status,
                           QJsonObject{{QStringLiteral("payload"), payload},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("code"), QStringLiteral("ok")},
                                       {QStringLiteral("time"), QStringLiteral("1ms")}});
}

HttpReply WoowUpApi::failure(int status, const QString &message, const QString &code,
                             const QJsonValue &payload)
{
    return HttpReply::json(status,
                           QJsonObject{{QStringLiteral("payload"), payload},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("code"), code}});
}

HttpReply WoowUpApi::badRequest(const QStringList &errors)
{
    return failure(400, QStringLiteral("bad request"), QStringLiteral("bad_request"),
                   QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
}

HttpReply WoowUpApi::forbidden()
{
    return failure(403, QStringLiteral("forbidden"), QStringLiteral("forbidden"));
}

HttpReply WoowUpApi::tooManyRequests()
{
    return failure(429, QStringLiteral("too many request"), QStringLiteral("too_many_request"));
}

HttpReply WoowUpApi::internalError()
{
    return failure(500, QStringLiteral("internal error"), QStringLiteral("internal_error"));
}

HttpReply WoowUpApi::userNotFound()
{
    return failure(404, QStringLiteral("user not found"), QStringLiteral("user_not_found"));
}

HttpReply WoowUpApi::handle(const SandboxRequest &request, const Match &match)
{
    if (!match.methodAllowed)
        return failure(405, QStringLiteral("method not allowed"),
                       QStringLiteral("method_not_allowed"));
    switch (match.route) {
    case Route::Create:
        return create(request);
    case Route::Search:
        return search(request);
    case Route::Find:
        return find(request, false);
    case Route::Exist:
        return find(request, true);
    case Route::Update:
        return update(request);
    case Route::Delete:
        return remove(request);
    case Route::DeprecatedGet:
        return deprecatedGet(match.id);
    case Route::DeprecatedUpdate:
        return deprecatedUpdate(request, match.id);
    case Route::DeprecatedExist:
        return deprecatedExist(match.id);
    case Route::BelongsToSegment:
        return belongsToSegment(request, match.id);
    case Route::CustomAttributes:
        return customAttributes(request);
    case Route::Unknown:
        break;
    }
    return failure(404, QStringLiteral("not found"), QStringLiteral("not_found"));
}

bool WoowUpApi::parseObjectBody(const SandboxRequest &request, QJsonObject *body,
                                QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(QStringLiteral("Invalid JSON body: %1").arg(parseError.errorString()));
        return false;
    }
    // PHP's json_encode() writes an empty map as [].
    if (document.isArray() && document.array().isEmpty()) {
        *body = QJsonObject();
        return true;
    }
    if (!document.isObject()) {
        errors->append(QStringLiteral("The request body must be a JSON object"));
        return false;
    }
    *body = document.object();
    return true;
}

bool WoowUpApi::readPaging(const SandboxRequest &request, int *page, int *limit,
                           QStringList *errors)
{
    *page = 0;
    *limit = defaultLimit;
    bool ok = true;
    if (isGiven(request, QStringLiteral("page"))) {
        *page = request.queryItem(QStringLiteral("page")).toInt(&ok);
        if (!ok || *page < 0)
            errors->append(QStringLiteral("page: must be an integer of at least 0"));
    }
    if (isGiven(request, QStringLiteral("limit"))) {
        *limit = request.queryItem(QStringLiteral("limit")).toInt(&ok);
        if (!ok || *limit < 1 || *limit > maxLimit)
            errors->append(
                QStringLiteral("limit: must be an integer between 1 and %1").arg(maxLimit));
    }
    return errors->isEmpty();
}

qint64 WoowUpApi::resolvePathId(const QString &id) const
{
    bool numeric = false;
    const qint64 userappId = id.toLongLong(&numeric);
    if (numeric)
        return m_store->customer(userappId) ? userappId : 0;
    // Standard Base64 (not base64url) of the UTF-8 service_uid; the percent
    // encoding around it was already undone by the router.
    const auto decoded =
        QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return 0;
    return m_store->find({{QStringLiteral("service_uid"), QString::fromUtf8(*decoded)}});
}

HttpReply WoowUpApi::create(const SandboxRequest &request)
{
    QJsonObject body;
    QStringList errors;
    if (!parseObjectBody(request, &body, &errors))
        return badRequest(errors);
    errors = WoowUpSchema::validateUser(body, m_store->definitionsByName(), true);
    if (!errors.isEmpty())
        return badRequest(errors);
    const QStringList taken = m_store->conflictingIdentifiers(body, 0);
    if (!taken.isEmpty()) {
        // A create is not idempotent: a blind retry lands here, and the
        // statistics let tests prove their client checked existence first.
        ++m_duplicateCreates;
        QStringList messages;
        for (const QString &field : taken)
            messages.append(
                QStringLiteral("user already exists (%1 is already in use)").arg(field));
        return badRequest(messages);
    }
    return ok(m_store->create(body, now()), QString());
}

HttpReply WoowUpApi::search(const SandboxRequest &request)
{
    int page = 0;
    int limit = 0;
    QStringList errors;
    readPaging(request, &page, &limit, &errors);
    // include and exclude ([] or {} from the PHP clients) filter nothing
    // the sandbox models; they are read as "no filter".
    qint64 segmentId = 0;
    if (isGiven(request, QStringLiteral("segment_id"))) {
        bool numeric = false;
        segmentId = request.queryItem(QStringLiteral("segment_id")).toLongLong(&numeric);
        if (!numeric)
            errors.append(QStringLiteral("segment_id: must be an integer"));
        else if (!WoowUpSegments::exists(segmentId))
            return failure(404, QStringLiteral("segment not found"), QStringLiteral("not_found"));
    }
    if (!errors.isEmpty())
        return badRequest(errors);

    std::function<bool(const QJsonObject &)> filter;
    if (segmentId != 0)
        filter = [segmentId](const QJsonObject &customer) {
            return WoowUpSegments::contains(segmentId, customer);
        };
    const QList<QJsonObject> customers =
        m_store->search(request.queryItem(QStringLiteral("search")), filter, page * limit, limit);
    QJsonArray payload;
    for (const QJsonObject &customer : customers)
        payload.append(customer);
    return ok(payload, QStringLiteral("ok"));
}

HttpReply WoowUpApi::find(const SandboxRequest &request, bool existOnly)
{
    const QHash<QString, QString> identifiers = identifiersFromQuery(request);
    if (!hasAny(identifiers))
        return badRequest({missingIdentifierError()});
    const qint64 id = m_store->find(identifiers);
    if (existOnly) {
        QJsonObject payload{{QStringLiteral("exist"), id != 0}};
        // The docs show the id as a string here, unlike everywhere else.
        if (id != 0)
            payload.insert(QStringLiteral("userapp_id"), QString::number(id));
        return ok(payload, QString());
    }
    if (id == 0)
        return userNotFound();
    return ok(*m_store->customer(id), QStringLiteral("ok"));
}

HttpReply WoowUpApi::updateCustomer(qint64 userappId, const QJsonObject &body)
{
    const QStringList taken = m_store->conflictingIdentifiers(body, userappId);
    if (!taken.isEmpty()) {
        QStringList messages;
        for (const QString &field : taken)
            messages.append(QStringLiteral("%1: already in use by another user").arg(field));
        return badRequest(messages);
    }
    return ok(m_store->update(userappId, body, now()), QStringLiteral("ok"));
}

HttpReply WoowUpApi::update(const SandboxRequest &request)
{
    QJsonObject body;
    QStringList errors;
    if (!parseObjectBody(request, &body, &errors))
        return badRequest(errors);
    errors = WoowUpSchema::validateUser(body, m_store->definitionsByName(), true);
    if (!errors.isEmpty())
        return badRequest(errors);
    const qint64 id = m_store->find(identifiersFromBody(body));
    if (id == 0)
        return userNotFound();
    return updateCustomer(id, body);
}

HttpReply WoowUpApi::remove(const SandboxRequest &request)
{
    // Identifiers come in the body; a query string is accepted as well
    // because many HTTP stacks cannot send a body with DELETE.
    QHash<QString, QString> identifiers = identifiersFromQuery(request);
    if (!request.body.trimmed().isEmpty()) {
        QJsonObject body;
        QStringList errors;
        if (!parseObjectBody(request, &body, &errors))
            return badRequest(errors);
        const QHash<QString, QString> fromBody = identifiersFromBody(body);
        for (auto it = fromBody.constBegin(); it != fromBody.constEnd(); ++it)
            identifiers.insert(it.key(), it.value());
    }
    if (!hasAny(identifiers))
        return badRequest({missingIdentifierError()});
    const qint64 id = m_store->find(identifiers);
    if (id == 0)
        return userNotFound();
    m_store->remove(id);
    return ok(QJsonArray(), QStringLiteral("ok"));
}

HttpReply WoowUpApi::deprecatedGet(const QString &id)
{
    const qint64 userappId = resolvePathId(id);
    if (userappId == 0)
        return userNotFound();
    return ok(*m_store->customer(userappId), QStringLiteral("ok"));
}

HttpReply WoowUpApi::deprecatedUpdate(const SandboxRequest &request, const QString &id)
{
    QJsonObject body;
    QStringList errors;
    if (!parseObjectBody(request, &body, &errors))
        return badRequest(errors);
    errors = WoowUpSchema::validateUser(body, m_store->definitionsByName(), false);
    if (!errors.isEmpty())
        return badRequest(errors);
    const qint64 userappId = resolvePathId(id);
    if (userappId == 0)
        return userNotFound();
    return updateCustomer(userappId, body);
}

HttpReply WoowUpApi::deprecatedExist(const QString &id)
{
    return ok(QJsonObject{{QStringLiteral("exist"), resolvePathId(id) != 0}}, QStringLiteral("ok"));
}

HttpReply WoowUpApi::belongsToSegment(const SandboxRequest &request, const QString &id)
{
    bool numeric = false;
    const qint64 segmentId = request.queryItem(QStringLiteral("segment_id")).toLongLong(&numeric);
    if (!request.hasQueryItem(QStringLiteral("segment_id")) || !numeric)
        return badRequest({QStringLiteral("segment_id: must be an integer")});
    const qint64 userappId = resolvePathId(id);
    if (userappId == 0)
        return userNotFound();
    if (!WoowUpSegments::exists(segmentId))
        return failure(404, QStringLiteral("segment not found"), QStringLiteral("not_found"));
    const bool member = WoowUpSegments::contains(segmentId, *m_store->customer(userappId));
    return ok(QJsonObject{{QStringLiteral("belongsToSegment"), member}}, QStringLiteral("ok"));
}

HttpReply WoowUpApi::customAttributes(const SandboxRequest &request)
{
    int page = 0;
    int limit = 0;
    QStringList errors;
    if (!readPaging(request, &page, &limit, &errors))
        return badRequest(errors);
    const QString text = request.queryItem(QStringLiteral("text")).trimmed();
    QJsonArray payload;
    int skipped = 0;
    for (const QJsonObject &definition : m_store->attributeDefinitions()) {
        if (!text.isEmpty()
            && !definition.value(QLatin1String("name"))
                    .toString()
                    .contains(text, Qt::CaseInsensitive)
            && !definition.value(QLatin1String("label"))
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
            continue;
        if (skipped < page * limit) {
            ++skipped;
            continue;
        }
        if (payload.size() >= limit)
            break;
        payload.append(definition);
    }
    return ok(payload, QStringLiteral("ok"));
}
