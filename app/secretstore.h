#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// API keys in the system keychain (Secret Service, KWallet, …) via QtKeychain.
// When no keychain answers, a key is kept in memory for this session only:
// there is deliberately no plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using WriteDone = std::function<void(bool persisted, const QString &problem)>;
    using ReadDone =
        std::function<void(const std::optional<QString> &secret, const QString &problem)>;

    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    // persisted is false when the key only lives in this session; problem says why.
    void write(const QString &account, const QString &secret, WriteDone done);
    // secret is empty when none is stored (problem is empty then too).
    void read(const QString &account, ReadDone done);
    void remove(const QString &account);
    // Kept in memory only, never offered to the keychain: the demo's keys.
    void keepForSession(const QString &account, const QString &secret);

    bool isKeychainAvailable() const { return m_keychainAvailable; }

signals:
    // The keychain could not be used; reason is for people, translated.
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    QHash<QString, QString> m_sessionSecrets;
    bool m_keychainAvailable = true;
};
