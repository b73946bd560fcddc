#pragma once

#include "columnmapping.h"
#include "csvoptions.h"
#include "csvrow.h"
#include "csvrowview.h"
#include "customattributedefinition.h"
#include "importrow.h"
#include "importrowmapper.h"
#include "service.h"

#include <QCoreApplication>

// One row of an import file made into a record and checked on its own: the
// reader's cuts, the conversions and the validators' word, and its key
// (what it is matched on). The reader runs every row through it as it
// reads; the check step runs a row the person corrected through it again,
// so that both say the same about the same cells. Whether another row has
// the same key is the caller's to tell (duplicateProblem()).
class ImportRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowChecker)

public:
    // workbook: the reader's cuts are worded for a sheet, else for a text
    // file read with csv.
    ImportRowChecker(Service service, const ColumnMapping &mapping,
                     const CustomAttributeDefinitions &definitions, bool workbook,
                     const CsvOptions &csv);

    // Action Create when nothing is wrong, else Invalid (state Skipped)
    // with the problems in error. *problemColumns, when given, gets the
    // columns the problems are in (those of a row-wide problem: none).
    ImportRow check(const CsvRow &csvRow, QList<int> *problemColumns = nullptr) const;

    // What check() decides of a row, without making the row: whether it
    // is valid, its key, and which channels' consent its cells give (bits
    // 1 mailing, 2 WhatsApp, 4 SMS). The reader asks this of every row of
    // the file and keeps the cells; check() makes the row when it is shown
    // or sent.
    struct Verdict
    {
        bool valid = false;
        QString key;
        quint8 consentGiven = 0;
    };
    // The record the mapper fills row after row (its strings' memory reused).
    struct Scratch
    {
        WoowUpCustomer customer;
        ValidationIssues issues;
    };
    Verdict verdict(const CsvRowView &row, Scratch *scratch) const;
    static quint8 consentGiven(const WoowUpCustomer &customer);

    // Wazzup: the user id; WoowUp: "field=value" of the best identifier
    // (an e-mail in lower case: the service matches it without case).
    static QString key(Service service, const ImportRow &row);
    static QString key(const WoowUpCustomer &customer);
    static QString key(const WazzupUser &user);
    // Why a row with the key of an earlier valid row is left out.
    static QString duplicateProblem(const ImportRow &row, qint64 earlierNumber);
    // The row as the reader handed it out, for check(): its cells, numbers
    // and cut (which an override of the cut cell removes).
    static CsvRow csvRowOf(const ImportRow &row);

private:
    Service m_service;
    ColumnMapping m_mapping;
    ImportRowMapper m_mapper;
    bool m_workbook;
    CsvOptions m_csv;
};
