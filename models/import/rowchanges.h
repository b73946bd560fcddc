#pragma once

#include "fieldchange.h"

// What the plan keeps of one row to update, once it has compared it with
// the server's record: the identifier the record was found by and the
// changed fields only. The record itself is not kept: a file of a million
// rows must not hold a second million records.
struct RowChanges
{
    QString matchField; // "email", "id"…
    FieldChanges fields;
};
