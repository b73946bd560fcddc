#pragma once

#include "importplan.h"

#include <QJsonObject>

// The plan as one JSON document (userdesk-cli import --dry-run --json):
// the expected counts, what looking up and sending cost, and a "changes"
// array with one entry per row to create, update or delete:
//   {"line": 3, "action": "update", "match": {"field": "email", "value": "a@b.c"},
//    "fields": {"city": {"old": "Rosario", "new": "Córdoba"},
//               "last_name": {"old": "Paz", "new": null}}}
// "line" is the row as a spreadsheet shows the file (the number the CLI's
// other messages give), absent for a deletion, which carries "name"
// instead; "fields" is only on an update; null is no value (a cleared
// field's "new"). Rows with problems are listed under "problems" with their
// message.
class ImportPlanJson
{
public:
    static QJsonObject toJson(const ImportPlan &plan, bool dryRun);
    static QString lookupName(ImportPlan::Lookup lookup);
};
