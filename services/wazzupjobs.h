#pragma once

#include "apijob.h"
#include "wazzupuser.h"

#include <QSet>
#include <QStringList>

#include <optional>

class WazzupClient;

// The jobs WazzupClient hands out; see ApiJob for the pattern.

// All users (GET /v3/users?offset=N, pages of 100 until a short page; the
// bare-array form is taken as the whole list), or only the first page;
// with listUsersWithPhones() also each named user (their phones). Requests
// count both.
class WazzupUserListJob : public ApiJob
{
    Q_OBJECT

public:
    WazzupUserList users() const { return m_users; }
    // The total the server announced ("count"), when it did.
    std::optional<int> serverCount() const { return m_count; }
    int requestCount() const { return m_requests; }

private:
    friend class WazzupClient;
    WazzupUserListJob(WazzupClient *client, int maxPages);
    void fetch(int offset);
    void readDetails();

    QSet<QString> m_detailIds; // listed users to read one by one
    QList<int> m_detailQueue; // indexes into m_users still to read
    int m_detailsInFlight = 0;
    int m_maxPages;
    int m_requests = 0;
    WazzupUserList m_users;
    std::optional<int> m_count;
};

// One user with its phone (GET /v3/users/{id}).
class WazzupUserJob : public ApiJob
{
    Q_OBJECT

public:
    WazzupUser user() const { return m_user; }

private:
    friend class WazzupClient;
    explicit WazzupUserJob(WazzupClient *client);
    void start(const QString &id);

    WazzupUser m_user;
};

// Adds or updates users (POST /v3/users, upsert by id) in requests of at
// most 100, one after the other. A rejected request fails its whole batch
// (the server applies all or nothing); the other batches still go.
// error() is the first failure; failures() lists every failed batch.
class WazzupUpsertJob : public ApiJob
{
    Q_OBJECT

public:
    struct Failure
    {
        WazzupUserList users;
        ApiError error;
    };

    WazzupUserList upserted() const { return m_upserted; }
    QList<Failure> failures() const { return m_failures; }
    WazzupUserList failedUsers() const;
    int requestCount() const { return m_requests; }

private:
    friend class WazzupClient;
    explicit WazzupUpsertJob(WazzupClient *client);
    void start(const WazzupUserList &users);
    void sendNext();

    QList<WazzupUserList> m_batches;
    int m_next = 0;
    int m_requests = 0;
    int m_total = 0;
    WazzupUserList m_upserted;
    QList<Failure> m_failures;
};

// Deletes one user (DELETE /v3/users/{id}) or many (PATCH
// /v3/users/bulk_delete in requests of at most 100). Ids the server did not
// have are not an error: they are listed in absentIds(). After a lost
// answer was retried, an id deleted by the lost attempt can show up as
// absent: either way it is gone.
class WazzupDeleteJob : public ApiJob
{
    Q_OBJECT

public:
    QStringList deletedIds() const { return m_deleted; }
    QStringList absentIds() const { return m_absent; }
    QStringList failedIds() const { return m_failed; }
    int requestCount() const { return m_requests; }

private:
    friend class WazzupClient;
    explicit WazzupDeleteJob(WazzupClient *client);
    void startOne(const QString &id);
    void startBulk(const QStringList &ids);
    void sendNextBatch();
    void finishBulk();

    QList<QStringList> m_batches;
    int m_next = 0;
    int m_requests = 0;
    int m_total = 0;
    ApiError m_firstError;
    QStringList m_deleted;
    QStringList m_absent;
    QStringList m_failed;
};
