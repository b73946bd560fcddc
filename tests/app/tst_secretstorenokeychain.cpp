#include "secretstore.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

// With no Secret Service reachable, a key is kept for the session only and
// the person is told so; nothing is written anywhere.
class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void keyIsKeptForTheSessionOnly();
};

void TestSecretStoreNoKeychain::keyIsKeptForTheSessionOnly()
{
    SecretStore store(QStringLiteral("userdesk-test"));
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);

    QEventLoop loop;
    bool persisted = true;
    QString problem;
    store.write(QStringLiteral("acct"), QStringLiteral("secret-1"),
                [&](bool ok, const QString &why) {
                    persisted = ok;
                    problem = why;
                    loop.quit();
                });
    loop.exec();

    QVERIFY(!persisted);
    QVERIFY(problem.contains(QLatin1String("only until Userdesk closes")));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!store.isKeychainAvailable());

    std::optional<QString> readBack;
    store.read(QStringLiteral("acct"),
               [&](const std::optional<QString> &secret, const QString &) { readBack = secret; });
    QCOMPARE(readBack, std::optional<QString>(QStringLiteral("secret-1")));

    // A new store (a new session of the app) has nothing: the key was not persisted.
    SecretStore fresh(QStringLiteral("userdesk-test"));
    QEventLoop loop2;
    std::optional<QString> afterRestart = QStringLiteral("unset");
    fresh.read(QStringLiteral("acct"), [&](const std::optional<QString> &secret, const QString &) {
        afterRestart = secret;
        loop2.quit();
    });
    if (afterRestart == std::optional<QString>(QStringLiteral("unset")))
        loop2.exec();
    QCOMPARE(afterRestart, std::optional<QString>());
}

int main(int argc, char *argv[])
{
    // No session bus: QtKeychain finds no Secret Service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/userdesk-no-bus");
    QCoreApplication app(argc, argv);
    TestSecretStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstorenokeychain.moc"
