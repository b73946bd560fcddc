#include "wazzuppatch.h"

namespace WazzupPatch {

namespace {

QString WazzupUser::*member(const QString &field)
{
    if (field == QLatin1String("name"))
        return &WazzupUser::name;
    if (field == QLatin1String("phone"))
        return &WazzupUser::phone;
    return nullptr;
}

const char *const fieldNames[] = {"name", "phone"};

} // namespace

QStringList changedFields(const WazzupUser &a, const WazzupUser &b)
{
    QStringList changed;
    for (const char *name : fieldNames) {
        const QString field = QLatin1String(name);
        if (a.*member(field) != b.*member(field))
            changed.append(field);
    }
    return changed;
}

QStringList setFields(const WazzupUser &user)
{
    return changedFields(WazzupUser(), user);
}

QJsonObject fieldsJson(const WazzupUser &user, const QStringList &fields)
{
    QJsonObject object;
    for (const QString &field : fields) {
        if (QString WazzupUser::*m = member(field))
            object.insert(field, user.*m);
    }
    return object;
}

WazzupUser withFields(WazzupUser base, const WazzupUser &from, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (QString WazzupUser::*m = member(field))
            base.*m = from.*m;
    }
    return base;
}

} // namespace WazzupPatch
