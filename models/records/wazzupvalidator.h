#pragma once

#include "validationissue.h"
#include "wazzupuser.h"

#include <QCoreApplication>

// Wazzup's rules for a user, checked before anything is sent.
class WazzupValidator
{
    Q_DECLARE_TR_FUNCTIONS(WazzupValidator)

public:
    static constexpr int maxLength = 200;

    // Every problem at once: id and name required and at most 200 characters;
    // a phone the server would silently drop is a Warning on "phone".
    static ValidationIssues validate(const WazzupUser &user);
    // International digits only (no +, spaces or dashes), 10 to 15 of them.
    static bool isValidPhone(const QString &phone);
};
