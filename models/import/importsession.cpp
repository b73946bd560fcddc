#include "importsession.h"

#include "apijob.h"
#include "importengine.h"
#include "importplanner.h"
#include "importreport.h"
#include "importrowchecker.h"
#include "importstrategy.h"
#include "journal.h"

#include <QTimer>

namespace {

// Tries of the definitions, as many as the engine gives a row.
constexpr int definitionAttempts = 4;

} // namespace

ImportSession::ImportSession(ImportStrategy *strategy, const QString &profileId,
                             const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_strategy(strategy)
    , m_profileId(profileId)
    , m_journalPath(journalPath)
{
    m_strategy->setParent(this);
    connect(&m_readWatcher, &QFutureWatcher<ImportReadResult>::finished, this,
            &ImportSession::readFinished);
    connect(&m_readWatcher, &QFutureWatcher<ImportReadResult>::progressValueChanged, this,
            &ImportSession::readProgress);
}

ImportSession::~ImportSession()
{
    // Left "running", the import would look owned by this live process:
    // nothing in it could continue it until the process ends.
    if (m_engine && m_engine->isRunning() && m_journal && m_engine->importId() > 0)
        m_journal->finish(m_engine->importId(), QStringLiteral("cancelled"), m_engine->counts());
    // The engine and planner write to the journal and ask the strategy
    // until they are gone.
    delete m_engine;
    delete m_planner;
    m_readWatcher.cancel();
    m_readWatcher.waitForFinished();
}

Service ImportSession::service() const
{
    return m_strategy->service();
}

void ImportSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ImportSession::fail(Failure failure, const QString &message)
{
    setState(State::Failed);
    emit failed(failure, message);
}

void ImportSession::loadDefinitions()
{
    if (m_state == State::LoadingDefinitions)
        return;
    if (m_definitionsLoaded || !m_strategy->hasCustomAttributes()) {
        m_definitionsLoaded = true;
        QTimer::singleShot(0, this, [this] {
            if (m_checkAfterDefinitions) {
                m_checkAfterDefinitions = false;
                startReading();
            }
            emit definitionsReady();
        });
        return;
    }
    setState(State::LoadingDefinitions);
    fetchDefinitions(1);
}

void ImportSession::fetchDefinitions(int attempt)
{
    // Custom attribute columns are matched and converted by their definitions.
    ApiJob *job = m_strategy->readDefinitions(
        this,
        [this, attempt](const ApiError &error, const CustomAttributeDefinitions &definitions) {
            if (!error) {
                m_definitions = definitions;
                m_definitionsLoaded = true;
                setState(State::Idle);
                if (m_checkAfterDefinitions) {
                    m_checkAfterDefinitions = false;
                    startReading();
                }
                emit definitionsReady();
                return;
            }
            // The client does not retry a 500; the planner and the engine
            // do, and one bad answer before the plan should not end the
            // import either.
            const bool worthAnotherTry =
                error.isRetryable() || error.kind() == ApiError::Kind::ServerError;
            if (worthAnotherTry && attempt < definitionAttempts) {
                QTimer::singleShot(250 * attempt, this,
                                   [this, attempt] { fetchDefinitions(attempt + 1); });
                return;
            }
            m_checkAfterDefinitions = false;
            fail(Failure::Definitions, error.message());
        });
    if (!job) {
        m_checkAfterDefinitions = false;
        fail(Failure::Definitions, QString());
    }
}

bool ImportSession::openJournal()
{
    if (!m_journal) {
        m_journal = std::make_unique<ImportJournal>();
        m_journal->open(m_journalPath);
    }
    if (!m_deletionJournal && m_journal->isOpen()) {
        // Without it the engine deletes nothing (those rows fail, saying why).
        m_deletionJournal = std::make_unique<Journal>();
        m_deletionJournal->open(m_journalPath);
    }
    return m_journal->isOpen();
}

QString ImportSession::journalError() const
{
    return m_journal ? m_journal->errorString() : QString();
}

bool ImportSession::isRunningElsewhere(const QByteArray &checksum, QString *reason)
{
    // Without a journal nothing can be checked, and the import would not be
    // journalled either: refuse, and say why.
    if (!openJournal()) {
        if (reason)
            *reason = journalError();
        return true;
    }
    return m_journal->isRunningElsewhere(m_profileId, serviceKey(service()), checksum, reason);
}

std::optional<ImportJournal::Summary> ImportSession::unfinishedImport(const QByteArray &checksum,
                                                                      const QString &sheet)
{
    if (!openJournal())
        return std::nullopt;
    return m_journal->resumable(m_profileId, serviceKey(service()), checksum, nullptr, sheet);
}

void ImportSession::check(const ImportSource &source)
{
    cancelCheck();
    m_source = source;
    m_source.service = service();
    m_read = ImportReadResult();
    m_plan = ImportPlan();
    m_unfinished.reset();
    if (!m_definitionsLoaded && m_strategy->hasCustomAttributes()) {
        m_checkAfterDefinitions = true;
        loadDefinitions();
        return;
    }
    startReading();
}

void ImportSession::cancelCheck()
{
    m_checkAfterDefinitions = false;
    m_readWatcher.cancel();
    if (m_planner)
        m_planner->cancel();
    if (m_state == State::Reading || m_state == State::Planning)
        setState(State::Idle);
}

void ImportSession::startReading()
{
    setState(State::Reading);
    m_source.definitions = m_definitions;
    m_source.overrides = m_overrides;
    m_readWatcher.setFuture(ImportReader::read(m_source));
}

void ImportSession::readFinished()
{
    if (m_readWatcher.isCanceled() || m_readWatcher.future().resultCount() == 0
        || m_state != State::Reading)
        return;
    m_read = m_readWatcher.result();
    // The future's own copy would share the rows, and the planner's first
    // write to them would copy every row again: drop it for an empty,
    // finished one (whose finished() readFinished() ignores).
    m_readWatcher.setFuture(QFuture<ImportReadResult>());
    if (!m_read.csv.isSuccess()) {
        fail(Failure::Reading, m_read.csv.errorText);
        return;
    }
    const QStringList missing = m_read.mapping.missingRequirements();
    if (!missing.isEmpty()) {
        fail(Failure::Mapping, missing.join(u' '));
        return;
    }
    emit fileRead();

    m_plan = ImportPlan();
    m_plan.service = service();
    m_plan.filePath = m_source.filePath;
    m_plan.checksum = m_read.checksum;
    m_plan.csv = m_source.csv;
    m_plan.csv.encoding = m_read.csv.encoding;
    m_plan.csv.delimiter = m_read.csv.delimiter;
    m_plan.sheet = m_read.sheetName;
    m_plan.hasHeader = m_source.hasHeader;
    m_plan.mapping = m_read.mapping;
    m_plan.rows = std::move(m_read.rows);
    m_read.rows.clear();
    m_plan.deleteMissing = m_deleteMissing;

    if (!m_readOnly && openJournal()) {
        QString reason;
        if (m_journal->isRunningElsewhere(m_profileId, serviceKey(service()), m_read.checksum,
                                          &reason)) {
            fail(Failure::RunningElsewhere, reason);
            return;
        }
        // An import of this very file that stopped half-way is offered first.
        m_unfinished = m_journal->resumable(m_profileId, serviceKey(service()), m_read.checksum,
                                            nullptr, m_read.sheetName);
    }

    setState(State::Planning);
    delete m_planner;
    m_planner = new ImportPlanner(m_strategy, this);
    connect(m_planner, &ImportPlanner::progress, this, &ImportSession::checkProgress);
    connect(m_planner, &ImportPlanner::finished, this, &ImportSession::planned);
    // Only the planner holds the rows while it decides them: shared with
    // the session, its first decision would copy every row (for a million
    // rows, gigabytes). The session has them again in planned().
    ImportPlan planning = m_plan;
    m_plan.rows.clear();
    m_planner->start(std::move(planning));
}

void ImportSession::planned()
{
    if (m_state != State::Planning)
        return;
    if (!m_planner->errorString().isEmpty()) {
        fail(Failure::Planning, m_planner->errorString());
        return;
    }
    m_plan = m_planner->plan();
    m_plan.deleteMissing = m_deleteMissing;
    // Shared, not copied; the first correctRow() copies them once, leaving
    // readResult()'s as first read.
    m_read.rows = m_plan.rows;
    setState(State::Checked);
    emit checked();
}

ImportRowChecker ImportSession::rowChecker() const
{
    return ImportRowChecker(service(), m_read.mapping, m_definitions, m_read.format.isWorkbook(),
                            m_plan.csv);
}

QList<int> ImportSession::problemColumns(int index) const
{
    QList<int> columns;
    if (index < 0 || index >= m_plan.rows.size())
        return columns;
    const ImportRow &row = m_plan.rows.at(index);
    const ImportRow checked = rowChecker().check(ImportRowChecker::csvRowOf(row), &columns);
    if (checked.action != ImportRow::Action::Invalid && row.action == ImportRow::Action::Invalid) {
        // Valid on its own: a duplicate, in the columns of its identifier.
        const QString field = row.key.section(u'=', 0, 0);
        for (const int column :
             m_read.mapping.columnsOf(service() == Service::Wazzup ? QStringLiteral("id") : field))
            columns.append(column);
    }
    return columns;
}

bool ImportSession::correctRow(int index, const QHash<int, QString> &cells)
{
    if (m_state != State::Checked || index < 0 || index >= m_plan.rows.size()
        || m_plan.rows.line(index) <= 0)
        return false;
    if (m_overrides.checksum != m_read.checksum || m_overrides.sheet != m_source.sheet)
        m_overrides = ImportCellOverrides{m_read.checksum, m_source.sheet, {}};
    const qint64 line = m_plan.rows.line(index);
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        m_overrides.cells[line].insert(it.key(), it.value());

    // The row from its cells as read (earlier corrections in them), with
    // these corrections: the override of a cut cell removes the cut.
    const ImportRowChecker checker = rowChecker();
    CsvRow csvRow = ImportRowChecker::csvRowOf(m_plan.rows.at(index));
    ImportCellOverrides these{m_read.checksum, m_source.sheet, {{line, cells}}};
    these.apply(&csvRow);
    const QString oldKey = m_plan.rows.at(index).key;
    m_plan.changes.remove(index);
    m_plan.rows.replace(index, checker.check(csvRow));
    const QString newKey = m_plan.rows.at(index).key;

    // The rows sharing the old or the new key: the first one valid on its
    // own is imported, the later ones are duplicates; a row that stops
    // being one is looked up like the corrected row.
    QList<int> toPlan;
    if (m_plan.rows.action(index) != ImportRow::Action::Invalid && newKey.isEmpty())
        toPlan.append(index);
    QStringList keys{oldKey};
    if (newKey != oldKey)
        keys.append(newKey);
    for (const QString &key : std::as_const(keys)) {
        if (key.isEmpty())
            continue;
        qint64 first = 0;
        for (int i = 0; i < m_plan.rows.size(); ++i) {
            const ImportRow row = m_plan.rows.at(i);
            if (row.key != key)
                continue;
            ImportRow own = i == index ? row : checker.check(ImportRowChecker::csvRowOf(row));
            if (own.action == ImportRow::Action::Invalid)
                continue; // its own problems say why
            if (first == 0) {
                first = row.number;
                if (row.action == ImportRow::Action::Invalid || i == index) {
                    m_plan.rows.replace(i, own);
                    if (!toPlan.contains(i))
                        toPlan.append(i);
                }
                continue;
            }
            toPlan.removeAll(i);
            m_plan.changes.remove(i);
            own.action = ImportRow::Action::Invalid;
            own.state = ImportRow::State::Skipped;
            own.error = ImportRowChecker::duplicateProblem(own, first);
            m_plan.rows.replace(i, own);
        }
    }
    std::sort(toPlan.begin(), toPlan.end());

    // A sync's deletes are the account's users no row names: the key of a
    // row changed, so they are read again with the row's lookup.
    const bool deletesChange = m_strategy->readsWholeAccount() && oldKey != newKey;
    setState(State::Planning);
    delete m_planner;
    m_planner = nullptr;
    if (toPlan.isEmpty() && !deletesChange) {
        QTimer::singleShot(0, this, [this, index] { rechecked({}, index); });
        return true;
    }
    ImportPlan lookup = m_plan;
    lookup.rows.clear();
    lookup.changes.clear();
    lookup.missing.clear();
    for (const int i : std::as_const(toPlan))
        lookup.rows.append(m_plan.rows.at(i));
    m_planner = new ImportPlanner(m_strategy, this);
    connect(m_planner, &ImportPlanner::progress, this, &ImportSession::checkProgress);
    connect(m_planner, &ImportPlanner::finished, this,
            [this, toPlan, index] { rechecked(toPlan, index); });
    m_planner->start(lookup);
    return true;
}

void ImportSession::rechecked(const QList<int> &indices, int corrected)
{
    if (m_state != State::Planning)
        return;
    if (m_planner && !m_planner->errorString().isEmpty()) {
        fail(Failure::Planning, m_planner->errorString());
        return;
    }
    if (m_planner) {
        const ImportPlan &lookup = m_planner->plan();
        for (int k = 0; k < indices.size() && k < lookup.rows.size(); ++k) {
            m_plan.rows.replace(indices.at(k), lookup.rows.at(k));
            const auto change = lookup.changes.constFind(k);
            if (change != lookup.changes.constEnd())
                m_plan.changes.insert(indices.at(k), *change);
        }
        m_plan.lookupRequests += lookup.lookupRequests;
        if (m_strategy->readsWholeAccount()) {
            // The lookup saw the whole account: its users that no row of
            // the file names (valid or not) are the deletes.
            QSet<QString> named;
            for (const ImportRow &row : std::as_const(m_plan.rows))
                named.insert(row.key);
            m_plan.missing.clear();
            for (const ImportRow &row : lookup.missing) {
                if (!named.contains(row.key))
                    m_plan.missing.append(row);
            }
        }
    }
    // readResult()'s counts follow the corrections (its rows stay as read).
    m_read.validCount = 0;
    m_read.invalidCount = 0;
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        if (m_plan.rows.action(i) == ImportRow::Action::Invalid)
            ++m_read.invalidCount;
        else
            ++m_read.validCount;
    }
    setState(State::Checked);
    emit rowCorrected(corrected);
}

