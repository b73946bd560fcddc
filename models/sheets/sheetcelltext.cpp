#include "sheetcelltext.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace {

constexpr qint64 secondsPerDay = 86400;
// 31 December 9999, the last day Excel shows, in the 1900 system.
constexpr double lastSerial = 2958466;

void appendPadded(QString &out, qint64 value, int width)
{
    const QString digits = QString::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out.append(QLatin1Char('0'));
    out.append(digits);
}

void appendDate(QString &out, int year, int month, int day)
{
    appendPadded(out, year, 4);
    out.append(QLatin1Char('-'));
    appendPadded(out, month, 2);
    out.append(QLatin1Char('-'));
    appendPadded(out, day, 2);
}

void appendTime(QString &out, qint64 hours, int minutes, int seconds, bool withSeconds)
{
    appendPadded(out, hours, 2);
    out.append(QLatin1Char(':'));
    appendPadded(out, minutes, 2);
    if (withSeconds) {
        out.append(QLatin1Char(':'));
        appendPadded(out, seconds, 2);
    }
}

} // namespace

bool SheetCellText::isPlainInteger(QStringView text)
{
    // What Excel and openpyxl write for whole numbers, kept as it is: the
    // common case, and it skips a conversion per cell.
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype digits = text.size() - i;
    if (digits < 1 || digits > 15 || (digits > 1 && text.at(i) == u'0'))
        return false;
    for (; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    return !(text.size() == 2 && text == u"-0");
}

namespace {

// QStringView::toDouble() of the trimmed text, with the plain decimals
// spreadsheets write ("45050.31733796297", "-12.5") read without Qt's
// locale machinery; both round correctly, so the double is the same.
double toDouble(QStringView text, bool *ok)
{
    text = text.trimmed();
    char digits[32];
    const qsizetype size = text.size();
    bool plain = size > 0 && size < qsizetype(sizeof digits);
    bool seenDigit = false;
    bool seenPoint = false;
    for (qsizetype i = 0; plain && i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            seenDigit = true;
        else if (c == u'.' && !seenPoint)
            seenPoint = true;
        else if (!(c == u'-' && i == 0))
            plain = false;
        digits[i] = char(c);
    }
    if (plain && seenDigit) {
        double value = 0;
        const auto [end, error] = std::from_chars(digits, digits + size, value);
        if (error == std::errc() && end == digits + size) {
            *ok = true;
            return value;
        }
    }
    return text.toDouble(ok);
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QString SheetCellText::number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 9.2e18)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString SheetCellText::number(QStringView text)
{
    if (isPlainInteger(text))
        return text.toString();
    bool ok = false;
    const double value = toDouble(text, &ok);
    return ok ? number(value) : text.toString();
}

QString SheetCellText::formatted(QStringView text, const ExcelNumberFormat &format,
                                 DateSystem system)
{
    if (format.kind == ExcelNumberFormat::Kind::Number)
        return number(text);
    bool ok = false;
    const double value = toDouble(text, &ok);
    if (!ok)
        return text.toString();
    if (format.kind == ExcelNumberFormat::Kind::ZeroPadded) {
        if (value < 0 || value != std::floor(value) || value >= 1e15)
            return number(value);
        QString out;
        appendPadded(out, qint64(value), format.width);
        return out;
    }
    const QString date = fromSerial(value, format, system);
    return date.isEmpty() ? number(value) : date;
}

QString SheetCellText::fromSerial(double serial, const ExcelNumberFormat &format, DateSystem system)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= lastSerial)
        return {};
    // To the second, as Excel rounds what it shows (0.99999999 is the next day).
    const qint64 totalSeconds = std::llround(serial * double(secondsPerDay));
    const qint64 days = totalSeconds / secondsPerDay;
    const qint64 secondOfDay = totalSeconds % secondsPerDay;

    QString out;
    if (format.kind == ExcelNumberFormat::Kind::Date
        || format.kind == ExcelNumberFormat::Kind::DateTime) {
        if (system == DateSystem::Excel1900) {
            // Excel counts 1900 as a leap year (as Lotus 1-2-3 did): day 60
            // is 29 February 1900 and every later serial is one day ahead.
            // Day 0 shows as 1900-01-00.
            if (days == 0)
                out = QStringLiteral("1900-01-00");
            else if (days == 60)
                out = QStringLiteral("1900-02-29");
            else {
                const QDate date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
                appendDate(out, date.year(), date.month(), date.day());
            }
        } else {
            const QDate date = QDate(1904, 1, 1).addDays(days);
            appendDate(out, date.year(), date.month(), date.day());
        }
        if (format.kind == ExcelNumberFormat::Kind::DateTime)
            out.append(QLatin1Char(' '));
    }
    if (format.kind == ExcelNumberFormat::Kind::Time
        || format.kind == ExcelNumberFormat::Kind::DateTime) {
        const qint64 hours = format.elapsed && format.kind == ExcelNumberFormat::Kind::Time
            ? totalSeconds / 3600
            : secondOfDay / 3600;
        appendTime(out, hours, int(secondOfDay / 60 % 60), int(secondOfDay % 60),
                   format.hasSeconds);
    }
    return out;
}

QString SheetCellText::fromIsoDateTime(QStringView text)
{
    // yyyy-mm-dd[Thh:mm[:ss[.fff]]][Z|±hh:mm]
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 10 || trimmed.at(4) != u'-' || trimmed.at(7) != u'-')
        return trimmed.toString();
    QString out = trimmed.left(10).toString();
    if (trimmed.size() > 10 && (trimmed.at(10) == u'T' || trimmed.at(10) == u' ')) {
        const QStringView time = trimmed.mid(11);
        const QString hhmm = time.left(5).toString();
        const QString ss = time.size() >= 8 && time.at(5) == u':' ? time.mid(6, 2).toString()
                                                                  : QStringLiteral("00");
        // Midnight is how date-only cells come out of some writers: a date.
        if (hhmm != QLatin1String("00:00") || ss != QLatin1String("00"))
            out += QLatin1Char(' ') + hhmm + QLatin1Char(':') + ss;
    }
    return out;
}

QString SheetCellText::fromIsoDuration(QStringView text)
{
    // [-]PnDTnHnMn[.n]S: hours, minutes and whole seconds.
    QStringView rest = text.trimmed();
    if (!rest.startsWith(u"PT") && !rest.startsWith(u'P'))
        return text.toString();
    double days = 0;
    double hours = 0;
    double minutes = 0;
    double seconds = 0;
    QString number;
    bool inTime = false;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c.isDigit() || c == u'.') {
            number.append(c);
            continue;
        }
        const double value = number.toDouble();
        number.clear();
        if (c == u'T')
            inTime = true;
        else if (c == u'D')
            days = value;
        else if (c == u'H' && inTime)
            hours = value;
        else if (c == u'M' && inTime)
            minutes = value;
        else if (c == u'S' && inTime)
            seconds = value;
        else
            return text.toString();
    }
    const qint64 total = std::llround(((days * 24 + hours) * 60 + minutes) * 60 + seconds);
    QString out;
    appendTime(out, total / 3600, int(total / 60 % 60), int(total % 60), true);
    return out;
}

QString SheetCellText::decodeEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_') {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int digit = hexValue(text.at(i + k));
                hex = digit >= 0;
                code = code * 16 + digit;
            }
            if (hex) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}
