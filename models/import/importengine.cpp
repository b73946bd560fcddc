#include "importengine.h"

#include "apijob.h"
#include "bulkdelete.h"
#include "importhistory.h"
#include "importjournal.h"
#include "importstrategy.h"
#include "journal.h"

#include <QFileInfo>
#include <QTimer>

namespace {
// Tries of a row's request on top of the client's own retries, for
// answers the client does not retry (a 500) or gave up on. A long import
// should not lose rows to a bad minute of the server.
constexpr int rowAttempts = 4;

bool worthAnotherTry(const ApiError &error)
{
    return error.isRetryable() || error.kind() == ApiError::Kind::ServerError;
}

} // namespace

bool ImportEngine::retryLater(int key, const ApiError &error, const std::function<void()> &again)
{
    if (!worthAnotherTry(error) || m_cancelled)
        return false;
    int &attempts = m_attempts[key];
    if (++attempts >= rowAttempts)
        return false;
    QTimer::singleShot(250 * attempts, this, again);
    return true;
}

ImportEngine::ImportEngine(ImportStrategy *strategy, ImportJournal *journal, QObject *parent)
    : QObject(parent)
    , m_strategy(strategy)
    , m_journal(journal)
{ }

void ImportEngine::start(const ImportPlan &plan, const QString &profileId, qint64 resumeImportId)
{
    m_plan = plan;
    m_profileId = profileId;
    m_rows = plan.rows;
    if (plan.deleteMissing) {
        for (const ImportRow &missing : plan.missing)
            m_rows.append(missing);
    }
    m_queue.clear();
    // A sync's deletes go first: they free the account's places (Wazzup
    // holds at most 1,000 users) that the file's new users may need, so a
    // file that fits the account never fails on the way to it.
    for (const bool deletes : {true, false}) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.needsSending(i)
                && (m_rows.action(i) == ImportRow::Action::Delete) == deletes)
                m_queue.append(i);
        }
    }
    m_total = int(m_queue.size());
    m_done = 0;
    m_running = true;
    m_cancelled = false;
    m_paused = false;
    m_clock.start();
    if (m_journal) {
        if (resumeImportId > 0) {
            m_importId = resumeImportId;
            m_journal->claim(m_importId);
        } else {
            m_importId = m_journal->begin(profileId, plan);
            if (m_importId == 0) {
                // Sending without a journal would break the promise that
                // nothing is lost: refuse.
                m_error = m_journal->errorString();
                m_running = false;
                m_total = 0;
                m_queue.clear();
                QTimer::singleShot(0, this, &ImportEngine::finished);
                return;
            }
        }
    }
    if (!beginHistory(resumeImportId))
        qWarning("history: %s", qPrintable(m_deletionJournal->errorString()));
    QTimer::singleShot(0, this, &ImportEngine::pump);
}

bool ImportEngine::beginHistory(qint64 resumeImportId)
{
    m_historyId = 0;
    m_historyItems.clear();
    if (!m_deletionJournal || !m_deletionJournal->isOpen())
        return true;
    const QList<int> rows = ImportHistory::rowsInHistory(m_rows);
    if (resumeImportId > 0) {
        const QList<JournalOperation> found =
            m_deletionJournal->linkedTo(resumeImportId, Journal::Link::Import);
        if (found.isEmpty())
            return true; // begun before there was a history
        m_historyId = found.first().id;
        const QList<JournalItem> items = m_deletionJournal->items(m_historyId);
        for (int k = 0; k < rows.size() && k < items.size(); ++k)
            m_historyItems.insert(rows.at(k), items.at(k));
        return m_deletionJournal->setOperationState(m_historyId, QStringLiteral("running"));
    }
    QList<JournalItem> items;
    for (int index : rows)
        items.append(ImportHistory::item(m_plan.service, m_rows.at(index)));
    m_historyId = m_deletionJournal->beginOperation(QStringLiteral("import"), m_profileId,
                                                    serviceKey(m_plan.service), &items,
                                                    QFileInfo(m_plan.filePath).fileName());
    if (m_historyId == 0)
        return false;
    for (int k = 0; k < rows.size(); ++k)
        m_historyItems.insert(rows.at(k), items.at(k));
    return m_importId == 0
        || m_deletionJournal->linkOperation(m_historyId, Journal::Link::Import, m_importId);
}