void ImportSession::setDeleteMissing(bool deleteMissing)
{
    m_deleteMissing = deleteMissing;
    m_plan.deleteMissing = deleteMissing;
}

bool ImportSession::send(bool continueUnfinished)
{
    if (m_state != State::Checked || m_readOnly || !openJournal())
        return false;
    ImportPlan plan;
    if (continueUnfinished && m_unfinished && m_journal->loadPlan(m_unfinished->id, &plan)) {
        startEngine(plan, m_unfinished->id);
        return true;
    }
    // The defaults go into the rows only now: the journal keeps what is sent.
    plan = m_plan;
    m_consentDefaults.apply(&plan);
    startEngine(plan, 0);
    return true;
}

bool ImportSession::resumeImport(qint64 importId)
{
    if (m_engine || m_readOnly || !openJournal())
        return false;
    ImportPlan plan;
    if (!m_journal->loadPlan(importId, &plan))
        return false;
    startEngine(plan, importId);
    return true;
}

void ImportSession::startEngine(const ImportPlan &plan, qint64 resumeImportId)
{
    m_sending = plan;
    delete m_engine;
    m_engine = new ImportEngine(m_strategy, m_journal.get(), this);
    if (m_deletionJournal && m_deletionJournal->isOpen())
        m_engine->setDeletionJournal(m_deletionJournal.get());
    connect(m_engine, &ImportEngine::progress, this, &ImportSession::sendProgress);
    connect(m_engine, &ImportEngine::finished, this, [this] {
        setState(State::Finished);
        emit sent();
    });
    setState(State::Sending);
    m_engine->start(plan, m_profileId, resumeImportId);
}

