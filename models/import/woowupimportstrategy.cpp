#include "woowupimportstrategy.h"

#include "customerpatch.h"
#include "jsonvalues.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupjobs.h"

#include <QHash>
#include <QJsonObject>

namespace {

QString lowered(const QString &text)
{
    return text.trimmed().toLower();
}

// A request value as the person reads it: lists (tags, list attributes)
// joined with ", ".
QString valueText(const QJsonValue &value)
{
    if (!value.isArray())
        return JsonValues::text(value);
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(JsonValues::text(item));
    return items.join(QLatin1String(", "));
}

// Tags of row that server lacks, compared without regard to case as WoowUp does.
QStringList addedTags(const QStringList &row, const QStringList &server)
{
    QStringList added;
    for (const QString &tag : row) {
        if (!server.contains(tag, Qt::CaseInsensitive) && !added.contains(tag, Qt::CaseInsensitive))
            added.append(tag);
    }
    return added;
}

} // namespace

WoowUpImportStrategy::WoowUpImportStrategy(WoowUpClient *client, QObject *parent)
    : ImportStrategy(client, parent)
    , m_client(client)
{ }

QString WoowUpImportStrategy::readingAllText() const
{
    return tr("Reading the account’s customers…");
}

int WoowUpImportStrategy::pageSize() const
{
    return WoowUpClient::maxPageSize;
}

int WoowUpImportStrategy::requestsInFlight() const
{
    // A few more than the limiter lets through, so a slot never waits for
    // the engine; few enough that Pause and Cancel take effect quickly.
    return m_client ? m_client->config().rateLimit.maxInFlight + 2 : 0;
}

ApiJob *WoowUpImportStrategy::readDefinitions(QObject *context, const DefinitionsDone &done)
{
    if (!m_client)
        return nullptr;
    WoowUpDefinitionsJob *job = m_client->customAttributeDefinitions();
    connect(job, &ApiJob::finished, context, [job, done] {
        done(job->error(), job->error() ? CustomAttributeDefinitions() : job->definitions());
    });
    return job;
}

ApiJob *WoowUpImportStrategy::readAll(QObject *context, ImportPlan *plan, const ReadDone &done)
{
    if (!m_client)
        return nullptr;
    WoowUpSearchJob *job = m_client->listAllCustomers();
    connect(job, &ApiJob::finished, context, [job, plan, done] {
        if (!job->error()) {
            plan->accountSize = int(job->customers().size());
            matchAll(plan, job->customers());
        }
        done(job->error(), job->requestCount());
    });
    return job;
}

ApiJob *WoowUpImportStrategy::readPage(QObject *context, int page, ImportPlan *plan,
                                       const PageDone &done)
{
    if (!m_client)
        return nullptr;
    WoowUpSearchJob *job = m_client->searchCustomers(page, pageSize());
    connect(job, &ApiJob::finished, context, [this, job, page, plan, done] {
        const int size = int(job->customers().size());
        if (!job->error() && page == 0 && size < pageSize())
            matchAll(plan, job->customers()); // the whole account, read already
        done(job->error(), size);
    });
    return job;
}

ApiJob *WoowUpImportStrategy::findRow(QObject *context, ImportPlan *plan, int index,
                                      const Done &done)
{
    if (!m_client)
        return nullptr;
    const auto identifier = plan->rows.at(index).customer.bestIdentifier();
    WoowUpCustomerJob *job = m_client->findCustomer(identifier.first, identifier.second);
    connect(job, &ApiJob::finished, context, [job, plan, index, done, identifier] {
        if (!job->error()) {
            const WoowUpCustomer server = job->customer();
            decideRow(plan, index, job->found() ? &server : nullptr, identifier.first);
        }
        done(job->error());
    });
    return job;
}

ApiJob *WoowUpImportStrategy::sendRow(QObject *context, const ImportRow &row, const Done &done)
{
    if (!m_client)
        return nullptr;
    WoowUpCustomerJob *job = row.action == ImportRow::Action::Create
        ? m_client->createCustomer(row.customer)
        : m_client->updateCustomer(row.customer, row.cleared);
    connect(job, &ApiJob::finished, context, [job, done] { done(job->error()); });
    return job;
}

