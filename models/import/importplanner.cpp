#include "importplanner.h"

#include "apijob.h"
#include "importstrategy.h"

#include <QTimer>

namespace {

constexpr int lookupAttempts = 4; // on top of the client's own retries

// Finds in flight at once: enough to keep the limiter's slots busy, few
// enough that cancelling leaves little to abort.
constexpr int findWindow = 16;

} // namespace

ImportPlanner::ImportPlanner(ImportStrategy *strategy, QObject *parent)
    : QObject(parent)
    , m_strategy(strategy)
{ }

void ImportPlanner::start(ImportPlan plan)
{
    m_plan = std::move(plan);
    m_plan.requestsPerMinute = m_strategy ? m_strategy->requestsPerMinute() : 0;
    m_plan.missing.clear();
    m_plan.changes.clear();
    m_valid = 0;
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        if (m_plan.rows.action(i) != ImportRow::Action::Invalid)
            ++m_valid;
    }
    if (!m_strategy) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    if (m_strategy->readsWholeAccount()) {
        readWholeAccount();
        return;
    }
    if (m_valid == 0) {
        m_plan.lookup = ImportPlan::Lookup::None;
        QTimer::singleShot(0, this, &ImportPlanner::done);
        return;
    }
    emit progress(tr("Measuring the account…"), 0, 0);
    m_low = -1;
    m_high = -1;
    probe(0);
}

void ImportPlanner::cancel()
{
    // A copy: an aborted job may leave the list before the loop ends.
    const QList<ApiJob *> jobs = m_jobs;
    for (ApiJob *job : jobs)
        job->abort();
    fail(tr("The check was cancelled."));
}

bool ImportPlanner::track(ApiJob *job)
{
    if (!job) {
        fail(tr("The connection to the account was closed."));
        return false;
    }
    m_jobs.append(job);
    connect(job, &QObject::destroyed, this, [this, job] { m_jobs.removeAll(job); });
    return true;
}

bool ImportPlanner::retryLater(int key, const ApiError &error, const std::function<void()> &again)
{
    // Reads are idempotent; the client does not retry a 500, the check should.
    if (m_finished || !(error.isRetryable() || error.kind() == ApiError::Kind::ServerError))
        return false;
    int &attempts = m_attempts[key];
    if (++attempts >= lookupAttempts)
        return false;
    QTimer::singleShot(250 * attempts, this, again);
    return true;
}

void ImportPlanner::fail(const QString &message)
{
    if (m_finished)
        return;
    m_error = message;
    m_finished = true;
    QTimer::singleShot(0, this, &ImportPlanner::finished);
}

void ImportPlanner::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void ImportPlanner::readWholeAccount()
{
    m_plan.lookup = ImportPlan::Lookup::ListAll;
    emit progress(m_strategy->readingAllText(), 0, 0);
    track(m_strategy->readAll(this, &m_plan, [this](const ApiError &error, int requests) {
        m_plan.lookupRequests += requests;
        if (error) {
            if (!retryLater(-1, error, [this] { readWholeAccount(); }))
                fail(error.message());
            return;
        }
        done();
    }));
}

void ImportPlanner::probe(int page)
{
    if (!m_strategy) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    const int pageSize = m_strategy->pageSize();
    track(m_strategy->readPage(
        this, page, &m_plan, [this, page, pageSize](const ApiError &error, int size) {
            ++m_plan.lookupRequests;
            if (error) {
                if (!retryLater(-2 - page, error, [this, page] { probe(page); }))
                    fail(error.message());
                return;
            }
            if (page == 0 && size < pageSize) {
                // The whole account fits in one page, and the strategy
                // matched the rows against it already.
                m_plan.lookup = ImportPlan::Lookup::ListAll;
                m_plan.accountSize = size;
                done();
                return;
            }
            if (size == pageSize) {
                m_low = page;
            } else {
                m_high = page;
                m_highSize = size;
            }
            if (m_high < 0) {
                // Still full: reading page+1 pages already costs as much as the finds?
                const int next = qMax(1, page * 2);
                if (next + 1 >= m_valid) {
                    decide();
                    return;
                }
                probe(next);
                return;
            }
            bisect();
        }));
}

void ImportPlanner::bisect()
{
    if (m_high - m_low > 1) {
        probe((m_low + m_high) / 2);
        return;
    }
    m_plan.accountSize = m_high * m_strategy->pageSize() + m_highSize;
    decide();
}

void ImportPlanner::decide()
{
    // Pages until the first short one (reading them all stops there).
    const int pages = m_high >= 0 ? m_high + 1 : -1;
    if (pages >= 0 && pages < m_valid) {
        listAll();
        return;
    }
    m_plan.lookup = ImportPlan::Lookup::FindEach;
    m_nextFind = 0;
    m_findsDone = 0;
    findNext();
}

void ImportPlanner::listAll()
{
    if (!m_strategy) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    m_plan.lookup = ImportPlan::Lookup::ListAll;
    const int total = m_plan.accountSize;
    const QString what = m_strategy->readingAllText();
    emit progress(what, 0, total);
    ApiJob *job = m_strategy->readAll(this, &m_plan, [this](const ApiError &error, int requests) {
        m_plan.lookupRequests += requests;
        if (error) {
            if (!retryLater(-1, error, [this] { listAll(); }))
                fail(error.message());
            return;
        }
        done();
    });
    if (!track(job))
        return;
    connect(job, &ApiJob::progress, this,
            [this, what, total](int done, int) { emit progress(what, done, total); });
}

void ImportPlanner::findNext()
{
    if (m_finished)
        return;
    while (m_findsInFlight < findWindow && m_nextFind < m_plan.rows.size()) {
        const int index = m_nextFind++;
        if (m_plan.rows.action(index) == ImportRow::Action::Invalid)
            continue;
        ++m_findsInFlight;
        findOne(index);
    }
}

void ImportPlanner::findOne(int index)
{
    if (!m_strategy) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    track(m_strategy->findRow(this, &m_plan, index, [this, index](const ApiError &error) {
        ++m_plan.lookupRequests;
        if (m_finished)
            return;
        if (error) {
            if (!retryLater(index, error, [this, index] { findOne(index); }))
                fail(error.message());
            return;
        }
        --m_findsInFlight;
        emit progress(tr("Looking up the customers…"), ++m_findsDone, m_valid);
        if (m_findsDone == m_valid)
            done();
        else
            findNext();
    }));
}
