#include "woowupjobs.h"

#include "apierrormapper.h"
#include "servicelogging.h"
#include "woowupclient.h"
#include "woowupcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

constexpr Service woowUp = Service::WoowUp;

// The payload of a success answer, or why there is none.
std::optional<QJsonValue> payloadOf(const ApiRequest *request, ApiError *error)
{
    QString problem;
    const auto envelope = WoowUpCodec::decodeEnvelope(request->body(), &problem);
    if (!envelope) {
        *error = ApiErrorMapper::invalidResponse(woowUp, request->httpStatus(), problem);
        return std::nullopt;
    }
    return envelope->payload;
}

ApiError withRecord(ApiError error, const QString &recordKey)
{
    if (error.recordKey().isEmpty())
        error.setRecordKey(recordKey);
    return error;
}

ApiError missingIdentifier()
{
    return ApiErrorMapper::invalidRequest(
        woowUp,
        WoowUpCustomerJob::tr("The customer has no identifier. Enter a service UID, an "
                              "e-mail, a document or a telephone."));
}

ApiError badIdentifierField(const QString &field)
{
    return ApiErrorMapper::invalidRequest(
        woowUp,
        WoowUpCustomerJob::tr("“%1” is not a customer identifier; use service_uid, "
                              "email, document or telephone.")
            .arg(field));
}

} // namespace

// --- WoowUpSearchJob ---------------------------------------------------------

WoowUpSearchJob::WoowUpSearchJob(WoowUpClient *client)
    : ApiJob(client)
{ }

void WoowUpSearchJob::start(int page, int limit, const QString &search, const QString &segmentId,
                            bool all, int maxCustomers)
{
    m_page = qMax(0, page);
    m_limit = qBound(1, limit, WoowUpClient::maxPageSize);
    m_search = search;
    m_segmentId = segmentId;
    m_all = all;
    m_maxCustomers = qMax(0, maxCustomers);
    fetch();
}

void WoowUpSearchJob::fetch()
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("users");
    spec.query = {{QStringLiteral("page"), QString::number(m_page)},
                  {QStringLiteral("limit"), QString::number(m_limit)}};
    if (!m_search.isEmpty())
        spec.query.append({QStringLiteral("search"), m_search});
    if (!m_segmentId.isEmpty())
        spec.query.append({QStringLiteral("segment_id"), m_segmentId});
    spec.bodyRequired = true;
    ++m_requests;
    send(spec, [this](ApiRequest *request) {
        if (request->error()) {
            // The request retries 429, 502, 503 and timeouts but not a 500.
            // A listing of a large account (60 pages and more) that failed
            // on any one 500 would rarely get through a bad minute of the
            // server, and its caller could only start again from page 0:
            // ask for this page again instead (a read, harmless to repeat).
            const RetryPolicy &policy = client()->config().retry;
            if (m_all && request->error().kind() == ApiError::Kind::ServerError
                && ++m_pageServerErrors < policy.maxAttempts) {
                QTimer::singleShot(policy.backoffMs(m_pageServerErrors + 1), this, [this] {
                    if (!isFinished())
                        fetch();
                });
                return;
            }
            finish(request->error());
            return;
        }
        m_pageServerErrors = 0;
        ApiError error;
        const auto payload = payloadOf(request, &error);
        if (!payload) {
            finish(error);
            return;
        }
        QString problem;
        const auto customers = WoowUpCodec::customersFromPayload(*payload, &problem);
        if (!customers) {
            finish(ApiErrorMapper::invalidResponse(woowUp, request->httpStatus(), problem));
            return;
        }
        m_customers.append(*customers);
        m_hasMore = customers->size() >= m_limit;
        emit progress(int(m_customers.size()), m_maxCustomers);
        const bool wantMore = m_maxCustomers == 0 || m_customers.size() < m_maxCustomers;
        if (m_all && m_hasMore && wantMore) {
            ++m_page;
            fetch();
            return;
        }
        if (m_maxCustomers > 0 && m_customers.size() > m_maxCustomers)
            m_customers.resize(m_maxCustomers);
        finish();
    });
}

// --- WoowUpCustomerJob -------------------------------------------------------

WoowUpCustomerJob::WoowUpCustomerJob(WoowUpClient *client)
    : ApiJob(client)
{ }

bool WoowUpCustomerJob::takePayloadCustomer(const ApiRequest *request)
{
    ApiError error;
    const auto payload = payloadOf(request, &error);
    if (!payload || !payload->isObject())
        return false;
    m_customerJson = payload->toObject();
    m_customer = WoowUpCodec::customerFromJson(m_customerJson);
    return true;
}

