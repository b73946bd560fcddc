// The import dialog's four steps, offscreen, against the in-process
// sandbox: file and preview, mapping, check and plan, sending and summary.

#include "account.h"
#include "accountfactory.h"
#include "deletedrecordsmodel.h"
#include "importchangesmodel.h"
#include "importdialog.h"
#include "importjournal.h"
#include "importpreviewmodel.h"
#include "importreader.h"
#include "importrowdialog.h"
#include "importsession.h"
#include "journal.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "translator.h"
#include "wazzupclient.h"
#include "wazzupjobs.h"
#include "woowupclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walksFourStepsWoowUp();
    void wazzupSyncWithDeleteMissing();
    void offersToResumeAnUnfinishedImport();
    void pagesGateTheWizardButtons();
    void checkStepInEveryLanguage();
    void checkStepTableFiltersAndExpands();
    void correctsAProblemRowInPlace();
    void correctsAWazzupRowInPlace();

private:
    QString write(const QString &name, const QByteArray &data);
    ImportDialog::Setup setup(Account *account);
    std::unique_ptr<Account> account(Service service);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

QString TestImportDialog::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

std::unique_ptr<Account> TestImportDialog::account(Service service)
{
    const QString key =
        service == Service::Wazzup ? m_server->options().wazzupKey : m_server->options().woowupKey;
    return std::unique_ptr<Account>(
        AccountFactory::create(service, fastConfig(m_server->baseUrl(), key), nullptr));
}

ImportDialog::Setup TestImportDialog::setup(Account *account)
{
    ImportDialog::Setup result;
    result.account = account;
    result.profileId = QStringLiteral("test-profile");
    result.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    result.settings = m_settings.get();
    return result;
}

// The README's screenshots of the dialog are taken here, where its steps are
// walked anyway: USERDESK_SCREENSHOT_DIR=docs ./tst_importdialog
static void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(widget.size().expandedTo(QSize(820, 600)));
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

// Opens the file and walks on to the check step, until its plan is ready.
static void openCheckStep(ImportDialog &dialog, const QString &path)
{
    dialog.show();
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    dialog.setFilePath(path);
    QTRY_VERIFY(next->isEnabled());
    next->click();
    next->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
}

