#include "cliimport.h"

#include "account.h"
#include "accountfactory.h"
#include "apiclient.h"
#include "clijournal.h"
#include "consentreasons.h"
#include "customerpatch.h"
#include "fieldsynonyms.h"
#include "fileformatsniffer.h"
#include "importplanjson.h"
#include "sheetreader.h"
#include "sheetworkbook.h"
#include "woowupvalidator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <cmath>

namespace {

const char journalVariable[] = "USERDESK_JOURNAL";

QString lookupName(ImportPlan::Lookup lookup)
{
    return ImportPlanJson::lookupName(lookup);
}

} // namespace

CliImportCommand::~CliImportCommand()
{
    // The session writes to its journal until it is gone.
    delete m_session;
}

QString CliImportCommand::description() const
{
    return QStringLiteral("import FILE: add or update the records of a CSV file or a workbook "
                          "(.xlsx, .ods; told by content) (journalled, resumable); --dry-run only "
                          "prints the plan.");
}

void CliImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("mapping"),
                      QStringLiteral("import: column mapping saved as JSON (default: matched "
                                     "from the headers)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("import: print the plan and send nothing.")});
    parser.addOption({QStringLiteral("delete-missing"),
                      QStringLiteral("import: Wazzup only, delete the users the file does not "
                                     "name (a sync).")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("import: write the rows that were not imported, with the "
                                     "reason, to this CSV file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("clear-blank"),
                      QStringLiteral("import: a blank cell of FIELD clears the server's value "
                                     "(default: keeps it). Repeatable; never an identifier."),
                      QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("resume"),
                      QStringLiteral("import: continue the unfinished import of this file (done "
                                     "automatically when one exists).")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("import, undo: requests per minute the account allows "
                                     "(default: the service's)."),
                      QStringLiteral("N")});
    addSafetyOptions(parser);
    addSheetOption(parser);
}

// Workbooks: which sheet. Kept apart from the other options, which are
// about what to send.
void CliImportCommand::addSheetOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("sheet"),
                      QStringLiteral("import: the workbook's sheet to read, by name or number "
                                     "1…n (default: the first sheet with data)."),
                      QStringLiteral("NAME|NUMBER")});
}

bool CliImportCommand::chooseSheet(const QCommandLineParser &parser, QString *usageError)
{
    const bool chosen = parser.isSet(QStringLiteral("sheet"));
    const FileFormat format = FileFormatSniffer::sniffFile(m_source.filePath);
    if (!format.isWorkbook()) {
        // Text is read as CSV and anything else is refused by the session,
        // saying what it is; a sheet means nothing to either.
        if (chosen && format.isText()) {
            *usageError =
                QStringLiteral("--sheet is for workbooks (.xlsx, .ods): %1 is a text file")
                    .arg(m_source.filePath);
            return false;
        }
        return true;
    }
    QFile file(m_source.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *usageError = QStringLiteral("cannot read %1").arg(m_source.filePath);
        return false;
    }
    const SheetListResult list = SheetReader().listSheets(&file);
    if (!list.ok) {
        *usageError = list.errorText;
        return false;
    }
    QString error;
    const int index = chosen
        ? SheetWorkbook::findSheet(list.sheets, parser.value(QStringLiteral("sheet")), &error)
        : list.defaultSheet;
    if (index <= 0 || index > list.sheets.size()) {
        *usageError = chosen ? error : QStringLiteral("this workbook has no sheet to read");
        return false;
    }
    // By name from here on, so that the journal and a resume know it.
    m_source.sheet = list.sheets.at(index - 1).name;
    return true;
}

void CliImportCommand::addSafetyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-delete"),
                      QStringLiteral("import: with --delete-missing, refuse (exit 2, nothing sent) "
                                     "a plan that deletes more than N users (default 20)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("consent-default"),
         QStringLiteral("import: WoowUp only, what a new customer gets for a channel the file "
                        "leaves blank (else WoowUp's default, which is enabled): "
                        "CHANNEL=enabled|disabled[:REASON], CHANNEL mailing, whatsapp or sms, "
                        "REASON bounce, unsubscribe, spamreport, dropped or other. Repeatable."),
         QStringLiteral("CHANNEL=VALUE")});
}

