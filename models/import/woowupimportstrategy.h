#pragma once

#include "importstrategy.h"
#include "woowupcustomer.h"

#include <QPointer>

class WoowUpClient;

// WoowUp customers: the account may hold millions, so the planner measures
// it and finds rows one by one when reading every page would cost more;
// rows are created or updated one request each, several at once within
// the client's rate limiter (~140 requests a minute).
class WoowUpImportStrategy : public ImportStrategy
{
    Q_OBJECT

public:
    explicit WoowUpImportStrategy(WoowUpClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::WoowUp; }

    bool hasCustomAttributes() const override { return true; }
    ApiJob *readDefinitions(QObject *context, const DefinitionsDone &done) override;

    bool readsWholeAccount() const override { return false; }
    QString readingAllText() const override;
    ApiJob *readAll(QObject *context, ImportPlan *plan, const ReadDone &done) override;
    int pageSize() const override;
    ApiJob *readPage(QObject *context, int page, ImportPlan *plan, const PageDone &done) override;
    ApiJob *findRow(QObject *context, ImportPlan *plan, int index, const Done &done) override;

    Sending sending() const override { return Sending::RowByRow; }
    int batchSize() const override { return 1; }
    int requestsInFlight() const override;
    ApiJob *sendRow(QObject *context, const ImportRow &row, const Done &done) override;
    ApiJob *rowExists(QObject *context, const ImportRow &row, const ExistsDone &done) override;

    // The values the row would send are those the server has already.
    static bool sameValues(const WoowUpCustomer &row, const WoowUpCustomer &server);
    // What sending the row would change on the server's record: the fields
    // the row sends that differ (tags: the ones it adds, as WoowUp merges
    // them) and the fields it clears that have a value.
    static FieldChanges fieldChanges(const ImportRow &row, const WoowUpCustomer &server);

private:
    // matchField: the identifier the server's record was found by.
    static void decideRow(ImportPlan *plan, int index, const WoowUpCustomer *server,
                          const QString &matchField);
    static void matchAll(ImportPlan *plan, const WoowUpCustomerList &customers);

    QPointer<WoowUpClient> m_client;
};
