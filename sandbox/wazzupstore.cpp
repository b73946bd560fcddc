#include "wazzupstore.h"

#include <algorithm>

void WazzupStore::upsert(const QJsonObject &user)
{
    m_users.insert(user.value(QLatin1String("id")).toString(), user);
}

bool WazzupStore::remove(const QString &id)
{
    return m_users.remove(id) > 0;
}

std::optional<QJsonObject> WazzupStore::user(const QString &id) const
{
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> WazzupStore::sortedByName() const
{
    QList<QJsonObject> users = m_users.values();
    std::sort(users.begin(), users.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString nameA = a.value(QLatin1String("name")).toString();
        const QString nameB = b.value(QLatin1String("name")).toString();
        const int byName = nameA.compare(nameB, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
    });
    return users;
}
