// What an import may change and how it can be taken back, against the
// in-process sandbox over loopback HTTP (issue 16):
//  - a Wazzup sync's deletes are snapshotted (phones included) into the
//    deletion journal as one operation, which restores them;
//  - userdesk-cli refuses a sync deleting more than --max-delete (exit 2,
//    nothing sent);
//  - consent defaults for the blank cells of new WoowUp customers, in the
//    session and as --consent-default; blank cells of updates keep the
//    server's value;
//  - the error report uses the source file's delimiter;
//  - a staff phone that cannot be normalised is a row problem, one that can
//    is sent normalised;
//  - a table export imported again gives the server back its values, field
//    by field, also those starting with = + - @ (the formula guard).

#include "account.h"
#include "accountfactory.h"
#include "clirunner.h"
#include "csvexport.h"
#include "deletedrecordsmodel.h"
#include "importpreviewmodel.h"
#include "importsession.h"
#include "journal.h"
#include "restorerecords.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "wazzupclient.h"
#include "wazzupjobs.h"
#include "woowupclient.h"
#include "woowupcustomertablemodel.h"
#include "woowupjobs.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestImportSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void syncDeletesGoToTheDeletionJournal();
    void cliRefusesMoreDeletesThanMaxDelete();
    void consentDefaultsForBlankCellsOfNewCustomers();
    void cliConsentDefault_data();
    void cliConsentDefault();
    void reportUsesSourceDelimiter();
    void staffPhonesNormalisedOrRefused();
    void previewShowsPhonesAsSent();
    void exportImportRoundTrip();

private:
    QString write(const QString &name, const QByteArray &data);
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }
    std::unique_ptr<ImportSession> session(Account *account);
    // Checks the file and returns once the plan is ready.
    bool check(ImportSession *import, const QString &path, bool deleteMissing = false);
    bool send(ImportSession *import);
    using Run = CliRun;
    CliRun runCli(const QString &service, const QStringList &arguments);
    WoowUpCustomer find(const QString &email);
    WazzupUserList wazzupUsers();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_woowup;
    std::unique_ptr<Account> m_wazzup;
    std::unique_ptr<WoowUpClient> m_woowupClient;
    std::unique_ptr<WazzupClient> m_wazzupClient;
    QTemporaryDir m_dir;
};

void TestImportSafety::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(USERDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    const ApiClientConfig woowup = fastConfig(m_server->baseUrl(), options.woowupKey);
    const ApiClientConfig wazzup = fastConfig(m_server->baseUrl(), options.wazzupKey);
    m_woowup.reset(AccountFactory::create(Service::WoowUp, woowup, nullptr));
    m_wazzup.reset(AccountFactory::create(Service::Wazzup, wazzup, nullptr));
    m_woowupClient.reset(WoowUpClient::create(woowup));
    m_wazzupClient.reset(WazzupClient::create(wazzup));
    QVERIFY(m_woowup && m_wazzup && m_woowupClient && m_wazzupClient);
}

void TestImportSafety::init()
{
    m_server->reset();
    QFile::remove(journalPath());
    QFile::remove(journalPath() + QStringLiteral("-wal"));
    QFile::remove(journalPath() + QStringLiteral("-shm"));
}

QString TestImportSafety::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

std::unique_ptr<ImportSession> TestImportSafety::session(Account *account)
{
    return std::make_unique<ImportSession>(account->createImportStrategy(),
                                           QStringLiteral("safety"), journalPath());
}

bool TestImportSafety::check(ImportSession *import, const QString &path, bool deleteMissing)
{
    QSignalSpy checked(import, &ImportSession::checked);
    import->setDeleteMissing(deleteMissing);
    ImportSource source;
    source.filePath = path;
    import->check(source);
    return checked.wait(20000) && import->state() == ImportSession::State::Checked;
}

bool TestImportSafety::send(ImportSession *import)
{
    QSignalSpy sent(import, &ImportSession::sent);
    return import->send() && sent.wait(30000) && import->sendError().isEmpty();
}

CliRun TestImportSafety::runCli(const QString &service, const QStringList &arguments)
{
    return ::runCli(QStringLiteral(USERDESK_CLI_PATH), service, m_server->baseUrl().toString(),
                    service == QLatin1String("wazzup") ? m_server->options().wazzupKey
                                                       : m_server->options().woowupKey,
                    journalPath(),
                    QStringList{QStringLiteral("--timeout"), QStringLiteral("5")} + arguments);
}