void ImportSession::setPaused(bool paused)
{
    if (!m_engine)
        return;
    if (paused)
        m_engine->pause();
    else
        m_engine->resume();
}

void ImportSession::cancel()
{
    if (m_engine)
        m_engine->cancel();
    else
        cancelCheck();
}

bool ImportSession::isPaused() const
{
    return m_engine && m_engine->isPaused();
}

bool ImportSession::wasCancelled() const
{
    return m_engine && m_engine->wasCancelled();
}

QString ImportSession::sendError() const
{
    return m_engine ? m_engine->errorString() : QString();
}

qint64 ImportSession::deletionOperationId() const
{
    return m_engine ? m_engine->deletionOperationId() : 0;
}

qint64 ImportSession::importId() const
{
    return m_engine ? m_engine->importId() : 0;
}

int ImportSession::total() const
{
    return m_engine ? m_engine->total() : 0;
}

int ImportSession::done() const
{
    return m_engine ? m_engine->done() : 0;
}

int ImportSession::requestCount() const
{
    return m_engine ? m_engine->requestCount() : 0;
}

double ImportSession::rowsPerSecond() const
{
    return m_engine ? m_engine->rowsPerSecond() : 0;
}

int ImportSession::secondsLeft() const
{
    return m_engine ? m_engine->secondsLeft() : -1;
}

