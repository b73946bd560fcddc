#pragma once

#include <QJsonObject>

// The summary of an import: what the plan expects, or what happened.
struct ImportCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int invalid = 0; // skipped: the row could not make a valid record
    int failed = 0;
    int deleted = 0;
    int notSent = 0; // cancelled before their turn

    QJsonObject toJson() const
    {
        return QJsonObject{
            {QStringLiteral("created"), created},     {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("invalid"), invalid},
            {QStringLiteral("failed"), failed},       {QStringLiteral("deleted"), deleted},
            {QStringLiteral("not_sent"), notSent}};
    }
};
