#include "woowupaccount.h"

#include "accountvisitor.h"
#include "bulkdeletewoowup.h"
#include "woowupclient.h"
#include "woowupcustomertablemodel.h"
#include "woowupimportstrategy.h"
#include "woowupjobs.h"

namespace {

WoowUpAccount::Outcome outcomeOf(const ApiJob *job)
{
    if (!job->error())
        return {};
    return {job->error().message(), job->error().field()};
}

WoowUpAccount::Outcome listOutcomeOf(const ApiJob *job)
{
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return {QString(), QString(), true};
    return outcomeOf(job);
}

} // namespace

static_assert(WoowUpAccount::maxPageSize == WoowUpClient::maxPageSize);

WoowUpAccount::WoowUpAccount(WoowUpClient *client, QObject *parent)
    : Account(parent)
    , m_client(client)
    , m_model(new WoowUpCustomerTableModel(this))
{
    m_model->setPageLoader([this](quint64 generation, int page, const QString &search) {
        WoowUpSearchJob *job =
            m_client->searchCustomers(page, WoowUpCustomerTableModel::pageSize, search);
        connect(job, &ApiJob::finished, m_model, [this, job, generation, page] {
            if (job->error())
                m_model->pageFailed(generation, job->error().message());
            else
                m_model->appendPage(generation, page, job->customers());
        });
    });
}

void WoowUpAccount::setSearch(const QString &search)
{
    m_model->setSearch(search);
}

void WoowUpAccount::refresh()
{
    m_model->reload();
}

void WoowUpAccount::loadDefinitions()
{
    WoowUpDefinitionsJob *job = m_client->customAttributeDefinitions();
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error())
            return; // forms then accept free attributes; the table load reports the problem
        m_definitions = job->definitions();
        emit definitionsChanged();
    });
}

void WoowUpAccount::createCustomer(const WoowUpCustomer &customer, SaveDone done)
{
    WoowUpCustomerJob *job = m_client->createCustomer(customer);
    connect(job, &ApiJob::finished, this, [this, job, done] {
        const Outcome outcome = outcomeOf(job);
        if (outcome.ok())
            m_model->upsertCustomer(job->customer());
        done(outcome, job->customer());
    });
}

void WoowUpAccount::updateCustomer(const WoowUpCustomer &customer, SaveDone done)
{
    WoowUpCustomerJob *job = m_client->updateCustomer(customer);
    connect(job, &ApiJob::finished, this, [this, job, done] {
        const Outcome outcome = outcomeOf(job);
        if (outcome.ok())
            m_model->upsertCustomer(job->customer());
        done(outcome, job->customer());
    });
}

void WoowUpAccount::findCustomer(const QString &identifier, const QString &value, FindDone done)
{
    WoowUpCustomerJob *job = m_client->findCustomer(identifier, value);
    connect(job, &ApiJob::finished, this, [job, done] {
        // Not found is an answer (found() false), not an error.
        done(outcomeOf(job),
             job->found() ? std::optional<WoowUpCustomer>(job->customer()) : std::nullopt);
    });
}

void WoowUpAccount::customerExists(const QString &identifier, const QString &value, CheckDone done)
{
    WoowUpCheckJob *job = m_client->customerExists(identifier, value);
    connect(job, &ApiJob::finished, this, [job, done] { done(outcomeOf(job), job->result()); });
}

void WoowUpAccount::belongsToSegment(const WoowUpCustomer &customer, const QString &segmentId,
                                     CheckDone done)
{
    const WoowUpUserRef ref = customer.userappId != 0
        ? WoowUpUserRef::byId(customer.userappId)
        : WoowUpUserRef::byServiceUid(customer.serviceUid);
    WoowUpCheckJob *job = m_client->belongsToSegment(ref, segmentId);
    connect(job, &ApiJob::finished, this, [job, done] { done(outcomeOf(job), job->result()); });
}

WoowUpAccount::Cancel WoowUpAccount::loadAll(const QString &search, Progress progress,
                                             ListDone done)
{
    WoowUpSearchJob *job = m_client->listAllCustomers(search);
    if (progress)
        connect(job, &ApiJob::progress, this, [progress](int loaded, int) { progress(loaded); });
    connect(job, &ApiJob::finished, this,
            [job, done] { done(listOutcomeOf(job), job->customers()); });
    QPointer<ApiJob> guard(job);
    return [guard] {
        if (guard)
            guard->abort();
    };
}

void WoowUpAccount::loadPage(int page, int limit, const QString &search, ListDone done)
{
    WoowUpSearchJob *job = m_client->searchCustomers(page, limit, search);
    connect(job, &ApiJob::finished, this, [job, done] { done(outcomeOf(job), job->customers()); });
}

ApiClient *WoowUpAccount::apiClient() const
{
    return m_client;
}

void WoowUpAccount::accept(AccountVisitor &visitor)
{
    visitor.visit(*this);
}

void WoowUpAccount::testConnection(Done done)
{
    ApiJob *job = m_client->testConnection();
    connect(job, &ApiJob::finished, this,
            [job, done] { done(job->error() ? job->error().message() : QString()); });
}

BulkDeleteWoowUp *WoowUpAccount::createBulkDelete(Journal *journal, const QString &profileId,
                                                  QObject *parent) const
{
    auto *job = new BulkDeleteWoowUp(m_client, journal, profileId, parent);
    connect(job, &BulkDeleteWoowUp::customerGone, m_model,
            &WoowUpCustomerTableModel::removeCustomer);
    return job;
}

RestoreWoowUp *WoowUpAccount::createRestore(Journal *journal, QObject *parent) const
{
    auto *restore = new RestoreWoowUp(m_client, journal, parent);
    connect(restore, &RestoreWoowUp::customerRestored, m_model,
            &WoowUpCustomerTableModel::upsertCustomer);
    return restore;
}

ImportStrategy *WoowUpAccount::createImportStrategy(QObject *parent) const
{
    return new WoowUpImportStrategy(m_client, parent);
}
