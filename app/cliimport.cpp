#include "cliimport.h"

#include "importengine.h"
#include "importjournal.h"
#include "importplanner.h"
#include "importreport.h"
#include "wazzupclient.h"
#include "woowupclient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace {

const char journalVariable[] = "USERDESK_JOURNAL";
// Tries of the custom attribute definitions, as many as the engine gives a row.
constexpr int definitionAttempts = 4;

QString lookupName(ImportPlan::Lookup lookup)
{
    switch (lookup) {
    case ImportPlan::Lookup::None:
        return QStringLiteral("none");
    case ImportPlan::Lookup::ListAll:
        return QStringLiteral("list");
    case ImportPlan::Lookup::FindEach:
        return QStringLiteral("find");
    }
    return QString();
}

} // namespace

CliImportCommand::~CliImportCommand()
{
    // The engine and planner talk to the journal: end them first.
    delete m_engine;
    delete m_planner;
    delete m_journal;
}

QString CliImportCommand::description() const
{
    return QStringLiteral("import FILE.csv: add or update the records of a CSV file (journalled, "
                          "resumable); --dry-run only prints the plan.");
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
    parser.addOption({QStringLiteral("resume"),
                      QStringLiteral("import: continue the unfinished import of this file (done "
                                     "automatically when one exists).")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("import: requests per minute the account allows (default: "
                                     "the service's)."),
                      QStringLiteral("N")});
}

void CliImportCommand::print(const QString &line)
{
    *m_context.out << line << '\n';
    m_context.out->flush();
}

bool CliImportCommand::start(const CliContext &context, const QCommandLineParser &parser,
                             QString *usageError)
{
    m_context = context;
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 1) {
        *usageError = QStringLiteral("import needs one FILE.csv");
        return false;
    }
    m_source.filePath = QFileInfo(arguments.first()).absoluteFilePath();
    if (!QFileInfo(m_source.filePath).isReadable()) {
        *usageError = QStringLiteral("cannot read %1").arg(arguments.first());
        return false;
    }
    m_source.service = qobject_cast<WazzupClient *>(context.client) ? Service::Wazzup
                                                                    : Service::WoowUp;
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_deleteMissing = parser.isSet(QStringLiteral("delete-missing"));
    m_reportPath = parser.value(QStringLiteral("report"));
    if (m_deleteMissing && m_source.service != Service::Wazzup) {
        *usageError = QStringLiteral("--delete-missing is for Wazzup only");
        return false;
    }
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

    m_client = context.client;
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const int perMinute = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || perMinute < 0) {
            *usageError = QStringLiteral("--rate-limit must be a number of requests per minute");
            return false;
        }
        // The limiter is fixed when a client is made: make one with this limit.
        ApiClientConfig config = context.client->config();
        config.rateLimit.limit = perMinute;
        config.rateLimit.windowMs = 60000;
        ApiError problem;
        m_client = m_source.service == Service::Wazzup
            ? static_cast<ApiClient *>(WazzupClient::create(config, &problem, this))
            : static_cast<ApiClient *>(WoowUpClient::create(config, &problem, this));
        if (!m_client) {
            *usageError = problem.message();
            return false;
        }
    }

    QString journalPath = parser.value(QStringLiteral("journal"));
    if (journalPath.isEmpty())
        journalPath = qEnvironmentVariable(journalVariable);
    if (journalPath.isEmpty())
        journalPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/journal.sqlite");
    m_journal = new ImportJournal;
    if (!m_journal->open(journalPath)) {
        *usageError = QStringLiteral("nothing was imported: %1").arg(m_journal->errorString());
        return false;
    }
    m_profileId = QStringLiteral("cli:") + m_client->baseUrl().toString();

    if (!m_dryRun) {
        const QByteArray checksum = ImportReader::checksum(m_source.filePath);
        QString busy;
        if (m_journal->isRunningElsewhere(m_profileId, serviceKey(m_source.service), checksum,
                                          &busy)) {
            *usageError = QStringLiteral("another process may be importing %1 into this account "
                                         "now: %2")
                              .arg(arguments.first(), busy);
            return false;
        }
        const auto unfinished =
            m_journal->resumable(m_profileId, serviceKey(m_source.service), checksum);
        if (unfinished) {
            ImportPlan plan;
            if (m_journal->loadPlan(unfinished->id, &plan)) {
                m_headers = plan.mapping.headers();
                print(QStringLiteral("resuming import %1 of %2: %3 of %4 row(s) left")
                          .arg(unfinished->id)
                          .arg(m_source.filePath)
                          .arg(unfinished->remaining)
                          .arg(unfinished->total));
                QMetaObject::invokeMethod(
                    this, [this, plan, id = unfinished->id] { send(plan, id); },
                    Qt::QueuedConnection);
                return true;
            }
        } else if (parser.isSet(QStringLiteral("resume"))) {
            print(QStringLiteral("no unfinished import of this file: starting a new one"));
        }
    }

    if (m_source.service == Service::WoowUp) {
        fetchDefinitions(1);
    } else {
        QMetaObject::invokeMethod(this, &CliImportCommand::readFile, Qt::QueuedConnection);
    }
    return true;
}

