#include "clientratelimiter.h"

#include <QTimer>

#include <cmath>

ClientRateLimiter::ClientRateLimiter(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    m_settings.maxInFlight = qMax(1, m_settings.maxInFlight);
    m_settings.windowMs = qMax(1, m_settings.windowMs);
    m_clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ClientRateLimiter::pump);
}

int ClientRateLimiter::effectiveLimit() const
{
    if (m_settings.limit <= 0)
        return 0;
    return qMax(1, int(std::floor(m_settings.limit * m_settings.headroom)));
}

void ClientRateLimiter::acquire(QObject *context, std::function<void()> grant)
{
    m_queue.push_back({QPointer<QObject>(context), std::move(grant)});
    pump();
}

void ClientRateLimiter::release()
{
    Q_ASSERT(m_inFlight > 0);
    m_inFlight = qMax(0, m_inFlight - 1);
    if (m_settings.limit > 0)
        m_stamps.push_back(now());
    // Not synchronously: release() is called from a reply's finished
    // handler, and granting there would start the next request inside it.
    QTimer::singleShot(0, this, &ClientRateLimiter::pump);
}

void ClientRateLimiter::pauseFor(int ms)
{
    m_pausedUntil = qMax(m_pausedUntil, now() + ms);
    scheduleAt(m_pausedUntil);
}

void ClientRateLimiter::expireStamps(qint64 nowMs)
{
    while (!m_stamps.empty() && m_stamps.front() + m_settings.windowMs <= nowMs)
        m_stamps.pop_front();
}

void ClientRateLimiter::scheduleAt(qint64 atMs)
{
    const qint64 delay = qMax<qint64>(0, atMs - now());
    if (!m_timer->isActive() || m_timer->remainingTime() > delay)
        m_timer->start(int(delay));
}

void ClientRateLimiter::pump()
{
    // A grant may start a request that fails synchronously and releases:
    // re-entering here would grant out of order.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_queue.empty()) {
        if (!m_queue.front().context) {
            m_queue.pop_front();
            continue;
        }
        const qint64 t = now();
        if (t < m_pausedUntil) {
            scheduleAt(m_pausedUntil);
            break;
        }
        if (m_inFlight >= m_settings.maxInFlight)
            break; // release() pumps again
        const int limit = effectiveLimit();
        if (limit > 0) {
            expireStamps(t);
            // In-flight requests will be counted by the server too.
            if (int(m_stamps.size()) + m_inFlight >= limit) {
                if (!m_stamps.empty())
                    scheduleAt(m_stamps.front() + m_settings.windowMs);
                break; // otherwise a release() will pump
            }
        }
        Waiter waiter = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        waiter.grant();
    }
    m_pumping = false;
}
