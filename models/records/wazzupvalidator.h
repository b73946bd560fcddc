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
    // a phone the server would silently drop is an Error on "phone" (with
    // the normalised form when there is one): a dropped phone is a lost datum.
    static ValidationIssues validate(const WazzupUser &user);
    // International digits only (no +, spaces or dashes), 10 to 15 of them.
    static bool isValidPhone(const QString &phone);
    // The one phone rule of the form and the import: the phone as Wazzup
    // keeps it, from what a person writes. A leading + or international 00
    // goes, as do spaces, dashes, dots, slashes and brackets between the
    // digits; "+7 926 111-22-33" becomes "79261112233". Empty when no such
    // form can be had (a letter, too few or too many digits): the phone
    // cannot be sent as it is, and the caller must say so.
    static QString normalizedPhone(QStringView text);
};