bool CliImportCommand::readClearBlank(const QCommandLineParser &parser, QString *usageError)
{
    const Service service = m_source.service;
    for (const QString &field : parser.values(QStringLiteral("clear-blank"))) {
        const bool known = FieldSynonyms::fields(service).contains(field)
            || (service == Service::WoowUp && ColumnMapping::isCustomAttributeField(field));
        const bool identifier = service == Service::Wazzup
            ? field == QLatin1String("id")
            : !CustomerPatch::identifierFields({field}).isEmpty();
        if (!known) {
            *usageError =
                QStringLiteral("--clear-blank %1: not a field of %2 (fields: %3, or "
                               "custom_attributes.NAME for WoowUp)")
                    .arg(field, serviceKey(service), FieldSynonyms::fields(service).join(u", "));
            return false;
        }
        if (identifier) {
            *usageError = QStringLiteral("--clear-blank %1: %1 identifies the record a row is "
                                         "matched on and is never cleared")
                              .arg(field);
            return false;
        }
        if (!ColumnMapping::canClearBlank(service, field)) {
            *usageError = QStringLiteral("--clear-blank %1: the API has no empty value for %1 "
                                         "(it is required, a number, a choice, consent or "
                                         "merged tags)")
                              .arg(field);
            return false;
        }
        m_source.clearBlank.append(field);
    }
    return true;
}

bool CliImportCommand::readSafetyOptions(const QCommandLineParser &parser, QString *usageError)
{
    if (parser.isSet(QStringLiteral("max-delete"))) {
        bool ok = false;
        m_maxDelete = parser.value(QStringLiteral("max-delete")).toInt(&ok);
        if (!ok || m_maxDelete < 0) {
            *usageError = QStringLiteral("--max-delete must be a number of users (0 or more)");
            return false;
        }
    }
    const QStringList values = parser.values(QStringLiteral("consent-default"));
    if (!values.isEmpty() && m_source.service != Service::WoowUp) {
        *usageError = QStringLiteral("--consent-default is for WoowUp only");
        return false;
    }
    ConsentDefaults defaults;
    for (const QString &value : values) {
        const QString channelKey = value.section(u'=', 0, 0).trimmed().toLower();
        const QString setting = value.section(u'=', 1).trimmed().toLower();
        const auto channel = ConsentDefaults::channelFromKey(channelKey);
        const QString state = setting.section(u':', 0, 0);
        const QString reason = ConsentReasons::canonical(setting.section(u':', 1));
        const bool known = channel && value.contains(u'=')
            && (state == QLatin1String("enabled") || state == QLatin1String("disabled"))
            && (state == QLatin1String("disabled") || !setting.contains(u':'))
            && (reason.isEmpty() || WoowUpValidator::disabledReasons().contains(reason));
        if (!known) {
            *usageError = QStringLiteral("--consent-default \"%1\": expected CHANNEL=enabled or "
                                         "CHANNEL=disabled[:REASON], CHANNEL one of mailing, "
                                         "whatsapp, sms, REASON one of %2")
                              .arg(value, WoowUpValidator::disabledReasons().join(u", "));
            return false;
        }
        ChannelConsent consent;
        consent.enabled = state == QLatin1String("enabled");
        consent.disabledReason = reason;
        defaults.set(*channel, consent);
    }
    m_session->setConsentDefaults(defaults);
    return true;
}

void CliImportCommand::printConsentPlan(const ImportPlan &plan)
{
    const ConsentDefaults &defaults = m_session->consentDefaults();
    for (const ConsentDefaults::Channel channel : ConsentDefaults::channels) {
        const int creates = ConsentDefaults::blankCreates(plan, channel);
        const int updates = ConsentDefaults::blankUpdates(plan, channel);
        const auto &chosen = defaults.value(channel);
        const QString what = !chosen ? QStringLiteral("WoowUp's default (enabled)")
            : *chosen->enabled       ? QStringLiteral("enabled (--consent-default)")
            : chosen->disabledReason.isEmpty()
            ? QStringLiteral("disabled (--consent-default)")
            : QStringLiteral("disabled, %1 (--consent-default)").arg(chosen->disabledReason);
        if (creates > 0)
            print(QStringLiteral("%1: %2 new customer(s) blank in the file get %3")
                      .arg(ConsentDefaults::key(channel))
                      .arg(creates)
                      .arg(what));
        if (updates > 0)
            print(QStringLiteral("%1: %2 customer(s) to update blank in the file keep the "
                                 "server's value")
                      .arg(ConsentDefaults::key(channel))
                      .arg(updates));
    }
}

void CliImportCommand::print(const QString &line)
{
    // A dry run's --json is one document on stdout: the lines go to stderr.
    if (m_context.json && m_dryRun) {
        QTextStream err(stderr);
        err << line << '\n';
        return;
    }
    *m_context.out << line << '\n';
    m_context.out->flush();
}

