#pragma once

#include <QString>

// Which hosted service a record, an account or a job belongs to: Wazzup
// (the CRM's employees) or WoowUp (a shop's customers).
enum class Service { Wazzup, WoowUp };

// Stable names for settings and saved mappings; not for display.
inline QString serviceKey(Service service)
{
    return service == Service::Wazzup ? QStringLiteral("wazzup") : QStringLiteral("woowup");
}

inline bool serviceFromKey(const QString &key, Service *service)
{
    if (key == QLatin1String("wazzup"))
        *service = Service::Wazzup;
    else if (key == QLatin1String("woowup"))
        *service = Service::WoowUp;
    else
        return false;
    return true;
}

// The product's own name, the same in every language.
inline QString serviceName(Service service)
{
    return service == Service::Wazzup ? QStringLiteral("Wazzup") : QStringLiteral("WoowUp");
}
