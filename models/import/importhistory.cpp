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
            item.fields = WazzupPatch::changedFields(row.serverUser, row.wazzupUser);
            item.snapshot = WazzupPatch::fieldsJson(row.serverUser, item.fields);
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
        const WoowUpCustomer after = CustomerPatch::afterImport(row.serverCustomer, customer);
        item.serverId = row.serverCustomer.userappId;
        item.fields = CustomerPatch::changedFields(row.serverCustomer, after);
        item.snapshot = CustomerPatch::fieldsJson(row.serverCustomer, item.fields);
        item.after = CustomerPatch::fieldsJson(after, item.fields);
    }
    return item;
}

} // namespace ImportHistory
