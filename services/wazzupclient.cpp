#include "wazzupclient.h"

namespace {

const QString apiPath = QStringLiteral("v3/");

} // namespace

ApiClientConfig WazzupClient::defaultConfig()
{
    ApiClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://api.wazzup24.com/v3/"));
    config.rateLimit.limit = 500;
    config.rateLimit.windowMs = 5000;
    return config;
}

WazzupClient *WazzupClient::create(const ApiClientConfig &config, ApiError *error, QObject *parent)
{
    ApiClientConfig normalized = config;
    normalized.baseUrl = normalizedBaseUrl(config.baseUrl, apiPath);
    const ApiError problem = checkBaseUrl(config.baseUrl, Service::Wazzup);
    if (error)
        *error = problem;
    if (problem)
        return nullptr;
    return new WazzupClient(normalized, parent);
}

WazzupClient::WazzupClient(const ApiClientConfig &config, QObject *parent)
    : ApiClient(Service::Wazzup, config, QByteArrayLiteral("Bearer ") + config.apiKey.toUtf8(),
                parent)
{ }

WazzupUserListJob *WazzupClient::listUsers()
{
    auto *job = new WazzupUserListJob(this, 0);
    job->fetch(0);
    return job;
}

WazzupUserListJob *WazzupClient::listUsersWithPhones(const QSet<QString> &ids)
{
    auto *job = new WazzupUserListJob(this, 0);
    job->m_detailIds = ids;
    job->fetch(0);
    return job;
}

ApiJob *WazzupClient::testConnection()
{
    auto *job = new WazzupUserListJob(this, 1);
    job->fetch(0);
    return job;
}

WazzupUserJob *WazzupClient::getUser(const QString &id)
{
    auto *job = new WazzupUserJob(this);
    job->start(id);
    return job;
}

WazzupUpsertJob *WazzupClient::upsertUsers(const WazzupUserList &users)
{
    auto *job = new WazzupUpsertJob(this);
    job->start(users);
    return job;
}

WazzupDeleteJob *WazzupClient::deleteUser(const QString &id)
{
    auto *job = new WazzupDeleteJob(this);
    job->startOne(id);
    return job;
}

WazzupDeleteJob *WazzupClient::deleteUsers(const QStringList &ids)
{
    auto *job = new WazzupDeleteJob(this);
    job->startBulk(ids);
    return job;
}