WoowUpCustomer TestImportSafety::find(const QString &email)
{
    auto job = await(m_woowupClient->findCustomer(QStringLiteral("email"), email));
    return job->found() ? job->customer() : WoowUpCustomer();
}

WazzupUserList TestImportSafety::wazzupUsers()
{
    // In full: the list gives no phones.
    WazzupUserList users;
    auto list = await(m_wazzupClient->listUsers());
    for (const WazzupUser &user : list->users())
        users.append(await(m_wazzupClient->getUser(user.id))->user());
    return users;
}

void TestImportSafety::syncDeletesGoToTheDeletionJournal()
{
    const WazzupUserList before = wazzupUsers();
    QCOMPARE(before.size(), 40);
    int withPhone = 0;
    for (const WazzupUser &user : before)
        withPhone += user.phone.isEmpty() ? 0 : 1;
    QVERIFY(withPhone > 0); // the snapshots must be shown to keep phones

    // Three staff in the file: the other 37 go.
    const QByteArray staff = "id,name\n" + before.at(0).id.toUtf8() + ','
        + before.at(0).name.toUtf8() + "\nnew-1,Ана Новая\nnew-2,Борис Новый\n";
    auto import = session(m_wazzup.get());
    QVERIFY(check(import.get(), write(QStringLiteral("three.csv"), staff), true));
    QCOMPARE(import->plan().missing.size(), 39);
    QCOMPARE(import->plan().expected().deleted, 39);
    QVERIFY(send(import.get()));
    QCOMPARE(import->counts().deleted, 39);
    QCOMPARE(m_server->wazzupUserCount(), 3);

    // One operation of the deletion journal, every record in full.
    Journal journal;
    QVERIFY(journal.open(journalPath()));
    const QList<JournalOperation> operations = journal.operations(QStringLiteral("safety"));
    QCOMPARE(operations.size(), 1);
    QCOMPARE(operations.first().id, import->deletionOperationId());
    const QList<JournalItem> items = journal.items(operations.first().id);
    QCOMPARE(items.size(), 39);
    QMap<QString, WazzupUser> original;
    for (const WazzupUser &user : before)
        original.insert(user.id, user);
    for (const JournalItem &item : items) {
        QCOMPARE(item.state, JournalItem::State::Deleted);
        const WazzupUser &user = original.value(item.recordKey);
        QCOMPARE(item.snapshot.value(QLatin1String("name")).toString(), user.name);
        QCOMPARE(item.snapshot.value(QLatin1String("phone")).toString(), user.phone);
    }

    // "Recently deleted" shows them, and restores them from there.
    DeletedRecordsModel recent;
    recent.setJournal(&journal, QStringLiteral("safety"));
    QCOMPARE(recent.rowCount(), 39);
    std::unique_ptr<RestoreRecords> restore(m_wazzup->createRestore(&journal));
    QSignalSpy restored(restore.get(), &RestoreRecords::finished);
    restore->start(journal.items(operations.first().id));
    QVERIFY(restored.wait(30000));
    QCOMPARE(restore->restoredCount(), 39);
    QMap<QString, WazzupUser> after;
    for (const WazzupUser &user : wazzupUsers())
        after.insert(user.id, user);
    for (const WazzupUser &user : before)
        QCOMPARE(after.value(user.id), user); // names and phones as they were
}

