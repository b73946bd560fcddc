// Secrets hygiene: a whole session with every debug category on —
// profiles saved, Wazzup users listed and written, WoowUp customers created,
// updated, bulk deleted with the journal, restored, a delete report written,
// userdesk-cli run — then every file it could have written and everything it
// logged is searched for the API keys. None may appear anywhere.
//
// Also: the CLI offers no option that takes a key, and plain http:// to
// anything but this computer is refused before a key could be sent.

#include "apiclient.h"
#include "bulkdeletereport.h"
#include "bulkdeletewoowup.h"
#include "journal.h"
#include "profilestore.h"
#include "restorewoowup.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "woowupclient.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Distinctive enough that a hit cannot be a coincidence.
const QString wazzupKey = QStringLiteral("wz-HYGIENE-7Kq2Vd9xPz-4f1c");
const QString woowupKey = QStringLiteral("wu-HYGIENE-Rm3Tb8LwQe-a9e0");
const QString wrongKey = QStringLiteral("wu-HYGIENE-WRONG-Zy5Hn2Jc-77b2");

QMutex logMutex;
QByteArray capturedLog;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;
int debugMessages = 0;

// Everything goes to the buffer and the file; only warnings and worse go on
// to QTest's handler, which would otherwise drown in Qt's own debug output.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The in-process sandbox stands for the service: QHttpServer's own debug
    // output shows the requests it received, key included, as the real
    // service's logs would. That is the server's side, not the app's.
    const QByteArray category(context.category ? context.category : "");
    if (category.startsWith("qt.httpserver"))
        return;
    {
        QMutexLocker locker(&logMutex);
        const QByteArray line = QByteArray(context.category ? context.category : "default") + ": "
            + message.toUtf8() + '\n';
        capturedLog += line;
        if (logFile)
            logFile->write(line);
        if (type == QtDebugMsg || type == QtInfoMsg)
            ++debugMessages;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

// The forms a key could take in a file: as text in UTF-8 or UTF-16 (SQLite,
// QSettings), Base64 (an Authorization header written out), percent-encoded.
QList<QByteArray> keyForms(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return {utf8, utf16, utf8.toBase64(), QUrl::toPercentEncoding(key),
            // The distinctive middle alone catches a truncated or masked copy.
            utf8.mid(3, 16)};
}

QStringList findKeys(const QByteArray &haystack, const QString &where)
{
    QStringList hits;
    for (const QString &key : {wazzupKey, woowupKey, wrongKey}) {
        for (const QByteArray &form : keyForms(key)) {
            const qsizetype at = haystack.indexOf(form);
            if (at < 0)
                continue;
            // The line it is on says who wrote it.
            const qsizetype lineStart = haystack.lastIndexOf('\n', at) + 1;
            const QByteArray line = haystack.mid(lineStart, 200).split('\n').value(0);
            hits.append(where + QStringLiteral(": ") + QString::fromUtf8(line));
        }
    }
    return hits;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionLeavesNoKey();
    void cliHasNoKeyOption();
    void cliRefusesKeyOnCommandLine();
    void insecureUrlRefused_data();
    void insecureUrlRefused();

private:
    ApiClientConfig config(const QString &key) const;
    QByteArray runCli(const QStringList &arguments, const QString &key, int *exitCode);
    void runSession();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_cliOutput;
    int m_filesSearched = 0;
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_dir.isValid());
    logFile = new QFile(m_dir.filePath(QStringLiteral("session.log")));
    QVERIFY(logFile->open(QIODevice::WriteOnly));
    // QTest installed its own handler in qExec(); ours goes in front of it.
    previousHandler = qInstallMessageHandler(captureMessage);

    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Demo;
    options.wazzupKey = wazzupKey;
    options.woowupKey = woowupKey;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
}

void TestSecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker locker(&logMutex);
    delete logFile;
    logFile = nullptr;
}

ApiClientConfig TestSecretHygiene::config(const QString &key) const
{
    ApiClientConfig result = fastConfig(m_server->baseUrl(), key);
    result.timeoutMs = 20000; // instrumented builds are slow; the sandbox has no faults here
    return result;
}

