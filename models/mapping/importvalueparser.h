#pragma once

#include <QStringList>

#include <optional>

// The spellings of values people put in spreadsheets, turned into what the
// APIs accept. Pure functions; ImportRowMapper words the problems.
class ImportValueParser
{
public:
    // Slashed and dashed short dates are the ambiguous ones: 03/04/1990 is
    // 3 April in Spain and Russia, March 4 in the USA.
    enum class DateOrder { Auto, DayFirst, MonthFirst };

    struct Date
    {
        enum class Status { Ok, NotADate, Ambiguous, NoSuchDate };
        Status status = Status::NotADate;
        QString date; // yyyy-mm-dd
        QString time; // hh:mm:ss, empty when the cell had no time
        bool twoDigitYear = false; // the century was chosen: say so
        bool isOk() const { return status == Status::Ok; }
    };

    // Rules, in this order:
    //  - year first (yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd): always year-month-day;
    //  - dotted (dd.mm.yyyy, d.m.yy): always day first, as Russian and
    //    German Excel write it; no locale writes month first with dots;
    //  - slashed or dashed (dd/mm/yyyy, mm/dd/yyyy): by order; with Auto a
    //    part above 12 must be the day, and when both are 12 or less and
    //    differ, the date is Ambiguous;
    //  - a two-digit year is the latest year ending in those digits that is
    //    not after currentYear (85 -> 1985, 07 -> 2007), flagged twoDigitYear;
    //  - an optional time after a space or 'T': hh:mm or hh:mm:ss (fractions
    //    and a zone are dropped).
    static Date parseDate(QStringView text, DateOrder order, int currentYear);

    // The same as numbers, without a string: what parseDate() formats, for
    // a caller that writes the date into memory it already has.
    struct DateValue
    {
        Date::Status status = Date::Status::NotADate;
        int year = 0;
        int month = 0;
        int day = 0;
        int hour = -1; // -1: no time
        int minute = 0;
        int second = 0;
        bool twoDigitYear = false;
        bool isOk() const { return status == Date::Status::Ok; }
        bool hasTime() const { return hour >= 0; }
        // yyyy-mm-dd, with " hh:mm:ss" when withTime and there is a time;
        // out has room for 19 characters. Returns the length.
        qsizetype format(char16_t *out, bool withTime) const;
    };
    static DateValue parseDateValue(QStringView text, DateOrder order, int currentYear);
    // From many cells of one column: DayFirst when a first part is above 12,
    // MonthFirst when a second part is, Auto when neither or both.
    static DateOrder guessDateOrder(const QStringList &cells);

    // yes/no, true/false, 1/0, sí/no, да/нет, enabled/disabled, "Can receive"…
    static std::optional<bool> parseBoolean(QStringView text);
    // "F" or "M" from F/M, female/male, mujer/hombre, femenino/masculino, ж/м…; empty when unknown.
    static QString parseGender(QStringView text);
    // single | commited | married | divorced | widowed, from English, Spanish or Russian.
    static QString parseMaritalStatus(QStringView text);
    // bounce | unsubscribe | spamreport | dropped | other.
    static QString parseDisabledReason(QStringView text);

    // Digits with an optional sign; spaces (also no-break ones, as Russian
    // Excel groups thousands) are ignored. No decimals, no thousand dots.
    static std::optional<qint64> parseWholeNumber(QStringView text);
    // A decimal comma or point; with both, the last one is the decimal mark.
    static std::optional<double> parseNumber(QStringView text);
    // Split on ',' or ';', trimmed, empty ones dropped.
    static QStringList splitList(QStringView text);

    // A cell a spreadsheet would take for a formula (=, @, or +/- followed by
    // more than a number). Never evaluated; the import warns.
    static bool looksLikeFormula(QStringView text);
};
