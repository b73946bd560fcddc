#include "restorewazzup.h"

#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupjobs.h"

#include <QHash>

RestoreWazzup::RestoreWazzup(WazzupClient *client, Journal *journal, QObject *parent)
    : RestoreRecords(journal, parent)
    , m_client(client)
{ }

void RestoreWazzup::run()
{
    if (!m_client) {
        for (int i = 0; i < itemCount(); ++i)
            settle(i, false, accountClosed());
        finishIfDone();
        return;
    }
    WazzupUserList users;
    QHash<QString, int> indexOf;
    for (int i = 0; i < itemCount(); ++i) {
        const WazzupUser user = WazzupCodec::userFromJson(item(i).snapshot);
        users.append(user);
        indexOf.insert(user.id, i);
    }
    m_sending = true;
    WazzupUpsertJob *job = m_client->upsertUsers(users);
    connect(job, &ApiJob::progress, this,
            [this](int done, int) { emit progress(done, itemCount()); });
    connect(job, &ApiJob::finished, this, [this, job, indexOf] {
        m_sending = false;
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
                emit userRestored(WazzupCodec::userFromJson(item(it.value()).snapshot));
        }
        finishIfDone();
    });
}
