#include "undowoowup.h"

#include "customerpatch.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupjobs.h"

namespace {

UndoEngine::Outcome outcomeOf(const ApiError &error)
{
    if (!error)
        return {};
    // A create refused as a duplicate may be this undo's own, whose first
    // answer was lost: read again, which tells.
    return {error.message(),
            error.isRetryable() || error.kind() == ApiError::Kind::ServerError
                || error.kind() == ApiError::Kind::AlreadyExists};
}

WoowUpCustomer customerOf(const QJsonObject &record)
{
    return WoowUpCodec::customerFromJson(record);
}

} // namespace

UndoWoowUp::UndoWoowUp(WoowUpClient *client, Journal *journal, const QString &profileId,
                       QObject *parent)
    : UndoEngine(journal, profileId, parent)
    , m_client(client)
{ }

QString UndoWoowUp::serviceKey() const
{
    return ::serviceKey(Service::WoowUp);
}

int UndoWoowUp::requestsInFlight() const
{
    return m_client ? m_client->config().rateLimit.maxInFlight + 2 : 0;
}

bool UndoWoowUp::read(const JournalItem &step, bool byKey, const ReadDone &done)
{
    if (!m_client)
        return false;
    WoowUpCustomerJob *job = nullptr;
    if (byKey) {
        const qsizetype equals = step.recordKey.indexOf(QLatin1Char('='));
        job = m_client->findCustomer(step.recordKey.left(equals), step.recordKey.mid(equals + 1));
    } else {
        job = m_client->getCustomer(WoowUpUserRef::byId(step.serverId));
    }
    connect(job, &ApiJob::finished, this, [job, done] {
        Current current;
        if (job->error().kind() == ApiError::Kind::NotFound) {
            done({}, current);
            return;
        }
        if (!job->error() && job->found()) {
            current.found = true;
            current.record = WoowUpCodec::customerToJson(job->customer());
            current.serverId = job->customer().userappId;
        }
        done(outcomeOf(job->error()), current);
    });
    return true;
}

QStringList UndoWoowUp::differing(const QJsonObject &a, const QJsonObject &b,
                                  const QStringList &fields) const
{
    const QStringList changed =
        CustomerPatch::changedFields(CustomerPatch::withFields({}, customerOf(a), fields),
                                     CustomerPatch::withFields({}, customerOf(b), fields));
    QStringList result;
    for (const QString &field : fields) {
        if (changed.contains(field))
            result.append(field);
    }
    return result;
}

QStringList UndoWoowUp::recordFields(const QJsonObject &record) const
{
    return CustomerPatch::setFields(customerOf(record));
}

QJsonObject UndoWoowUp::partial(const QJsonObject &record, const QStringList &fields) const
{
    return CustomerPatch::fieldsJson(customerOf(record), fields);
}

QString UndoWoowUp::valueText(const QJsonObject &record, const QString &field) const
{
    const QString text = CustomerPatch::valueText(customerOf(record), field);
    if (!text.isEmpty() || !record.contains(field))
        return text;
    return record.value(field).toVariant().toString(); // consent: "enabled" / "disabled"
}

bool UndoWoowUp::write(const JournalItem &step, const Current &current, const WriteDone &done)
{
    if (!m_client)
        return false;
    ApiJob *job = nullptr;
    if (step.action == QLatin1String("delete")) {
        job = m_client->deleteCustomer(customerOf(current.record));
    } else if (step.action == QLatin1String("update")) {
        const WoowUpCustomer now = customerOf(current.record);
        const WoowUpCustomer target =
            CustomerPatch::withFields(now, customerOf(step.after), step.fields);
        job = m_client->patchCustomer(WoowUpUserRef::byId(current.serverId),
                                      CustomerPatch::body(now, target, step.fields));
    } else {
        WoowUpCustomerJob *create = m_client->createCustomer(customerOf(step.after));
        connect(create, &ApiJob::finished, this, [create, done] {
            done(outcomeOf(create->error()), create->error() ? 0 : create->customer().userappId);
        });
        return true;
    }
    connect(job, &ApiJob::finished, this, [job, done] { done(outcomeOf(job->error()), 0); });
    return true;
}

QString UndoWoowUp::recreatedNote(qint64 oldId, qint64 newId) const
{
    if (oldId == 0)
        return tr("created again as customer %1 (WoowUp gives a new id).").arg(newId);
    return tr("created again as customer %1; it was %2 (WoowUp gives a new id).")
        .arg(newId)
        .arg(oldId);
}
