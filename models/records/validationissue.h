#pragma once

#include <QList>
#include <QString>

// One problem of one field of a record, in words a support manager understands.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    QString field; // the API's request field name, e.g. "email", "custom_attributes.edad_mascota";
                   // "identifiers" for WoowUp's "at least one identifier" rule
    Severity severity = Severity::Error;
    QString message; // translated

    bool isError() const { return severity == Severity::Error; }
};

using ValidationIssues = QList<ValidationIssue>;

inline bool hasErrors(const ValidationIssues &issues)
{
    for (const auto &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}
