#include "profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void rateLimitRoundTrips();
    void demoProfilesAreNotSaved();
    void unknownServiceIsSkipped();
};

static Profile makeProfile(const QString &id, Service service)
{
    Profile profile;
    profile.id = id;
    profile.name = QStringLiteral("Profile %1").arg(id);
    profile.service = service;
    profile.baseUrl = Profile::defaultBaseUrl(service);
    return profile;
}

void TestProfileStore::roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    const QList<Profile> profiles = {makeProfile(QStringLiteral("a"), Service::Wazzup),
                                     makeProfile(QStringLiteral("b"), Service::WoowUp)};
    store.save(profiles);
    const QList<Profile> loaded = store.load();
    QCOMPARE(loaded.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(loaded[i].id, profiles[i].id);
        QCOMPARE(loaded[i].name, profiles[i].name);
        QCOMPARE(loaded[i].service, profiles[i].service);
        QCOMPARE(loaded[i].baseUrl, profiles[i].baseUrl);
    }
}

void TestProfileStore::rateLimitRoundTrips()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    Profile limited = makeProfile(QStringLiteral("a"), Service::Wazzup);
    limited.rateLimit = 20;
    limited.rateLimitWindowSeconds = 1;
    const Profile documented = makeProfile(QStringLiteral("b"), Service::WoowUp);
    store.save({limited, documented});
    const QList<Profile> loaded = store.load();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded[0].rateLimit, 20);
    QCOMPARE(loaded[0].rateLimitWindowSeconds, 1);
    QCOMPARE(loaded[1].rateLimit, 0);
    QCOMPARE(loaded[1].rateLimitWindowSeconds, 60);
    // Not a secret: beside the name, in plain settings.
    QCOMPARE(settings.value(QStringLiteral("profiles/1/rateLimit")).toInt(), 20);
}

void TestProfileStore::demoProfilesAreNotSaved()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    Profile demo = makeProfile(QStringLiteral("demo"), Service::WoowUp);
    demo.demo = true;
    store.save({demo, makeProfile(QStringLiteral("real"), Service::WoowUp)});
    const QList<Profile> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().id, QStringLiteral("real"));
}

void TestProfileStore::unknownServiceIsSkipped()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore(settings).save({makeProfile(QStringLiteral("a"), Service::Wazzup)});
    settings.setValue(QStringLiteral("profiles/1/service"), QStringLiteral("bitrix"));
    QCOMPARE(ProfileStore(settings).load().size(), 0);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
