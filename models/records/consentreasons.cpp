#include "consentreasons.h"

QString ConsentReasons::canonical(const QString &reason)
{
    if (reason == QLatin1String("unsuscribe"))
        return QStringLiteral("unsubscribe");
    return reason;
}

QString ConsentReasons::label(const QString &text)
{
    const QString reason = canonical(text);
    if (reason == QLatin1String("bounce"))
        return tr("Bounced");
    if (reason == QLatin1String("unsubscribe"))
        return tr("Unsubscribed");
    if (reason == QLatin1String("spamreport"))
        return tr("Reported as spam");
    if (reason == QLatin1String("dropped"))
        return tr("Dropped");
    if (reason == QLatin1String("other"))
        return tr("Other");
    return reason;
}
