#include "apiclient.h"

#include "apijob.h"
#include "apirequest.h"
#include "clientratelimiter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

ApiClient::ApiClient(Service service, const ApiClientConfig &config,
                     const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_config(config)
    , m_authorization(authorization)
    , m_network(config.network ? config.network : sharedNetworkAccessManager())
    , m_limiter(new ClientRateLimiter(config.rateLimit, this))
{
    m_config.retry.maxAttempts = qMax(1, m_config.retry.maxAttempts);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
}

ApiClient::~ApiClient()
{
    // Jobs (and their requests) go first: a request gives its rate-limiter
    // slot back when destroyed, and the limiter is a child too.
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
    const QList<ApiRequest *> requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(requests);
}

QNetworkAccessManager *ApiClient::sharedNetworkAccessManager()
{
    static QPointer<QNetworkAccessManager> shared;
    if (!shared)
        shared = new QNetworkAccessManager(QCoreApplication::instance());
    return shared;
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError ApiClient::checkBaseUrl(const QUrl &url, Service service)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        ApiError error(ApiError::Kind::InvalidUrl, service);
        error.setHost(url.toDisplayString());
        return error;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        ApiError error(ApiError::Kind::InsecureUrl, service);
        error.setHost(url.toDisplayString());
        return error;
    }
    return ApiError();
}

QUrl ApiClient::normalizedBaseUrl(QUrl url, const QString &apiPath)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty() || path == QLatin1String("/"))
        path = QLatin1Char('/') + apiPath;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiRequest *ApiClient::send(const ApiRequestSpec &spec, QObject *parent)
{
    auto *request = new ApiRequest(this, spec, parent);
    request->start();
    return request;
}

QNetworkRequest ApiClient::networkRequest(const ApiRequestSpec &spec) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path(QUrl::FullyEncoded) + spec.path, QUrl::TolerantMode);
    if (!spec.query.isEmpty()) {
        // Encoded by hand: QUrlQuery leaves '+' alone, and servers read a
        // bare '+' as a space ("+5491122334455" would lose its plus).
        QString query;
        for (const auto &item : spec.query) {
            if (!query.isEmpty())
                query += QLatin1Char('&');
            query += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        }
        url.setQuery(query, QUrl::TolerantMode);
    }

    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Userdesk"));
    if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    // Our own timer measures the whole exchange per attempt; see ApiRequest.
    request.setTransferTimeout(0);
    return request;
}

int ApiClient::rateLimitedDelayMs(const QNetworkReply *reply, int nextAttempt) const
{
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok)
            return m_config.retry.capped(seconds * 1000);
        const QDateTime when =
            QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            return m_config.retry.capped(QDateTime::currentDateTimeUtc().msecsTo(when));
    }
    if (m_service == Service::Wazzup) {
        // No Retry-After is documented: the fixed window must run out.
        return m_config.retry.capped(m_config.rateLimit.windowMs);
    }
    bool ok = false;
    const qint64 reset = reply->rawHeader(QByteArrayLiteral("x-rate-limit-reset")).toLongLong(&ok);
    if (ok && reset > 0) {
        // Some servers send seconds to wait, others the epoch second of the reset.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 seconds = reset > 1000000000 ? reset - now : reset;
        if (seconds > 0)
            return m_config.retry.capped(seconds * 1000);
    }
    return m_config.retry.backoffMs(nextAttempt);
}