void WoowUpCustomerJob::fetchOne(const ApiRequestSpec &spec, bool notFoundIsEmpty)
{
    send(spec, [this, notFoundIsEmpty](ApiRequest *request) {
        const ApiError &error = request->error();
        if (error) {
            if (error.kind() == ApiError::Kind::NotFound && notFoundIsEmpty) {
                m_found = false;
                finish();
                return;
            }
            finish(withRecord(error, m_recordKey));
            return;
        }
        if (!takePayloadCustomer(request)) {
            finish(ApiErrorMapper::invalidResponse(woowUp, request->httpStatus(),
                                                   QStringLiteral("payload is not a customer")));
            return;
        }
        m_found = true;
        finish();
    });
}

void WoowUpCustomerJob::startFind(const QString &field, const QString &value)
{
    m_recordKey = value;
    if (!WoowUpClient::isIdentifierField(field)) {
        finishLater(badIdentifierField(field));
        return;
    }
    if (value.trimmed().isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    ApiRequestSpec spec;
    spec.path = QStringLiteral("multiusers/find");
    spec.query = {{field, value}};
    spec.bodyRequired = true;
    fetchOne(spec, true);
}

void WoowUpCustomerJob::startGet(const QString &pathSegment, const QString &display)
{
    m_recordKey = display;
    if (pathSegment.isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    ApiRequestSpec spec;
    spec.path = QStringLiteral("users/") + pathSegment;
    spec.bodyRequired = true;
    fetchOne(spec, true);
}

void WoowUpCustomerJob::startUpdate(const WoowUpCustomer &customer,
                                    const QStringList &clearedFields)
{
    m_recordKey = customer.bestIdentifier().second;
    if (m_recordKey.isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("PUT");
    spec.path = QStringLiteral("multiusers");
    spec.body = WoowUpCodec::encodeCustomer(customer, clearedFields);
    spec.bodyRequired = true;
    fetchOne(spec, false);
}

void WoowUpCustomerJob::startUpdateByRef(const QString &pathSegment, const QString &display,
                                         const QByteArray &body)
{
    m_recordKey = display;
    if (pathSegment.isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("PUT");
    spec.path = QStringLiteral("users/") + pathSegment;
    spec.body = body;
    spec.bodyRequired = true;
    fetchOne(spec, false);
}

void WoowUpCustomerJob::startCreate(const WoowUpCustomer &customer)
{
    m_customer = customer;
    m_identifier = customer.bestIdentifier();
    m_recordKey = m_identifier.second;
    if (m_recordKey.isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &WoowUpCustomerJob::postCreate);
    postCreate();
}

void WoowUpCustomerJob::postCreate()
{
    ++m_createAttempts;
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.path = QStringLiteral("users");
    spec.body = WoowUpCodec::encodeCustomer(m_customer);
    spec.idempotent = false;
    spec.bodyRequired = true;
    send(spec, [this](ApiRequest *request) {
        // The request re-sends by itself only what never reached the server
        // (429, connection refused); those count against the budget too.
        m_createAttempts += qMax(0, request->attempts() - 1) + request->transportResends();
        ApiError error = request->error();
        if (error.kind() == ApiError::Kind::AlreadyExists && request->transportResends() > 0) {
            // The network stack re-sent the create after a lost answer: the
            // "already exists" is most likely our own first send's doing.
            onCreateFailed(error, true);
            return;
        }
        if (error) {
            onCreateFailed(error);
            return;
        }
        if (!takePayloadCustomer(request)) {
            // A 2xx whose body does not parse is as ambiguous as a timeout.
            onCreateFailed(ApiErrorMapper::invalidResponse(
                woowUp, request->httpStatus(), QStringLiteral("payload is not a customer")));
            return;
        }
        m_found = true;
        finish();
    });
}

void WoowUpCustomerJob::onCreateFailed(const ApiError &error, bool ambiguous)
{
    ApiError failure = withRecord(error, m_recordKey);
    failure.setAttempts(m_createAttempts);
    if (!ambiguous && !failure.isAmbiguous()) {
        finish(failure);
        return;
    }
    qCInfo(lcWoowUp) << "create answer lost, checking existence before anything else; attempt"
                     << m_createAttempts;
    checkCreated(failure);
}

void WoowUpCustomerJob::checkCreated(const ApiError &createError)
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("multiusers/exist");
    spec.query = {m_identifier};
    spec.bodyRequired = true;
    send(spec, [this, createError](ApiRequest *request) {
        std::optional<WoowUpCodec::ExistResult> exist;
        if (!request->error()) {
            ApiError ignored;
            if (const auto payload = payloadOf(request, &ignored))
                exist = WoowUpCodec::existFromPayload(*payload);
        }
        if (!exist) {
            // Neither created for sure nor absent for sure: say so, never guess.
            m_outcomeUnknown = true;
            finish(createError);
            return;
        }
        if (exist->exists) {
            fetchCreated(exist->userappId);
            return;
        }
        const RetryPolicy &policy = client()->config().retry;
        if (createError.isRetryable() && m_createAttempts < policy.maxAttempts) {
            m_retryTimer->start(policy.backoffMs(m_createAttempts + 1));
            return;
        }
        finish(createError);
    });
}

void WoowUpCustomerJob::fetchCreated(std::optional<qint64> userappId)
{
    m_confirmed = true;
    m_found = true;
    ApiRequestSpec spec;
    spec.path = QStringLiteral("multiusers/find");
    spec.query = {m_identifier};
    spec.bodyRequired = true;
    send(spec, [this, userappId](ApiRequest *request) {
        // Created either way; if it cannot be read back, keep what was sent.
        if (request->error() || !takePayloadCustomer(request)) {
            if (userappId)
                m_customer.userappId = *userappId;
        }
        finish();
    });
}

// --- WoowUpCheckJob ----------------------------------------------------------

WoowUpCheckJob::WoowUpCheckJob(WoowUpClient *client)
    : ApiJob(client)
{ }

void WoowUpCheckJob::start(const ApiRequestSpec &spec, Question question, const QString &recordKey)
{
    if (spec.path.isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    send(spec, [this, question, recordKey](ApiRequest *request) {
        if (request->error()) {
            finish(withRecord(request->error(), recordKey));
            return;
        }
        ApiError error;
        const auto payload = payloadOf(request, &error);
        if (!payload) {
            finish(error);
            return;
        }
        if (question == Question::Exist) {
            const auto exist = WoowUpCodec::existFromPayload(*payload);
            if (exist) {
                m_result = exist->exists;
                m_userappId = exist->userappId;
                finish();
                return;
            }
        } else if (const auto member = WoowUpCodec::belongsToSegmentFromPayload(*payload)) {
            m_result = *member;
            finish();
            return;
        }
        finish(ApiErrorMapper::invalidResponse(woowUp, request->httpStatus(),
                                               QStringLiteral("unexpected payload")));
    });
}

// --- WoowUpDeleteJob ---------------------------------------------------------

WoowUpDeleteJob::WoowUpDeleteJob(WoowUpClient *client)
    : ApiJob(client)
{ }

void WoowUpDeleteJob::start(const QString &field, const QString &value)
{
    if (field.isEmpty() || value.trimmed().isEmpty()) {
        finishLater(missingIdentifier());
        return;
    }
    if (!WoowUpClient::isIdentifierField(field)) {
        finishLater(badIdentifierField(field));
        return;
    }
    ApiRequestSpec spec;
    spec.verb = QByteArrayLiteral("DELETE");
    spec.path = QStringLiteral("multiusers");
    spec.body = QJsonDocument(QJsonObject{{field, value}}).toJson(QJsonDocument::Compact);
    spec.bodyRequired = true;
    send(spec, [this, value](ApiRequest *request) {
        const ApiError &error = request->error();
        if (error.kind() == ApiError::Kind::NotFound) {
            // After a lost answer the 404 is our own earlier attempt's doing.
            m_absent = !request->hadAmbiguousAttempt();
            finish();
            return;
        }
        finish(error ? withRecord(error, value) : ApiError());
    });
}

// --- WoowUpDefinitionsJob ----------------------------------------------------

WoowUpDefinitionsJob::WoowUpDefinitionsJob(WoowUpClient *client)
    : ApiJob(client)
{ }

void WoowUpDefinitionsJob::fetch(int page)
{
    ApiRequestSpec spec;
    spec.path = QStringLiteral("account/custom-attributes");
    spec.query = {{QStringLiteral("page"), QString::number(page)},
                  {QStringLiteral("limit"), QString::number(WoowUpClient::maxPageSize)}};
    spec.bodyRequired = true;
    send(spec, [this, page](ApiRequest *request) {
        if (request->error()) {
            finish(request->error());
            return;
        }
        ApiError error;
        const auto payload = payloadOf(request, &error);
        if (!payload) {
            finish(error);
            return;
        }
        m_definitions.append(WoowUpCodec::definitionsFromPayload(*payload));
        // Count what the server sent, not what survived decoding, to know
        // whether the page was full.
        const qsizetype sent = payload->isObject()
            ? payload->toObject().value(QLatin1String("data")).toArray().size()
            : payload->toArray().size();
        if (sent >= WoowUpClient::maxPageSize && page < 100) {
            fetch(page + 1);
            return;
        }
        finish();
    });
}
