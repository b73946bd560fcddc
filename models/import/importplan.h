#pragma once

#include "columnmapping.h"
#include "csvoptions.h"
#include "importcounts.h"
#include "importrows.h"
#include "rowchanges.h"
#include "service.h"

#include <QHash>
#include <QList>

// What an import will do, decided before anything is sent: every row of
// the file with its action, the Wazzup users a sync would delete, how the
// plan learned what exists and what sending will cost in requests.
struct ImportPlan
{
    // How the check step learned which records already exist.
    enum class Lookup {
        None, // nothing to look up (no valid rows)
        ListAll, // every page of the account (Wazzup always; WoowUp when cheaper)
        FindEach, // one find per row (WoowUp, when the account is large)
    };

    Service service = Service::WoowUp;
    QString filePath;
    QByteArray checksum; // SHA-256 of the file, hex
    CsvOptions csv; // encoding and delimiter as used (text files)
    QString sheet; // the workbook's sheet read, by name; empty for a text file
    bool hasHeader = true;
    ColumnMapping mapping;

    ImportRows rows; // the file's rows, in order
    // Wazzup users on the server that the file does not name; only sent
    // when deleteMissing.
    QList<ImportRow> missing;
    bool deleteMissing = false;

    // The rows to update (by index into rows): their changed fields, old →
    // new, and the identifier the server's record was found by.
    QHash<int, RowChanges> changes;

    Lookup lookup = Lookup::None;
    int lookupRequests = 0; // spent by the check step (probes included)
    int accountSize = -1; // records on the server, -1 when not known
    int requestsPerMinute = 0; // the client's limit, 0 when unlimited

    // What the plan expects (created = creates, deleted = deletes when
    // deleteMissing…).
    ImportCounts expected() const;
    // Requests sending will take: one per WoowUp create/update; Wazzup
    // upserts and deletes in batches of 100, and one read per delete (its
    // snapshot).
    int sendRequests() const;
    // sendRequests() at the client's rate; 0 when unlimited.
    double estimatedSeconds() const;

    // The identifier a row is (or would be) matched on, as {field, value}:
    // Wazzup's id; for WoowUp the one its record was found by, else the
    // best one it has (service_uid, email, document, telephone).
    QPair<QString, QString> identifierOf(int row) const;
    QPair<QString, QString> identifierOf(const ImportRow &row, const QString &matchField) const;
};
