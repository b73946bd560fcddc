#pragma once

#include "service.h"

#include <QObject>

#include <functional>

class AccountVisitor;
class ApiClient;
class BulkDelete;
class ImportStrategy;
class Journal;
class RestoreRecords;

// One open account of either service, as the rest of the program sees it:
// which service it is, and the per-service jobs made for it. The subclasses
// hold the concrete client, so nothing above them ever asks which client it
// has; AccountFactory is the one place that makes them. Results come back
// as callbacks with a translated message, empty on success.
class Account : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &problem)>;

    using QObject::QObject;

    virtual Service service() const = 0;
    // For what every client has (base URL, rate limit); never cast it.
    virtual ApiClient *apiClient() const = 0;
    // Calls the visitor's overload for this account's own type: how a front
    // end does what differs by service without asking which one it has.
    virtual void accept(AccountVisitor &visitor) = 0;

    // Checks that the address answers and accepts the key.
    virtual void testConnection(Done done) = 0;

    // Deletes records with a snapshot of each in the journal first; the
    // account's table drops each one the server confirms gone.
    virtual BulkDelete *createBulkDelete(Journal *journal, const QString &profileId,
                                         QObject *parent = nullptr) const = 0;
    // Re-creates deleted records from their snapshots; the account's table
    // shows each one restored.
    virtual RestoreRecords *createRestore(Journal *journal, QObject *parent = nullptr) const = 0;
    // How an import plans and sends for this account (ImportSession takes it).
    virtual ImportStrategy *createImportStrategy(QObject *parent = nullptr) const = 0;
};
