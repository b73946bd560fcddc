#include "consenticons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(int size, const std::optional<bool> &enabled)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    if (!enabled.has_value()) {
        painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), s / 8, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        return pixmap;
    }
    const QColor colour = *enabled ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
    painter.setPen(QPen(Qt::white, s / 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    if (*enabled) {
        QPainterPath tick;
        tick.moveTo(s * 0.3, s * 0.52);
        tick.lineTo(s * 0.45, s * 0.66);
        tick.lineTo(s * 0.7, s * 0.36);
        painter.drawPath(tick);
    } else {
        painter.drawLine(QPointF(s * 0.35, s * 0.35), QPointF(s * 0.65, s * 0.65));
        painter.drawLine(QPointF(s * 0.65, s * 0.35), QPointF(s * 0.35, s * 0.65));
    }
    return pixmap;
}

QIcon build(const std::optional<bool> &enabled)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(size, enabled));
    return icon;
}

} // namespace

QIcon ConsentIcons::icon(const std::optional<bool> &enabled)
{
    static const QIcon yes = build(true);
    static const QIcon no = build(false);
    static const QIcon unset = build(std::nullopt);
    if (!enabled.has_value())
        return unset;
    return *enabled ? yes : no;
}