void ImportEngine::recordHistory(const QList<int> &rows)
{
    if (m_historyId == 0)
        return;
    QList<JournalItem> changed;
    for (int index : rows) {
        const auto it = m_historyItems.find(index);
        if (it == m_historyItems.end())
            continue;
        const ImportRow &row = m_rows.at(index);
        if (row.state == ImportRow::State::Done) {
            it->state = JournalItem::State::Applied;
            if (row.action == ImportRow::Action::Update && it->action == QLatin1String("create")) {
                // Created by someone else meanwhile, then updated: its
                // values before are not known, so an undo leaves it alone.
                it->action = QStringLiteral("update");
                it->fields.clear();
                it->after = {};
            }
        } else if (row.state == ImportRow::State::Failed) {
            it->state = JournalItem::State::Failed;
        } else {
            continue;
        }
        it->error = row.error;
        changed.append(*it);
    }
    if (!changed.isEmpty() && !m_deletionJournal->updateItems(changed))
        qWarning("history: %s", qPrintable(m_deletionJournal->errorString()));
}

void ImportEngine::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_pauseClock.start();
}

void ImportEngine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_pausedMs += m_pauseClock.elapsed();
    QTimer::singleShot(0, this, &ImportEngine::pump);
}

void ImportEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_deletion)
        m_deletion->cancel(); // records the rest as cancelled: not deleted
    if (m_paused) {
        m_paused = false;
        m_pausedMs += m_pauseClock.elapsed();
    }
    QTimer::singleShot(0, this, &ImportEngine::finishIfIdle);
}

double ImportEngine::rowsPerSecond() const
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() - m_pausedMs : 0;
    if (ms <= 0 || m_done == 0)
        return 0;
    return m_done * 1000.0 / double(ms);
}

int ImportEngine::secondsLeft() const
{
    const double rate = rowsPerSecond();
    if (rate <= 0)
        return -1;
    return int((m_total - m_done) / rate + 0.5);
}

ImportCounts ImportEngine::counts() const
{
    ImportCounts counts;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ImportRow::Action action = m_rows.action(i);
        if (action == ImportRow::Action::Invalid) {
            ++counts.invalid;
            continue;
        }
        if (action == ImportRow::Action::Unchanged) {
            ++counts.unchanged;
            continue;
        }
        switch (m_rows.state(i)) {
        case ImportRow::State::Done:
            if (action == ImportRow::Action::Create)
                ++counts.created;
            else if (action == ImportRow::Action::Update)
                ++counts.updated;
            else
                ++counts.deleted;
            break;
        case ImportRow::State::Failed:
            ++counts.failed;
            break;
        default:
            ++counts.notSent;
            break;
        }
    }
    return counts;
}

QList<ImportRow> ImportEngine::problemRows() const
{
    QList<ImportRow> result;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.action(i) == ImportRow::Action::Invalid
            || m_rows.state(i) == ImportRow::State::Failed)
            result.append(m_rows.at(i));
    }
    return result;
}

void ImportEngine::setState(int index, ImportRow::State state, const QString &error)
{
    m_rows.setState(index, state);
    m_rows.setError(index, error);
    if (m_journal && m_importId > 0 && !m_journal->setRowState(m_importId, index, state, error))
        qWarning("import journal: %s", qPrintable(m_journal->errorString()));
    recordHistory({index});
}

void ImportEngine::rowAnswered(int index, bool ok, const QString &error)
{
    setState(index, ok ? ImportRow::State::Done : ImportRow::State::Failed, error);
    ++m_done;
    emit progress(m_done, m_total);
}

void ImportEngine::pump()
{
    if (!m_running || m_paused)
        return;
    if (m_cancelled || m_queue.isEmpty()) {
        finishIfIdle();
        return;
    }
    if (!m_strategy) {
        // The account was closed under the import: what is left stays
        // pending in the journal, for a resume.
        cancel();
        return;
    }
    if (m_strategy->sending() == ImportStrategy::Sending::InBatches)
        pumpBatches();
    else
        pumpRows();
}

void ImportEngine::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && !m_queue.isEmpty())
        return;
    m_running = false;
    const QString state = m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished");
    if (m_journal && m_importId > 0)
        m_journal->finish(m_importId, state, counts());
    if (m_historyId > 0)
        m_deletionJournal->setOperationState(m_historyId, state);
    emit finished();
}

