#include "faultinjector.h"

#include <QStringList>

QList<FaultInjector::Kind> FaultInjector::allKinds()
{
    return {Kind::Http500, Kind::Http502, Kind::Http503,   Kind::Http429,
            Kind::Drop,    Kind::Hang,    Kind::Truncated, Kind::Garbage};
}

QString FaultInjector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Http500:
        return QStringLiteral("500");
    case Kind::Http502:
        return QStringLiteral("502");
    case Kind::Http503:
        return QStringLiteral("503");
    case Kind::Http429:
        return QStringLiteral("429");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Hang:
        return QStringLiteral("hang");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Garbage:
        return QStringLiteral("garbage");
    }
    return QString();
}

bool FaultInjector::parseKinds(const QString &text, QList<Kind> *kinds)
{
    QList<Kind> parsed;
    const QStringList names = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawName : names) {
        const QString name = rawName.trimmed().toLower();
        if (name == QLatin1String("all")) {
            parsed.append(allKinds());
            continue;
        }
        bool found = false;
        for (Kind kind : allKinds()) {
            if (kindName(kind) == name) {
                if (!parsed.contains(kind))
                    parsed.append(kind);
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    if (parsed.isEmpty())
        return false;
    *kinds = parsed;
    return true;
}

void FaultInjector::configure(double rate, quint32 seed, const QList<Kind> &kinds)
{
    m_rate = qBound(0.0, rate, 1.0);
    m_seed = seed;
    m_kinds = kinds.isEmpty() ? allKinds() : kinds;
    reset();
}

void FaultInjector::reset()
{
    m_random.seed(m_seed);
}

FaultInjector::Kind FaultInjector::next()
{
    if (m_rate <= 0.0)
        return Kind::None;
    // Two draws per request whatever the outcome, so that changing the kinds
    // list does not shift which requests fail.
    const double draw = m_random.generateDouble();
    const quint32 pick = m_random.bounded(quint32(m_kinds.size()));
    if (draw >= m_rate)
        return Kind::None;
    return m_kinds.at(int(pick));
}
