#include "statuscolors.h"

#include <QPalette>

#include <cmath>

namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x20);
}

QColor StatusColors::warning(const QPalette &palette)
{
    // Amber dark enough to read on a light window, light enough on a dark one.
    return isDark(palette) ? QColor(0xf5, 0xb9, 0x42) : QColor(0x9a, 0x5b, 0x00);
}

QColor StatusColors::success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6f, 0xd6, 0x8e) : QColor(0x17, 0x70, 0x33);
}
