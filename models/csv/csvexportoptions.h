#pragma once

#include <QChar>

// How CsvExport writes a table.
struct CsvExportOptions
{
    // Excel takes a UTF-8 file without a byte order mark for the local ANSI
    // code page and garbles Cyrillic and accents; other programs prefer none.
    bool byteOrderMark = true;
    // Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
    // return before one) as a formula; a leading apostrophe keeps it text.
    bool formulaGuard = true;
    QChar delimiter = u',';
};