void ImportEngine::pumpRows()
{
    const int window = m_strategy->requestsInFlight();
    while (m_inFlight < window && !m_queue.isEmpty() && !m_paused && !m_cancelled) {
        const int index = m_queue.takeFirst();
        ++m_inFlight;
        // Only a resume meets a failed row: its last create may have been
        // carried out with the answer lost (outcome unknown), exactly like
        // one the app stopped in the middle of.
        const ImportRow::State state = m_rows.state(index);
        if (m_rows.action(index) == ImportRow::Action::Create
            && (state == ImportRow::State::Sending || state == ImportRow::State::Failed))
            confirmCreate(index);
        else
            sendRow(index);
    }
}

void ImportEngine::confirmCreate(int index)
{
    // The create may have reached the server before the app stopped: ask
    // first, so that it is not sent twice.
    const auto answered = [this, index](const ApiError &error, bool exists) {
        if (error) {
            // Creating without knowing could make a second record: ask
            // again, or give the row up.
            if (!retryLater(index, error, [this, index] { confirmCreate(index); })) {
                --m_inFlight;
                rowAnswered(index, false, error.message());
                pump();
            }
            return;
        }
        if (exists) {
            --m_inFlight;
            rowAnswered(index, true, QString());
            pump();
            return;
        }
        sendRow(index);
    };
    if (!m_strategy || !m_strategy->rowExists(this, m_rows.at(index), answered)) {
        strategyGone(index);
        return;
    }
    ++m_requests;
}

void ImportEngine::sendRow(int index)
{
    setState(index, ImportRow::State::Sending);
    const bool create = m_rows.action(index) == ImportRow::Action::Create;
    const auto answered = [this, index, create](const ApiError &error) {
        if (error && retryLater(index, error, [this, index, create] {
                // A create whose outcome is unknown is checked before it goes again.
                if (create)
                    confirmCreate(index);
                else
                    sendRow(index);
            }))
            return;
        if (create && error.kind() == ApiError::Kind::AlreadyExists) {
            // Created meanwhile by someone else: the row's values still
            // belong on it.
            m_rows.setAction(index, ImportRow::Action::Update);
            sendRow(index);
            return;
        }
        --m_inFlight;
        rowAnswered(index, !error, error ? error.message() : QString());
        pump();
    };
    if (!m_strategy || !m_strategy->sendRow(this, m_rows.at(index), answered)) {
        strategyGone(index);
        return;
    }
    ++m_requests;
}

void ImportEngine::strategyGone(int index)
{
    // The account was closed under the import: the row stays to be sent,
    // in the journal, for a resume.
    --m_inFlight;
    m_queue.prepend(index);
    cancel();
}

bool ImportEngine::retryBatchLater(const QList<int> &batch, const ApiError &error)
{
    // A batch that failed for the server's sake goes again, first in line
    // (its requests are idempotent).
    return error && retryLater(-1 - batch.first(), error, [this, batch] {
               m_queue = batch + m_queue;
               pump();
           });
}

void ImportEngine::pumpBatches()
{
    if (m_inFlight > 0)
        return;
    // One batch at a time: the deletes first, then all upserts, each in
    // requests of at most batchSize() (the queue keeps that order).
    const bool deleting = m_rows.action(m_queue.first()) == ImportRow::Action::Delete;
    if (deleting && startDeletion())
        return;
    const int size = m_strategy->batchSize();
    QList<int> batch;
    QList<ImportRow> rows;
    while (!m_queue.isEmpty() && batch.size() < size
           && (m_rows.action(m_queue.first()) == ImportRow::Action::Delete) == deleting) {
        batch.append(m_queue.takeFirst());
        rows.append(m_rows.at(batch.last()));
    }
    if (m_journal && m_importId > 0)
        m_journal->setRowStates(m_importId, batch, ImportRow::State::Sending);
    ApiJob *job = m_strategy->sendBatch(
        this, rows, [this, batch](const ApiError &error, const QStringList &failedKeys) {
            --m_inFlight;
            // Deleting or upserting again is harmless: users already gone
            // come back absent, upserts are idempotent.
            if (retryBatchLater(batch, error))
                return;
            batchAnswered(batch, error, failedKeys);
            pump();
        });
    if (!job) {
        m_queue = batch + m_queue; // as strategyGone()
        cancel();
        return;
    }
    ++m_inFlight;
    ++m_requests;
}

