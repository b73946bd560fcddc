#pragma once

#include "bulkdelete.h"
#include "wazzupuser.h"

#include <QPointer>

class WazzupClient;

// Bulk delete of Wazzup employees: each one's full record (GET
// /v3/users/{id}, since the list leaves the phone out) goes to the journal,
// then PATCH /v3/users/bulk_delete in batches of 100. Ids the server no
// longer had are "already gone" (Absent), not failures.
class BulkDeleteWazzup : public BulkDelete
{
    Q_OBJECT

public:
    BulkDeleteWazzup(WazzupClient *client, Journal *journal, const QString &profileId,
                     QObject *parent = nullptr);

    // Users as the table has them (id and name); each is read in full
    // before it is deleted unless `complete` says they already are.
    void setUsers(const WazzupUserList &users, bool complete = false);
    void setIds(const QStringList &ids);
    // User ids, as setIds().
    void setIdentifiers(const QStringList &identifiers) override { setIds(identifiers); }

    static QString label(const WazzupUser &user);

signals:
    // The server confirmed these are gone: a table may drop them now.
    void usersGone(const QStringList &ids);

protected:
    int batchSize() const override;
    int maxInFlight() const override { return 1; }
    void readRecord(int index) override;
    void deleteBatch(const QList<int> &indexes) override;
    void recordGone(int index) override;

private:
    QPointer<WazzupClient> m_client;
    QStringList *m_goneInBatch = nullptr;
};
