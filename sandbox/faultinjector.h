#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

// Decides, per API request, whether to misbehave on purpose. The sequence of
// decisions depends only on the seed, so a failing test run can be replayed.
class FaultInjector
{
public:
    enum class Kind {
        None,
        Http500,
        Http502,
        Http503,
        Http429,
        Drop, // connection reset before any byte of the answer
        Hang, // request read, never answered until the hang timeout
        Truncated, // the request is carried out, then the JSON answer is cut short
        Garbage, // 200 with a body that is not JSON at all
    };

    static QList<Kind> allKinds();
    static QString kindName(Kind kind);
    // Parses a comma-separated list such as "500,drop,hang"; false on an unknown name.
    static bool parseKinds(const QString &text, QList<Kind> *kinds);

    void configure(double rate, quint32 seed, const QList<Kind> &kinds);
    void reset(); // restarts the sequence from the seed
    Kind next();

private:
    double m_rate = 0.0;
    quint32 m_seed = 1;
    QList<Kind> m_kinds;
    QRandomGenerator m_random;
};