bool CliImportCommand::start(const CliContext &context, const QCommandLineParser &parser,
                             QString *usageError)
{
    m_context = context;
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 1) {
        *usageError = QStringLiteral("import needs one FILE (.csv, .xlsx or .ods)");
        return false;
    }
    m_source.filePath = QFileInfo(arguments.first()).absoluteFilePath();
    if (!QFileInfo(m_source.filePath).isReadable()) {
        *usageError = QStringLiteral("cannot read %1").arg(arguments.first());
        return false;
    }
    if (!chooseSheet(parser, usageError))
        return false;
    Account *account = context.account;
    m_source.service = account->service();
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool deleteMissing = parser.isSet(QStringLiteral("delete-missing"));
    m_reportPath = parser.value(QStringLiteral("report"));
    if (deleteMissing && m_source.service != Service::Wazzup) {
        *usageError = QStringLiteral("--delete-missing is for Wazzup only");
        return false;
    }
    if (!readClearBlank(parser, usageError))
        return false;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        bool ok = file.open(QIODevice::ReadOnly);
        if (ok)
            m_source.mapping = ColumnMapping::fromJson(QString::fromUtf8(file.readAll()), &ok);
        if (!ok || m_source.mapping.service() != m_source.service) {
            *usageError =
                QStringLiteral("%1 is not a column mapping for this service").arg(file.fileName());
            return false;
        }
    }

    account = CliJournal::withRateLimit(parser, account, this, usageError);
    if (!account)
        return false;

    QString journalPath = parser.value(QStringLiteral("journal"));
    if (journalPath.isEmpty())
        journalPath = qEnvironmentVariable(journalVariable);
    if (journalPath.isEmpty())
        journalPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/journal.sqlite");
    const QString profileId = QStringLiteral("cli:") + account->apiClient()->baseUrl().toString();
    m_session = new ImportSession(account->createImportStrategy(), profileId, journalPath);
    m_session->setReadOnly(m_dryRun);
    m_session->setDeleteMissing(deleteMissing);
    if (!readSafetyOptions(parser, usageError))
        return false;
    if (!m_session->openJournal()) {
        *usageError = QStringLiteral("nothing was imported: %1").arg(m_session->journalError());
        return false;
    }
    connect(m_session, &ImportSession::failed, this,
            [this](ImportSession::Failure failure, const QString &message) {
                if (failure == ImportSession::Failure::RunningElsewhere)
                    emit finished(Failure,
                                  QStringLiteral("another process may be importing %1 into this "
                                                 "account now: %2")
                                      .arg(m_source.filePath, message));
                else
                    emit finished(Failure, message);
            });
    connect(m_session, &ImportSession::checked, this, &CliImportCommand::planned);
    connect(m_session, &ImportSession::sent, this, &CliImportCommand::report);

    if (!m_dryRun) {
        const QByteArray checksum = ImportReader::checksum(m_source.filePath);
        QString busy;
        if (m_session->isRunningElsewhere(checksum, &busy)) {
            *usageError = QStringLiteral("another process may be importing %1 into this account "
                                         "now: %2")
                              .arg(arguments.first(), busy);
            return false;
        }
        const auto unfinished = m_session->unfinishedImport(checksum, m_source.sheet);
        if (unfinished && m_session->resumeImport(unfinished->id)) {
            print(QStringLiteral("resuming import %1 of %2: %3 of %4 row(s) left")
                      .arg(unfinished->id)
                      .arg(m_source.filePath)
                      .arg(unfinished->remaining)
                      .arg(unfinished->total));
            return true;
        }
        if (!unfinished && parser.isSet(QStringLiteral("resume")))
            print(QStringLiteral("no unfinished import of this file: starting a new one"));
    }
    m_session->check(m_source);
    return true;
}

void CliImportCommand::planned()
{
    const ImportPlan &planned = m_session->plan();
    const int deletes = planned.deleteMissing ? int(planned.missing.size()) : 0;
    if (!m_dryRun && deletes > m_maxDelete) {
        emit finished(UsageError,
                      QStringLiteral("refused: the plan deletes %1 user(s), more than --max-delete "
                                     "%2; nothing was sent")
                          .arg(deletes)
                          .arg(m_maxDelete));
        return;
    }
    printPlan(planned);
    if (!m_dryRun) {
        if (!m_session->send())
            emit finished(
                Failure, QStringLiteral("nothing was imported: %1").arg(m_session->journalError()));
        return;
    }
    const ImportCounts expected = planned.expected();
    QString error;
    if (!m_reportPath.isEmpty() && !m_session->writeReport(m_reportPath, &error)) {
        emit finished(Failure, error);
        return;
    }
    if (m_context.json) {
        *m_context.out << QString::fromUtf8(
            QJsonDocument(ImportPlanJson::toJson(planned, true)).toJson(QJsonDocument::Compact))
                       << '\n';
        m_context.out->flush();
    }
    if (expected.invalid > 0)
        emit finished(Failure, QStringLiteral("%1 row(s) are invalid").arg(expected.invalid));
    else
        emit finished(Success, QString());
}

