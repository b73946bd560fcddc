#pragma once

#include <QCoreApplication>
#include <QString>

// Words for the API's channel disabled reasons, wherever they are shown.
class ConsentReasons
{
    Q_DECLARE_TR_FUNCTIONS(ConsentReasons)

public:
    // "bounce" -> "Bounced"; an unknown value is shown as the server sent it.
    static QString label(const QString &reason);
    // The documented spelling of a reason. WoowUp's newer PHP client
    // (woowup-php-client-v2) knows "unsubscribe" only as "unsuscribe", and
    // the service keeps what it was sent: both mean the same reason.
    static QString canonical(const QString &reason);
};
