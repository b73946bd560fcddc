#pragma once

#include <QtGlobal>

// How far SheetReader goes before it calls a workbook hostile. The defaults
// take any workbook Excel or LibreOffice can make of a customer list (Excel
// stops at 1,048,576 rows and 16,384 columns) and refuse what only a zip
// bomb or a crafted file needs; tests use small ones.
struct SheetReadOptions
{
    // The XML of one part (a sheet, the shared strings) once unpacked. A
    // million rows of 30 cells is about 1.5 GB, so this is no real limit.
    qint64 maxPartSize = qint64(2) * 1024 * 1024 * 1024;
    // All parts read from one workbook together.
    qint64 maxTotalSize = qint64(4) * 1024 * 1024 * 1024;
    // Unpacked bytes per packed byte, checked once a part has unpacked
    // ratioGraceSize bytes. Sheet XML packs 10 to 30 times, a sheet of one
    // value repeated a few hundred; a zip bomb packs about a thousand.
    double maxCompressionRatio = 400;
    qint64 ratioGraceSize = 4 * 1024 * 1024;
    // Files in the archive: a workbook has tens.
    int maxEntries = 10000;
    // The shared-strings table is the only part held in memory: at most this
    // many strings and characters (64 M characters take 128 MB).
    qint64 maxSharedStrings = 8 * 1024 * 1024;
    qint64 maxSharedStringCharacters = 64 * 1024 * 1024;
    // Excel's own limits; a cell or row beyond them is a crafted file.
    int maxColumns = 16384;
    qint64 maxRowNumber = 1048576;
    // Characters of one cell (Excel stops at 32,767, LibreOffice does not):
    // longer cells are cut and the row is marked, as the CSV reader does.
    qsizetype maxFieldLength = 1024 * 1024;
};
