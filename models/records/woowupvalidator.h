#pragma once

#include "customattributedefinition.h"
#include "validationissue.h"
#include "woowupcustomer.h"

#include <QCoreApplication>

// WoowUp's JSON schema for a customer, plus what the docs say in words.
class WoowUpValidator
{
    Q_DECLARE_TR_FUNCTIONS(WoowUpValidator)

public:
    // Every problem at once. When definitions are given, each custom attribute
    // must be defined and its value must fit the definition's type/options.
    static ValidationIssues validate(const WoowUpCustomer &customer,
                                     const CustomAttributeDefinitions *definitions = nullptr);

    static bool isValidEmail(const QString &email);
    static bool isValidDate(const QString &yyyyMmDd); // a date that exists
    static const QStringList &maritalStatuses();
    static const QStringList &disabledReasons();
};
