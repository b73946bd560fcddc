#include "importstrategy.h"

#include "apiclient.h"

#include <cmath>

ImportStrategy::ImportStrategy(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

int ImportStrategy::requestsPerMinute() const
{
    if (!m_client)
        return 0;
    const ClientRateLimiter::Settings &limit = m_client->config().rateLimit;
    if (limit.limit <= 0 || limit.windowMs <= 0)
        return 0;
    return qMax(1, int(std::floor(limit.limit * limit.headroom * 60000.0 / limit.windowMs)));
}

ApiJob *ImportStrategy::readDefinitions(QObject *, const DefinitionsDone &)
{
    return nullptr;
}

ApiJob *ImportStrategy::readPage(QObject *, int, ImportPlan *, const PageDone &)
{
    return nullptr;
}

ApiJob *ImportStrategy::findRow(QObject *, ImportPlan *, int, const Done &)
{
    return nullptr;
}

ApiJob *ImportStrategy::sendRow(QObject *, const ImportRow &, const Done &)
{
    return nullptr;
}

ApiJob *ImportStrategy::rowExists(QObject *, const ImportRow &, const ExistsDone &)
{
    return nullptr;
}

ApiJob *ImportStrategy::sendBatch(QObject *, const QList<ImportRow> &, const BatchDone &)
{
    return nullptr;
}

BulkDelete *ImportStrategy::createDeletion(Journal *, const QString &, QObject *) const
{
    return nullptr;
}