void TestImportDialog::walksFourStepsWoowUp()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    // Spanish headers, a semicolon and Windows-1252, as Spanish Excel writes it.
    const QString path = write(QStringLiteral("clientes.csv"),
                               QStringLiteral("Correo electrónico;Nombre;Apellido;Teléfono\n"
                                              "lucia.dialog@example.com;Lucía;Núñez;0114567890\n"
                                              "marta.dialog@example.com;Marta;Peña;\n"
                                              "no es un correo;Sin;Correo;\n")
                                   .toLatin1());

    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    ImportDialog dialog(setup(woowup.get()));
    dialog.show();
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    QVERIFY(next);

    // Step 1: the guesses and the preview.
    dialog.setFilePath(path);
    QTRY_VERIFY(next->isEnabled());
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentData().toString(),
        QStringLiteral(";"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("headerCheck"))->isChecked());
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("filePreview"));
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("Lucía"));
    // Numbered as a spreadsheet shows the file: the header is row 1.
    QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toInt(), 2);

    // Step 2: matched automatically; the preview's header names the fields.
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::MappingStep);
    auto *emailCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo0"));
    QVERIFY(emailCombo);
    QCOMPARE(emailCombo->currentData().toString(), QStringLiteral("email"));
    QVERIFY(preview->model()->headerData(0, Qt::Horizontal).toString().contains(u'→'));
    QVERIFY(next->isEnabled());

    // Step 3: validation and the plan; nothing sent yet.
    const int before = m_server->woowupCustomerCount();
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::CheckStep);
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("validityLabel"))->text().contains(u'2'));
    // Named once, as the preview numbers it: the file's row 4.
    const QString invalid =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("invalidList"))->toPlainText();
    QVERIFY2(invalid.startsWith(QLatin1String("Row 4, column"))
                 && invalid.count(QLatin1String("Row 4")) == 1
                 && !invalid.contains(QLatin1String("Line")),
             qPrintable(invalid));
    QCOMPARE(preview->model()->headerData(2, Qt::Vertical).toInt(), 4);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planLabel"))->text().contains(u'2'));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("estimateLabel"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("deleteMissingCheck"))->isVisible());
    QCOMPARE(m_server->woowupCustomerCount(), before);
    // No consent column: WoowUp would store "can receive" for both new
    // customers on every channel. E-mail is switched off here instead.
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("consentDefaults"))->isVisible());
    for (const char *channel : {"mailing", "whatsapp", "sms"}) {
        auto *count =
            dialog.findChild<QLabel *>(QStringLiteral("consentCount") + QLatin1String(channel));
        QVERIFY2(count->isVisible() && count->text().contains(QLatin1String(": 2 new customer")),
                 qPrintable(count->text()));
    }
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("consentUpdates"))->isVisible());
    auto *mailingChoice = dialog.findChild<QComboBox *>(QStringLiteral("consentChoicemailing"));
    auto *mailingReason = dialog.findChild<QComboBox *>(QStringLiteral("consentReasonmailing"));
    QVERIFY(!mailingReason->isEnabled());
    mailingChoice->setCurrentIndex(mailingChoice->findData(QStringLiteral("disabled")));
    QVERIFY(mailingReason->isEnabled());
    mailingReason->setCurrentIndex(mailingReason->findData(QStringLiteral("bounce")));
    saveScreenshot(dialog, QStringLiteral("import-plan.png"));

    // Step 4: send, then the summary and the report.
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::SendStep);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY2(summary->text().contains(QLatin1String("Created: 2.")), qPrintable(summary->text()));
    // Finished: no time left to guess, and WoowUp imports delete nothing.
    const QString progressText = dialog.findChild<QLabel *>(QStringLiteral("progressText"))->text();
    QVERIFY2(progressText.startsWith(QLatin1String("2 of 2 row"))
                 && !progressText.contains(QLatin1String("left"))
                 && !progressText.contains(QLatin1String("per second")),
             qPrintable(progressText));
    QVERIFY2(!summary->text().contains(QLatin1String("Deleted")), qPrintable(summary->text()));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveReportButton"))->isVisible());
    QCOMPARE(m_server->woowupCustomerCount(), before + 2);
    saveScreenshot(dialog, QStringLiteral("import-progress.png"));

    auto found = await(
        client->findCustomer(QStringLiteral("email"), QStringLiteral("lucia.dialog@example.com")));
    QVERIFY(found->found());
    QCOMPARE(found->customer().firstName, QStringLiteral("Lucía"));
    QCOMPARE(found->customer().telephone, QStringLiteral("0114567890")); // leading zero kept
    QCOMPARE(found->customer().mailing.enabled, std::optional<bool>(false));
    QCOMPARE(found->customer().mailing.disabledReason, QStringLiteral("bounce"));
    QCOMPARE(found->customer().whatsapp.enabled, std::optional<bool>(true)); // WoowUp's default

    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    auto *saved = dialog.findChild<QLabel *>(QStringLiteral("reportSavedLabel"));
    QVERIFY(!saved->isVisible());
    QVERIFY(dialog.saveReport(report));
    // Saving says where the report went, as text that can be copied.
    QVERIFY(saved->isVisible());
    QCOMPARE(saved->text(),
             QStringLiteral("Error report saved to %1").arg(QDir::toNativeSeparators(report)));
    QVERIFY(saved->textInteractionFlags() & Qt::TextSelectableByMouse);
    saveScreenshot(dialog, QStringLiteral("import-finished.png"));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("no es un correo"));

    // The mapping was saved for this profile and these headers.
    QVERIFY(!m_settings->allKeys().isEmpty());

    // "Show imported customers" closes the wizard and names what it changed.
    auto *showImported = dialog.findChild<QPushButton *>(QStringLiteral("showImportedButton"));
    QVERIFY(showImported && showImported->isVisible());
    QSignalSpy shown(&dialog, &ImportDialog::showImported);
    showImported->click();
    QCOMPARE(shown.size(), 1);
    QStringList keys = shown.first().first().toStringList();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("email=lucia.dialog@example.com"),
                          QStringLiteral("email=marta.dialog@example.com")}));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestImportDialog::wazzupSyncWithDeleteMissing()
{
    const std::unique_ptr<Account> wazzup = account(Service::Wazzup);
    const QString path =
        write(QStringLiteral("staff.csv"),
              "id,name,phone\nstaff-1,Ана Иванова,+7 926 111-22-33\nstaff-2,Борис Петров,\n");
    ImportDialog::Setup dialogSetup = setup(wazzup.get());
    dialogSetup.profileId = QStringLiteral("sync-profile");
    ImportDialog dialog(dialogSetup);
    dialog.show();
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    dialog.setFilePath(path);
    QTRY_VERIFY(next->isEnabled());
    next->click();
    QVERIFY(next->isEnabled());
    next->click();
    QTRY_VERIFY(next->isEnabled());
    auto *deleteMissing = dialog.findChild<QCheckBox *>(QStringLiteral("deleteMissingCheck"));
    auto *deleteList = dialog.findChild<QPlainTextEdit *>(QStringLiteral("deleteList"));
    auto *typed = dialog.findChild<QLineEdit *>(QStringLiteral("typedCount"));
    QVERIFY(deleteMissing->isVisible());
    QVERIFY(!deleteList->isVisible());
    QVERIFY(!typed->isVisible());
    deleteMissing->setChecked(true);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planLabel"))
                ->text()
                .contains(QLatin1String("40")));

    // Who will be deleted, by name and id; 40 is above 20, so the count is
    // typed before anything can start, as for a bulk delete.
    QVERIFY(deleteList->isVisible());
    const QStringList listed = deleteList->toPlainText().split(u'\n');
    QCOMPARE(listed.size(), 40);
    const WazzupUser first = dialog.findChild<ImportSession *>()->plan().missing.first().wazzupUser;
    QVERIFY(listed.contains(first.name + QStringLiteral(" (") + first.id + u')'));
    QVERIFY(typed->isVisible());
    QVERIFY(!next->isEnabled());
    typed->setText(QStringLiteral("39"));
    QVERIFY(!next->isEnabled());
    typed->setText(QStringLiteral("40"));
    QVERIFY(next->isEnabled());
    // Unticked, nothing is deleted and nothing needs typing.
    deleteMissing->setChecked(false);
    QVERIFY(!deleteList->isVisible());
    QVERIFY(next->isEnabled());
    deleteMissing->setChecked(true);
    typed->setText(QStringLiteral("40"));
    QVERIFY(next->isEnabled());

    next->click();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY2(summary->text().contains(QLatin1String("Deleted: 40.")), qPrintable(summary->text()));
    QCOMPARE(m_server->wazzupUserCount(), 2);
    // The dialog sends the phone as the CLI does, in Wazzup's format.
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    QCOMPARE(await(client->getUser(QStringLiteral("staff-1")))->user().phone,
             QStringLiteral("79261112233"));

    // In "Recently deleted" as one operation, each with its full record.
    Journal journal;
    QVERIFY(journal.open(dialogSetup.journalPath));
    const QList<JournalOperation> operations = journal.operations(dialogSetup.profileId);
    QCOMPARE(operations.size(), 1);
    DeletedRecordsModel recent;
    recent.setJournal(&journal, dialogSetup.profileId);
    QCOMPARE(recent.rowCount(), 40);
    for (const JournalItem &item : journal.items(operations.first().id))
        QVERIFY(item.hasSnapshot() && item.state == JournalItem::State::Deleted);
}

