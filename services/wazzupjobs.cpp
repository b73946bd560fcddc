#include "wazzupjobs.h"

#include "apierrormapper.h"
#include "servicelogging.h"
#include "wazzupclient.h"
#include "wazzupcodec.h"

#include <QSet>
#include <QUrl>

namespace {

QString userPath(const QString &id)
{
    return QStringLiteral("users/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiError invalidResponse(const ApiRequest *request, const QString &detail)
{
    return ApiErrorMapper::invalidResponse(Service::Wazzup, request->httpStatus(), detail);
}

template<typename T>
QList<QList<T>> split(const QList<T> &items, int size)
{
    QList<QList<T>> batches;
    for (qsizetype i = 0; i < items.size(); i += size)
        batches.append(items.mid(i, size));
    return batches;
}

} // namespace

// --- WazzupUserListJob -------------------------------------------------------

WazzupUserListJob::WazzupUserListJob(WazzupClient *client, int maxPages)
    : ApiJob(client)
    , m_maxPages(maxPages)
{ }

void WazzupUserListJob::fetch(int offset)
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("users");
    spec.query = {{QStringLiteral("offset"), QString::number(offset)}};
    spec.bodyRequired = true;
    ++m_requests;
    send(spec, [this, offset](ApiRequest *request) {
        if (request->error()) {
            finish(request->error());
            return;
        }
        QString problem;
        const auto page = WazzupCodec::decodeUserPage(request->body(), &problem);
        if (!page) {
            finish(invalidResponse(request, problem));
            return;
        }
        m_users.append(page->users);
        if (page->count)
            m_count = page->count;
        emit progress(int(m_users.size()), m_count.value_or(0));

        // A bare array is the whole list; a short page is the last one. The
        // page cap only guards against a server that never sends a short one
        // (an account holds at most 1,000 users).
        const bool bareArray = !page->count.has_value();
        const bool lastPage = bareArray || page->users.size() < WazzupClient::pageSize
            || (m_count && m_users.size() >= *m_count);
        const bool capped = (m_maxPages > 0 && m_requests >= m_maxPages) || m_requests >= 100;
        if (lastPage || capped) {
            qCDebug(lcWazzup) << "listed" << m_users.size() << "users in" << m_requests
                              << "requests";
            for (int i = 0; i < m_users.size(); ++i) {
                if (m_detailIds.contains(m_users.at(i).id))
                    m_detailQueue.append(i);
            }
            readDetails();
            return;
        }
        fetch(offset + WazzupClient::pageSize);
    });
}

void WazzupUserListJob::readDetails()
{
    // A few at once: the client's limiter keeps them under the rate.
    constexpr int inFlight = 4;
    if (isFinished())
        return;
    if (m_detailQueue.isEmpty() && m_detailsInFlight == 0) {
        finish();
        return;
    }
    while (m_detailsInFlight < inFlight && !m_detailQueue.isEmpty()) {
        const int index = m_detailQueue.takeFirst();
        ApiRequestSpec spec;
        spec.path = userPath(m_users.at(index).id);
        spec.bodyRequired = true;
        ++m_requests;
        ++m_detailsInFlight;
        send(spec, [this, index](ApiRequest *request) {
            --m_detailsInFlight;
            if (isFinished())
                return;
            ApiError error = request->error();
            if (error.kind() == ApiError::Kind::NotFound) {
                // Deleted since the list: the import will create it again.
                m_users[index].phone.clear();
            } else if (error) {
                error.setRecordKey(m_users.at(index).id);
                finish(error);
                return;
            } else {
                QString problem;
                const auto user = WazzupCodec::decodeUser(request->body(), &problem);
                if (!user) {
                    finish(invalidResponse(request, problem));
                    return;
                }
                m_users[index] = *user;
            }
            readDetails();
        });
    }
}

// --- WazzupUserJob -----------------------------------------------------------

WazzupUserJob::WazzupUserJob(WazzupClient *client)
    : ApiJob(client)
{ }

void WazzupUserJob::start(const QString &id)
{
    if (id.isEmpty()) {
        finishLater(ApiErrorMapper::invalidRequest(Service::Wazzup, tr("The user has no ID.")));
        return;
    }
    ApiRequestSpec spec;
    spec.path = userPath(id);
    spec.bodyRequired = true;
    send(spec, [this, id](ApiRequest *request) {
        ApiError error = request->error();
        if (error) {
            error.setRecordKey(id);
            finish(error);
            return;
        }
        QString problem;
        const auto user = WazzupCodec::decodeUser(request->body(), &problem);
        if (!user) {
            finish(invalidResponse(request, problem));
            return;
        }
        m_user = *user;
        finish();
    });
}

// --- WazzupUpsertJob ---------------------------------------------------------

WazzupUpsertJob::WazzupUpsertJob(WazzupClient *client)
    : ApiJob(client)
{ }

WazzupUserList WazzupUpsertJob::failedUsers() const
{
    WazzupUserList users;
    for (const auto &failure : m_failures)
        users.append(failure.users);
    return users;
}

void WazzupUpsertJob::start(const WazzupUserList &users)
{
    m_total = int(users.size());
    m_batches = split(users, WazzupClient::maxBatch);
    if (m_batches.isEmpty()) {
        finishLater(ApiError());
        return;
    }
    sendNext();
}

void WazzupUpsertJob::sendNext()
{
    // One batch at a time: if the same id appears in two batches, the later
    // one must win, as it would in a single request.
    const WazzupUserList batch = m_batches.at(m_next++);
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.path = QStringLiteral("users");
    spec.body = WazzupCodec::encodeUsers(batch);
    spec.idempotent = true; // an upsert by id: sending it twice changes nothing
    ++m_requests;
    send(spec, [this, batch](ApiRequest *request) {
        ApiError error = request->error();
        if (!error) {
            m_upserted.append(batch);
        } else {
            if (error.recordIndex() >= 0 && error.recordIndex() < batch.size())
                error.setRecordKey(batch.at(error.recordIndex()).id);
            m_failures.append({batch, error});
        }
        emit progress(int(m_upserted.size() + failedUsers().size()), m_total);

        // A wrong key or a full account fails every batch the same way.
        const bool hopeless = error.kind() == ApiError::Kind::Authentication
            || error.kind() == ApiError::Kind::Cancelled
            || error.code() == QLatin1String("USER_LIMIT_EXCEEDED");
        if (hopeless) {
            for (int i = m_next; i < m_batches.size(); ++i)
                m_failures.append({m_batches.at(i), error});
            m_next = int(m_batches.size());
        }
        if (m_next < m_batches.size()) {
            sendNext();
            return;
        }
        qCDebug(lcWazzup) << "upserted" << m_upserted.size() << "users in" << m_requests
                          << "requests," << failedUsers().size() << "failed";
        finish(m_failures.isEmpty() ? ApiError() : m_failures.first().error);
    });
}

// --- WazzupDeleteJob ---------------------------------------------------------

WazzupDeleteJob::WazzupDeleteJob(WazzupClient *client)
    : ApiJob(client)
{ }

void WazzupDeleteJob::startOne(const QString &id)
{
    if (id.isEmpty()) {
        finishLater(ApiErrorMapper::invalidRequest(Service::Wazzup, tr("The user has no ID.")));
        return;
    }
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("DELETE");
    spec.path = userPath(id);
    ++m_requests;
    send(spec, [this, id](ApiRequest *request) {
        ApiError error = request->error();
        if (!error) {
            m_deleted.append(id);
            finish();
        } else if (error.kind() == ApiError::Kind::NotFound) {
            // Gone either way; after a lost answer it was our own earlier attempt.
            (request->hadAmbiguousAttempt() ? m_deleted : m_absent).append(id);
            finish();
        } else {
            error.setRecordKey(id);
            m_failed.append(id);
            finish(error);
        }
    });
}

void WazzupDeleteJob::startBulk(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    m_total = int(unique.size());
    m_batches = split(unique, WazzupClient::maxBatch);
    if (m_batches.isEmpty()) {
        finishLater(ApiError());
        return;
    }
    sendNextBatch();
}

void WazzupDeleteJob::sendNextBatch()
{
    const QStringList batch = m_batches.at(m_next++);
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("PATCH");
    spec.path = QStringLiteral("users/bulk_delete");
    spec.body = WazzupCodec::encodeIds(batch);
    ++m_requests;
    send(spec, [this, batch](ApiRequest *request) {
        const ApiError &error = request->error();
        if (error) {
            m_failed.append(batch);
            if (!m_firstError)
                m_firstError = error;
        } else {
            QString problem;
            const auto absent = WazzupCodec::decodeIdList(request->body(), &problem);
            if (!absent) {
                m_failed.append(batch);
                if (!m_firstError)
                    m_firstError = invalidResponse(request, problem);
            } else {
                const QSet<QString> absentSet(absent->cbegin(), absent->cend());
                for (const QString &id : batch)
                    (absentSet.contains(id) ? m_absent : m_deleted).append(id);
            }
        }
        emit progress(int(m_deleted.size() + m_absent.size() + m_failed.size()), m_total);
        if (error.kind() == ApiError::Kind::Authentication
            || error.kind() == ApiError::Kind::Cancelled) {
            for (int i = m_next; i < m_batches.size(); ++i)
                m_failed.append(m_batches.at(i));
            m_next = int(m_batches.size());
        }
        if (m_next < m_batches.size())
            sendNextBatch();
        else
            finishBulk();
    });
}

void WazzupDeleteJob::finishBulk()
{
    qCDebug(lcWazzup) << "bulk delete:" << m_deleted.size() << "deleted," << m_absent.size()
                      << "absent," << m_failed.size() << "failed in" << m_requests << "requests";
    finish(m_firstError);
}
