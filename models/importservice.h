#pragma once

#include <QString>

// Which service an import feeds: Wazzup users or WoowUp customers.
enum class ImportService { Wazzup, WoowUp };

// Stable names for settings and saved mappings; not for display.
inline QString importServiceKey(ImportService service)
{
    return service == ImportService::Wazzup ? QStringLiteral("wazzup") : QStringLiteral("woowup");
}

inline bool importServiceFromKey(const QString &key, ImportService *service)
{
    if (key == QLatin1String("wazzup"))
        *service = ImportService::Wazzup;
    else if (key == QLatin1String("woowup"))
        *service = ImportService::WoowUp;
    else
        return false;
    return true;
}
