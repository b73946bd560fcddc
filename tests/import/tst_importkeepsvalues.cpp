// An import changes only what its file says: a staff file with only id and
// name keeps every phone (the users it updates are read one by one), and a
// customer file that maps only city leaves consent, reasons, points and
// tags as they were. Against the in-process sandbox over loopback HTTP.

#include "account.h"
#include "accountfactory.h"
#include "importsession.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"
#include "servicetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestImportKeepsValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void staffFileWithoutPhonesKeepsPhones();
    void customerFileWithOnlyCityKeepsTheRest();

private:
    QString write(const QString &name, const QByteArray &data);
    void runImport(Account *account, const QString &path);
    int requestsTo(const QString &route) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_woowup;
    std::unique_ptr<Account> m_wazzup;
    QTemporaryDir m_dir;
};

void TestImportKeepsValues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_woowup.reset(AccountFactory::create(
        Service::WoowUp, fastConfig(m_server->baseUrl(), options.woowupKey), nullptr));
    m_wazzup.reset(AccountFactory::create(
        Service::Wazzup, fastConfig(m_server->baseUrl(), options.wazzupKey), nullptr));
    QVERIFY(m_woowup && m_wazzup);
}

void TestImportKeepsValues::init()
{
    m_server->reset();
}

QString TestImportKeepsValues::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

int TestImportKeepsValues::requestsTo(const QString &route) const
{
    int total = 0;
    for (const QJsonValue &entry : m_server->requestLog()) {
        if (entry.toObject().value(QLatin1String("route")).toString() == route)
            ++total;
    }
    return total;
}

void TestImportKeepsValues::runImport(Account *account, const QString &path)
{
    ImportSession import(account->createImportStrategy(), QStringLiteral("keeps-values"),
                         m_dir.filePath(QStringLiteral("journal.sqlite")));
    QSignalSpy checked(&import, &ImportSession::checked);
    QSignalSpy failed(&import, &ImportSession::failed);
    ImportSource source;
    source.filePath = path;
    import.check(source);
    QVERIFY(checked.wait(20000));
    QCOMPARE(failed.size(), 0);
    QSignalSpy sent(&import, &ImportSession::sent);
    QVERIFY(import.send());
    QVERIFY(sent.wait(20000));
    QVERIFY2(import.sendError().isEmpty(), qPrintable(import.sendError()));
}

void TestImportKeepsValues::staffFileWithoutPhonesKeepsPhones()
{
    SandboxTestClient http(m_server->baseUrl());
    http.setAuthorization("Bearer " + m_server->options().wazzupKey.toUtf8());
    QJsonArray users;
    QByteArray csv = "id,name\n";
    for (int i = 0; i < 5; ++i) {
        users.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("staff-%1").arg(i)},
                                 {QStringLiteral("name"), QStringLiteral("Old %1").arg(i)},
                                 {QStringLiteral("phone"), QStringLiteral("7926123450%1").arg(i)}});
        csv += QStringLiteral("staff-%1,New %1\n").arg(i).toUtf8();
    }
    QCOMPARE(http.post(QStringLiteral("/v3/users"), QJsonDocument(users)).status, 200);

    runImport(m_wazzup.get(), write(QStringLiteral("staff.csv"), csv));

    // One GET per user the file updates, before anything was sent.
    QCOMPARE(requestsTo(QStringLiteral("GET /v3/users/{id}")), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject user = http.get(QStringLiteral("/v3/users/staff-%1").arg(i)).object();
        QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("New %1").arg(i));
        QCOMPARE(user.value(QLatin1String("phone")).toString(),
                 QStringLiteral("7926123450%1").arg(i));
    }
}

void TestImportKeepsValues::customerFileWithOnlyCityKeepsTheRest()
{
    SandboxTestClient http(m_server->baseUrl());
    http.setAuthorization("Basic " + m_server->options().woowupKey.toUtf8());
    const QJsonObject before{
        {QStringLiteral("email"), QStringLiteral("keeps@example.com")},
        {QStringLiteral("mailing_enabled"), QStringLiteral("disabled")},
        {QStringLiteral("mailing_disabled_reason"), QStringLiteral("unsubscribe")},
        {QStringLiteral("sms_enabled"), QStringLiteral("disabled")},
        {QStringLiteral("sms_disabled_reason"), QStringLiteral("bounce")},
        {QStringLiteral("points"), 350},
        {QStringLiteral("tags"), QStringLiteral("vip, newsletter")},
    };
    QCOMPARE(http.post(QStringLiteral("/apiv3/users"), QJsonDocument(before)).status, 200);

    runImport(m_woowup.get(),
              write(QStringLiteral("city.csv"), "email,city\nkeeps@example.com,Rosario\n"));

    const QJsonObject after =
        http.get(QStringLiteral("/apiv3/multiusers/find?email=keeps%40example.com"))
            .payload()
            .toObject();
    QCOMPARE(after.value(QLatin1String("city")).toString(), QStringLiteral("Rosario"));
    QCOMPARE(after.value(QLatin1String("mailing_enabled")), QJsonValue(false));
    QCOMPARE(after.value(QLatin1String("mailing_enabled_reason")).toString(),
             QStringLiteral("unsubscribe"));
    QCOMPARE(after.value(QLatin1String("sms_enabled")), QJsonValue(false));
    QCOMPARE(after.value(QLatin1String("sms_enabled_reason")).toString(), QStringLiteral("bounce"));
    QCOMPARE(after.value(QLatin1String("whatsapp_enabled")), QJsonValue(true));
    QCOMPARE(after.value(QLatin1String("points")).toInteger(), 350);
    QCOMPARE(after.value(QLatin1String("tags")).toArray(),
             (QJsonArray{QStringLiteral("vip"), QStringLiteral("newsletter")}));
    // The update carried the identifier and the city, nothing else.
    for (const QJsonValue &entry : m_server->requestLog()) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("route")).toString().startsWith(QLatin1String("PUT")))
            QCOMPARE(request.value(QLatin1String("body")).toObject().keys(),
                     (QStringList{QStringLiteral("city"), QStringLiteral("email")}));
    }
}

QTEST_GUILESS_MAIN(TestImportKeepsValues)
#include "tst_importkeepsvalues.moc"
