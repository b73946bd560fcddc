#pragma once

#include <QtGlobal>

#include <map>

// A request counter over a window split into equal buckets. One bucket is a
// fixed window (Wazzup: 500 per 5 s); two buckets are the "sliding window of
// two 30 s halves" WoowUp describes. A limit of 0 or less disables limiting.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetMs = 0; // until some capacity comes back
        qint64 retryAfterMs = 0; // until a request would be accepted (0 when allowed)
    };

    void configure(int limit, qint64 windowMs, int buckets);
    void reset();
    bool isEnabled() const { return m_limit > 0; }
    int limit() const { return m_limit; }

    // Counts the request when it is allowed; a refused one does not use up quota.
    Decision acquire(qint64 nowMs);

private:
    qint64 bucketMs() const;
    void expire(qint64 bucketIndex);
    int used() const;

    int m_limit = 0;
    qint64 m_windowMs = 60000;
    int m_buckets = 1;
    std::map<qint64, int> m_counts; // bucket index -> requests
};