void CliImportCommand::fetchDefinitions(int attempt)
{
    // Custom attribute columns are matched and converted by their definitions.
    auto *job = static_cast<WoowUpClient *>(m_client)->customAttributeDefinitions();
    connect(job, &ApiJob::finished, this, [this, job, attempt] {
        const ApiError &error = job->error();
        if (!error) {
            m_source.definitions = job->definitions();
            readFile();
            return;
        }
        // The client does not retry a 500; the planner and the engine do, and
        // one bad answer before the plan should not end the import either.
        const bool worthAnotherTry =
            error.isRetryable() || error.kind() == ApiError::Kind::ServerError;
        if (worthAnotherTry && attempt < definitionAttempts) {
            QTimer::singleShot(250 * attempt, this,
                               [this, attempt] { fetchDefinitions(attempt + 1); });
            return;
        }
        emit finished(Failure, error.message());
    });
}

void CliImportCommand::readFile()
{
    connect(&m_watcher, &QFutureWatcher<ImportReadResult>::finished, this,
            [this] { planRows(m_watcher.result()); });
    m_watcher.setFuture(ImportReader::read(m_source));
}

void CliImportCommand::planRows(const ImportReadResult &read)
{
    if (!read.csv.isSuccess()) {
        emit finished(Failure, read.csv.errorText);
        return;
    }
    const QStringList missing = read.mapping.missingRequirements();
    if (!missing.isEmpty()) {
        emit finished(Failure, missing.join(u' '));
        return;
    }
    m_headers = read.headers;
    ImportPlan plan;
    plan.service = m_source.service;
    plan.filePath = m_source.filePath;
    plan.checksum = read.checksum;
    plan.csv = m_source.csv;
    plan.csv.encoding = read.csv.encoding;
    plan.csv.delimiter = read.csv.delimiter;
    plan.hasHeader = m_source.hasHeader;
    plan.mapping = read.mapping;
    plan.rows = read.rows;
    plan.deleteMissing = m_deleteMissing;

    m_planner = new ImportPlanner(m_client);
    connect(m_planner, &ImportPlanner::finished, this, [this] {
        if (!m_planner->errorString().isEmpty()) {
            emit finished(Failure, m_planner->errorString());
            return;
        }
        const ImportPlan &planned = m_planner->plan();
        printPlan(planned);
        if (m_dryRun) {
            const ImportCounts expected = planned.expected();
            if (!m_reportPath.isEmpty()) {
                QList<ImportRow> invalid;
                for (const ImportRow &row : planned.rows) {
                    if (row.action == ImportRow::Action::Invalid)
                        invalid.append(row);
                }
                QString error;
                if (!ImportReport::write(m_reportPath, m_headers, invalid, &error)) {
                    emit finished(Failure, error);
                    return;
                }
            }
            if (m_context.json) {
                QJsonObject result = expected.toJson();
                result.insert(QStringLiteral("dry_run"), true);
                result.insert(QStringLiteral("requests"), planned.sendRequests());
                result.insert(QStringLiteral("lookup"), lookupName(planned.lookup));
                result.insert(QStringLiteral("lookup_requests"), planned.lookupRequests);
                print(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
            }
            if (expected.invalid > 0)
                emit finished(Failure,
                              QStringLiteral("%1 row(s) are invalid").arg(expected.invalid));
            else
                emit finished(Success, QString());
            return;
        }
        send(planned, 0);
    });
    m_planner->start(plan);
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
    print(QStringLiteral("looked up by %1 in %2 request(s), account size %3; sending takes %4 "
                         "request(s), about %5 s")
              .arg(lookupName(plan.lookup))
              .arg(plan.lookupRequests)
              .arg(plan.accountSize)
              .arg(plan.sendRequests())
              .arg(std::ceil(plan.estimatedSeconds())));
    for (const ImportRow &row : plan.rows) {
        if (row.action == ImportRow::Action::Invalid)
            print(QStringLiteral("invalid: line %1: %2").arg(row.line).arg(row.error));
    }
}

void CliImportCommand::send(const ImportPlan &plan, qint64 resumeImportId)
{
    m_engine = new ImportEngine(m_client, m_journal);
    connect(m_engine, &ImportEngine::finished, this, &CliImportCommand::report);
    m_engine->start(plan, m_profileId, resumeImportId);
}

void CliImportCommand::report()
{
    if (!m_engine->errorString().isEmpty()) {
        emit finished(Failure, m_engine->errorString());
        return;
    }
    const ImportCounts counts = m_engine->counts();
    const QList<ImportRow> problems = m_engine->problemRows();
    if (!m_reportPath.isEmpty()) {
        QString error;
        if (!ImportReport::write(m_reportPath, m_headers, problems, &error)) {
            emit finished(Failure, error);
            return;
        }
    }
    for (const ImportRow &row : problems) {
        if (row.state == ImportRow::State::Failed)
            print(QStringLiteral("failed: line %1 (%2): %3").arg(row.line).arg(row.key, row.error));
    }
    print(QStringLiteral("created %1, updated %2, unchanged %3, invalid %4, failed %5, deleted %6 "
                         "(import %7 in %8)")
              .arg(counts.created)
              .arg(counts.updated)
              .arg(counts.unchanged)
              .arg(counts.invalid)
              .arg(counts.failed)
              .arg(counts.deleted)
              .arg(m_engine->importId())
              .arg(m_journal->path()));
    if (m_context.json) {
        QJsonObject result = counts.toJson();
        result.insert(QStringLiteral("import"), m_engine->importId());
        result.insert(QStringLiteral("requests"), m_engine->requestCount());
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