ImportCounts ImportSession::counts() const
{
    return m_engine ? m_engine->counts() : m_plan.expected();
}

QList<ImportRow> ImportSession::problemRows() const
{
    if (m_engine)
        return m_engine->problemRows();
    QList<ImportRow> invalid;
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        if (m_plan.rows.action(i) == ImportRow::Action::Invalid)
            invalid.append(m_plan.rows.at(i));
    }
    return invalid;
}

QStringList ImportSession::changedKeys() const
{
    QStringList keys;
    if (!m_engine)
        return keys;
    const ImportRows &rows = m_engine->rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRow::Action action = rows.action(i);
        if (rows.state(i) == ImportRow::State::Done
            && (action == ImportRow::Action::Create || action == ImportRow::Action::Update))
            keys.append(rows.at(i).key);
    }
    return keys;
}

QStringList ImportSession::reportHeaders() const
{
    // A resumed import has no file read in this session: its mapping knows.
    return m_read.headers.isEmpty() ? m_sending.mapping.headers() : m_read.headers;
}

QChar ImportSession::reportDelimiter() const
{
    // As the headers: the file read in this session, else the import resumed.
    return m_read.headers.isEmpty() ? m_sending.csv.delimiter : m_read.csv.delimiter;
}

bool ImportSession::writeReport(const QString &filePath, QString *error) const
{
    return ImportReport::write(filePath, reportHeaders(), problemRows(), error, reportDelimiter());
}
