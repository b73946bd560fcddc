#pragma once

#include <QList>
#include <QString>

// One field a planned update changes, in the person's terms: the request
// field it fills ("city", "custom_attributes.talla", "phone", as a mapping
// and --clear-blank name it), the server's value and the file's, as text.
// Empty is no value: a cleared field has an empty newValue.
struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;

    friend bool operator==(const FieldChange &a, const FieldChange &b)
    {
        return a.field == b.field && a.oldValue == b.oldValue && a.newValue == b.newValue;
    }
};

using FieldChanges = QList<FieldChange>;
