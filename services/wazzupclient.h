#pragma once

#include "apiclient.h"
#include "wazzupjobs.h"

#include <QSet>

// Wazzup API v3 users (the CRM's employees). Every call returns a job that
// finishes later with typed results or an ApiError; see ApiJob.
//
//     ApiError problem;
//     auto *client = WazzupClient::create(config, &problem, this);
//     if (!client) { show(problem.message()); return; }
//     auto *job = client->listUsers();
//     connect(job, &WazzupUserListJob::finished, this, [job] { ... job->users() ... });
class WazzupClient : public ApiClient
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;
    static constexpr int maxBatch = 100;

    // https://api.wazzup24.com/v3/, 500 requests per 5 s, timeout 30 s.
    static ApiClientConfig defaultConfig();
    // Null (and *error set) when the base URL is unusable or insecure.
    static WazzupClient *create(const ApiClientConfig &config, ApiError *error = nullptr,
                                QObject *parent = nullptr);

    WazzupUserListJob *listUsers();
    // The list, then GET /v3/users/{id} for each listed user in ids (the
    // list has no phones), within the rate limit: what an import that
    // updates those users must know to keep their phones.
    WazzupUserListJob *listUsersWithPhones(const QSet<QString> &ids);
    WazzupUserJob *getUser(const QString &id);
    WazzupUpsertJob *upsertUsers(const WazzupUserList &users);
    WazzupDeleteJob *deleteUser(const QString &id);
    WazzupDeleteJob *deleteUsers(const QStringList &ids);
    // The first page of users: proves the URL and key work.
    ApiJob *testConnection();

private:
    WazzupClient(const ApiClientConfig &config, QObject *parent);
};