QByteArray TestSecretHygiene::runCli(const QStringList &arguments, const QString &key,
                                     int *exitCode)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    if (key.isEmpty())
        environment.remove(QStringLiteral("USERDESK_API_KEY"));
    else
        environment.insert(QStringLiteral("USERDESK_API_KEY"), key);
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(USERDESK_CLI_PATH), arguments);
    // The sandbox answers from this process's event loop: keep it turning.
    QElapsedTimer clock;
    clock.start();
    while (cli.state() != QProcess::NotRunning && clock.elapsed() < 120000)
        QTest::qWait(20);
    if (cli.state() != QProcess::NotRunning) {
        cli.kill();
        cli.waitForFinished();
    }
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return cli.readAll();
}

void TestSecretHygiene::runSession()
{
    // Profiles, as the account dialog saves them (the key goes to the keychain,
    // which this test does not have: the point is that it is not here).
    QSettings settings(m_dir.filePath(QStringLiteral("Userdesk.conf")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    Profile wazzupProfile{QStringLiteral("p-wazzup"), QStringLiteral("Support Wazzup"),
                          Service::Wazzup, m_server->wazzupBaseUrl(), false};
    Profile woowupProfile{QStringLiteral("p-woowup"), QStringLiteral("Shop WoowUp"),
                          Service::WoowUp, m_server->woowupBaseUrl(), false};
    profiles.save({wazzupProfile, woowupProfile});
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    std::unique_ptr<WazzupClient> wazzup(WazzupClient::create(config(wazzupKey)));
    QVERIFY(wazzup);
    QVERIFY(!await(wazzup->upsertUsers({{QStringLiteral("hyg-1"), QStringLiteral("Ana Hygiene"),
                                         QStringLiteral("79001112233")}}))
                 ->error());
    QVERIFY(!await(wazzup->listUsers())->error());
    QVERIFY(!await(wazzup->deleteUser(QStringLiteral("hyg-1")))->error());

    std::unique_ptr<WoowUpClient> woowup(WoowUpClient::create(config(woowupKey)));
    QVERIFY(woowup);
    WoowUpCustomerList created;
    for (int i = 0; i < 5; ++i) {
        WoowUpCustomer customer;
        customer.email = QStringLiteral("hygiene%1@example.com").arg(i);
        customer.firstName = QStringLiteral("Hygiene");
        customer.lastName = QString::number(i);
        auto job = await(woowup->createCustomer(customer));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        created.append(job->customer());
    }
    QVERIFY(!await(woowup->searchCustomers(0, 20, QStringLiteral("hygiene")))->error());
    WoowUpCustomer changed = created.first();
    changed.lastName = QStringLiteral("Changed");
    QVERIFY(!await(woowup->updateCustomer(changed))->error());

    // A wrong key: refusals are where a key is most tempting to log.
    std::unique_ptr<WoowUpClient> wrong(WoowUpClient::create(config(wrongKey)));
    QVERIFY(wrong);
    QVERIFY(await(wrong->searchCustomers(0, 1))->error());

    Journal journal;
    QVERIFY2(journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))),
             qPrintable(journal.errorString()));
    BulkDeleteWoowUp bulk(woowup.get(), &journal, woowupProfile.id);
    bulk.setCustomers(created);
    QSignalSpy deleted(&bulk, &BulkDelete::finished);
    bulk.start();
    QVERIFY(deleted.wait(60000));
    QCOMPARE(bulk.count(JournalItem::State::Deleted), created.size());

    QString reportError;
    QVERIFY2(BulkDeleteReport::writeCsv(m_dir.filePath(QStringLiteral("report.csv")), bulk.items(),
                                        &reportError),
             qPrintable(reportError));

    RestoreWoowUp restore(woowup.get(), &journal);
    QSignalSpy restored(&restore, &RestoreRecords::finished);
    restore.start(journal.items(bulk.operationId()));
    QVERIFY(restored.wait(60000));
    QCOMPARE(restore.restoredCount(), created.size());

    int exitCode = -1;
    m_cliOutput +=
        runCli({QStringLiteral("--service"), QStringLiteral("woowup"), QStringLiteral("--base-url"),
                m_server->baseUrl().toString(), QStringLiteral("list"), QStringLiteral("--search"),
                QStringLiteral("hygiene"), QStringLiteral("--json")},
               woowupKey, &exitCode);
    QVERIFY2(exitCode == 0, m_cliOutput.right(2000).constData());
    m_cliOutput +=
        runCli({QStringLiteral("--service"), QStringLiteral("wazzup"), QStringLiteral("--base-url"),
                m_server->baseUrl().toString(), QStringLiteral("list")},
               wrongKey, &exitCode);
    QCOMPARE(exitCode, 1);
}

