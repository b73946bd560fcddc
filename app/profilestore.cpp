#include "profilestore.h"

#include <QSettings>

namespace {
const QString groupKey = QStringLiteral("profiles");
}

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{ }

QList<Profile> ProfileStore::load() const
{
    QList<Profile> profiles;
    const int count = m_settings.beginReadArray(groupKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Profile profile;
        const bool ok = serviceFromKey(m_settings.value(QStringLiteral("service")).toString(),
                                       &profile.service);
        profile.id = m_settings.value(QStringLiteral("id")).toString();
        profile.name = m_settings.value(QStringLiteral("name")).toString();
        profile.baseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
        profile.rateLimit = qMax(0, m_settings.value(QStringLiteral("rateLimit"), 0).toInt());
        profile.rateLimitWindowSeconds =
            m_settings.value(QStringLiteral("rateLimitWindowSeconds"), 60).toInt() == 1 ? 1 : 60;
        // Demo profiles point at a sandbox on a port that changes every run.
        if (ok && profile.isValid())
            profiles.append(profile);
    }
    m_settings.endArray();
    return profiles;
}

void ProfileStore::save(const QList<Profile> &profiles)
{
    m_settings.remove(groupKey);
    m_settings.beginWriteArray(groupKey);
    int index = 0;
    for (const Profile &profile : profiles) {
        if (profile.demo)
            continue;
        m_settings.setArrayIndex(index++);
        m_settings.setValue(QStringLiteral("id"), profile.id);
        m_settings.setValue(QStringLiteral("name"), profile.name);
        m_settings.setValue(QStringLiteral("service"), serviceKey(profile.service));
        m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl);
        m_settings.setValue(QStringLiteral("rateLimit"), profile.rateLimit);
        m_settings.setValue(QStringLiteral("rateLimitWindowSeconds"),
                            profile.rateLimitWindowSeconds);
    }
    m_settings.endArray();
    m_settings.sync();
}
