#pragma once

#include "apijob.h"
#include "customattributedefinition.h"
#include "woowupcustomer.h"

#include <optional>

class QTimer;
class WoowUpClient;

// The jobs WoowUpClient hands out; see ApiJob for the pattern.

// One page of customers (GET /apiv3/users?page=&limit=&search=), or every
// page until a short one for listAllCustomers().
class WoowUpSearchJob : public ApiJob
{
    Q_OBJECT

public:
    WoowUpCustomerList customers() const { return m_customers; }
    int page() const { return m_page; } // the last page fetched, 0-based
    int limit() const { return m_limit; }
    QString search() const { return m_search; }
    // The last page was full, so another one may follow.
    bool hasMore() const { return m_hasMore; }
    int requestCount() const { return m_requests; }

private:
    friend class WoowUpClient;
    explicit WoowUpSearchJob(WoowUpClient *client);
    void start(int page, int limit, const QString &search, const QString &segmentId, bool all,
               int maxCustomers);
    void fetch();

    int m_page = 0;
    int m_limit = 0;
    int m_maxCustomers = 0;
    int m_requests = 0;
    int m_pageServerErrors = 0; // 500s in a row on the current page of a listing
    bool m_all = false;
    bool m_hasMore = false;
    QString m_search;
    QString m_segmentId;
    WoowUpCustomerList m_customers;
};

// One customer: find (multi-id), get (deprecated route), create, update.
//
// A create is not idempotent, so it is never re-sent blindly: after an
// answer that got lost (timeout, dropped connection, 5xx, garbled body) the
// job asks /multiusers/exist for the customer's best identifier; if it
// exists the create did happen and the job fetches it with /multiusers/find,
// otherwise it sends the create again (within the retry budget).
class WoowUpCustomerJob : public ApiJob
{
    Q_OBJECT

public:
    // The customer as the server returned it.
    WoowUpCustomer customer() const { return m_customer; }
    // The same as the server wrote it, read-only fields (ids, creation
    // date, blocked, notes, family…) included: what a snapshot keeps.
    QJsonObject customerJson() const { return m_customerJson; }
    // For find and get: false (and no error) when nothing matched.
    bool found() const { return m_found; }
    // A create whose answer was lost and which was confirmed by exist.
    bool confirmedByExistenceCheck() const { return m_confirmed; }
    // A create failed in a way that leaves unknown whether it happened
    // (the existence check itself failed).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    int createAttempts() const { return m_createAttempts; }

private:
    friend class WoowUpClient;
    explicit WoowUpCustomerJob(WoowUpClient *client);
    void startFind(const QString &field, const QString &value);
    void startGet(const QString &pathSegment, const QString &display);
    void startCreate(const WoowUpCustomer &customer);
    void startUpdate(const WoowUpCustomer &customer, const QStringList &clearedFields);
    void startUpdateByRef(const QString &pathSegment, const QString &display,
                          const QByteArray &body);
    void fetchOne(const ApiRequestSpec &spec, bool notFoundIsEmpty);

    void postCreate();
    void onCreateFailed(const ApiError &error, bool ambiguous = false);
    void checkCreated(const ApiError &createError);
    void fetchCreated(std::optional<qint64> userappId);
    bool takePayloadCustomer(const ApiRequest *request);

    WoowUpCustomer m_customer;
    QJsonObject m_customerJson;
    QString m_recordKey;
    QPair<QString, QString> m_identifier;
    bool m_found = false;
    bool m_confirmed = false;
    bool m_outcomeUnknown = false;
    int m_createAttempts = 0;
    QTimer *m_retryTimer = nullptr;
};

// A yes/no question: exist (multi-id or deprecated) or belongsToSegment.
class WoowUpCheckJob : public ApiJob
{
    Q_OBJECT

public:
    bool result() const { return m_result; }
    std::optional<qint64> userappId() const { return m_userappId; } // exist only

private:
    friend class WoowUpClient;
    explicit WoowUpCheckJob(WoowUpClient *client);
    enum class Question { Exist, BelongsToSegment };
    void start(const ApiRequestSpec &spec, Question question, const QString &recordKey);

    bool m_result = false;
    std::optional<qint64> m_userappId;
};

// DELETE /apiv3/multiusers with the customer's identifier in the body. A
// customer that was not there is not an error: wasAbsent() says so.
class WoowUpDeleteJob : public ApiJob
{
    Q_OBJECT

public:
    bool wasAbsent() const { return m_absent; }

private:
    friend class WoowUpClient;
    explicit WoowUpDeleteJob(WoowUpClient *client);
    void start(const QString &field, const QString &value);

    bool m_absent = false;
};

// The account's custom attribute definitions, all pages.
class WoowUpDefinitionsJob : public ApiJob
{
    Q_OBJECT

public:
    CustomAttributeDefinitions definitions() const { return m_definitions; }

private:
    friend class WoowUpClient;
    explicit WoowUpDefinitionsJob(WoowUpClient *client);
    void fetch(int page);

    CustomAttributeDefinitions m_definitions;
};
