#pragma once

#include "importstrategy.h"
#include "wazzupuser.h"

#include <QPointer>

class WazzupClient;

// Wazzup users: an account holds at most 1,000, so the planner always reads
// the whole list (≤ 10 pages), and the users the file does not name become
// the delete candidates of a sync; each user the file names is read too
// (its phone), and a row without a phone keeps the server's: an import
// never removes a phone (the employee form does, when it is cleared).
// Rows go in batches of 100: the deletes first, then adds and updates
// together as upserts.
class WazzupImportStrategy : public ImportStrategy
{
    Q_OBJECT

public:
    explicit WazzupImportStrategy(WazzupClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::Wazzup; }

    bool readsWholeAccount() const override { return true; }
    QString readingAllText() const override;
    ApiJob *readAll(QObject *context, ImportPlan *plan, const ReadDone &done) override;

    Sending sending() const override { return Sending::InBatches; }
    int batchSize() const override;
    int requestsInFlight() const override { return 1; }
    ApiJob *sendBatch(QObject *context, const QList<ImportRow> &rows,
                      const BatchDone &done) override;
    BulkDelete *createDeletion(Journal *journal, const QString &profileId,
                               QObject *parent) const override;

    // The values the row would send are those the server has already.
    static bool sameValues(const WazzupUser &row, const WazzupUser &server);
    // The fields sending row would change on server (name, phone).
    static FieldChanges fieldChanges(const WazzupUser &row, const WazzupUser &server);

private:
    QPointer<WazzupClient> m_client;
};