void TestImportDialog::offersToResumeAnUnfinishedImport()
{
    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    const QString path = write(QStringLiteral("resume.csv"),
                               "email,first_name\nr1@resume.example,Uno\nr2@resume.example,Dos\n"
                               "r3@resume.example,Tres\n");
    // An import of this file that was cancelled after its first row.
    ImportSource source;
    source.filePath = path;
    const ImportReadResult read = ImportReader::readNow(source);
    ImportPlan plan;
    plan.filePath = path;
    plan.checksum = read.checksum;
    plan.mapping = read.mapping;
    plan.rows = read.rows;
    const ImportDialog::Setup context = setup(woowup.get());
    {
        ImportJournal journal;
        QVERIFY(journal.open(context.journalPath));
        const qint64 id = journal.begin(context.profileId, plan);
        QVERIFY(id > 0);
        QVERIFY(journal.finish(id, QStringLiteral("cancelled"), {}));
    }
    const QStringList notices =
        ImportDialog::unfinishedImportNotices(context.journalPath, context.profileId);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().contains(QLatin1String("resume.csv")));

    const int before = m_server->woowupCustomerCount();
    ImportDialog dialog(context);
    openCheckStep(dialog, path);
    if (QTest::currentTestFailed())
        return;
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *resume = dialog.findChild<QCheckBox *>(QStringLiteral("resumeCheck"));
    QVERIFY(resume->isVisible());
    QVERIFY(resume->isChecked());
    next->click();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY2(summary->text().contains(QLatin1String("Created: 3.")), qPrintable(summary->text()));
    QCOMPARE(m_server->woowupCustomerCount(), before + 3);
    QCOMPARE(m_server->duplicateCreates(), 0);
    QVERIFY(
        ImportDialog::unfinishedImportNotices(context.journalPath, context.profileId).isEmpty());
}

