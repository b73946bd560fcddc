#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

// How often and how patiently a request is retried after a failure that is
// worth retrying (429, 502, 503, 504, network errors, timeouts).
struct RetryPolicy
{
    int maxAttempts = 5; // including the first one
    int baseDelayMs = 1000; // before the second attempt; doubles after that
    int maxDelayMs = 60000; // cap for the backoff and for a server's Retry-After

    // Delay before attempt number `nextAttempt` (2 for the first retry).
    // "Equal jitter": half fixed, half random, so that clients that failed
    // together do not come back together, yet none retries immediately.
    int backoffMs(int nextAttempt, QRandomGenerator *random = QRandomGenerator::global()) const
    {
        const int exponent = std::clamp(nextAttempt - 2, 0, 30);
        const double full = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
        const double half = full / 2.0;
        return int(half + random->bounded(half + 1.0));
    }

    int capped(qint64 delayMs) const { return int(std::clamp<qint64>(delayMs, 0, maxDelayMs)); }
};
