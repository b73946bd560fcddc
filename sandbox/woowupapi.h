#pragma once

#include "httpreply.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class WoowUpStore;
struct SandboxRequest;

// The /apiv3 routes of WoowUp (users, multiusers, custom attributes), after
// authentication and rate limiting. Every answer is the documented envelope.
class WoowUpApi
{
public:
    enum class Route {
        Unknown,
        Create,
        Search,
        Find,
        Exist,
        Update,
        Delete,
        DeprecatedGet,
        DeprecatedUpdate,
        DeprecatedExist,
        BelongsToSegment,
        CustomAttributes,
    };
    struct Match
    {
        Route route = Route::Unknown;
        QString name; // "GET /apiv3/users/{id}", for the statistics
        bool methodAllowed = true;
        QString id; // the {id} path segment, percent-decoded
    };

    static constexpr int defaultLimit = 25;
    static constexpr int maxLimit = 100;

    explicit WoowUpApi(WoowUpStore *store);

    static bool handles(const SandboxRequest &request); // path under /apiv3
    static Match match(const SandboxRequest &request);
    bool isAuthorized(const SandboxRequest &request, const QString &key) const;

    HttpReply handle(const SandboxRequest &request, const Match &match);

    int duplicateCreates() const { return m_duplicateCreates; }
    void resetCounters() { m_duplicateCreates = 0; }

    static HttpReply ok(const QJsonValue &payload, const QString &message, int status = 200);
    static HttpReply failure(int status, const QString &message, const QString &code,
                             const QJsonValue &payload = QJsonArray());
    static HttpReply badRequest(const QStringList &errors);
    static HttpReply forbidden();
    static HttpReply tooManyRequests();
    static HttpReply internalError();
    static HttpReply userNotFound();

private:
    HttpReply create(const SandboxRequest &request);
    HttpReply search(const SandboxRequest &request);
    HttpReply find(const SandboxRequest &request, bool existOnly);
    HttpReply update(const SandboxRequest &request);
    HttpReply remove(const SandboxRequest &request);
    HttpReply deprecatedGet(const QString &id);
    HttpReply deprecatedUpdate(const SandboxRequest &request, const QString &id);
    HttpReply deprecatedExist(const QString &id);
    HttpReply belongsToSegment(const SandboxRequest &request, const QString &id);
    HttpReply customAttributes(const SandboxRequest &request);

    // {id}: a numeric userapp_id or the Base64 of the service_uid. 0: unknown.
    qint64 resolvePathId(const QString &id) const;
    // Reads page/limit, answering false with the errors when they are bad.
    static bool readPaging(const SandboxRequest &request, int *page, int *limit,
                           QStringList *errors);
    static bool parseObjectBody(const SandboxRequest &request, QJsonObject *body,
                                QStringList *errors);
    HttpReply updateCustomer(qint64 userappId, const QJsonObject &body);

    WoowUpStore *m_store;
    int m_duplicateCreates = 0;
};