ApiJob *WoowUpImportStrategy::rowExists(QObject *context, const ImportRow &row,
                                        const ExistsDone &done)
{
    if (!m_client)
        return nullptr;
    const auto identifier = row.customer.bestIdentifier();
    WoowUpCheckJob *job = m_client->customerExists(identifier.first, identifier.second);
    connect(job, &ApiJob::finished, context, [job, done] { done(job->error(), job->result()); });
    return job;
}

bool WoowUpImportStrategy::sameValues(const WoowUpCustomer &row, const WoowUpCustomer &server)
{
    ImportRow sent;
    sent.customer = row;
    return fieldChanges(sent, server).isEmpty();
}

FieldChanges WoowUpImportStrategy::fieldChanges(const ImportRow &row, const WoowUpCustomer &server)
{
    // Only what the row would send counts: a column that is not in the
    // file, or a blank cell that keeps, leaves the server's value alone.
    FieldChanges changes;
    const QJsonObject mine = WoowUpCodec::customerToJson(row.customer);
    const QJsonObject theirs = WoowUpCodec::customerToJson(server);
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const QJsonValue other = theirs.value(it.key());
        if (it.key() == QLatin1String("custom_attributes")) {
            const QJsonObject attributes = it.value().toObject();
            const QJsonObject otherAttributes = other.toObject();
            for (auto a = attributes.constBegin(); a != attributes.constEnd(); ++a) {
                if (otherAttributes.value(a.key()) != a.value())
                    changes.append({ColumnMapping::customAttributeField(a.key()),
                                    valueText(otherAttributes.value(a.key())),
                                    valueText(a.value())});
            }
        } else if (it.key() == QLatin1String("tags")) {
            const QStringList added = addedTags(row.customer.tags, server.tags);
            if (!added.isEmpty())
                changes.append({it.key(), server.tags.join(QLatin1String(", ")),
                                (server.tags + added).join(QLatin1String(", "))});
        } else if (it.key() == QLatin1String("email")
                       ? lowered(it.value().toString()) != lowered(other.toString())
                       : it.value() != other) {
            changes.append({it.key(), valueText(other), valueText(it.value())});
        }
    }
    for (const QString &field : row.cleared) {
        const QString old = CustomerPatch::valueText(server, field);
        if (!old.isEmpty())
            changes.append({field, old, QString()});
    }
    return changes;
}

void WoowUpImportStrategy::decideRow(ImportPlan *plan, int index, const WoowUpCustomer *server,
                                     const QString &matchField)
{
    ImportRows &rows = plan->rows;
    plan->changes.remove(index);
    rows.setServerCustomer(index, nullptr);
    if (!server) {
        rows.setAction(index, ImportRow::Action::Create);
        return;
    }
    FieldChanges changes = fieldChanges(rows.at(index), *server);
    if (changes.isEmpty()) {
        rows.setAction(index, ImportRow::Action::Unchanged);
        rows.setState(index, ImportRow::State::Done);
    } else {
        rows.setAction(index, ImportRow::Action::Update);
        rows.setServerCustomer(index, std::make_shared<const WoowUpCustomer>(*server));
        plan->changes.insert(index, RowChanges{matchField, std::move(changes)});
    }
}

void WoowUpImportStrategy::matchAll(ImportPlan *plan, const WoowUpCustomerList &customers)
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
    static const QString fields[] = {QStringLiteral("service_uid"), QStringLiteral("email"),
                                     QStringLiteral("document"), QStringLiteral("telephone")};
    for (int i = 0; i < plan->rows.size(); ++i) {
        if (plan->rows.action(i) == ImportRow::Action::Invalid)
            continue;
        if (customers.isEmpty()) {
            // Nothing to match: the row's record is not even made.
            decideRow(plan, i, nullptr, QString());
            continue;
        }
        const ImportRow row = plan->rows.at(i);
        // The service's own matching order: service_uid, email, document, telephone.
        const QString keys[] = {row.customer.serviceUid, lowered(row.customer.email),
                                row.customer.document, row.customer.telephone};
        int found = -1;
        int k = 0;
        for (; k < 4 && found < 0; ++k) {
            if (!keys[k].isEmpty())
                found = index[k].value(keys[k], -1);
        }
        decideRow(plan, i, found >= 0 ? &customers.at(found) : nullptr,
                  found >= 0 ? fields[k - 1] : QString());
    }
}
