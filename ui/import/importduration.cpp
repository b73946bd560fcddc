#include "importduration.h"

QString ImportDuration::text(double seconds)
{
    if (seconds < 90)
        return tr("about %n second(s)", "", qMax(1, int(seconds + 0.5)));
    if (seconds < 90 * 60)
        return tr("about %n minute(s)", "", int(seconds / 60 + 0.5));
    return tr("about %n hour(s)", "", int(seconds / 3600 + 0.5));
}
