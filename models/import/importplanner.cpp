#include "importplanner.h"

#include "wazzupclient.h"
#include "woowupclient.h"
#include "woowupcodec.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace {

constexpr int lookupAttempts = 4; // on top of the client's own retries

constexpr int pageSize = WoowUpClient::maxPageSize;
// Finds in flight at once: enough to keep the limiter's slots busy, few
// enough that cancelling leaves little to abort.
constexpr int findWindow = 16;

QString lowered(const QString &text)
{
    return text.trimmed().toLower();
}

} // namespace

ImportPlanner::ImportPlanner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

int ImportPlanner::requestsPerMinute(const ApiClient *client)
{
    if (!client)
        return 0;
    const ClientRateLimiter::Settings &limit = client->config().rateLimit;
    if (limit.limit <= 0 || limit.windowMs <= 0)
        return 0;
    return qMax(1, int(std::floor(limit.limit * limit.headroom * 60000.0 / limit.windowMs)));
}

bool ImportPlanner::sameValues(const WazzupUser &row, const WazzupUser &server)
{
    // The list gives no phones: a row with a phone cannot be proven
    // unchanged without one request per user, so it is sent (upserts are
    // batched and idempotent, which is cheaper than asking).
    if (row.name != server.name)
        return false;
    if (row.phone.isEmpty())
        return true;
    return row.phone == server.phone;
}

bool ImportPlanner::sameValues(const WoowUpCustomer &row, const WoowUpCustomer &server)
{
    // Only what the row would send counts: a column that is not in the
    // file leaves the server's value alone, so it cannot make a difference.
    const QJsonObject mine = WoowUpCodec::customerToJson(row);
    const QJsonObject theirs = WoowUpCodec::customerToJson(server);
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const QJsonValue other = theirs.value(it.key());
        if (it.key() == QLatin1String("custom_attributes")) {
            const QJsonObject attributes = it.value().toObject();
            const QJsonObject otherAttributes = other.toObject();
            for (auto a = attributes.constBegin(); a != attributes.constEnd(); ++a) {
                if (otherAttributes.value(a.key()) != a.value())
                    return false;
            }
        } else if (it.key() == QLatin1String("email")) {
            if (lowered(it.value().toString()) != lowered(other.toString()))
                return false;
        } else if (it.value() != other) {
            return false;
        }
    }
    return true;
}

void ImportPlanner::start(const ImportPlan &plan)
{
    m_plan = plan;
    m_plan.requestsPerMinute = requestsPerMinute(m_client);
    m_plan.missing.clear();
    m_valid = 0;
    for (const ImportRow &row : std::as_const(m_plan.rows)) {
        if (row.action != ImportRow::Action::Invalid)
            ++m_valid;
    }
    if (auto *wazzup = qobject_cast<WazzupClient *>(m_client.data())) {
        planWazzup(wazzup);
        return;
    }
    if (m_valid == 0) {
        m_plan.lookup = ImportPlan::Lookup::None;
        QTimer::singleShot(0, this, &ImportPlanner::done);
        return;
    }
    planWoowUp(qobject_cast<WoowUpClient *>(m_client.data()));
}

void ImportPlanner::cancel()
{
    for (const QPointer<QObject> &job : std::as_const(m_jobs)) {
        if (auto *apiJob = qobject_cast<ApiJob *>(job.data()))
            apiJob->abort();
    }
    fail(tr("The check was cancelled."));
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

void ImportPlanner::planWazzup(WazzupClient *client)
{
    m_plan.lookup = ImportPlan::Lookup::ListAll;
    emit progress(tr("Reading the account’s users…"), 0, 0);
    auto *job = client->listUsers();
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job, client] {
        m_plan.lookupRequests += job->requestCount();
        if (job->error()) {
            if (!retryLater(-1, job->error(), [this, client] { planWazzup(client); }))
                fail(job->error().message());
            return;
        }
        const WazzupUserList users = job->users();
        m_plan.accountSize = int(users.size());
        QHash<QString, int> byId;
        for (int i = 0; i < users.size(); ++i)
            byId.insert(users.at(i).id, i);
        QSet<QString> named; // ids the file names, valid or not
        for (ImportRow &row : m_plan.rows) {
            const QString id = row.wazzupUser.id.trimmed();
            if (!id.isEmpty())
                named.insert(id);
            if (row.action == ImportRow::Action::Invalid)
                continue;
            const auto it = byId.constFind(id);
            if (it == byId.constEnd())
                row.action = ImportRow::Action::Create;
            else if (sameValues(row.wazzupUser, users.at(*it)))
                row.action = ImportRow::Action::Unchanged;
            else
                row.action = ImportRow::Action::Update;
            if (row.action == ImportRow::Action::Unchanged)
                row.state = ImportRow::State::Done;
        }
        for (const WazzupUser &user : users) {
            if (named.contains(user.id))
                continue;
            ImportRow row;
            row.key = user.id;
            row.wazzupUser = user;
            row.cells = QStringList{user.id, user.name};
            row.action = ImportRow::Action::Delete;
            m_plan.missing.append(row);
        }
        done();
    });
}

