#include "restorewoowup.h"

#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupjobs.h"

RestoreWoowUp::RestoreWoowUp(WoowUpClient *client, Journal *journal, QObject *parent)
    : RestoreRecords(journal, parent)
    , m_client(client)
{ }

void RestoreWoowUp::run()
{
    for (int i = 0; i < itemCount(); ++i)
        m_queue.append(i);
    pump();
}

QList<int> RestoreWoowUp::takeUnsent()
{
    return std::exchange(m_queue, {});
}

void RestoreWoowUp::pump()
{
    while (!isCancelled() && m_inFlight < requestsInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        if (!m_client) {
            settle(index, false, accountClosed());
            continue;
        }
        ++m_inFlight;
        if (item(index).error.isEmpty())
            create(index);
        else
            checkThenCreate(index);
    }
    finishIfDone();
}

void RestoreWoowUp::checkThenCreate(int index)
{
    // An earlier restore of this record failed, perhaps after the server
    // created it and only the answer was lost: creating it again blindly
    // would be refused as a duplicate and leave it "not restored" for good.
    const WoowUpCustomer customer = WoowUpCodec::customerFromJson(item(index).snapshot);
    const auto identifier = customer.bestIdentifier();
    WoowUpCheckJob *job = m_client->customerExists(identifier.first, identifier.second);
    connect(job, &ApiJob::finished, this, [this, job, index, customer] {
        if (job->error() || !job->result()) {
            if (job->error()) {
                --m_inFlight;
                settle(index, false, job->error().message());
                pump();
            } else {
                create(index);
            }
            return;
        }
        --m_inFlight;
        settle(index, true, QString());
        WoowUpCustomer restored = customer;
        restored.userappId = job->userappId().value_or(0);
        emit customerRestored(restored);
        pump();
    });
}

void RestoreWoowUp::create(int index)
{
    if (!m_client) {
        --m_inFlight;
        settle(index, false, accountClosed());
        pump();
        return;
    }
    WoowUpCustomerJob *job =
        m_client->createCustomer(WoowUpCodec::customerFromJson(item(index).snapshot));
    connect(job, &ApiJob::finished, this, [this, job, index] {
        --m_inFlight;
        if (job->error()) {
            settle(index, false, job->error().message());
        } else {
            settle(index, true, QString());
            emit customerRestored(job->customer());
        }
        pump();
    });
}
