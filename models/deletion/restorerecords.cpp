#include "restorerecords.h"

#include "journal.h"
#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupjobs.h"
#include "woowupclient.h"
#include "woowupcodec.h"
#include "woowupjobs.h"

#include <QHash>
#include <QTimer>

RestoreRecords::RestoreRecords(ApiClient *client, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{ }

bool RestoreRecords::canRestore(const JournalItem &item)
{
    return item.hasSnapshot() && item.isGone();
}

int RestoreRecords::restoredCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const JournalItem &item) {
        return item.state == JournalItem::State::Restored;
    }));
}

int RestoreRecords::failedCount() const
{
    int failed = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_done.at(i) && m_items.at(i).state != JournalItem::State::Restored)
            ++failed;
    }
    return failed;
}

QStringList RestoreRecords::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_items.size(); ++i) {
        const JournalItem &item = m_items.at(i);
        if (m_done.at(i) && item.state != JournalItem::State::Restored)
            lines.append(
                tr("%1: %2").arg(item.label.isEmpty() ? item.recordKey : item.label, item.error));
    }
    return lines;
}

void RestoreRecords::start(const QList<JournalItem> &items)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    for (const JournalItem &item : items) {
        if (canRestore(item))
            m_items.append(item);
    }
    m_done = QList<bool>(m_items.size(), false);
    m_doneCount = 0;
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, [this] {
        emit progress(0, int(m_items.size()));
        if (m_items.isEmpty()) {
            finishIfDone();
        } else if (qobject_cast<WazzupClient *>(m_client)) {
            restoreWazzup();
        } else {
            for (int i = 0; i < m_items.size(); ++i)
                m_queue.append(i);
            pumpWoowUp();
        }
    });
}

void RestoreRecords::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<int> rest = m_queue;
    m_queue.clear();
    for (int index : rest)
        settle(index, false, tr("not restored, because the restore was cancelled."));
    finishIfDone();
}

void RestoreRecords::restoreWazzup()
{
    auto *client = qobject_cast<WazzupClient *>(m_client);
    WazzupUserList users;
    QHash<QString, int> indexOf;
    for (int i = 0; i < m_items.size(); ++i) {
        const WazzupUser user = WazzupCodec::userFromJson(m_items.at(i).snapshot);
        users.append(user);
        indexOf.insert(user.id, i);
    }
    m_inFlight = 1;
    WazzupUpsertJob *job = client->upsertUsers(users);
    connect(job, &ApiJob::progress, this,
            [this](int done, int) { emit progress(done, int(m_items.size())); });
    connect(job, &ApiJob::finished, this, [this, job, indexOf] {
        m_inFlight = 0;
        QHash<QString, QString> failed;
        const QList<WazzupUpsertJob::Failure> failures = job->failures();
        for (const WazzupUpsertJob::Failure &failure : failures) {
            for (const WazzupUser &user : failure.users)
                failed.insert(user.id, failure.error.message());
        }
        if (job->error() && failures.isEmpty()) {
            for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it)
                failed.insert(it.key(), job->error().message());
        }
        for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
            const bool ok = !failed.contains(it.key());
            settle(it.value(), ok, ok ? QString() : failed.value(it.key()));
            if (ok)
                emit wazzupUserRestored(WazzupCodec::userFromJson(m_items.at(it.value()).snapshot));
        }
        finishIfDone();
    });
}

void RestoreRecords::pumpWoowUp()
{
    auto *client = qobject_cast<WoowUpClient *>(m_client);
    while (!m_cancelled && m_inFlight < requestsInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        if (!client) {
            settle(index, false, tr("not restored: the account was closed."));
            continue;
        }
        ++m_inFlight;
        if (m_items.at(index).error.isEmpty())
            createWoowUp(client, index);
        else
            checkThenCreateWoowUp(client, index);
    }
    finishIfDone();
}

void RestoreRecords::checkThenCreateWoowUp(WoowUpClient *client, int index)
{
    // An earlier restore of this record failed, perhaps after the server
    // created it and only the answer was lost: creating it again blindly
    // would be refused as a duplicate and leave it "not restored" for good.
    const WoowUpCustomer customer = WoowUpCodec::customerFromJson(m_items.at(index).snapshot);
    const auto identifier = customer.bestIdentifier();
    WoowUpCheckJob *job = client->customerExists(identifier.first, identifier.second);
    connect(job, &ApiJob::finished, this, [this, job, client, index, customer] {
        if (job->error() || !job->result()) {
            if (job->error()) {
                --m_inFlight;
                settle(index, false, job->error().message());
                pumpWoowUp();
            } else {
                createWoowUp(client, index);
            }
            return;
        }
        --m_inFlight;
        settle(index, true, QString());
        WoowUpCustomer restored = customer;
        restored.userappId = job->userappId().value_or(0);
        emit woowUpCustomerRestored(restored);
        pumpWoowUp();
    });
}

void RestoreRecords::createWoowUp(WoowUpClient *client, int index)
{
    WoowUpCustomerJob *job =
        client->createCustomer(WoowUpCodec::customerFromJson(m_items.at(index).snapshot));
    connect(job, &ApiJob::finished, this, [this, job, index] {
        --m_inFlight;
        if (job->error()) {
            settle(index, false, job->error().message());
        } else {
            settle(index, true, QString());
            emit woowUpCustomerRestored(job->customer());
        }
        pumpWoowUp();
    });
}

void RestoreRecords::settle(int index, bool restored, const QString &error)
{
    JournalItem &item = m_items[index];
    if (restored)
        item.state = JournalItem::State::Restored;
    item.error = restored ? QString() : tr("not restored. %1").arg(error);
    if (m_journal)
        m_journal->updateItem(item);
    m_done[index] = true;
    ++m_doneCount;
    emit progress(m_doneCount, int(m_items.size()));
}

void RestoreRecords::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    emit finished();
}