void TestSecretHygiene::sessionLeavesNoKey()
{
    QStandardPaths::setTestModeEnabled(true);
    runSession();
    if (QTest::currentTestFailed())
        return;
    {
        QMutexLocker locker(&logMutex);
        logFile->flush();
        // Without debug output the search would prove nothing.
        QVERIFY2(debugMessages > 10, "debug logging did not reach the handler");
        QVERIFY(capturedLog.contains("userdesk.http: "));
    }

    QStringList roots{m_dir.path()};
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                          QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::GenericCacheLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        if (!root.isEmpty() && !roots.contains(root))
            roots.append(root);
    }

    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++m_filesSearched;
            // Large unrelated files in the temp location: the first 64 MB is plenty.
            hits += findKeys(file.read(64 * 1024 * 1024), file.fileName());
        }
    }
    QVERIFY2(m_filesSearched >= 4, "the session's files were not found");
    {
        QMutexLocker locker(&logMutex);
        hits += findKeys(capturedLog, QStringLiteral("captured log"));
    }
    hits += findKeys(m_cliOutput, QStringLiteral("userdesk-cli output"));
    qInfo("searched %d files in %lld roots, %lld bytes of log, %lld bytes of CLI output",
          m_filesSearched, qint64(roots.size()), qint64(capturedLog.size()),
          qint64(m_cliOutput.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestSecretHygiene::cliHasNoKeyOption()
{
    int exitCode = -1;
    const QString help = QString::fromUtf8(runCli({QStringLiteral("--help")}, {}, &exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY(help.contains(QLatin1String("--service")));
    // Options are "-x, --name <value>" at the start of a line.
    for (QString line : help.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.startsWith(QLatin1Char('-')))
            continue;
        const QString option = line.section(QLatin1Char(' '), 0, 2).toLower();
        for (const char *word : {"key", "token", "secret", "password", "auth"})
            QVERIFY2(!option.contains(QLatin1String(word)), qPrintable(line));
    }
}

void TestSecretHygiene::cliRefusesKeyOnCommandLine()
{
    // Whatever the spelling, a key on the command line is a usage error (it
    // would be in the shell history and in ps), and nothing is sent.
    for (const QString &option : {QStringLiteral("--api-key"), QStringLiteral("--key")}) {
        int exitCode = -1;
        const QByteArray output = runCli(
            {QStringLiteral("--service"), QStringLiteral("woowup"), QStringLiteral("--base-url"),
             m_server->baseUrl().toString(), option, woowupKey, QStringLiteral("list")},
            {}, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY(!output.contains(woowupKey.toUtf8()));
    }
}

void TestSecretHygiene::insecureUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("http remote") << QStringLiteral("http://api.woowup.com/apiv3") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1:8080") << false;
    QTest::newRow("http localhost look-alike")
        << QStringLiteral("http://localhost.attacker.example") << false;
    QTest::newRow("http loopback look-alike") << QStringLiteral("http://127.0.0.1.nip.io") << false;
    QTest::newRow("http upper case") << QStringLiteral("HTTP://API.WOOWUP.COM/apiv3") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("https remote") << QStringLiteral("https://api.woowup.com/apiv3") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9/") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/") << true;
}

void TestSecretHygiene::insecureUrlRefused()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ApiClientConfig config = WoowUpClient::defaultConfig();
    config.baseUrl = QUrl(url);
    config.apiKey = woowupKey;

    ApiError error;
    std::unique_ptr<WoowUpClient> woowup(WoowUpClient::create(config, &error));
    QCOMPARE(bool(woowup), accepted);
    if (!accepted)
        QVERIFY(!error.message().isEmpty());

    ApiError wazzupError;
    std::unique_ptr<WazzupClient> wazzup(WazzupClient::create(config, &wazzupError));
    QCOMPARE(bool(wazzup), accepted);
    if (!accepted) {
        QVERIFY(!wazzupError.message().isEmpty());
        QVERIFY(!wazzupError.message().contains(woowupKey));
    }
}

int main(int argc, char *argv[])
{
    // Before QCoreApplication, so that every category is on from the start.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Userdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Userdesk"));
    TestSecretHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrethygiene.moc"
