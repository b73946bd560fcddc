#pragma once

#include "apiclient.h"
#include "customattributedefinition.h"
#include "importplan.h"
#include "service.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;
class ApiJob;
class BulkDelete;
class Journal;

// What an import needs of one service, chosen once (the account makes it,
// with its own client): how the planner learns what exists and how the
// engine sends rows. The planner, the engine and the session are written
// against this class only, so none of them asks which client it has.
//
// Every request takes a context: the answer is delivered to `done` only
// while the context lives, as with QObject::connect. `done` is called
// once per returned job, never synchronously. A request the service does
// not offer returns null (the base class's defaults); the planner and the
// engine only ask for what readsWholeAccount() and sending() promise.
class ImportStrategy : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &error)>;
    // requests: spent by a job made of several (paging).
    using ReadDone = std::function<void(const ApiError &error, int requests)>;
    using PageDone = std::function<void(const ApiError &error, int size)>;
    using ExistsDone = std::function<void(const ApiError &error, bool exists)>;
    // failedKeys: rows of a batch the server named as not done.
    using BatchDone = std::function<void(const ApiError &error, const QStringList &failedKeys)>;
    using DefinitionsDone =
        std::function<void(const ApiError &error, const CustomAttributeDefinitions &definitions)>;

    // How the engine sends the rows of a plan.
    enum class Sending {
        // One request per row, several on the wire within the client's rate
        // limiter; a create whose outcome is unknown is checked with an
        // exist request before it goes again.
        RowByRow,
        // Batches of batchSize() rows, one request at a time, all of a
        // batch deletes or all upserts (idempotent: a batch simply goes again).
        InBatches,
    };

    virtual Service service() const = 0;
    // The client's limit in requests per minute with its headroom, 0 when unlimited.
    int requestsPerMinute() const;

    // Custom attribute definitions: columns can be mapped to them and
    // their cells are converted by them. Services without any answer with
    // none, without a request.
    virtual bool hasCustomAttributes() const { return false; }
    virtual ApiJob *readDefinitions(QObject *context, const DefinitionsDone &done);

    // Planning. True when the whole account is always read, whatever the
    // file; otherwise the planner weighs pages (readPage) against one find
    // per row (findRow) and reads everything only when that is cheaper.
    virtual bool readsWholeAccount() const = 0;
    virtual QString readingAllText() const = 0;
    // Reads every record and decides the action of each valid row of *plan
    // from them (sets plan->accountSize; and plan->missing where a sync
    // can delete). Progress, where known, comes as the job's progress().
    virtual ApiJob *readAll(QObject *context, ImportPlan *plan, const ReadDone &done) = 0;
    // Records per page for readPage(); 0 when the service is not paged.
    virtual int pageSize() const { return 0; }
    // Reads one page and tells its size. A short page 0 is the whole
    // account: then *plan is decided from it as readAll() would.
    virtual ApiJob *readPage(QObject *context, int page, ImportPlan *plan, const PageDone &done);
    // Looks up the record of plan->rows[index] and decides its action.
    virtual ApiJob *findRow(QObject *context, ImportPlan *plan, int index, const Done &done);

    // Sending.
    virtual Sending sending() const = 0;
    virtual int batchSize() const = 0;
    // Requests the engine keeps on the wire at once.
    virtual int requestsInFlight() const = 0;
    // Creates or updates the row's record (RowByRow).
    virtual ApiJob *sendRow(QObject *context, const ImportRow &row, const Done &done);
    // Whether the row's record exists now (RowByRow).
    virtual ApiJob *rowExists(QObject *context, const ImportRow &row, const ExistsDone &done);
    // Upserts or deletes (all rows of one action) in one request (InBatches).
    virtual ApiJob *sendBatch(QObject *context, const QList<ImportRow> &rows,
                              const BatchDone &done);
    // The deletes of a sync (Wazzup): a bulk delete that reads every record
    // in full and snapshots it into the deletion journal before deleting, so
    // that they show in "Recently deleted" as one operation and can be
    // restored from there. Null where the service's imports delete nothing.
    virtual BulkDelete *createDeletion(Journal *journal, const QString &profileId,
                                       QObject *parent) const;

protected:
    explicit ImportStrategy(ApiClient *client, QObject *parent = nullptr);

    const ApiClient *apiClient() const { return m_client.data(); }

private:
    QPointer<ApiClient> m_client;
};