void TestImportDialog::pagesGateTheWizardButtons()
{
    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    const QString path =
        write(QStringLiteral("gates.csv"),
              "email,first_name\ngate1@gates.example,Uno\ngate2@gates.example,Dos\n");
    ImportDialog dialog(setup(woowup.get()));
    dialog.show();
    QCOMPARE(dialog.pageIds(),
             (QList<int>{ImportDialog::FileStep, ImportDialog::MappingStep, ImportDialog::CheckStep,
                         ImportDialog::SendStep}));
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *back = dialog.findChild<QPushButton *>(QStringLiteral("backButton"));
    auto *finish = dialog.findChild<QPushButton *>(QStringLiteral("finishButton"));
    QVERIFY(next && back && finish);

    // Step 1 is not complete without a file.
    QCOMPARE(dialog.step(), ImportDialog::FileStep);
    QVERIFY(!dialog.currentPage()->isComplete());
    QVERIFY(!next->isEnabled());
    dialog.setFilePath(path);
    QTRY_VERIFY(next->isEnabled());

    // Step 2 is not complete while no column gives an identifier.
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::MappingStep);
    auto *emailCombo = dialog.findChild<QComboBox *>(QStringLiteral("mappingCombo0"));
    QCOMPARE(emailCombo->currentData().toString(), QStringLiteral("email"));
    emailCombo->setCurrentIndex(emailCombo->findData(QString()));
    emit emailCombo->activated(emailCombo->currentIndex());
    QVERIFY(!next->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("mappingProblem"))->text().isEmpty());
    emailCombo->setCurrentIndex(emailCombo->findData(QStringLiteral("email")));
    emit emailCombo->activated(emailCombo->currentIndex());
    QVERIFY(next->isEnabled());

    // Step 3 can be left (the check stops) and entered again.
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::CheckStep);
    QVERIFY(back->isEnabled());
    back->click();
    QCOMPARE(dialog.step(), ImportDialog::MappingStep);
    next->click();
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planLabel"))->text().contains(u'2'));

    // Step 4: no way back; Close once sending has ended.
    const int before = m_server->woowupCustomerCount();
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::SendStep);
    QVERIFY(!back->isVisible());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY(finish->isVisible());
    QVERIFY(finish->isEnabled());
    QCOMPARE(finish->text(), QStringLiteral("&Close"));
    QCOMPARE(m_server->woowupCustomerCount(), before + 2);
}

