#pragma once

#include "profile.h"

#include <QList>

class QSettings;

// The person's profiles in QSettings. Only non-secret settings: the API key
// of a profile lives in the keychain (SecretStore) under Profile::id.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QList<Profile> load() const;
    void save(const QList<Profile> &profiles);

private:
    QSettings &m_settings;
};
