#include "woowupclient.h"

#include "apierrormapper.h"
#include "woowupcodec.h"

#include <QJsonDocument>

namespace {

const QString apiPath = QStringLiteral("apiv3/");

} // namespace

ApiClientConfig WoowUpClient::defaultConfig()
{
    ApiClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://api.woowup.com/apiv3/"));
    config.rateLimit.limit = 140;
    config.rateLimit.windowMs = 60000;
    return config;
}

WoowUpClient *WoowUpClient::create(const ApiClientConfig &config, ApiError *error, QObject *parent)
{
    ApiClientConfig normalized = config;
    normalized.baseUrl = normalizedBaseUrl(config.baseUrl, apiPath);
    const ApiError problem = checkBaseUrl(config.baseUrl, Service::WoowUp);
    if (error)
        *error = problem;
    if (problem)
        return nullptr;
    return new WoowUpClient(normalized, parent);
}

WoowUpClient::WoowUpClient(const ApiClientConfig &config, QObject *parent)
    : ApiClient(Service::WoowUp, config,
                // The key itself after "Basic", not base64(user:password).
                QByteArrayLiteral("Basic ") + config.apiKey.toUtf8(), parent)
{ }

bool WoowUpClient::isIdentifierField(const QString &field)
{
    return field == QLatin1String("service_uid") || field == QLatin1String("email")
        || field == QLatin1String("document") || field == QLatin1String("telephone");
}

WoowUpSearchJob *WoowUpClient::searchCustomers(int page, int limit, const QString &search,
                                               const QString &segmentId)
{
    auto *job = new WoowUpSearchJob(this);
    job->start(page, limit, search, segmentId, false, 0);
    return job;
}

WoowUpSearchJob *WoowUpClient::listAllCustomers(const QString &search, int maxCustomers)
{
    auto *job = new WoowUpSearchJob(this);
    job->start(0, maxPageSize, search, QString(), true, maxCustomers);
    return job;
}

ApiJob *WoowUpClient::testConnection()
{
    return searchCustomers(0, 1);
}

WoowUpCustomerJob *WoowUpClient::findCustomer(const QString &field, const QString &value)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startFind(field, value);
    return job;
}

WoowUpCheckJob *WoowUpClient::customerExists(const QString &field, const QString &value)
{
    auto *job = new WoowUpCheckJob(this);
    ApiRequestSpec spec;
    spec.path = QStringLiteral("multiusers/exist");
    spec.query = {{field, value}};
    spec.bodyRequired = true;
    job->start(isIdentifierField(field) && !value.isEmpty() ? spec : ApiRequestSpec{},
               WoowUpCheckJob::Question::Exist, value);
    return job;
}

WoowUpCustomerJob *WoowUpClient::createCustomer(const WoowUpCustomer &customer)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startCreate(customer);
    return job;
}

WoowUpCustomerJob *WoowUpClient::updateCustomer(const WoowUpCustomer &customer,
                                                const QStringList &clearedFields)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startUpdate(customer, clearedFields);
    return job;
}

WoowUpDeleteJob *WoowUpClient::deleteCustomer(const WoowUpCustomer &customer)
{
    const auto identifier = customer.bestIdentifier();
    return deleteCustomer(identifier.first, identifier.second);
}

WoowUpDeleteJob *WoowUpClient::deleteCustomer(const QString &field, const QString &value)
{
    auto *job = new WoowUpDeleteJob(this);
    job->start(field, value);
    return job;
}

WoowUpCustomerJob *WoowUpClient::getCustomer(const WoowUpUserRef &ref)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startGet(ref.pathSegment(), ref.displayText());
    return job;
}

WoowUpCustomerJob *WoowUpClient::updateCustomer(const WoowUpUserRef &ref,
                                                const WoowUpCustomer &customer)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startUpdateByRef(ref.pathSegment(), ref.displayText(),
                          WoowUpCodec::encodeCustomer(customer));
    return job;
}

WoowUpCustomerJob *WoowUpClient::patchCustomer(const WoowUpUserRef &ref, const QJsonObject &body)
{
    auto *job = new WoowUpCustomerJob(this);
    job->startUpdateByRef(ref.pathSegment(), ref.displayText(),
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    return job;
}

WoowUpCheckJob *WoowUpClient::customerExists(const WoowUpUserRef &ref)
{
    auto *job = new WoowUpCheckJob(this);
    ApiRequestSpec spec;
    if (ref.isValid()) {
        spec.path = QStringLiteral("users/") + ref.pathSegment() + QStringLiteral("/exist");
        spec.bodyRequired = true;
    }
    job->start(spec, WoowUpCheckJob::Question::Exist, ref.displayText());
    return job;
}

WoowUpCheckJob *WoowUpClient::belongsToSegment(const WoowUpUserRef &ref, const QString &segmentId)
{
    auto *job = new WoowUpCheckJob(this);
    ApiRequestSpec spec;
    if (ref.isValid() && !segmentId.isEmpty()) {
        spec.path =
            QStringLiteral("users/") + ref.pathSegment() + QStringLiteral("/belongsToSegment");
        spec.query = {{QStringLiteral("segment_id"), segmentId}};
        spec.bodyRequired = true;
    }
    job->start(spec, WoowUpCheckJob::Question::BelongsToSegment, ref.displayText());
    return job;
}

WoowUpDefinitionsJob *WoowUpClient::customAttributeDefinitions()
{
    auto *job = new WoowUpDefinitionsJob(this);
    job->fetch(0);
    return job;
}
