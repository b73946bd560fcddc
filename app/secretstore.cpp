#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace {

bool isBackendProblem(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return true;
    default:
        return false;
    }
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void SecretStore::write(const QString &account, const QString &secret, WriteDone done)
{
    if (!m_keychainAvailable) {
        m_sessionSecrets.insert(account, secret);
        done(false,
             tr("No system keychain is available, so the API key is kept only until "
                "Userdesk closes."));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, secret, done] {
        if (job->error() == QKeychain::NoError) {
            m_sessionSecrets.remove(account);
            done(true, QString());
            return;
        }
        // Keep the key usable now, but never write it anywhere else.
        m_sessionSecrets.insert(account, secret);
        const QString reason = tr("The system keychain did not accept the API key (%1). "
                                  "It is kept only until Userdesk closes.")
                                   .arg(job->errorString());
        markUnavailable(reason);
        done(false, reason);
    });
    job->start();
}

void SecretStore::read(const QString &account, ReadDone done)
{
    const auto session = m_sessionSecrets.constFind(account);
    if (session != m_sessionSecrets.constEnd()) {
        done(*session, QString());
        return;
    }
    if (!m_keychainAvailable) {
        done(std::nullopt, QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, QString());
        } else {
            const QString reason =
                tr("The system keychain could not be read (%1).").arg(job->errorString());
            if (isBackendProblem(job->error()))
                markUnavailable(reason);
            done(std::nullopt, reason);
        }
    });
    job->start();
}

void SecretStore::remove(const QString &account)
{
    m_sessionSecrets.remove(account);
    if (!m_keychainAvailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->start();
}

void SecretStore::keepForSession(const QString &account, const QString &secret)
{
    m_sessionSecrets.insert(account, secret);
}

void SecretStore::markUnavailable(const QString &reason)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    emit keychainUnavailable(reason);
}
