#include "importplanjson.h"

#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject match(const QPair<QString, QString> &identifier)
{
    return QJsonObject{{QStringLiteral("field"), identifier.first},
                       {QStringLiteral("value"), identifier.second}};
}

} // namespace

QString ImportPlanJson::lookupName(ImportPlan::Lookup lookup)
{
    switch (lookup) {
    case ImportPlan::Lookup::None:
        return QStringLiteral("none");
    case ImportPlan::Lookup::ListAll:
        return QStringLiteral("list");
    case ImportPlan::Lookup::FindEach:
        return QStringLiteral("find");
    }
    return QString();
}

QJsonObject ImportPlanJson::toJson(const ImportPlan &plan, bool dryRun)
{
    QJsonArray changes;
    QJsonArray problems;
    for (int index = 0; index < plan.rows.size(); ++index) {
        const ImportRow::Action action = plan.rows.action(index);
        if (action != ImportRow::Action::Invalid && action != ImportRow::Action::Create
            && action != ImportRow::Action::Update)
            continue;
        const ImportRow row = plan.rows.at(index);
        if (row.action == ImportRow::Action::Invalid) {
            problems.append(QJsonObject{{QStringLiteral("line"), row.number},
                                        {QStringLiteral("error"), row.error}});
            continue;
        }
        if (row.action != ImportRow::Action::Create && row.action != ImportRow::Action::Update)
            continue;
        QJsonObject entry{{QStringLiteral("line"), row.number},
                          {QStringLiteral("action"), ImportRow::actionName(row.action)},
                          {QStringLiteral("match"), match(plan.identifierOf(index))}};
        if (row.action == ImportRow::Action::Update) {
            QJsonObject fields;
            for (const FieldChange &change : plan.changes.value(index).fields)
                fields.insert(change.field,
                              QJsonObject{{QStringLiteral("old"), textOrNull(change.oldValue)},
                                          {QStringLiteral("new"), textOrNull(change.newValue)}});
            entry.insert(QStringLiteral("fields"), fields);
        }
        changes.append(entry);
    }
    if (plan.deleteMissing) {
        for (const ImportRow &row : plan.missing)
            changes.append(QJsonObject{
                {QStringLiteral("action"), ImportRow::actionName(ImportRow::Action::Delete)},
                {QStringLiteral("match"), match(plan.identifierOf(row, QString()))},
                {QStringLiteral("name"), row.wazzupUser.name}});
    }
    QJsonObject result = plan.expected().toJson();
    result.insert(QStringLiteral("dry_run"), dryRun);
    result.insert(QStringLiteral("service"), serviceKey(plan.service));
    result.insert(QStringLiteral("requests"), plan.sendRequests());
    result.insert(QStringLiteral("lookup"), lookupName(plan.lookup));
    result.insert(QStringLiteral("lookup_requests"), plan.lookupRequests);
    result.insert(QStringLiteral("changes"), changes);
    result.insert(QStringLiteral("problems"), problems);
    return result;
}
