#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Wazzup's users ("employees") as the API returns them: {id, name[, phone]}.
class WazzupStore
{
public:
    void clear() { m_users.clear(); }
    int size() const { return int(m_users.size()); }
    bool contains(const QString &id) const { return m_users.contains(id); }

    // Replaces or adds a user; the object must carry "id" and "name".
    void upsert(const QJsonObject &user);
    bool remove(const QString &id);
    std::optional<QJsonObject> user(const QString &id) const;

    // All users sorted by name (then id, so the order is total and stable).
    QList<QJsonObject> sortedByName() const;

private:
    QHash<QString, QJsonObject> m_users;
};
