#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QTimer;

// Keeps one account's requests just under the service's rate limit, and at
// most maxInFlight of them on the wire at once. Requests wait in a FIFO
// queue for a slot; acquire() calls `grant` when they may go.
//
// A sliding log rather than a token bucket: it is exact for a sliding-window
// server (WoowUp) and never more permissive than a fixed-window one
// (Wazzup). A slot is stamped when its request *ends*, not when it starts,
// because the server counted it at some moment in between; stamping at the
// end keeps us behind the server's clock whatever the latency.
class ClientRateLimiter : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int limit = 0; // requests per window; 0 = unlimited
        int windowMs = 60000;
        double headroom = 0.97; // use this share of the limit
        int maxInFlight = 6;
    };

    explicit ClientRateLimiter(const Settings &settings, QObject *parent = nullptr);

    const Settings &settings() const { return m_settings; }
    int effectiveLimit() const; // limit * headroom, at least 1

    // Calls grant (possibly at once) when a slot is free. When context is
    // destroyed before that, the entry is dropped. Every grant must be
    // matched by one release().
    void acquire(QObject *context, std::function<void()> grant);
    void release();
    // The server said "too many": nobody goes before `ms` have passed.
    void pauseFor(int ms);

    int inFlight() const { return m_inFlight; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> grant;
    };

    void pump();
    qint64 now() const { return m_clock.elapsed(); }
    void expireStamps(qint64 nowMs);
    void scheduleAt(qint64 atMs);

    Settings m_settings;
    QElapsedTimer m_clock;
    std::deque<qint64> m_stamps; // end times of finished requests within the window
    std::deque<Waiter> m_queue;
    int m_inFlight = 0;
    qint64 m_pausedUntil = 0;
    QTimer *m_timer;
    bool m_pumping = false;
};
