#include "profilestore.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// Runs against the real system keychain: scripts/test.sh starts the suite in
// a private D-Bus session with an unlocked gnome-keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeThenReadBack();
    void readOfUnknownAccountIsEmpty();
    void removeForgetsTheKey();
    void keyIsInNoFileOfTheApp();

private:
    bool write(SecretStore &store, const QString &account, const QString &secret);
    std::optional<QString> read(SecretStore &store, const QString &account);

    QString m_account;
    QString m_secret;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UserdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
    m_account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Distinctive, so a leak into any file can be searched for.
    m_secret = QStringLiteral("sk-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

bool TestSecretStore::write(SecretStore &store, const QString &account, const QString &secret)
{
    QEventLoop loop;
    bool persisted = false;
    QString problem;
    store.write(account, secret, [&](bool ok, const QString &why) {
        persisted = ok;
        problem = why;
        loop.quit();
    });
    loop.exec();
    if (!persisted)
        qWarning("keychain write failed: %s", qPrintable(problem));
    return persisted;
}

std::optional<QString> TestSecretStore::read(SecretStore &store, const QString &account)
{
    QEventLoop loop;
    std::optional<QString> result;
    store.read(account, [&](const std::optional<QString> &secret, const QString &) {
        result = secret;
        loop.quit();
    });
    loop.exec();
    return result;
}

void TestSecretStore::writeThenReadBack()
{
    SecretStore writer(QStringLiteral("userdesk-test"));
    QVERIFY(write(writer, m_account, m_secret));
    QVERIFY(writer.isKeychainAvailable());

    // A second store has no session copy: the value must come from the keychain.
    SecretStore reader(QStringLiteral("userdesk-test"));
    QCOMPARE(read(reader, m_account), std::optional<QString>(m_secret));
}

void TestSecretStore::readOfUnknownAccountIsEmpty()
{
    SecretStore store(QStringLiteral("userdesk-test"));
    QCOMPARE(read(store, QStringLiteral("no-such-account")), std::optional<QString>());
}

void TestSecretStore::removeForgetsTheKey()
{
    SecretStore store(QStringLiteral("userdesk-test"));
    const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(write(store, account, QStringLiteral("to-be-removed")));
    store.remove(account);
    SecretStore reader(QStringLiteral("userdesk-test"));
    QTRY_COMPARE(read(reader, account), std::optional<QString>());
}

void TestSecretStore::keyIsInNoFileOfTheApp()
{
    // Save a profile the way the app does: settings to QSettings, key to the store.
    Profile profile;
    profile.id = m_account;
    profile.name = QStringLiteral("Leak check");
    profile.baseUrl = QUrl(QStringLiteral("https://api.woowup.com/apiv3"));
    {
        QSettings settings;
        ProfileStore(settings).save({profile});
    }
    SecretStore store(QStringLiteral("userdesk-test"));
    QVERIFY(write(store, m_account, m_secret));

    const QList<QStandardPaths::StandardLocation> locations = {
        QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
        QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation};
    int filesChecked = 0;
    for (auto location : locations) {
        for (const QString &dir : QStandardPaths::standardLocations(location)) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++filesChecked;
                QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
    QVERIFY2(filesChecked > 0, "the settings file should exist and be scanned");
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
