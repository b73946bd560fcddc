#pragma once

#include "excelnumberformat.h"

#include <QString>

// A cell's value as the text a person reads in the sheet, the same for
// .xlsx and .ods: whole numbers in full (5491155550001, never 5.49E+12),
// other numbers with Excel's 15 significant digits (0.1 + 0.2 is 0.3),
// dates as yyyy-mm-dd, times as hh:mm[:ss], both as "yyyy-mm-dd hh:mm[:ss]",
// TRUE / FALSE.
class SheetCellText
{
public:
    enum class DateSystem { Excel1900, Excel1904 };

    static QString number(double value);
    // The number as written in the file ("1.5", "5491155550001", "1E-3").
    // Text that is no number comes back as it is.
    static QString number(QStringView text);
    // A number shown through an Excel number format: dates, times and
    // zero-padded numbers as they show, any other number as number().
    static QString formatted(QStringView text, const ExcelNumberFormat &format, DateSystem system);
    // An Excel date serial (days since the system's start, time as the
    // fraction), including the 1900 system's day 60, 29 February 1900, which
    // Excel shows although that day never was. Empty when the serial is no
    // date Excel can show (negative, past 9999).
    static QString fromSerial(double serial, const ExcelNumberFormat &format, DateSystem system);
    // An ISO 8601 date or date-time (t="d" cells, ODS office:date-value).
    static QString fromIsoDateTime(QStringView text);
    // An ISO 8601 duration (ODS office:time-value, "PT10H30M00S").
    static QString fromIsoDuration(QStringView text);
    static QStringView boolean(bool value) { return value ? u"TRUE" : u"FALSE"; }
    // Excel writes characters XML cannot hold as _xHHHH_ (and a literal
    // "_x" before four hex digits as _x005F_): decoded here.
    static QString decodeEscapes(const QString &text);
    static bool hasEscapes(QStringView text) { return text.contains(u"_x"); }
    // A whole number number() gives back as it is written (what Excel and
    // openpyxl write for whole numbers): up to 15 digits, no leading zero.
    static bool isPlainInteger(QStringView text);
};
