#include "importhistory.h"

#include "customerpatch.h"
#include "wazzupcodec.h"
#include "wazzuppatch.h"
#include "woowupcodec.h"

namespace ImportHistory {

QList<int> rowsInHistory(const ImportRows &rows)
{
    QList<int> result;
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow::Action action = rows.action(i);
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
        static const WazzupUser none;
        const WazzupUser &server = row.serverUser ? *row.serverUser : none;
        item.fields = WazzupPatch::changedFields(server, row.wazzupUser);
        item.snapshot = WazzupPatch::fieldsJson(server, item.fields);
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
    static const WoowUpCustomer none;
    const WoowUpCustomer &server = row.serverCustomer ? *row.serverCustomer : none;
    const WoowUpCustomer after = CustomerPatch::afterImport(server, customer);
    item.serverId = server.userappId;
    item.fields = CustomerPatch::changedFields(server, after);
    item.snapshot = CustomerPatch::fieldsJson(server, item.fields);
    item.after = CustomerPatch::fieldsJson(after, item.fields);
    return item;
}

} // namespace ImportHistory
