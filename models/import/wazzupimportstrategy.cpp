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
    return fieldChanges(row, server).isEmpty();
}

FieldChanges WazzupImportStrategy::fieldChanges(const WazzupUser &row, const WazzupUser &server)
{
    // server was read one by one (GET /v3/users/{id}), phone included.
    FieldChanges changes;
    if (row.name != server.name)
        changes.append({QStringLiteral("name"), server.name, row.name});
    if (row.phone != server.phone)
        changes.append({QStringLiteral("phone"), server.phone, row.phone});
    return changes;
}

ApiJob *WazzupImportStrategy::readAll(QObject *context, ImportPlan *plan, const ReadDone &done)
{
    if (!m_client)
        return nullptr;
    // The list has no phones, and an upsert replaces the user: read each
    // user the file names, so that a row without a phone keeps the
    // server's (a file with only id and name must not wipe every phone).
    QSet<QString> toRead;
    for (qsizetype i = 0; i < plan->rows.size(); ++i) {
        if (plan->rows.action(i) != ImportRow::Action::Invalid)
            toRead.insert(plan->rows.at(i).wazzupUser.id.trimmed());
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
        plan->changes.clear();
        for (int index = 0; index < plan->rows.size(); ++index) {
            ImportRow row = plan->rows.at(index);
            const QString id = row.wazzupUser.id.trimmed();
            if (!id.isEmpty())
                named.insert(id);
            if (row.action == ImportRow::Action::Invalid)
                continue;
            const auto it = byId.constFind(id);
            // A blank phone keeps the server's, unless the mapping clears
            // it: the upsert then goes without one, which removes it.
            const bool keepsPhone = it != byId.constEnd() && row.wazzupUser.phone.isEmpty()
                && !row.cleared.contains(QLatin1String("phone"));
            if (keepsPhone)
                row.wazzupUser.phone = users.at(*it).phone;
            FieldChanges changes;
            if (it != byId.constEnd())
                changes = fieldChanges(row.wazzupUser, users.at(*it));
            if (it == byId.constEnd()) {
                row.action = ImportRow::Action::Create;
            } else if (changes.isEmpty()) {
                row.action = ImportRow::Action::Unchanged;
                row.state = ImportRow::State::Done;
            } else {
                row.action = ImportRow::Action::Update;
                plan->changes.insert(index, RowChanges{QStringLiteral("id"), std::move(changes)});
                row.serverUser = std::make_shared<const WazzupUser>(users.at(*it));
            }
            // The record is the file's but for a kept phone: only then
            // is the row held whole.
            if (keepsPhone) {
                plan->rows.replace(index, row);
            } else {
                plan->rows.setAction(index, row.action);
                plan->rows.setState(index, row.state);
                plan->rows.setServerUser(index, row.serverUser);
            }
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
