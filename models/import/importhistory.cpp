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

JournalItem item(Service service, const ImportRow &row)
{
    JournalItem item;
    item.recordKey = row.key;
    const bool create = row.action == ImportRow::Action::Create;
    item.action = create ? QStringLiteral("create") : QStringLiteral("update");
    if (service == Service::Wazzup) {
        item.label = row.wazzupUser.name;
        if (create) {
            item.after = WazzupCodec::userToJson(row.wazzupUser);
            item.fields = WazzupPatch::setFields(row.wazzupUser);
        } else {
            static const WazzupUser none;
            const WazzupUser &server = row.serverUser ? *row.serverUser : none;
            item.fields = WazzupPatch::changedFields(server, row.wazzupUser);
            item.snapshot = WazzupPatch::fieldsJson(server, item.fields);
            item.after = WazzupPatch::fieldsJson(row.wazzupUser, item.fields);
        }
        return item;
    }
    const WoowUpCustomer &customer = row.customer;
    item.label =
        QStringList{customer.firstName, customer.lastName}.join(QLatin1Char(' ')).trimmed();
    if (create) {
        item.after = WoowUpCodec::customerToJson(customer);
        item.fields = CustomerPatch::setFields(customer);
    } else {
        static const WoowUpCustomer none;
        const WoowUpCustomer &server = row.serverCustomer ? *row.serverCustomer : none;
        const WoowUpCustomer after = CustomerPatch::afterImport(server, customer);
        item.serverId = server.userappId;
        item.fields = CustomerPatch::changedFields(server, after);
        item.snapshot = CustomerPatch::fieldsJson(server, item.fields);
        item.after = CustomerPatch::fieldsJson(after, item.fields);
    }
    return item;
}

} // namespace ImportHistory
