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

    friend bool operator==(const CustomAttributeDefinition &a, const CustomAttributeDefinition &b)
    {
        return a.name == b.name && a.label == b.label && a.fieldType == b.fieldType
            && a.dataType == b.dataType && a.group == b.group && a.options == b.options;
    }
};

using CustomAttributeDefinitions = QList<CustomAttributeDefinition>;
