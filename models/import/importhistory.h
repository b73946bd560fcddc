#pragma once

#include "importplan.h"
#include "journalitem.h"

#include <QList>

// An import in the history (the local journal's operations): one item per
// row to create or update, in the order of the rows, with its before-image
// from the plan (the server's record as the check step read it) and what the
// row writes. Written before the first request, so that an undo can revert
// whatever got sent, even after a kill.
namespace ImportHistory {

// Rows of rows that go into the history, in order: creates and updates.
// A resume finds its items again by this order.
QList<int> rowsInHistory(const ImportRows &rows);

// The history item of one create or update row.
JournalItem item(Service service, const ImportRow &row);

// The history item of a record about to be created (a row, a form's new
// record): its key, and the whole record as what the operation writes.
JournalItem createItem(const WoowUpCustomer &customer, const QString &key);
JournalItem createItem(const WazzupUser &user);

} // namespace ImportHistory
