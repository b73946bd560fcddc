#pragma once

#include "service.h"

#include <QString>
#include <QUrl>

#include <utility>

// One account a person works with. The API key is not here: it lives in the
// system keychain under the profile's id.
struct Profile
{
    QString id; // stable, also the keychain account name
    QString name;
    Service service = Service::WoowUp;
    QUrl baseUrl;
    bool demo = false; // points at the built-in sandbox
    // The account's rate limit as the person set it: rateLimit requests per
    // rateLimitWindowSeconds (1 or 60). 0 requests: the service's documented
    // limit, as the clients know it (WoowUp 140 a minute, Wazzup 500 per 5 s).
    int rateLimit = 0;
    int rateLimitWindowSeconds = 60;

    // The documented limit as the account dialog offers it, per second or per
    // minute: {requests, window seconds}.
    static std::pair<int, int> documentedRateLimit(Service service)
    {
        return service == Service::Wazzup ? std::pair{100, 1} : std::pair{140, 60};
    }

    static QUrl defaultBaseUrl(Service service)
    {
        return service == Service::Wazzup ? QUrl(QStringLiteral("https://api.wazzup24.com/v3"))
                                          : QUrl(QStringLiteral("https://api.woowup.com/apiv3"));
    }
    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && baseUrl.isValid(); }
};
