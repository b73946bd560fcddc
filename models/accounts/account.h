#pragma once

#include "service.h"

#include <QObject>

class ApiClient;
class BulkDelete;
class ImportStrategy;
class Journal;

// One open account of either service, as the rest of the program sees it:
// which service it is, and the per-service jobs made for it. The subclasses
// hold the concrete client, so nothing above them ever asks which client it
// has; AccountFactory is the one place that makes them.
class Account : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Service service() const = 0;
    // For what every client has (base URL, rate limit); never cast it.
    virtual ApiClient *apiClient() const = 0;

    // Deletes records with a snapshot of each in the journal first.
    virtual BulkDelete *createBulkDelete(Journal *journal, const QString &profileId,
                                         QObject *parent = nullptr) const = 0;
    // How an import plans and sends for this account (ImportSession takes it).
    virtual ImportStrategy *createImportStrategy(QObject *parent = nullptr) const = 0;
};
