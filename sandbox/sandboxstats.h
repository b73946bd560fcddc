#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// Counts of API requests by route and by outcome, for /__sandbox/stats.
// Outcomes are HTTP status codes, or "dropped" / "hung" for connections
// that never got an answer.
class SandboxStats
{
public:
    void record(const QString &route, const QString &outcome);
    void recordFault(const QString &kind);
    void reset();

    int total() const { return m_total; }
    int count(const QString &route, const QString &outcome) const;
    QJsonObject requestsJson() const; // {"total", "by_route": {...}, "by_status": {...}}
    QJsonObject faultsJson() const;

private:
    int m_total = 0;
    QMap<QString, QMap<QString, int>> m_byRoute;
    QMap<QString, int> m_byStatus;
    QMap<QString, int> m_faults;
};