void TestImportSafety::cliRefusesMoreDeletesThanMaxDelete()
{
    const QString path =
        write(QStringLiteral("sync.csv"), "id,name\nkeep-1,Uno\nkeep-2,Dos\nkeep-3,Tres\n");
    const Run refused =
        runCli(QStringLiteral("wazzup"),
               {QStringLiteral("import"), path, QStringLiteral("--delete-missing")});
    QCOMPARE(refused.exitCode, 2);
    const QStringList lines = refused.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("40")), qPrintable(refused.err));
    QVERIFY2(lines.first().contains(QLatin1String("--max-delete 20")), qPrintable(refused.err));
    QCOMPARE(m_server->wazzupUserCount(), 40);
    // Nothing sent: only reads reached the server.
    const QJsonObject routes = m_server->stats()
                                   .value(QLatin1String("requests"))
                                   .toObject()
                                   .value(QLatin1String("by_route"))
                                   .toObject();
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it)
        QVERIFY2(it.key().startsWith(QLatin1String("GET ")), qPrintable(it.key()));

    const Run bad = runCli(QStringLiteral("wazzup"),
                           {QStringLiteral("import"), path, QStringLiteral("--delete-missing"),
                            QStringLiteral("--max-delete"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--max-delete")), qPrintable(bad.err));

    // Allowed: sent, and the deletes are in the deletion journal.
    const Run allowed = runCli(QStringLiteral("wazzup"),
                               {QStringLiteral("import"), path, QStringLiteral("--delete-missing"),
                                QStringLiteral("--max-delete"), QStringLiteral("40")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err + allowed.out));
    QCOMPARE(m_server->wazzupUserCount(), 3);
    Journal journal;
    QVERIFY(journal.open(journalPath()));
    const QRegularExpression said(QStringLiteral("kept in the journal as deletion (\\d+)"));
    const QRegularExpressionMatch match = said.match(allowed.out);
    QVERIFY2(match.hasMatch(), qPrintable(allowed.out));
    const auto operation = journal.operation(match.captured(1).toLongLong());
    QVERIFY(operation);
    QCOMPARE(operation->kind, QStringLiteral("delete"));
    const QList<JournalItem> items = journal.items(operation->id);
    QCOMPARE(items.size(), 40);
    for (const JournalItem &item : items) {
        QCOMPARE(item.state, JournalItem::State::Deleted);
        QVERIFY(item.hasSnapshot());
    }
}

void TestImportSafety::consentDefaultsForBlankCellsOfNewCustomers()
{
    // One customer exists with mailing switched off; the file updates her
    // name and leaves every consent cell blank, as for the two new ones.
    WoowUpCustomer existing;
    existing.email = QStringLiteral("old@consent.example");
    existing.firstName = QStringLiteral("Vieja");
    existing.mailing.enabled = false;
    existing.mailing.disabledReason = QStringLiteral("bounce");
    QVERIFY(!await(m_woowupClient->createCustomer(existing))->error());
    const QString path = write(QStringLiteral("consent.csv"),
                               "email,first_name,mailing_enabled,whatsapp_enabled,sms_enabled\n"
                               "old@consent.example,Renombrada,,,\n"
                               "new1@consent.example,Nueva,,,\n"
                               "new2@consent.example,Otra,,yes,\n");
    auto import = session(m_woowup.get());
    QVERIFY(check(import.get(), path));
    const ImportPlan &plan = import->plan();
    QCOMPARE(plan.expected().created, 2);
    QCOMPARE(plan.expected().updated, 1);
    using Channel = ConsentDefaults::Channel;
    QCOMPARE(ConsentDefaults::blankCreates(plan, Channel::Mailing), 2);
    QCOMPARE(ConsentDefaults::blankCreates(plan, Channel::Whatsapp), 1);
    QCOMPARE(ConsentDefaults::blankCreates(plan, Channel::Sms), 2);
    QCOMPARE(ConsentDefaults::blankUpdates(plan, Channel::Mailing), 1);

    ConsentDefaults defaults;
    ChannelConsent off;
    off.enabled = false;
    off.disabledReason = QStringLiteral("unsubscribe");
    defaults.set(Channel::Mailing, off);
    defaults.set(Channel::Whatsapp, off);
    import->setConsentDefaults(defaults); // SMS: WoowUp's default
    QVERIFY(send(import.get()));

    for (const QString &email :
         {QStringLiteral("new1@consent.example"), QStringLiteral("new2@consent.example")}) {
        const WoowUpCustomer created = find(email);
        QCOMPARE(created.mailing.enabled, std::optional<bool>(false));
        QCOMPARE(created.mailing.disabledReason, QStringLiteral("unsubscribe"));
        QCOMPARE(created.sms.enabled, std::optional<bool>(true)); // WoowUp's own default
    }
    QCOMPARE(find(QStringLiteral("new1@consent.example")).whatsapp.enabled,
             std::optional<bool>(false));
    // A cell the file does fill is the file's.
    QCOMPARE(find(QStringLiteral("new2@consent.example")).whatsapp.enabled,
             std::optional<bool>(true));
    // The update keeps the server's consent.
    const WoowUpCustomer updated = find(QStringLiteral("old@consent.example"));
    QCOMPARE(updated.firstName, QStringLiteral("Renombrada"));
    QCOMPARE(updated.mailing.enabled, std::optional<bool>(false));
    QCOMPARE(updated.mailing.disabledReason, QStringLiteral("bounce"));
}

void TestImportSafety::cliConsentDefault_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stderr when refused
    QTest::addColumn<QString>("mailing"); // the new customer's, when sent
    QTest::addColumn<QString>("sms");

    QTest::newRow("none: WoowUp's default")
        << QStringList() << 0 << QString() << QStringLiteral("true") << QStringLiteral("true");
    QTest::newRow("disabled with a reason, sms enabled")
        << QStringList{QStringLiteral("mailing=disabled:unsubscribe"),
                       QStringLiteral("sms=enabled")}
        << 0 << QString() << QStringLiteral("false:unsubscribe") << QStringLiteral("true");
    QTest::newRow("disabled without a reason")
        << QStringList{QStringLiteral("sms=disabled")} << 0 << QString() << QStringLiteral("true")
        << QStringLiteral("false:");
    QTest::newRow("unknown channel")
        << QStringList{QStringLiteral("email=disabled")} << 2
        << QStringLiteral("CHANNEL one of mailing, whatsapp, sms") << QString() << QString();
    QTest::newRow("unknown state") << QStringList{QStringLiteral("mailing=off")} << 2
                                   << QStringLiteral("mailing=off") << QString() << QString();
    QTest::newRow("unknown reason")
        << QStringList{QStringLiteral("mailing=disabled:tired")} << 2
        << QStringLiteral("REASON one of bounce") << QString() << QString();
    QTest::newRow("reason on enabled")
        << QStringList{QStringLiteral("sms=enabled:bounce")} << 2
        << QStringLiteral("sms=enabled:bounce") << QString() << QString();
    QTest::newRow("no =") << QStringList{QStringLiteral("mailing")} << 2
                          << QStringLiteral("--consent-default") << QString() << QString();
}

void TestImportSafety::cliConsentDefault()
{
    QFETCH(QStringList, values);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, mailing);
    QFETCH(QString, sms);

    const QString email = QStringLiteral("cli@consent.example");
    const QString path =
        write(QStringLiteral("cli-consent.csv"), "email,first_name\n" + email.toUtf8() + ",Cli\n");
    QStringList arguments{QStringLiteral("import"), path};
    for (const QString &value : values)
        arguments << QStringLiteral("--consent-default") << value;
    const int before = m_server->woowupCustomerCount();
    const Run run = runCli(QStringLiteral("woowup"), arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(m_server->woowupCustomerCount(), before);
        return;
    }
    // The plan says what the blank cells get.
    QVERIFY2(run.out.contains(QLatin1String("mailing: 1 new customer(s) blank in the file get")),
             qPrintable(run.out));
    const WoowUpCustomer created = find(email);
    const auto text = [](const ChannelConsent &consent) {
        return !consent.enabled.has_value() ? QStringLiteral("unset")
            : *consent.enabled              ? QStringLiteral("true")
                                            : QStringLiteral("false:") + consent.disabledReason;
    };
    QCOMPARE(text(created.mailing), mailing);
    QCOMPARE(text(created.sms), sms);
}

