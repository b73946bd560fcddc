#include "wazzupimportstrategy.h"

#include "bulkdeletewazzup.h"
#include "wazzupclient.h"
#include "wazzupjobs.h"

#include <QHash>
#include <QSet>

WazzupImportStrategy::WazzupImportStrategy(WazzupClient *client, QObject *parent)
    : ImportStrategy(client, parent)
    , m_client(client)
{ }

QString WazzupImportStrategy::readingAllText() const
{
    return tr("Reading the account’s users…");
}

int WazzupImportStrategy::batchSize() const
{
    return WazzupClient::maxBatch;
}

bool WazzupImportStrategy::sameValues(const WazzupUser &row, const WazzupUser &server)
{
    // server was read one by one (GET /v3/users/{id}), phone included.
    return row.name == server.name && row.phone == server.phone;
}

ApiJob *WazzupImportStrategy::readAll(QObject *context, ImportPlan *plan, const ReadDone &done)
{
    if (!m_client)
        return nullptr;
    // The list has no phones, and an upsert replaces the user: read each
    // user the file names, so that a row without a phone keeps the
    // server's (a file with only id and name must not wipe every phone).
    QSet<QString> toRead;
    for (const ImportRow &row : std::as_const(plan->rows)) {
        if (row.action != ImportRow::Action::Invalid)
            toRead.insert(row.wazzupUser.id.trimmed());
    }
    WazzupUserListJob *job = m_client->listUsersWithPhones(toRead);
    connect(job, &ApiJob::finished, context, [job, plan, done] {
        if (job->error()) {
            done(job->error(), job->requestCount());
            return;
        }
        const WazzupUserList users = job->users();
        plan->accountSize = int(users.size());
        QHash<QString, int> byId;
        for (int i = 0; i < users.size(); ++i)
            byId.insert(users.at(i).id, i);
        QSet<QString> named; // ids the file names, valid or not
        for (ImportRow &row : plan->rows) {
            const QString id = row.wazzupUser.id.trimmed();
            if (!id.isEmpty())
                named.insert(id);
            if (row.action == ImportRow::Action::Invalid)
                continue;
            const auto it = byId.constFind(id);
            if (it != byId.constEnd() && row.wazzupUser.phone.isEmpty())
                row.wazzupUser.phone = users.at(*it).phone; // a blank phone keeps the server's
            if (it == byId.constEnd())
                row.action = ImportRow::Action::Create;
            else if (sameValues(row.wazzupUser, users.at(*it)))
                row.action = ImportRow::Action::Unchanged;
            else
                row.action = ImportRow::Action::Update;
            if (row.action == ImportRow::Action::Update)
                row.serverUser = users.at(*it);
            if (row.action == ImportRow::Action::Unchanged)
                row.state = ImportRow::State::Done;
        }
        for (const WazzupUser &user : users) {
            if (named.contains(user.id))
                continue;
            ImportRow row;
            row.key = user.id;
            row.wazzupUser = user;
            row.cells = QStringList{user.id, user.name};
            row.action = ImportRow::Action::Delete;
            plan->missing.append(row);
        }
        done(job->error(), job->requestCount());
    });
    return job;
}

ApiJob *WazzupImportStrategy::sendBatch(QObject *context, const QList<ImportRow> &rows,
                                        const BatchDone &done)
{
    if (!m_client || rows.isEmpty())
        return nullptr;
    if (rows.first().action == ImportRow::Action::Delete) {
        QStringList ids;
        for (const ImportRow &row : rows)
            ids.append(row.key);
        WazzupDeleteJob *job = m_client->deleteUsers(ids);
        connect(job, &ApiJob::finished, context,
                [job, done] { done(job->error(), job->failedIds()); });
        return job;
    }
    WazzupUserList users;
    for (const ImportRow &row : rows)
        users.append(row.wazzupUser);
    WazzupUpsertJob *job = m_client->upsertUsers(users);
    // The server applies a batch all or nothing: no row is named.
    connect(job, &ApiJob::finished, context, [job, done] { done(job->error(), QStringList()); });
    return job;
}

BulkDelete *WazzupImportStrategy::createDeletion(Journal *journal, const QString &profileId,
                                                 QObject *parent) const
{
    return m_client ? new BulkDeleteWazzup(m_client, journal, profileId, parent) : nullptr;
}
