#include "wazzupaccount.h"

#include "accountvisitor.h"
#include "bulkdeletewazzup.h"
#include "importhistory.h"
#include "undowazzup.h"
#include "wazzupclient.h"
#include "wazzupimportstrategy.h"
#include "wazzupjobs.h"
#include "wazzuppatch.h"
#include "wazzupusertablemodel.h"

WazzupAccount::WazzupAccount(WazzupClient *client, QObject *parent)
    : Account(parent)
    , m_client(client)
    , m_model(new WazzupUserTableModel(this))
{ }

void WazzupAccount::refresh()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    emit loadingChanged(true);
    WazzupUserListJob *job = m_client->listUsers();
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return; // a newer refresh is under way
        m_loading = false;
        if (job->error())
            emit loadFailed(job->error().message());
        else
            m_model->setUsers(job->users());
        emit loadingChanged(false);
    });
}

void WazzupAccount::saveUser(const WazzupUser &user, Done done)
{
    WazzupUpsertJob *job = m_client->upsertUsers({user});
    connect(job, &ApiJob::finished, this, [this, job, user, done] {
        if (job->error()) {
            done(job->error().message());
            return;
        }
        // The server drops a malformed phone silently; show what it keeps
        // once it has answered, rather than what was typed.
        WazzupUserJob *reread = m_client->getUser(user.id);
        connect(reread, &ApiJob::finished, this, [this, reread, user, done] {
            m_model->upsertUser(reread->error() ? user : reread->user());
            done(QString());
        });
    });
}

void WazzupAccount::addUser(const WazzupUser &user, Done done)
{
    // In the history before it is sent: an undo deletes what it added.
    JournalItem change = ImportHistory::createItem(user);
    const qint64 changeId = beginChange(&change);
    saveUser(user, [this, done, change, changeId](const QString &problem) {
        endChange(changeId, change, problem);
        done(problem);
    });
}

void WazzupAccount::readUser(const QString &id, UserDone done)
{
    WazzupUserJob *job = m_client->getUser(id);
    connect(job, &ApiJob::finished, this, [this, job, done] {
        if (!job->error())
            m_model->upsertUser(job->user()); // the table learns the phone the list lacks
        done(job->error() ? job->error().message() : QString(), job->user());
    });
}

void WazzupAccount::saveEdit(const WazzupUser &opened, const WazzupUser &edited, Done done)
{
    readUser(opened.id,
             [this, opened, edited, done](const QString &problem, const WazzupUser &server) {
                 if (!problem.isEmpty()) {
                     done(problem);
                     return;
                 }
                 WazzupUser user = server;
                 if (edited.name != opened.name)
                     user.name = edited.name;
                 if (edited.phone != opened.phone)
                     user.phone = edited.phone;
                 JournalItem change;
                 change.action = QStringLiteral("update");
                 change.recordKey = server.id;
                 change.label = server.name;
                 change.fields = WazzupPatch::changedFields(server, user);
                 change.snapshot = WazzupPatch::fieldsJson(server, change.fields);
                 change.after = WazzupPatch::fieldsJson(user, change.fields);
                 const qint64 changeId = change.fields.isEmpty() ? 0 : beginChange(&change);
                 saveUser(user, [this, done, change, changeId](const QString &saved) {
                     endChange(changeId, change, saved);
                     done(saved);
                 });
             });
}

void WazzupAccount::listUsers(ListDone done)
{
    WazzupUserListJob *job = m_client->listUsers();
    connect(job, &ApiJob::finished, this,
            [job, done] { done(job->error() ? job->error().message() : QString(), job->users()); });
}

ApiClient *WazzupAccount::apiClient() const
{
    return m_client;
}

void WazzupAccount::accept(AccountVisitor &visitor)
{
    visitor.visit(*this);
}

void WazzupAccount::testConnection(Done done)
{
    ApiJob *job = m_client->testConnection();
    connect(job, &ApiJob::finished, this,
            [job, done] { done(job->error() ? job->error().message() : QString()); });
}

BulkDeleteWazzup *WazzupAccount::createBulkDelete(Journal *journal, const QString &profileId,
                                                  QObject *parent) const
{
    auto *job = new BulkDeleteWazzup(m_client, journal, profileId, parent);
    connect(job, &BulkDeleteWazzup::usersGone, m_model, &WazzupUserTableModel::removeUsers);
    return job;
}

RestoreWazzup *WazzupAccount::createRestore(Journal *journal, QObject *parent) const
{
    auto *restore = new RestoreWazzup(m_client, journal, parent);
    connect(restore, &RestoreWazzup::userRestored, m_model, &WazzupUserTableModel::upsertUser);
    return restore;
}

ImportStrategy *WazzupAccount::createImportStrategy(QObject *parent) const
{
    return new WazzupImportStrategy(m_client, parent);
}

UndoEngine *WazzupAccount::createUndo(Journal *journal, const QString &profileId,
                                      QObject *parent) const
{
    return new UndoWazzup(m_client, journal, profileId, parent);
}