void ImportEngine::batchAnswered(const QList<int> &batch, const ApiError &error,
                                 const QStringList &failedKeys)
{
    const QString reason = error ? error.message() : QString();
    if (m_rows.action(batch.first()) != ImportRow::Action::Delete) {
        // The server applies an upsert all or nothing.
        const ImportRow::State state = error ? ImportRow::State::Failed : ImportRow::State::Done;
        for (int index : batch) {
            m_rows.setState(index, state);
            m_rows.setError(index, reason);
        }
        if (m_journal && m_importId > 0)
            m_journal->setRowStates(m_importId, batch, state, reason);
        recordHistory(batch);
        m_done += int(batch.size());
        emit progress(m_done, m_total);
        return;
    }
    QList<int> ok;
    for (int index : batch) {
        if (failedKeys.contains(m_rows.at(index).key) || (error && failedKeys.isEmpty()))
            rowAnswered(index, false, reason);
        else
            ok.append(index);
    }
    for (int index : std::as_const(ok))
        m_rows.setState(index, ImportRow::State::Done);
    if (m_journal && m_importId > 0)
        m_journal->setRowStates(m_importId, ok, ImportRow::State::Done);
    m_done += int(ok.size());
    emit progress(m_done, m_total);
}

bool ImportEngine::startDeletion()
{
    // A sync deletes people's records: each is read in full and kept in
    // the deletion journal first, exactly as a bulk delete does, so the
    // deletes can be seen and undone in "Recently deleted".
    m_deletion = m_strategy->createDeletion(m_deletionJournal, m_profileId, this);
    if (!m_deletion)
        return false;
    QList<int> rows;
    QStringList keys;
    while (!m_queue.isEmpty() && m_rows.action(m_queue.first()) == ImportRow::Action::Delete) {
        rows.append(m_queue.takeFirst());
        keys.append(m_rows.at(rows.last()).key);
    }
    if (m_journal && m_importId > 0)
        m_journal->setRowStates(m_importId, rows, ImportRow::State::Sending);
    m_deletion->setIdentifiers(keys);
    const int doneBefore = m_done;
    connect(m_deletion, &BulkDelete::progress, this,
            [this, doneBefore](int done, int) { emit progress(doneBefore + done, m_total); });
    connect(m_deletion, &BulkDelete::finished, this, [this, rows] { deletionFinished(rows); });
    ++m_inFlight;
    m_deletion->start();
    return true;
}

void ImportEngine::deletionFinished(const QList<int> &rows)
{
    BulkDelete *deletion = m_deletion;
    m_deletion = nullptr;
    deletion->deleteLater();
    --m_inFlight;
    m_deletionOperationId = deletion->operationId();
    if (m_historyId > 0 && m_deletionOperationId > 0)
        m_deletionJournal->linkOperation(m_deletionOperationId, Journal::Link::Parent, m_historyId);
    QHash<QString, const JournalItem *> items;
    for (const JournalItem &item : deletion->items())
        items.insert(item.recordKey, &item);
    int snapshots = 0;
    QList<int> done;
    for (int index : rows) {
        const JournalItem *item = items.value(m_rows.at(index).key);
        if (item && item->hasSnapshot())
            ++snapshots;
        if (item && item->isGone()) {
            m_rows.setState(index, ImportRow::State::Done);
            m_rows.setError(index, QString());
            done.append(index);
            continue;
        }
        QString reason = item ? item->error : QString();
        if (reason.isEmpty())
            reason = deletion->errorString();
        if (reason.isEmpty())
            reason = tr("not deleted.");
        rowAnswered(index, false, reason);
    }
    if (m_journal && m_importId > 0)
        m_journal->setRowStates(m_importId, done, ImportRow::State::Done);
    m_done += int(done.size());
    // One read per user (the list gives no phones), one delete per 100.
    const int batch = qMax(1, m_strategy ? m_strategy->batchSize() : 100);
    m_requests += int(rows.size()) + (snapshots + batch - 1) / batch;
    emit progress(m_done, m_total);
    pump();
}
