#pragma once

#include "clientratelimiter.h"
#include "retrypolicy.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Everything a service client needs to talk to one account. The per-service
// defaults come from WazzupClient::defaultConfig() / WoowUpClient::defaultConfig().
struct ApiClientConfig
{
    // The API root, e.g. https://api.wazzup24.com/v3/ or
    // https://api.woowup.com/apiv3/. A bare host (https://host or
    // http://127.0.0.1:PORT) gets the service's API path appended.
    QUrl baseUrl;
    QString apiKey; // never logged
    int timeoutMs = 30000; // per attempt, from send to the last byte
    RetryPolicy retry;
    ClientRateLimiter::Settings rateLimit;
    // The app's one QNetworkAccessManager; null means
    // ApiClient::sharedNetworkAccessManager().
    QNetworkAccessManager *network = nullptr;
};
