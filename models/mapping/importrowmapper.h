#pragma once

#include "columnmapping.h"
#include "csvrow.h"
#include "csvrowview.h"
#include "customattributedefinition.h"
#include "importvalueparser.h"
#include "validationissue.h"
#include "wazzupuser.h"
#include "woowupcustomer.h"

#include <QCoreApplication>

// Turns a CSV row into a record with the mapping, and says what is wrong with
// it in the person's words: conversion problems ("Row 12, column “Puntos”:
// “doce” is not a whole number.") and the validators' issues, each pointing
// at the column it came from. Rows are numbered as a spreadsheet shows them
// (the header is row 1), since that is where the person will fix them.
//
// Identifiers (IDs, documents, telephones, e-mails) are only trimmed: a
// leading zero or a '+' is part of the datum.
//
// Cheap to copy and const after construction: one per worker thread is fine.
class ImportRowMapper
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowMapper)

public:
    using DateOrder = ImportValueParser::DateOrder;

    explicit ImportRowMapper(const ColumnMapping &mapping,
                             const CustomAttributeDefinitions &definitions = {},
                             DateOrder dateOrder = DateOrder::Auto);

    const ColumnMapping &mapping() const { return m_mapping; }
    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }
    // Two-digit years are placed in the century that keeps them not after this year.
    void setCurrentYear(int year) { m_currentYear = year; }

    // Issues are appended. Issue fields are request field names; row-wide
    // problems (cells missing or extra) have an empty field.
    WazzupUser toWazzupUser(const CsvRow &row, ValidationIssues *issues) const;
    WoowUpCustomer toWoowUpCustomer(const CsvRow &row, ValidationIssues *issues) const;
    // The same from views (CsvReader::readViews()): the cells are read in
    // place, and a string is made only for a value the record keeps.
    WazzupUser toWazzupUser(const CsvRowView &row, ValidationIssues *issues) const;
    WoowUpCustomer toWoowUpCustomer(const CsvRowView &row, ValidationIssues *issues) const;
    // The same into a record kept from row to row: it comes out exactly as
    // the overload above makes it, but its text fields reuse the memory of
    // the previous row's, so that a stream of rows allocates little.
    void toWoowUpCustomer(const CsvRowView &row, WoowUpCustomer &customer,
                          ValidationIssues *issues) const;

private:
    enum class Field {
        None,
        WazzupId,
        WazzupName,
        WazzupPhone,
        ServiceUid,
        Email,
        Document,
        DocumentType,
        Telephone,
        FirstName,
        LastName,
        Birthdate,
        Gender,
        Street,
        Postcode,
        City,
        Department,
        State,
        Country,
        MaritalStatus,
        Tags,
        Points,
        ClubInscriptionDate,
        MailingEnabled,
        MailingReason,
        WhatsappEnabled,
        WhatsappReason,
        SmsEnabled,
        SmsReason,
        CustomAttribute,
    };
    struct Column
    {
        int index;
        Field field;
        QString fieldName;
        int definition; // into m_definitions for custom attributes, -1 when undefined
        // A text field the record keeps the cell in (or the date written
        // from it): its index in reusableTexts, else -1.
        int text = -1;
    };

    class RowContext;

    void checkShape(const CsvRowView &row, RowContext &context) const;
    void convertCustomAttribute(const Column &column, QStringView text, WoowUpCustomer &customer,
                                RowContext &context) const;
    QString convertDate(const Column &column, QStringView text, bool keepTime,
                        RowContext &context) const;
    // As convertDate() into to, reusing spare's memory; false on a problem.
    bool convertDateInto(const Column &column, QStringView text, bool keepTime, RowContext &context,
                         QString &to, QString &spare) const;

    ColumnMapping m_mapping;
    CustomAttributeDefinitions m_definitions;
    DateOrder m_dateOrder;
    int m_currentYear;
    QList<Column> m_columns; // only the mapped ones, in column order
};
