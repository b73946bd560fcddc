#pragma once

#include <QString>

// What an Excel number format makes of a number, as far as a person reading
// the cell can tell: a date, a time, a date with a time, a number padded with
// zeros ("00000" keeps a postcode's leading zero), or just the number. The
// rest of the format (thousands separators, decimals, colours, currency) is
// display only: the number itself is what an import wants.
class ExcelNumberFormat
{
public:
    enum class Kind { Number, Date, DateTime, Time, ZeroPadded };

    Kind kind = Kind::Number;
    bool hasSeconds = false; // times show seconds
    bool elapsed = false; // [h]:mm: hours past 24 instead of the time of day
    int width = 0; // ZeroPadded: the number of digits

    bool isDateOrTime() const
    {
        return kind == Kind::Date || kind == Kind::DateTime || kind == Kind::Time;
    }

    // The formats every workbook has without declaring them (ECMA-376 18.8.30,
    // with the East Asian date formats Excel adds by locale).
    static ExcelNumberFormat builtIn(int id);
    // A custom format code such as "dd/mm/yyyy hh:mm" or "[$-409]mmm d, yyyy;@".
    static ExcelNumberFormat parse(QStringView code);
};
