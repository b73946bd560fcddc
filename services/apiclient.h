#pragma once

#include "apiclientconfig.h"
#include "apierror.h"
#include "apirequestspec.h"

#include <QObject>
#include <QUrl>

class ApiRequest;
class ClientRateLimiter;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// What the two service clients share: the QNetworkAccessManager, the base
// URL and the Authorization header, the per-attempt timeout, the retry
// policy and the account's rate limiter. WazzupClient and WoowUpClient add
// the API's routes on top and hand out one job object per call.
//
// Clients are built by their create() factories, which refuse a base URL
// that would send the key in clear text to another machine.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ~ApiClient() override;

    Service service() const { return m_service; }
    const ApiClientConfig &config() const { return m_config; }
    QUrl baseUrl() const { return m_config.baseUrl; }
    QNetworkAccessManager *network() const { return m_network; }
    ClientRateLimiter *rateLimiter() const { return m_limiter; }

    // Sends spec (through the rate limiter, with timeout and retries) and
    // returns the request object, a child of parent; see ApiRequest.
    ApiRequest *send(const ApiRequestSpec &spec, QObject *parent);

    // The app's single QNetworkAccessManager, owned by the application
    // object. GUI/main thread only.
    static QNetworkAccessManager *sharedNetworkAccessManager();

    // An empty ApiError when url may be used: https, or plain http to a
    // loopback address (the sandbox). TLS errors are never ignored, so
    // https is all the protection the key needs.
    static ApiError checkBaseUrl(const QUrl &url, Service service);
    static bool isLoopbackHost(const QString &host);

    // For ApiRequest.
    QNetworkRequest networkRequest(const ApiRequestSpec &spec) const;
    // How long to wait after a 429: Retry-After when the server sent one,
    // else the service's rule (Wazzup: its whole window; WoowUp:
    // x-rate-limit-reset or the backoff).
    int rateLimitedDelayMs(const QNetworkReply *reply, int nextAttempt) const;

protected:
    ApiClient(Service service, const ApiClientConfig &config, const QByteArray &authorization,
              QObject *parent);

    // Appends the service's API path to a bare host URL and makes sure the
    // path ends in '/', so relative paths resolve below it.
    static QUrl normalizedBaseUrl(QUrl url, const QString &apiPath);

private:
    Service m_service;
    ApiClientConfig m_config;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
    ClientRateLimiter *m_limiter;
};