void TestImportSafety::reportUsesSourceDelimiter()
{
    const QString path = write(QStringLiteral("semicolon.csv"),
                               "email;first_name;last_name\n"
                               "ok@report.example;Ana;Pérez\n"
                               "not an e-mail;Luis, el primo;García\n");
    auto import = session(m_woowup.get());
    QVERIFY(check(import.get(), path));
    QCOMPARE(import->plan().csv.delimiter, QChar(u';'));
    const QString report = m_dir.filePath(QStringLiteral("semicolon-report.csv"));
    QVERIFY(import->writeReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.value(0), QStringLiteral("Line;Reason;email;first_name;last_name"));
    // The comma inside a cell needs no quotes in a ';' file.
    QVERIFY2(lines.value(1).startsWith(QLatin1String("3;")), qPrintable(lines.value(1)));
    QVERIFY2(lines.value(1).endsWith(QStringLiteral(";not an e-mail;Luis, el primo;García")),
             qPrintable(lines.value(1)));
}

void TestImportSafety::staffPhonesNormalisedOrRefused()
{
    const QString path = write(QStringLiteral("phones.csv"),
                               "id,name,phone\n"
                               "ph-1,Иван,+7 926 111-22-33\n"
                               "ph-2,Juan,54911\n");
    auto import = session(m_wazzup.get());
    QVERIFY(check(import.get(), path));
    const ImportReadResult &read = import->readResult();
    QCOMPARE(read.validCount, 1);
    QCOMPARE(read.invalidCount, 1);
    // The check step lists the row with its reason: not "0 rows have problems".
    const ImportRow &refused = read.rows.at(1);
    QCOMPARE(refused.action, ImportRow::Action::Invalid);
    QVERIFY2(refused.error.contains(QLatin1String("54911")), qPrintable(refused.error));
    QVERIFY(send(import.get()));
    QCOMPARE(await(m_wazzupClient->getUser(QStringLiteral("ph-1")))->user().phone,
             QStringLiteral("79261112233"));
    QVERIFY(await(m_wazzupClient->getUser(QStringLiteral("ph-2")))->error());
}

