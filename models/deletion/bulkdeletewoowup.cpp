#include "bulkdeletewoowup.h"

#include "clientratelimiter.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupjobs.h"

#include <QSet>

BulkDeleteWoowUp::BulkDeleteWoowUp(WoowUpClient *client, Journal *journal, const QString &profileId,
                                   QObject *parent)
    : BulkDelete(journal, profileId, QStringLiteral("woowup"), parent)
    , m_client(client)
{ }

QString BulkDeleteWoowUp::label(const WoowUpCustomer &customer)
{
    const QString name =
        QStringList{customer.firstName, customer.lastName}.join(QLatin1Char(' ')).trimmed();
    const QString identifier = customer.bestIdentifier().second;
    if (name.isEmpty())
        return identifier;
    if (identifier.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, identifier);
}

QString BulkDeleteWoowUp::recordKey(const WoowUpCustomer &customer)
{
    const auto identifier = customer.bestIdentifier();
    if (identifier.first.isEmpty())
        return customer.userappId != 0 ? QStringLiteral("userapp_id=%1").arg(customer.userappId)
                                       : QString();
    return identifier.first + QLatin1Char('=') + identifier.second;
}

QList<QPair<QString, QString>> BulkDeleteWoowUp::lookupsFor(const QString &identifier)
{
    const QString text = identifier.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals > 0) {
        const QString field = text.left(equals).trimmed().toLower();
        if (WoowUpClient::isIdentifierField(field))
            return {{field, text.mid(equals + 1).trimmed()}};
    }
    if (text.contains(QLatin1Char('@')))
        return {{QStringLiteral("email"), text}};
    return {{QStringLiteral("document"), text},
            {QStringLiteral("telephone"), text},
            {QStringLiteral("service_uid"), text}};
}

void BulkDeleteWoowUp::setCustomers(const WoowUpCustomerList &customers)
{
    QList<JournalItem> items;
    QSet<QString> seen;
    for (const WoowUpCustomer &customer : customers) {
        const QString key = recordKey(customer);
        if (!key.isEmpty() && seen.contains(key))
            continue;
        seen.insert(key);
        JournalItem entry;
        entry.recordKey = key;
        entry.label = label(customer);
        entry.serverId = customer.userappId;
        // No snapshot from the table's row: each customer is read first
        // (find), so the journal keeps the whole record as the server has it.
        items.append(entry);
    }
    setItems(items);
}

void BulkDeleteWoowUp::setIdentifiers(const QStringList &identifiers)
{
    QList<JournalItem> items;
    QSet<QString> seen;
    for (const QString &line : identifiers) {
        const QString key = line.trimmed();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        JournalItem entry;
        entry.recordKey = key;
        entry.label = key;
        items.append(entry);
    }
    setItems(items);
}

int BulkDeleteWoowUp::maxInFlight() const
{
    const int wire = m_client ? m_client->rateLimiter()->settings().maxInFlight : 0;
    return wire > 0 ? qMin(wire, requestsInFlight) : requestsInFlight;
}

void BulkDeleteWoowUp::readRecord(int index)
{
    find(index, lookupsFor(item(index).recordKey));
}

void BulkDeleteWoowUp::find(int index, const QList<QPair<QString, QString>> &lookups)
{
    if (lookups.isEmpty()) {
        readSettled(index, JournalItem::State::Absent);
        return;
    }
    if (!m_client) {
        readSettled(index, JournalItem::State::Failed, tr("not deleted: the account was closed."));
        return;
    }
    WoowUpCustomerJob *job = m_client->findCustomer(lookups.first().first, lookups.first().second);
    connect(job, &ApiJob::finished, this, [this, job, index, lookups] {
        const ApiError &error = job->error();
        if (error && error.kind() != ApiError::Kind::NotFound) {
            readSettled(index, JournalItem::State::Failed,
                        tr("not deleted, because its full record could not be read first. %1")
                            .arg(error.message()));
            return;
        }
        if (error || !job->found()) {
            find(index, lookups.mid(1));
            return;
        }
        const WoowUpCustomer customer = job->customer();
        JournalItem &entry = item(index);
        // The record as the server has it, not the part a request can
        // carry: what a restore can't bring back is still on record.
        entry.snapshot = job->customerJson();
        entry.serverId = customer.userappId;
        entry.label = label(customer);
        recordRead(index);
    });
}

void BulkDeleteWoowUp::deleteBatch(const QList<int> &indexes)
{
    const int index = indexes.first();
    const WoowUpCustomer customer = WoowUpCodec::customerFromJson(item(index).snapshot);
    const auto identifier = customer.bestIdentifier();
    if (identifier.first.isEmpty() || !m_client) {
        settle(index, JournalItem::State::Failed,
               m_client ? tr("not deleted: the customer has no e-mail, document, telephone or "
                             "external ID to delete it by.")
                        : tr("not deleted: the account was closed."));
        batchDone();
        return;
    }
    WoowUpDeleteJob *job = m_client->deleteCustomer(identifier.first, identifier.second);
    connect(job, &ApiJob::finished, this, [this, job, index] {
        if (job->error())
            settle(index, JournalItem::State::Failed, job->error().message());
        else
            settle(index,
                   job->wasAbsent() ? JournalItem::State::Absent : JournalItem::State::Deleted);
        batchDone();
    });
}

void BulkDeleteWoowUp::recordGone(int index)
{
    if (item(index).serverId != 0)
        emit customerGone(item(index).serverId);
}
