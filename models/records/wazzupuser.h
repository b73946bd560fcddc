#pragma once

#include <QList>
#include <QString>

// A Wazzup employee ("user"): the CRM's staff member as Wazzup knows them.
struct WazzupUser
{
    QString id; // required, up to 200 characters, chosen by the CRM
    QString name; // required, up to 200 characters
    QString phone; // optional, international digits such as 79261234567

    friend bool operator==(const WazzupUser &a, const WazzupUser &b)
    {
        return a.id == b.id && a.name == b.name && a.phone == b.phone;
    }
    friend bool operator!=(const WazzupUser &a, const WazzupUser &b) { return !(a == b); }
};

using WazzupUserList = QList<WazzupUser>;
