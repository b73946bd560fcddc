#pragma once

#include "httpreply.h"

#include <QJsonObject>
#include <QString>

class WazzupStore;
struct SandboxRequest;

// The /v3/users routes of Wazzup, after authentication and rate limiting.
class WazzupApi
{
public:
    enum class Route { Unknown, List, Get, Upsert, Delete, BulkDelete };
    struct Match
    {
        Route route = Route::Unknown;
        QString name; // "GET /v3/users/{id}", for the statistics
        bool methodAllowed = true; // false: the path exists, the verb does not
        QString id;
    };

    static constexpr int maxEntities = 100;

    explicit WazzupApi(WazzupStore *store);

    static bool handles(const SandboxRequest &request); // path under /v3
    static Match match(const SandboxRequest &request);
    bool isAuthorized(const SandboxRequest &request, const QString &key) const;

    void setUserLimit(int limit) { m_userLimit = limit; }
    HttpReply handle(const SandboxRequest &request, const Match &match);

    HttpReply error(int status, const QString &code, const QString &description,
                    const QJsonObject &data = QJsonObject());
    HttpReply unauthorized();
    HttpReply tooManyRequests();
    HttpReply internalError();

private:
    HttpReply list(const SandboxRequest &request);
    HttpReply get(const QString &id);
    HttpReply upsert(const SandboxRequest &request);
    HttpReply remove(const QString &id);
    HttpReply bulkDelete(const SandboxRequest &request);

    WazzupStore *m_store;
    int m_userLimit = 1000;
    quint64 m_requestCounter = 0;
};
