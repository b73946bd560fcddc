#pragma once

#include "profile.h"

#include <QObject>

#include <memory>

struct ApiClientConfig;
class Journal;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class SandboxServer;
class SecretStore;

// Wires the layers: profiles and keys (app/), clients (services/), accounts
// and their table models (models/), and the window (ui/). Also runs the demo
// sandbox in-process when asked.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    MainWindow *window() const { return m_window.get(); }

    // How every account of the window is made: the service's defaults with
    // the profile's address and rate limit, so that table loading, forms,
    // import, delete and restore of that account all keep to its limit.
    static ApiClientConfig clientConfig(const Profile &profile, const QString &apiKey,
                                        QNetworkAccessManager *network);

    // Opens every saved profile; each key is read from the keychain.
    void openSavedProfiles();
    // Starts the sandbox with demo data and opens a profile for each service.
    bool startDemo();

private:
    void openProfile(const Profile &profile, const QString &apiKey);
    void editProfile(const QString &profileId);
    void removeProfile(const QString &profileId);
    void testConnection(const Profile &profile, const QString &apiKey, class ProfileDialog *dialog);
    void saveProfiles();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profileStore;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    SandboxServer *m_sandbox = nullptr;
    QList<Profile> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    Journal *m_journal = nullptr; // snapshots and outcomes of bulk deletes
};