// The check step with a sync's deletion list and with the consent defaults,
// in English, Russian and Spanish (the README's screenshots: docs/
// import-check.png and import-check-consent.png, "-ru"/"-es" beside them).
void TestImportDialog::checkStepInEveryLanguage()
{
    const std::unique_ptr<Account> wazzup = account(Service::Wazzup);
    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    const QString staff = write(QStringLiteral("languages-staff.csv"),
                                "id,name\nlang-1,Ана Иванова\nlang-2,Борис Петров\n");
    const QString customers =
        write(QStringLiteral("languages-customers.csv"),
              "email,first_name,whatsapp_enabled\nuna.idioma@example.com,Una,\n"
              "otra.idioma@example.com,Otra,no\n");
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es")}) {
        QVERIFY(Translator::install(QCoreApplication::instance(), QLocale(language)));
        const QString suffix = language == u"en" ? QString() : u'-' + language;
        {
            m_server->reset();
            ImportDialog dialog(setup(wazzup.get()));
            openCheckStep(dialog, staff);
            dialog.findChild<QCheckBox *>(QStringLiteral("deleteMissingCheck"))->setChecked(true);
            QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("deleteList"))
                         ->toPlainText()
                         .split(u'\n')
                         .size(),
                     40);
            QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("typedCount"))->isVisible());
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("nextButton"))->isEnabled());
            saveScreenshot(dialog, QStringLiteral("import-check%1.png").arg(suffix));
        }
        {
            ImportDialog dialog(setup(woowup.get()));
            openCheckStep(dialog, customers);
            QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("consentDefaults"))->isVisible());
            // One of the two has WhatsApp in the file.
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("consentCountwhatsapp"))
                        ->text()
                        .contains(u'1'));
            auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("consentChoicemailing"));
            choice->setCurrentIndex(choice->findData(QStringLiteral("disabled")));
            saveScreenshot(dialog, QStringLiteral("import-check-consent%1.png").arg(suffix));
        }
        for (QTranslator *translator :
             QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

// The check step's table of planned changes: filtered by action, an update
// expanded to its fields old → new, a blank cell chosen to clear shown as
// "(empty)", never offered for the identifier; in English, Russian and
// Spanish (docs/import-changes.png, "-ru"/"-es" beside it).
void TestImportDialog::checkStepTableFiltersAndExpands()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    const QString path = write(QStringLiteral("changes.csv"),
                               "email,first_name,last_name,city\n"
                               "ana.changes@example.com,Anita,,\n"
                               "bo.changes@example.com,Bo,Ruiz,Lima\n"
                               "new.changes@example.com,Nueva,,\n"
                               "not an address,Sin,,\n");
    using Filter = ImportChangesModel::Filter;
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es")}) {
        m_server->reset();
        WoowUpCustomer ana;
        ana.email = QStringLiteral("ana.changes@example.com");
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Paz");
        ana.city = QStringLiteral("Rosario");
        WoowUpCustomer bo;
        bo.email = QStringLiteral("bo.changes@example.com");
        bo.firstName = QStringLiteral("Bo");
        bo.lastName = QStringLiteral("Ruiz");
        bo.city = QStringLiteral("Lima");
        for (const WoowUpCustomer &customer : {ana, bo})
            QVERIFY(!await(client->createCustomer(customer))->error());
        QVERIFY(Translator::install(QCoreApplication::instance(), QLocale(language)));
        const QString suffix = language == u"en" ? QString() : u'-' + language;
        m_settings->clear(); // no mapping saved by an earlier language
        ImportDialog dialog(setup(woowup.get()));
        dialog.show();
        auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
        dialog.setFilePath(path);
        QTRY_VERIFY(next->isEnabled());
        next->click();
        // The identifier is never cleared; the city's blank cells are.
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("blankChoice0"))->isVisible());
        auto *cityBlank = dialog.findChild<QComboBox *>(QStringLiteral("blankChoice3"));
        QVERIFY(cityBlank->isVisible());
        QCOMPARE(cityBlank->currentIndex(), 0); // keeps, by default
        cityBlank->setCurrentIndex(1);
        emit cityBlank->activated(1);
        if (language == u"en")
            saveScreenshot(dialog, QStringLiteral("import-blank-cells.png"));
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);

        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("changeTree"));
        auto *filter = dialog.findChild<QComboBox *>(QStringLiteral("changeFilter"));
        QVERIFY(tree && filter);
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 4);
        const auto show = [filter](Filter wanted) {
            filter->setCurrentIndex(filter->findData(QVariant::fromValue(wanted)));
        };
        show(Filter::Problem);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ImportChangesModel::RowColumn).data().toInt(), 5);
        show(Filter::Unchanged);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ImportChangesModel::RecordColumn).data().toString(),
                 QStringLiteral("bo.changes@example.com"));
        show(Filter::Create);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 0);
        show(Filter::Update);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex update = model->index(0, 0);
        QCOMPARE(model->rowCount(update), 2);
        tree->expand(update);
        QVERIFY(tree->isExpanded(update));
        QCOMPARE(model->index(0, ImportChangesModel::RecordColumn, update)
                     .data(ImportChangesModel::KeyRole)
                     .toString(),
                 QStringLiteral("first_name"));
        const QString renamed =
            model->index(0, ImportChangesModel::ChangeColumn, update).data().toString();
        const QString cleared =
            model->index(1, ImportChangesModel::ChangeColumn, update).data().toString();
        QVERIFY2(renamed.startsWith(QLatin1String("Ana ")) && renamed.endsWith(u"Anita"),
                 qPrintable(renamed));
        QVERIFY2(cleared.startsWith(QLatin1String("Rosario ")) && cleared.endsWith(u')'),
                 qPrintable(cleared));
        if (language == u"en")
            QCOMPARE(cleared, QStringLiteral("Rosario → (empty)"));
        saveScreenshot(dialog, QStringLiteral("import-changes%1.png").arg(suffix));
        for (QTranslator *translator :
             QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

// Selects the file row numbered `number` (as the spreadsheet shows it) in
// the check step's table, whatever the filter.
static bool selectRow(ImportDialog &dialog, int number)
{
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("changeTree"));
    auto *filter = dialog.findChild<QComboBox *>(QStringLiteral("changeFilter"));
    filter->setCurrentIndex(filter->findData(QVariant::fromValue(ImportChangesModel::Filter::All)));
    for (int item = 0; item < tree->model()->rowCount(); ++item) {
        const QModelIndex index = tree->model()->index(item, ImportChangesModel::RowColumn);
        if (index.data().toInt() == number) {
            tree->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

// Selects the row numbered `number`, presses "Edit row…" (or F2 in the
// table) and, from inside the editor's exec(), types the cells
// (by object name "cell<column>") and presses "Check again". *shot, when
// given, gets the check step with the editor over it, as the person sees it.
static bool correctRow(ImportDialog &dialog, int number, const QHash<QString, QString> &cells,
                       QString *problems = nullptr, QImage *shot = nullptr, bool withF2 = false)
{
    auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editRowButton"));
    if (!selectRow(dialog, number) || !edit || !edit->isEnabled())
        return false;
    bool done = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *editor = qobject_cast<ImportRowDialog *>(QApplication::activeModalWidget());
        if (!editor || done)
            return;
        done = true;
        poll.stop();
        if (problems)
            *problems = editor->findChild<QLabel *>(QStringLiteral("rowProblems"))->text();
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            auto *cell = editor->findChild<QLineEdit *>(it.key());
            QVERIFY2(cell, qPrintable(it.key()));
            cell->setText(it.value());
        }
        if (shot) {
            QCoreApplication::processEvents();
            QImage image = dialog.grab().toImage();
            const QImage over = editor->grab().toImage();
            // The editor with a title strip and a frame, as a window shows.
            const int title = editor->fontMetrics().height() + 8;
            const QRect frame((image.width() - over.width()) / 2,
                              (image.height() - over.height() - title) / 2, over.width(),
                              over.height() + title);
            QPainter painter(&image);
            painter.fillRect(frame.x(), frame.y(), frame.width(), title,
                             editor->palette().color(QPalette::Highlight));
            painter.setPen(editor->palette().color(QPalette::HighlightedText));
            painter.drawText(frame.x(), frame.y(), frame.width(), title, Qt::AlignCenter,
                             editor->windowTitle());
            painter.drawImage(frame.x(), frame.y() + title, over);
            painter.setPen(editor->palette().color(QPalette::Dark));
            painter.drawRect(frame.adjusted(0, 0, -1, -1));
            *shot = image;
        }
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    poll.start();
    if (withF2) {
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("changeTree"));
        QApplication::setActiveWindow(&dialog);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F2);
    } else {
        edit->click();
    }
    // Until the row is checked again.
    auto *session = dialog.findChild<ImportSession *>();
    return done
        && QTest::qWaitFor([session] { return session->state() != ImportSession::State::Planning; },
                           20000)
        && session->state() == ImportSession::State::Checked;
}

