#pragma once

#include "fileformat.h"
#include "sheetinfo.h"

// What SheetReader::listSheets() found: the sheets to offer, and the one
// chosen when the person chooses none.
struct SheetListResult
{
    bool ok = false;
    QString errorText; // translated, when !ok
    FileFormat::Kind format = FileFormat::Kind::Unknown;
    SheetInfos sheets;
    int defaultSheet = 0; // 1-based; 0 when no sheet can be read
};