void CliImportCommand::printPlan(const ImportPlan &plan)
{
    const ImportCounts counts = plan.expected();
    print(QStringLiteral("plan: create %1, update %2, unchanged %3, invalid %4, delete %5")
              .arg(counts.created)
              .arg(counts.updated)
              .arg(counts.unchanged)
              .arg(counts.invalid)
              .arg(counts.deleted));
    if (!plan.deleteMissing && !plan.missing.isEmpty())
        print(QStringLiteral("%1 user(s) on the server are not in the file (--delete-missing "
                             "would delete them)")
                  .arg(plan.missing.size()));
    if (plan.deleteMissing) {
        for (const ImportRow &row : plan.missing)
            print(QStringLiteral("delete: %1 (%2)").arg(row.wazzupUser.name, row.key));
        if (m_dryRun && plan.missing.size() > m_maxDelete)
            print(QStringLiteral("without --dry-run this would be refused: %1 deletions, more "
                                 "than --max-delete %2")
                      .arg(plan.missing.size())
                      .arg(m_maxDelete));
    }
    if (plan.service == Service::WoowUp)
        printConsentPlan(plan);
    print(QStringLiteral("looked up by %1 in %2 request(s), account size %3; sending takes %4 "
                         "request(s), about %5 s")
              .arg(lookupName(plan.lookup))
              .arg(plan.lookupRequests)
              .arg(plan.accountSize)
              .arg(plan.sendRequests())
              .arg(std::ceil(plan.estimatedSeconds())));
    for (int index = 0; index < plan.rows.size(); ++index) {
        const ImportRow::Action action = plan.rows.action(index);
        if (action == ImportRow::Action::Invalid)
            print(QStringLiteral("invalid: %1").arg(plan.rows.at(index).error)); // names its row
        if (!m_dryRun || action != ImportRow::Action::Update)
            continue;
        const ImportRow row = plan.rows.at(index);
        // What a dry run is for: each field an update changes.
        QStringList fields;
        for (const FieldChange &change : plan.changes.value(index).fields)
            fields.append(QStringLiteral("%1 \"%2\" -> %3")
                              .arg(change.field, change.oldValue,
                                   change.newValue.isEmpty()
                                       ? QStringLiteral("(empty)")
                                       : QLatin1Char('"') + change.newValue + QLatin1Char('"')));
        const auto identifier = plan.identifierOf(index);
        print(QStringLiteral("update: row %1 (%2 %3): %4")
                  .arg(row.number)
                  .arg(identifier.first, identifier.second, fields.join(QLatin1String("; "))));
    }
}

void CliImportCommand::report()
{
    if (!m_session->sendError().isEmpty()) {
        emit finished(Failure, m_session->sendError());
        return;
    }
    const ImportCounts counts = m_session->counts();
    QString error;
    if (!m_reportPath.isEmpty() && !m_session->writeReport(m_reportPath, &error)) {
        emit finished(Failure, error);
        return;
    }
    const QList<ImportRow> problems = m_session->problemRows();
    for (const ImportRow &row : problems) {
        if (row.state == ImportRow::State::Failed)
            print(
                QStringLiteral("failed: row %1 (%2): %3").arg(row.number).arg(row.key, row.error));
    }
    print(QStringLiteral("created %1, updated %2, unchanged %3, invalid %4, failed %5, deleted %6 "
                         "(import %7 in %8)")
              .arg(counts.created)
              .arg(counts.updated)
              .arg(counts.unchanged)
              .arg(counts.invalid)
              .arg(counts.failed)
              .arg(counts.deleted)
              .arg(m_session->importId())
              .arg(m_session->journalPath()));
    if (m_session->deletionOperationId() > 0)
        print(QStringLiteral("the deleted users' records are kept in the journal as deletion %1 "
                             "(\"Recently deleted\" in the app restores them)")
                  .arg(m_session->deletionOperationId()));
    if (m_context.json) {
        QJsonObject result = counts.toJson();
        result.insert(QStringLiteral("import"), m_session->importId());
        if (m_session->deletionOperationId() > 0)
            result.insert(QStringLiteral("deletion"), m_session->deletionOperationId());
        result.insert(QStringLiteral("requests"), m_session->requestCount());
        print(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    }
    const int bad = counts.failed + counts.invalid + counts.notSent;
    if (bad > 0)
        emit finished(Failure,
                      QStringLiteral("%1 row(s) failed, %2 invalid, %3 not sent")
                          .arg(counts.failed)
                          .arg(counts.invalid)
                          .arg(counts.notSent));
    else
        emit finished(Success, QString());
}