void ImportPlanner::planWoowUp(WoowUpClient *)
{
    emit progress(tr("Measuring the account…"), 0, 0);
    m_low = -1;
    m_high = -1;
    probe(0);
}

void ImportPlanner::probe(int page)
{
    auto *client = qobject_cast<WoowUpClient *>(m_client.data());
    if (!client) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    auto *job = client->searchCustomers(page, pageSize);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job, page] {
        ++m_plan.lookupRequests;
        if (job->error()) {
            if (!retryLater(-2 - page, job->error(), [this, page] { probe(page); }))
                fail(job->error().message());
            return;
        }
        const int size = int(job->customers().size());
        if (page == 0 && size < pageSize) {
            // The whole account fits in one page, and we have it already.
            m_plan.lookup = ImportPlan::Lookup::ListAll;
            m_plan.accountSize = size;
            matchAll(job->customers());
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
    });
}

void ImportPlanner::bisect()
{
    if (m_high - m_low > 1) {
        probe((m_low + m_high) / 2);
        return;
    }
    m_plan.accountSize = m_high * pageSize + m_highSize;
    decide();
}

void ImportPlanner::decide()
{
    // Pages until the first short one (listAllCustomers stops there).
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
    m_plan.lookup = ImportPlan::Lookup::ListAll;
    auto *client = qobject_cast<WoowUpClient *>(m_client.data());
    const int total = m_plan.accountSize;
    emit progress(tr("Reading the account’s customers…"), 0, total);
    auto *job = client->listAllCustomers();
    m_jobs.append(job);
    connect(job, &ApiJob::progress, this, [this, total](int done, int) {
        emit progress(tr("Reading the account’s customers…"), done, total);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        m_plan.lookupRequests += job->requestCount();
        if (job->error()) {
            if (!retryLater(-1, job->error(), [this] { listAll(); }))
                fail(job->error().message());
            return;
        }
        m_plan.accountSize = int(job->customers().size());
        matchAll(job->customers());
        done();
    });
}

void ImportPlanner::findNext()
{
    if (m_finished)
        return;
    while (m_findsInFlight < findWindow && m_nextFind < m_plan.rows.size()) {
        const int index = m_nextFind++;
        if (m_plan.rows.at(index).action == ImportRow::Action::Invalid)
            continue;
        ++m_findsInFlight;
        findOne(index);
    }
}

void ImportPlanner::findOne(int index)
{
    auto *client = qobject_cast<WoowUpClient *>(m_client.data());
    if (!client) {
        fail(tr("The connection to the account was closed."));
        return;
    }
    const auto identifier = m_plan.rows.at(index).customer.bestIdentifier();
    auto *job = client->findCustomer(identifier.first, identifier.second);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job, index] {
        m_jobs.removeAll(job);
        ++m_plan.lookupRequests;
        if (m_finished)
            return;
        if (job->error()) {
            if (!retryLater(index, job->error(), [this, index] { findOne(index); }))
                fail(job->error().message());
            return;
        }
        --m_findsInFlight;
        const WoowUpCustomer server = job->customer();
        decideRow(m_plan.rows[index], job->found() ? &server : nullptr);
        emit progress(tr("Looking up the customers…"), ++m_findsDone, m_valid);
        if (m_findsDone == m_valid)
            done();
        else
            findNext();
    });
}

void ImportPlanner::decideRow(ImportRow &row, const WoowUpCustomer *server)
{
    if (!server) {
        row.action = ImportRow::Action::Create;
    } else if (sameValues(row.customer, *server)) {
        row.action = ImportRow::Action::Unchanged;
        row.state = ImportRow::State::Done;
    } else {
        row.action = ImportRow::Action::Update;
    }
}

void ImportPlanner::matchAll(const WoowUpCustomerList &customers)
{
    QHash<QString, int> index[4];
    for (int i = 0; i < customers.size(); ++i) {
        const WoowUpCustomer &c = customers.at(i);
        if (!c.serviceUid.isEmpty())
            index[0].insert(c.serviceUid, i);
        if (!c.email.isEmpty())
            index[1].insert(lowered(c.email), i);
        if (!c.document.isEmpty())
            index[2].insert(c.document, i);
        if (!c.telephone.isEmpty())
            index[3].insert(c.telephone, i);
    }
    for (ImportRow &row : m_plan.rows) {
        if (row.action == ImportRow::Action::Invalid)
            continue;
        // The service's own matching order: service_uid, email, document, telephone.
        const QString keys[] = {row.customer.serviceUid, lowered(row.customer.email),
                                row.customer.document, row.customer.telephone};
        int found = -1;
        for (int k = 0; k < 4 && found < 0; ++k) {
            if (!keys[k].isEmpty())
                found = index[k].value(keys[k], -1);
        }
        decideRow(row, found >= 0 ? &customers.at(found) : nullptr);
    }
}
