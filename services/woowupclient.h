#pragma once

#include "apiclient.h"
#include "woowupjobs.h"
#include "woowupuserref.h"

// WoowUp apiv3 customers ("users"). Every call returns a job that finishes
// later with typed results or an ApiError; see ApiJob.
//
// Identifiers (`field`) are the API's query names: service_uid, email,
// document, telephone. Calls taking a WoowUpCustomer use its
// bestIdentifier().
class WoowUpClient : public ApiClient
{
    Q_OBJECT

public:
    static constexpr int maxPageSize = 100;

    // https://api.woowup.com/apiv3/, 140 requests per minute (sliding),
    // timeout 30 s.
    static ApiClientConfig defaultConfig();
    // Null (and *error set) when the base URL is unusable or insecure.
    static WoowUpClient *create(const ApiClientConfig &config, ApiError *error = nullptr,
                                QObject *parent = nullptr);
    static bool isIdentifierField(const QString &field);

    // One page for a table (page is 0-based, limit 1..100).
    WoowUpSearchJob *searchCustomers(int page, int limit, const QString &search = QString(),
                                     const QString &segmentId = QString());
    // Every page until a short one; maxCustomers > 0 stops early.
    WoowUpSearchJob *listAllCustomers(const QString &search = QString(), int maxCustomers = 0);

    WoowUpCustomerJob *findCustomer(const QString &field, const QString &value);
    WoowUpCheckJob *customerExists(const QString &field, const QString &value);
    WoowUpCustomerJob *createCustomer(const WoowUpCustomer &customer);
    // PUT /multiusers; clearedFields are sent as the API's empty value.
    WoowUpCustomerJob *updateCustomer(const WoowUpCustomer &customer,
                                      const QStringList &clearedFields = {});
    WoowUpDeleteJob *deleteCustomer(const WoowUpCustomer &customer);
    WoowUpDeleteJob *deleteCustomer(const QString &field, const QString &value);

    // Deprecated routes, by userapp_id or service_uid.
    WoowUpCustomerJob *getCustomer(const WoowUpUserRef &ref);
    WoowUpCustomerJob *updateCustomer(const WoowUpUserRef &ref, const WoowUpCustomer &customer);
    // Sends body as it is (PUT /users/{id}): the fields an edit changed.
    WoowUpCustomerJob *patchCustomer(const WoowUpUserRef &ref, const QJsonObject &body);
    WoowUpCheckJob *customerExists(const WoowUpUserRef &ref);
    WoowUpCheckJob *belongsToSegment(const WoowUpUserRef &ref, const QString &segmentId);

    WoowUpDefinitionsJob *customAttributeDefinitions();

    // A search with limit 1: proves the URL and key work.
    ApiJob *testConnection();

private:
    WoowUpClient(const ApiClientConfig &config, QObject *parent);
};
