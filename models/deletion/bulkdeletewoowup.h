#pragma once

#include "bulkdelete.h"
#include "woowupcustomer.h"

#include <QHash>
#include <QPointer>

class WoowUpClient;

// Bulk delete of WoowUp customers: DELETE /multiusers by each customer's
// best identifier, several requests in flight (the client's rate limiter
// keeps them under the account's limit). Customers given only by an
// identifier (the command line) are found first, so that their full record
// is in the journal before they are deleted.
class BulkDeleteWoowUp : public BulkDelete
{
    Q_OBJECT

public:
    // At most this many requests at once, and no more than the client's
    // limiter lets on the wire (so that Cancel leaves none queued there).
    static constexpr int requestsInFlight = 8;

    BulkDeleteWoowUp(WoowUpClient *client, Journal *journal, const QString &profileId,
                     QObject *parent = nullptr);

    // Customers as the table or a search has them: complete records.
    void setCustomers(const WoowUpCustomerList &customers);
    // One identifier per entry: an e-mail, a document, a telephone, an
    // external id, or "field=value" (field: service_uid, email, document,
    // telephone). A bare value without '@' is tried as a document, then a
    // telephone, then an external id.
    void setIdentifiers(const QStringList &identifiers) override;

    static QString label(const WoowUpCustomer &customer);
    static QString recordKey(const WoowUpCustomer &customer);
    // {field, value} pairs to try for one line, in order; empty when blank.
    static QList<QPair<QString, QString>> lookupsFor(const QString &identifier);

signals:
    // The server confirmed the customer is gone: a table may drop it now.
    void customerGone(qint64 userappId);

protected:
    int batchSize() const override { return 1; }
    int maxInFlight() const override;
    void readRecord(int index) override;
    void deleteBatch(const QList<int> &indexes) override;
    void recordGone(int index) override;

private:
    void find(int index, const QList<QPair<QString, QString>> &lookups);

    QPointer<WoowUpClient> m_client;
};
