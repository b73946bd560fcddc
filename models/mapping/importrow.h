#pragma once

#include "csvrow.h"
#include "importcells.h"
#include "validationissue.h"
#include "wazzupuser.h"
#include "woowupcustomer.h"

#include <QStringList>

#include <memory>

// One row of an import as it goes through check, plan and send: the cells
// as read (for the error report), the record they make, what the plan
// decided for it and what became of it. Rows that delete a Wazzup user not
// in the file have no cells and number 0.
struct ImportRow
{
    enum class Action { Invalid, Create, Update, Unchanged, Delete };
    // Sending: written to the journal before the request goes, so that a
    // resume after a kill knows which creates may have reached the server.
    enum class State { Pending, Sending, Done, Failed, Skipped };

    qint64 number = 0; // record number as a spreadsheet shows it (header = 1)
    qint64 line = 0; // physical line where the record starts
    ImportCells cells;
    // What the reader had to cut (a cell too long, cells left out) and in
    // which column, so that a row corrected in the check step is checked
    // again with it. Not journalled.
    CsvRow::Problem readProblem = CsvRow::Problem::None;
    int readProblemColumn = -1;
    // Wazzup: the user id. WoowUp: "field=value" of the identifier the
    // requests use.
    QString key;
    Action action = Action::Invalid;
    State state = State::Pending;
    QString error; // translated: the problems of an invalid row, or why sending failed

    WazzupUser wazzupUser;
    WoowUpCustomer customer;
    // Fields whose blank cells clear the server's value
    // (ColumnMapping::blankClears), sent as the API's "no value".
    QStringList cleared;
    // The record as the server held it when the plan was made (found by the
    // row's identifier), for an update's before-image; null otherwise. Held
    // apart: most rows have none, and a record in place would add 760 bytes
    // to every row of a million-row plan.
    std::shared_ptr<const WazzupUser> serverUser;
    std::shared_ptr<const WoowUpCustomer> serverCustomer;

    bool needsSending() const { return needsSending(action, state); }
    static bool needsSending(Action action, State state)
    {
        return (action == Action::Create || action == Action::Update || action == Action::Delete)
            && state != State::Done;
    }

    static QString actionName(Action action); // as stored: "create", "update"…
    static Action actionFromName(const QString &name);
    static QString stateName(State state); // as stored: "pending", "done"…
    static State stateFromName(const QString &name);
};

// Moved in memory as bytes when a list of rows grows (every member is one of
// Qt's relocatable types or a plain value): a plan of a million rows grows
// by realloc instead of constructing each row anew.
Q_DECLARE_TYPEINFO(ImportRow, Q_RELOCATABLE_TYPE);
