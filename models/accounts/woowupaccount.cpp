#include "woowupaccount.h"

#include "accountvisitor.h"
#include "bulkdeletewoowup.h"
#include "customerpatch.h"
#include "importhistory.h"
#include "undowoowup.h"
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
    // In the history before it is sent: an undo deletes what it created.
    JournalItem change = ImportHistory::createItem(customer, BulkDeleteWoowUp::recordKey(customer));
    const qint64 changeId = beginChange(&change);
    WoowUpCustomerJob *job = m_client->createCustomer(customer);
    connect(job, &ApiJob::finished, this, [this, job, done, change, changeId]() mutable {
        const Outcome outcome = outcomeOf(job);
        if (outcome.ok()) {
            change.serverId = job->customer().userappId;
            m_model->upsertCustomer(job->customer());
        }
        endChange(changeId, change, outcome.message);
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

void WoowUpAccount::readCustomer(qint64 userappId, FindDone done)
{
    WoowUpCustomerJob *job = m_client->getCustomer(WoowUpUserRef::byId(userappId));
    connect(job, &ApiJob::finished, this, [job, userappId, done] {
        Outcome outcome = outcomeOf(job);
        if (outcome.ok() && !job->found())
            outcome.message = tr("WoowUp customer %1 no longer exists: it was deleted after this "
                                 "form opened.")
                                  .arg(userappId);
        done(outcome, job->found() ? std::optional<WoowUpCustomer>(job->customer()) : std::nullopt);
    });
}

void WoowUpAccount::saveEdit(const WoowUpCustomer &opened, const WoowUpCustomer &edited,
                             EditDone done)
{
    const QStringList fields = CustomerPatch::changedFields(opened, edited);
    readCustomer(opened.userappId,
                 [this, opened, edited, fields, done](const Outcome &outcome,
                                                      const std::optional<WoowUpCustomer> &now) {
                     if (!outcome.ok() || !now) {
                         done(outcome, {});
                         return;
                     }
                     EditResult result;
                     result.server = *now;
                     // Tags are added and taken away one by one, which merges
                     // with what happened meanwhile: never a conflict.
                     const QStringList meanwhile = CustomerPatch::changedFields(opened, *now);
                     const QStringList differ = CustomerPatch::changedFields(edited, *now);
                     for (const QString &field : fields) {
                         if (field != QLatin1String("tags") && meanwhile.contains(field)
                             && differ.contains(field))
                             result.conflicts.append(field);
                     }
                     if (!result.conflicts.isEmpty() || fields.isEmpty()) {
                         done({}, result);
                         return;
                     }
                     checkIdentifiers(opened, edited, fields,
                                      CustomerPatch::identifierFields(fields), done);
                 });
}

void WoowUpAccount::checkIdentifiers(const WoowUpCustomer &opened, const WoowUpCustomer &edited,
                                     const QStringList &fields, QStringList identifiers,
                                     EditDone done)
{
    // One find per changed identifier: another customer holding it would
    // make the server refuse the save, or (through PUT /multiusers) be the
    // one overwritten.
    while (!identifiers.isEmpty()
           && CustomerPatch::valueText(edited, identifiers.first()).trimmed().isEmpty())
        identifiers.removeFirst();
    if (identifiers.isEmpty()) {
        sendEdit(opened, edited, fields, done);
        return;
    }
    const QString field = identifiers.takeFirst();
    const QString value = CustomerPatch::valueText(edited, field).trimmed();
    findCustomer(field, value,
                 [this, opened, edited, fields, identifiers, field, value,
                  done](const Outcome &outcome, const std::optional<WoowUpCustomer> &other) {
                     if (!outcome.ok()) {
                         done(outcome, {});
                         return;
                     }
                     if (other && other->userappId != opened.userappId) {
                         done({tr("“%1” belongs to another customer, %2. Nothing was saved.")
                                   .arg(value, displayName(*other)),
                               field},
                              {});
                         return;
                     }
                     checkIdentifiers(opened, edited, fields, identifiers, done);
                 });
}

void WoowUpAccount::sendEdit(const WoowUpCustomer &opened, const WoowUpCustomer &edited,
                             const QStringList &fields, EditDone done)
{
    // The before-image: the read just before found the server's values of
    // these fields as the form opened with them (or already as edited).
    JournalItem change;
    change.action = QStringLiteral("update");
    const auto identifier = opened.bestIdentifier();
    change.recordKey = identifier.first + QLatin1Char('=') + identifier.second;
    change.serverId = opened.userappId;
    change.label = displayName(opened);
    change.fields = fields;
    change.snapshot = CustomerPatch::fieldsJson(opened, fields);
    change.after = CustomerPatch::fieldsJson(edited, fields);
    const qint64 changeId = beginChange(&change);
    WoowUpCustomerJob *job = m_client->patchCustomer(WoowUpUserRef::byId(opened.userappId),
                                                     CustomerPatch::body(opened, edited, fields));
    connect(job, &ApiJob::finished, this, [this, job, opened, fields, done, change, changeId] {
        const Outcome outcome = outcomeOf(job);
        endChange(changeId, change, outcome.message);
        if (!outcome.ok()) {
            done(outcome, {});
            return;
        }
        // What the server kept, read again rather than taken from the
        // answer: the form compares it with what the person asked for.
        readCustomer(opened.userappId,
                     [this, job = job->customer(), fields,
                      done](const Outcome &, const std::optional<WoowUpCustomer> &saved) {
                         EditResult result;
                         result.server = saved.value_or(job);
                         result.sent = fields;
                         m_model->upsertCustomer(result.server);
                         done({}, result);
                     });
    });
}

QString WoowUpAccount::displayName(const WoowUpCustomer &customer)
{
    const QString name =
        QStringList{customer.firstName, customer.lastName}.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return tr("%1 (WoowUp customer %2)").arg(name).arg(customer.userappId);
    return tr("WoowUp customer %1").arg(customer.userappId);
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

UndoEngine *WoowUpAccount::createUndo(Journal *journal, const QString &profileId,
                                      QObject *parent) const
{
    return new UndoWoowUp(m_client, journal, profileId, parent);
}
