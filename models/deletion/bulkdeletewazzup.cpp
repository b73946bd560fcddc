#include "bulkdeletewazzup.h"

#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupjobs.h"

#include <QHash>
#include <QSet>

BulkDeleteWazzup::BulkDeleteWazzup(WazzupClient *client, Journal *journal, const QString &profileId,
                                   QObject *parent)
    : BulkDelete(journal, profileId, QStringLiteral("wazzup"), parent)
    , m_client(client)
{ }

QString BulkDeleteWazzup::label(const WazzupUser &user)
{
    if (user.name.isEmpty())
        return user.id;
    return tr("%1 (%2)").arg(user.name, user.id);
}

void BulkDeleteWazzup::setUsers(const WazzupUserList &users, bool complete)
{
    QList<JournalItem> items;
    QSet<QString> seen;
    for (const WazzupUser &user : users) {
        if (user.id.isEmpty() || seen.contains(user.id))
            continue;
        seen.insert(user.id);
        JournalItem entry;
        entry.recordKey = user.id;
        entry.label = label(user);
        if (complete)
            entry.snapshot = WazzupCodec::userToJson(user);
        items.append(entry);
    }
    setItems(items);
}

void BulkDeleteWazzup::setIds(const QStringList &ids)
{
    WazzupUserList users;
    for (const QString &id : ids)
        users.append(WazzupUser{id.trimmed(), QString(), QString()});
    setUsers(users, false);
}

int BulkDeleteWazzup::batchSize() const
{
    return WazzupClient::maxBatch;
}

void BulkDeleteWazzup::readRecord(int index)
{
    const QString id = item(index).recordKey;
    if (!m_client) {
        readSettled(index, JournalItem::State::Failed, tr("not deleted: the account was closed."));
        return;
    }
    WazzupUserJob *job = m_client->getUser(id);
    connect(job, &ApiJob::finished, this, [this, job, index] {
        const ApiError &error = job->error();
        if (!error) {
            JournalItem &entry = item(index);
            entry.snapshot = WazzupCodec::userToJson(job->user());
            entry.label = label(job->user());
            recordRead(index);
        } else if (error.kind() == ApiError::Kind::NotFound) {
            readSettled(index, JournalItem::State::Absent);
        } else {
            readSettled(index, JournalItem::State::Failed,
                        tr("not deleted, because its full record could not be read first. %1")
                            .arg(error.message()));
        }
    });
}

void BulkDeleteWazzup::deleteBatch(const QList<int> &indexes)
{
    QStringList ids;
    QHash<QString, int> indexOf;
    for (int index : indexes) {
        ids.append(item(index).recordKey);
        indexOf.insert(item(index).recordKey, index);
    }
    if (!m_client) {
        for (int index : indexes)
            settle(index, JournalItem::State::Failed, tr("not deleted: the account was closed."));
        batchDone();
        return;
    }
    WazzupDeleteJob *job = m_client->deleteUsers(ids);
    connect(job, &ApiJob::finished, this, [this, job, indexOf] {
        QStringList gone;
        m_goneInBatch = &gone;
        QSet<QString> answered;
        const auto settleAll = [&](const QStringList &list, JournalItem::State state,
                                   const QString &error) {
            for (const QString &id : list) {
                const int index = indexOf.value(id, -1);
                if (index < 0 || answered.contains(id))
                    continue;
                answered.insert(id);
                settle(index, state, error);
            }
        };
        const QString reason = job->error() ? job->error().message()
                                            : tr("the server did not say whether it was deleted.");
        settleAll(job->deletedIds(), JournalItem::State::Deleted, QString());
        settleAll(job->absentIds(), JournalItem::State::Absent, QString());
        settleAll(job->failedIds(), JournalItem::State::Failed, reason);
        settleAll(indexOf.keys(), JournalItem::State::Failed, reason);
        m_goneInBatch = nullptr;
        if (!gone.isEmpty())
            emit usersGone(gone);
        batchDone();
    });
}

void BulkDeleteWazzup::recordGone(int index)
{
    if (m_goneInBatch)
        m_goneInBatch->append(item(index).recordKey);
    else
        emit usersGone({item(index).recordKey});
}
