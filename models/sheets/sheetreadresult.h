#pragma once

#include "fileformat.h"

#include <QString>

// How a SheetReader::read() ended and what it found on the way.
struct SheetReadResult
{
    enum class Status {
        Success, // the whole sheet, or maxRows rows
        Cancelled, // the cancel flag was raised or the row callback returned false
        Error, // not a workbook we can read, a damaged or hostile one, no such sheet
    };

    Status status = Status::Success;
    QString errorText; // translated, for Error

    FileFormat::Kind format = FileFormat::Kind::Unknown;
    QString sheetName; // the sheet that was read
    int sheetIndex = 0; // 1-based
    bool reachedMaxRows = false;
    qint64 rowCount = 0; // rows handed to the callback (empty rows are not)
    qint64 hiddenRowCount = 0; // of those, rows hidden in the sheet (they are read all the same)
    qint64 bytesRead = 0; // XML unpacked

    bool isSuccess() const { return status == Status::Success; }
};
