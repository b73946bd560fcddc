#include "ratelimiter.h"

void RateLimiter::configure(int limit, qint64 windowMs, int buckets)
{
    m_limit = limit;
    m_windowMs = qMax<qint64>(1, windowMs);
    m_buckets = qMax(1, buckets);
    reset();
}

void RateLimiter::reset()
{
    m_counts.clear();
}

qint64 RateLimiter::bucketMs() const
{
    return qMax<qint64>(1, m_windowMs / m_buckets);
}

void RateLimiter::expire(qint64 bucketIndex)
{
    const qint64 oldestKept = bucketIndex - m_buckets + 1;
    while (!m_counts.empty() && m_counts.begin()->first < oldestKept)
        m_counts.erase(m_counts.begin());
}

int RateLimiter::used() const
{
    int total = 0;
    for (const auto &entry : m_counts)
        total += entry.second;
    return total;
}

RateLimiter::Decision RateLimiter::acquire(qint64 nowMs)
{
    Decision decision;
    decision.limit = m_limit;
    if (m_limit <= 0)
        return decision;

    const qint64 span = bucketMs();
    const qint64 current = nowMs / span;
    expire(current);

    const int inUse = used();
    decision.allowed = inUse < m_limit;
    if (decision.allowed)
        ++m_counts[current];
    decision.remaining = qMax(0, m_limit - used());

    // Capacity returns when the oldest non-empty bucket leaves the window.
    if (!m_counts.empty())
        decision.resetMs = (m_counts.begin()->first + m_buckets) * span - nowMs;

    if (!decision.allowed) {
        // Walk the buckets oldest first until enough requests have aged out.
        int stillUsed = inUse;
        for (const auto &entry : m_counts) {
            stillUsed -= entry.second;
            if (stillUsed < m_limit) {
                decision.retryAfterMs = (entry.first + m_buckets) * span - nowMs;
                break;
            }
        }
    }
    return decision;
}