void TestImportSafety::previewShowsPhonesAsSent()
{
    const QStringList headers{QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("phone")};
    ImportPreviewModel model;
    model.setRows(
        headers,
        {{QStringLiteral("ph-1"), QStringLiteral("Иван"), QStringLiteral("+7 926 111-22-33")},
         {QStringLiteral("ph-2"), QStringLiteral("Juan"), QStringLiteral("54911")}});
    // Before the columns are mapped, the cells as read.
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("+7 926 111-22-33"));
    model.setMapping(ColumnMapping::automatic(Service::Wazzup, headers));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("79261112233"));
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(u"+7 926 111-22-33"));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("54911"));
    QVERIFY(model.index(1, 2).data(Qt::ToolTipRole).toString().contains(u"skipped"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Иван"));
}

void TestImportSafety::exportImportRoundTrip()
{
    // Values a spreadsheet would run as formulas: the export guards them
    // with ' and the import takes the guard off again.
    QList<WoowUpCustomer> originals;
    const QString starts[] = {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
                              QStringLiteral("@")};
    for (int i = 0; i < 4; ++i) {
        WoowUpCustomer c;
        c.email = QStringLiteral("trip%1@roundtrip.example").arg(i);
        c.firstName = starts[i] + QStringLiteral("Nombre %1").arg(i);
        c.telephone = QStringLiteral("+34 633 000 11%1").arg(i);
        c.document = starts[i] + QStringLiteral("1234567%1").arg(i);
        c.serviceUid = starts[i] + QStringLiteral("uid-%1").arg(i);
        c.city = starts[i] + QStringLiteral("SUM(A%1)").arg(i);
        QVERIFY(!await(m_woowupClient->createCustomer(c))->error());
        originals.append(find(c.email));
        QCOMPARE(originals.last().firstName, c.firstName);
    }

    // Export as the table does: its header text, what its cells show.
    WoowUpCustomerTableModel model;
    WoowUpClient *client = m_woowupClient.get();
    model.setPageLoader([&model, client](quint64 generation, int page, const QString &search) {
        WoowUpSearchJob *job =
            client->searchCustomers(page, WoowUpCustomerTableModel::pageSize, search);
        QObject::connect(job, &ApiJob::finished, &model, [&model, job, generation, page] {
            model.appendPage(generation, page, job->customers());
            job->deleteLater();
        });
    });
    model.setSearch(QStringLiteral("roundtrip.example"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 20000);
    const QList<int> columns{
        WoowUpCustomerTableModel::NameColumn,       WoowUpCustomerTableModel::EmailColumn,
        WoowUpCustomerTableModel::TelephoneColumn,  WoowUpCustomerTableModel::DocumentColumn,
        WoowUpCustomerTableModel::ServiceUidColumn, WoowUpCustomerTableModel::CityColumn};
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(CsvExport::write(&model, columns, CsvExport::allRows(&model), &file));
    }
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    QVERIFY2(text.contains("\n'=Nombre 0,"), text.constData()); // guarded in the file

    // Gone from the server, then imported from the export.
    m_server->reset();
    QVERIFY(!find(originals.first().email).userappId);
    auto import = session(m_woowup.get());
    QVERIFY(check(import.get(), path));
    QCOMPARE(import->plan().expected().created, 4);
    QCOMPARE(import->plan().expected().invalid, 0);
    QVERIFY(send(import.get()));
    for (const WoowUpCustomer &original : std::as_const(originals)) {
        const WoowUpCustomer back = find(original.email);
        QCOMPARE(back.email, original.email);
        QCOMPARE(back.firstName, original.firstName);
        QCOMPARE(back.telephone, original.telephone);
        QCOMPARE(back.document, original.document);
        QCOMPARE(back.serviceUid, original.serviceUid);
        QCOMPARE(back.city, original.city);
    }
}

QTEST_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
