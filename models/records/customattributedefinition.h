#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A custom attribute defined in a WoowUp account (GET /account/custom-attributes).
struct CustomAttributeDefinition
{
    QString name; // the key used in custom_attributes
    QString label;
    QString fieldType; // text | select | datetime | checkbox | number | list
    QString dataType; // as the API gives it (e.g. string, integer, float, date, boolean)
    QString group;
    QStringList options; // for select

    // What kind of value the attribute holds. field_type says how WoowUp's
    // own UI edits it (text, select, datetime, checkbox); data_type says
    // what it stores (text, number, integer, boolean, datetime, list), so a
    // "text" field of data_type "number" holds numbers.
    enum class ValueKind { Text, Select, DateTime, Boolean, Number, List };
    ValueKind valueKind() const;
    bool wantsInteger() const;

    friend bool operator==(const CustomAttributeDefinition &a, const CustomAttributeDefinition &b)
    {
        return a.name == b.name && a.label == b.label && a.fieldType == b.fieldType
            && a.dataType == b.dataType && a.group == b.group && a.options == b.options;
    }
};

using CustomAttributeDefinitions = QList<CustomAttributeDefinition>;