// The problems of plan row `index`, empty when it has none.
static QString problemOf(ImportDialog &dialog, int index)
{
    const ImportRow &row = dialog.findChild<ImportSession *>()->plan().rows.at(index);
    return row.action == ImportRow::Action::Invalid ? row.error : QString();
}

// A bad e-mail corrected in the check step: still wrong, it stays a problem
// with its message; a duplicate of another row is one; right, the row is
// looked up and becomes a create, the counts follow, reading the file
// again keeps the correction, the error report and the journal have the
// corrected cells, and the server gets the corrected e-mail
// (docs/import-fix-row.png).
void TestImportDialog::correctsAProblemRowInPlace()
{
    std::unique_ptr<WoowUpClient> client(
        WoowUpClient::create(fastConfig(m_server->baseUrl(), m_server->options().woowupKey)));
    const std::unique_ptr<Account> woowup = account(Service::WoowUp);
    // In English with its plural forms, whatever an earlier test left.
    QVERIFY(Translator::install(QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
    const QString path = write(QStringLiteral("fix-row.csv"),
                               "email,first_name,birthdate\n"
                               "ana.fix@example.com,Ana,1990-02-03\n"
                               "bo.fix(at)example.com,Bo,1985-07-01\n"
                               "cleo.fix@example.com,Cleo,31/31/1999\n");
    m_settings->clear();
    const ImportDialog::Setup context = setup(woowup.get());
    ImportDialog dialog(context);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(820, 600)));
    openCheckStep(dialog, path);
    if (QTest::currentTestFailed())
        return;
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *session = dialog.findChild<ImportSession *>();
    auto *plan = dialog.findChild<QLabel *>(QStringLiteral("planLabel"));
    auto *validity = dialog.findChild<QLabel *>(QStringLiteral("validityLabel"));
    auto *invalid = dialog.findChild<QPlainTextEdit *>(QStringLiteral("invalidList"));
    QCOMPARE(session->counts().created, 1);
    QCOMPARE(session->counts().invalid, 2);
    auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editRowButton"));
    QVERIFY(edit->isVisible());
    QVERIFY(!edit->isEnabled()); // nothing selected

    // Still not an e-mail: a problem, with the message of the new value.
    QString problems;
    QVERIFY(correctRow(dialog, 3, {{QStringLiteral("cell0"), QStringLiteral("bo.fix.example.com")}},
                       &problems));
    QVERIFY2(problems.contains(QLatin1String("Row 3")), qPrintable(problems));
    QCOMPARE(session->counts().invalid, 2);
    QVERIFY2(problemOf(dialog, 1).contains(QLatin1String("e-mail")),
             qPrintable(problemOf(dialog, 1)));
    QCOMPARE(session->plan().rows.at(1).cells.first(), QStringLiteral("bo.fix.example.com"));
    QVERIFY(invalid->toPlainText().contains(QLatin1String("Row 3")));

    // Ana's e-mail: the same identifier as row 2, so a duplicate.
    QVERIFY(
        correctRow(dialog, 3, {{QStringLiteral("cell0"), QStringLiteral("ANA.fix@example.com")}}));
    QVERIFY2(problemOf(dialog, 1).contains(QLatin1String("as row 2")),
             qPrintable(problemOf(dialog, 1)));

    // Right: looked up, a new customer; the counts and the table follow.
    QImage shot;
    QVERIFY(correctRow(dialog, 3, {{QStringLiteral("cell0"), QStringLiteral("bo.fix@example.com")}},
                       nullptr, &shot));
    QVERIFY(next->isEnabled());
    QCOMPARE(session->plan().rows.at(1).action, ImportRow::Action::Create);
    QCOMPARE(session->counts().created, 2);
    QCOMPARE(session->counts().invalid, 1);
    QVERIFY2(plan->text().contains(QLatin1String("2 to create")), qPrintable(plan->text()));
    QVERIFY2(validity->text().startsWith(QLatin1String("2 row")), qPrintable(validity->text()));
    QVERIFY(!invalid->toPlainText().contains(QLatin1String("bo.fix")));
    QVERIFY(invalid->toPlainText().contains(QLatin1String("31/31/1999")));
    QCOMPARE(session->overrides().cells.value(3).value(0), QStringLiteral("bo.fix@example.com"));
    if (!qEnvironmentVariable("USERDESK_SCREENSHOT_DIR").isEmpty())
        QVERIFY(shot.save(QDir(qEnvironmentVariable("USERDESK_SCREENSHOT_DIR"))
                              .filePath(QStringLiteral("import-fix-row.png"))));

    // Read again (back and on): the file still says "(at)", the row does not.
    dialog.back();
    QCOMPARE(dialog.step(), ImportDialog::MappingStep);
    next->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
    QCOMPARE(session->plan().rows.at(1).action, ImportRow::Action::Create);
    QCOMPARE(session->counts().created, 2);

    // The error report before sending has the one problem left.
    const QString before = m_dir.filePath(QStringLiteral("fix-row-report-check.csv"));
    QVERIFY(session->writeReport(before));
    QFile checkReport(before);
    QVERIFY(checkReport.open(QIODevice::ReadOnly));
    const QByteArray checkText = checkReport.readAll();
    QVERIFY(checkText.contains("31/31/1999") && !checkText.contains("bo.fix"));

    next->click();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY2(summary->text().contains(QLatin1String("Created: 2.")), qPrintable(summary->text()));
    auto found =
        await(client->findCustomer(QStringLiteral("email"), QStringLiteral("bo.fix@example.com")));
    QVERIFY(found->found());
    QCOMPARE(found->customer().firstName, QStringLiteral("Bo"));

    // The report after sending: the row left, not the corrected one.
    const QString report = m_dir.filePath(QStringLiteral("fix-row-report.csv"));
    QVERIFY(dialog.saveReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray reportText = file.readAll();
    QVERIFY(reportText.contains("31/31/1999"));
    QVERIFY(!reportText.contains("bo.fix"));

    // A resume reads the journal, not the file: it has the corrected cells
    // and the record as sent.
    ImportJournal journal;
    QVERIFY(journal.open(context.journalPath));
    ImportPlan journalled;
    QVERIFY(journal.loadPlan(session->importId(), &journalled));
    bool corrected = false;
    for (const ImportRow &row : std::as_const(journalled.rows)) {
        if (row.number == 3) {
            corrected = row.cells.value(0) == QLatin1String("bo.fix@example.com")
                && row.customer.email == QLatin1String("bo.fix@example.com");
        }
    }
    QVERIFY(corrected);
}

// The same for Wazzup: a bad phone corrected; a row without an id given the
// id of a user on the server, which then is no longer a delete of the sync.
void TestImportDialog::correctsAWazzupRowInPlace()
{
    m_server->reset();
    const std::unique_ptr<Account> wazzup = account(Service::Wazzup);
    const QString path = write(QStringLiteral("fix-staff.csv"),
                               "id,name,phone\nfix-1,Ана Иванова,+7 926 111-22-33\n"
                               "fix-2,Борис Петров,12-34\n,Вера Сидорова,\n");
    m_settings->clear();
    ImportDialog dialog(setup(wazzup.get()));
    openCheckStep(dialog, path);
    if (QTest::currentTestFailed())
        return;
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *session = dialog.findChild<ImportSession *>();
    QCOMPARE(session->counts().created, 1);
    QCOMPARE(session->counts().invalid, 2);
    const int missing = int(session->plan().missing.size());
    QVERIFY(missing > 0);

    // Still not a phone: a problem.
    QVERIFY(correctRow(dialog, 3, {{QStringLiteral("cell2"), QStringLiteral("555")}}));
    QVERIFY2(problemOf(dialog, 1).contains(QLatin1String("555")), qPrintable(problemOf(dialog, 1)));
    QVERIFY(correctRow(dialog, 3, {{QStringLiteral("cell2"), QStringLiteral("+7 926 222-33-44")}},
                       nullptr, nullptr, true)); // F2 opens the editor too
    QCOMPARE(session->plan().rows.at(1).action, ImportRow::Action::Create);

    // The id of a user the sync would delete: found, and kept.
    const WazzupUser existing = session->plan().missing.first().wazzupUser;
    QVERIFY(correctRow(
        dialog, 4,
        {{QStringLiteral("cell0"), existing.id}, {QStringLiteral("cell1"), existing.name}}));
    const ImportRow &vera = session->plan().rows.at(2);
    QVERIFY2(vera.action == ImportRow::Action::Unchanged, qPrintable(vera.error));
    QCOMPARE(int(session->plan().missing.size()), missing - 1);
    for (const ImportRow &row : session->plan().missing)
        QVERIFY(row.key != existing.id);
    QCOMPARE(session->counts().created, 2);
    QCOMPARE(session->counts().invalid, 0);

    next->click();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20000);
    QVERIFY2(summary->text().contains(QLatin1String("Created: 2.")), qPrintable(summary->text()));
    std::unique_ptr<WazzupClient> client(
        WazzupClient::create(fastConfig(m_server->baseUrl(), m_server->options().wazzupKey)));
    QCOMPARE(await(client->getUser(QStringLiteral("fix-2")))->user().phone,
             QStringLiteral("79262223344"));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
