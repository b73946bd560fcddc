#include "importhistory.h"

#include "customerpatch.h"
#include "wazzupcodec.h"
#include "wazzuppatch.h"
#include "woowupcodec.h"

namespace ImportHistory {

QList<int> rowsInHistory(const QList<ImportRow> &rows)
{
    QList<int> result;
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow::Action action = rows.at(i).action;
        if (action == ImportRow::Action::Create || action == ImportRow::Action::Update)
            result.append(i);
    }
    return result;
}

JournalItem createItem(const WoowUpCustomer &customer, const QString &key)
{
    JournalItem item;
    item.action = QStringLiteral("create");
    item.recordKey = key;
    item.label =
        QStringList{customer.firstName, customer.lastName}.join(QLatin1Char(' ')).trimmed();
    item.after = WoowUpCodec::customerToJson(customer);
    item.fields = CustomerPatch::setFields(customer);
    return item;
}

JournalItem createItem(const WazzupUser &user)
{
    JournalItem item;
    item.action = QStringLiteral("create");
    item.recordKey = user.id;
    item.label = user.name;
    item.after = WazzupCodec::userToJson(user);
    item.fields = WazzupPatch::setFields(user);
    return item;
}

JournalItem item(Service service, const ImportRow &row)
{
    const bool create = row.action == ImportRow::Action::Create;
    if (service == Service::Wazzup) {
        if (create) {
            JournalItem item = createItem(row.wazzupUser);
            item.recordKey = row.key;
            return item;
        }
        JournalItem item;
        item.action = QStringLiteral("update");
        item.recordKey = row.key;
        item.label = row.wazzupUser.name;
        item.fields = WazzupPatch::changedFields(row.serverUser, row.wazzupUser);
        item.snapshot = WazzupPatch::fieldsJson(row.serverUser, item.fields);
        item.after = WazzupPatch::fieldsJson(row.wazzupUser, item.fields);
        return item;
    }
    const WoowUpCustomer &customer = row.customer;
    if (create)
        return createItem(customer, row.key);
    JournalItem item;
    item.action = QStringLiteral("update");
    item.recordKey = row.key;
    item.label =
        QStringList{customer.firstName, customer.lastName}.join(QLatin1Char(' ')).trimmed();
    const WoowUpCustomer after = CustomerPatch::afterImport(row.serverCustomer, customer);
    item.serverId = row.serverCustomer.userappId;
    item.fields = CustomerPatch::changedFields(row.serverCustomer, after);
    item.snapshot = CustomerPatch::fieldsJson(row.serverCustomer, item.fields);
    item.after = CustomerPatch::fieldsJson(after, item.fields);
    return item;
}

} // namespace ImportHistory
