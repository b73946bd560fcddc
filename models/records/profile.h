#pragma once

#include "service.h"

#include <QString>
#include <QUrl>

// One account a person works with. The API key is not here: it lives in the
// system keychain under the profile's id.
struct Profile
{
    QString id; // stable, also the keychain account name
    QString name;
    Service service = Service::WoowUp;
    QUrl baseUrl;
    bool demo = false; // points at the built-in sandbox

    static QUrl defaultBaseUrl(Service service)
    {
        return service == Service::Wazzup ? QUrl(QStringLiteral("https://api.wazzup24.com/v3"))
                                          : QUrl(QStringLiteral("https://api.woowup.com/apiv3"));
    }
    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && baseUrl.isValid(); }
};
