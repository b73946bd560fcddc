#include "excelnumberformat.h"

namespace {

ExcelNumberFormat make(ExcelNumberFormat::Kind kind, bool seconds = false, bool elapsed = false)
{
    ExcelNumberFormat format;
    format.kind = kind;
    format.hasSeconds = seconds;
    format.elapsed = elapsed;
    return format;
}

bool startsWithNoCase(QStringView text, qsizetype at, QStringView word)
{
    return text.mid(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

ExcelNumberFormat ExcelNumberFormat::builtIn(int id)
{
    using K = Kind;
    switch (id) {
    case 14: // m/d/yyyy (shown in the system's short date format)
    case 15: // d-mmm-yy
    case 16: // d-mmm
    case 17: // mmm-yy
    case 27:
    case 28:
    case 29:
    case 30:
    case 31: // East Asian dates ("yyyy年m月d日"…)
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return make(K::Date);
    case 22: // m/d/yyyy h:mm
        return make(K::DateTime);
    case 18: // h:mm AM/PM
    case 20: // h:mm
    case 32: // h"時"mm"分"
    case 34:
    case 35:
    case 55:
    case 56:
        return make(K::Time);
    case 19: // h:mm:ss AM/PM
    case 21: // h:mm:ss
    case 33: // h"時"mm"分"ss"秒"
    case 45: // mm:ss
    case 47: // mmss.0
        return make(K::Time, true);
    case 46: // [h]:mm:ss
        return make(K::Time, true, true);
    default:
        return make(K::Number); // General, 0, 0.00, #,##0, 0%, 0.00E+00, @ …
    }
}

ExcelNumberFormat ExcelNumberFormat::parse(QStringView code)
{
    bool date = false;
    bool time = false;
    bool seconds = false;
    bool elapsed = false;
    int zeros = 0;
    bool onlyZeros = true;
    // "m" is a month next to d or y, a minute after h or before s; which one
    // only matters when it is the only letter ("mm" alone is a month).
    bool pendingM = false;
    bool lastWasHour = false;

    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const char16_t lower = c.toLower().unicode();
        if (c == u';')
            break; // the first section (positive numbers) is the one that shows dates
        if (c == u'"') { // literal text
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
            onlyZeros = false;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') { // escaped char, space as wide as, fill
            ++i;
            onlyZeros = false;
            continue;
        }
        if (c == u'[') { // [Red], [$-409], [>100] … and the elapsed [h] [mm] [ss]
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            if (!inside.isEmpty()
                && (inside.at(0).toLower() == u'h' || inside.at(0).toLower() == u'm'
                    || inside.at(0).toLower() == u's')) {
                bool allSame = true;
                for (QChar x : inside)
                    allSame = allSame && x.toLower() == inside.at(0).toLower();
                if (allSame) {
                    time = true;
                    elapsed = true;
                    seconds = seconds || inside.at(0).toLower() == u's';
                }
            }
            i = end < 0 ? code.size() : end;
            onlyZeros = false;
            continue;
        }
        if (startsWithNoCase(code, i, u"general")) {
            i += 6;
            onlyZeros = false;
            continue;
        }
        if (startsWithNoCase(code, i, u"am/pm")) {
            time = true;
            i += 4;
            continue;
        }
        if (startsWithNoCase(code, i, u"a/p")) {
            time = true;
            i += 2;
            continue;
        }
        if (c == u'0') {
            ++zeros;
            continue;
        }
        onlyZeros = false;
        switch (lower) {
        case u'e':
            if (i + 1 < code.size() && (code.at(i + 1) == u'+' || code.at(i + 1) == u'-')) {
                ++i; // 0.00E+00: an exponent, not an era
                break;
            }
            date = true; // era year (Japanese, Thai calendars)
            lastWasHour = false;
            break;
        case u'y':
        case u'd':
        case u'b': // Buddhist year
            date = true;
            lastWasHour = false;
            break;
        case u'h':
            time = true;
            lastWasHour = true;
            break;
        case u's':
            time = true;
            seconds = true;
            pendingM = false;
            lastWasHour = false;
            break;
        case u'm':
            if (lastWasHour) {
                time = true;
            } else {
                pendingM = true;
            }
            while (i + 1 < code.size() && code.at(i + 1).toLower() == u'm')
                ++i;
            break;
        default:
            if (c != u':' && c != u' ')
                lastWasHour = false;
            break;
        }
    }
    // A lone "m"/"mm" with no time letter is a month; with one ("mm:ss") a minute.
    if (pendingM && !time)
        date = true;

    ExcelNumberFormat format;
    if (date && time)
        format.kind = Kind::DateTime;
    else if (date)
        format.kind = Kind::Date;
    else if (time)
        format.kind = Kind::Time;
    else if (onlyZeros && zeros >= 2) {
        format.kind = Kind::ZeroPadded;
        format.width = zeros;
    }
    format.hasSeconds = seconds && time;
    format.elapsed = elapsed;
    return format;
}
