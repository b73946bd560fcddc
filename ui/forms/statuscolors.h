#pragma once

#include <QColor>

class QPalette;

// Text colours for errors, warnings and success that stay readable (WCAG
// contrast 4.5:1 or better) on the palette in use: the dark red that reads
// well on a light window is nearly invisible on a dark one.
class StatusColors
{
public:
    static QColor error(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor success(const QPalette &palette);

    // The window background is dark (a dark theme).
    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio between two colours, 1 … 21.
    static double contrast(const QColor &a, const QColor &b);
};
