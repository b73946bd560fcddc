#include "importplan.h"

#include "customerpatch.h"

namespace {

constexpr int wazzupBatch = 100;

int batches(int count)
{
    return (count + wazzupBatch - 1) / wazzupBatch;
}

} // namespace

ImportCounts ImportPlan::expected() const
{
    ImportCounts counts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        switch (rows.action(i)) {
        case ImportRow::Action::Invalid:
            ++counts.invalid;
            break;
        case ImportRow::Action::Create:
            ++counts.created;
            break;
        case ImportRow::Action::Update:
            ++counts.updated;
            break;
        case ImportRow::Action::Unchanged:
            ++counts.unchanged;
            break;
        case ImportRow::Action::Delete:
            ++counts.deleted;
            break;
        }
    }
    if (deleteMissing)
        counts.deleted += int(missing.size());
    return counts;
}

int ImportPlan::sendRequests() const
{
    const ImportCounts counts = expected();
    // A sync reads each user it deletes in full first (the snapshot that
    // "Recently deleted" restores: the list gives no phones).
    if (service == Service::Wazzup)
        return batches(counts.created + counts.updated) + counts.deleted + batches(counts.deleted);
    return counts.created + counts.updated;
}

double ImportPlan::estimatedSeconds() const
{
    if (requestsPerMinute <= 0)
        return 0;
    return sendRequests() * 60.0 / requestsPerMinute;
}

QPair<QString, QString> ImportPlan::identifierOf(int row) const
{
    return identifierOf(rows.at(row), changes.value(row).matchField);
}

QPair<QString, QString> ImportPlan::identifierOf(const ImportRow &row,
                                                 const QString &matchField) const
{
    if (service == Service::Wazzup)
        return {QStringLiteral("id"), row.wazzupUser.id.trimmed()};
    if (!matchField.isEmpty())
        return {matchField, CustomerPatch::valueText(row.customer, matchField)};
    return row.customer.bestIdentifier();
}
