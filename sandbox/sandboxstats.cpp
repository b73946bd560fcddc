#include "sandboxstats.h"

void SandboxStats::record(const QString &route, const QString &outcome)
{
    ++m_total;
    ++m_byRoute[route][outcome];
    ++m_byStatus[outcome];
}

void SandboxStats::recordFault(const QString &kind)
{
    ++m_faults[kind];
}

void SandboxStats::reset()
{
    m_total = 0;
    m_byRoute.clear();
    m_byStatus.clear();
    m_faults.clear();
}

int SandboxStats::count(const QString &route, const QString &outcome) const
{
    return m_byRoute.value(route).value(outcome);
}

QJsonObject SandboxStats::requestsJson() const
{
    QJsonObject byRoute;
    for (auto route = m_byRoute.constBegin(); route != m_byRoute.constEnd(); ++route) {
        QJsonObject outcomes;
        for (auto it = route->constBegin(); it != route->constEnd(); ++it)
            outcomes.insert(it.key(), it.value());
        byRoute.insert(route.key(), outcomes);
    }
    QJsonObject byStatus;
    for (auto it = m_byStatus.constBegin(); it != m_byStatus.constEnd(); ++it)
        byStatus.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("total"), m_total},
                       {QStringLiteral("by_route"), byRoute},
                       {QStringLiteral("by_status"), byStatus}};
}

QJsonObject SandboxStats::faultsJson() const
{
    QJsonObject faults;
    for (auto it = m_faults.constBegin(); it != m_faults.constEnd(); ++it)
        faults.insert(it.key(), it.value());
    return faults;
}
