#pragma once

#include <QString>

// How XlsxExport lays out the sheet.
struct XlsxExportOptions
{
    QString sheetName; // empty: "Sheet1"; cut to Excel's 31 characters, []:*?/\ replaced
    bool boldHeader = true;
    bool freezeHeader = true; // the header row stays in view while scrolling
    bool autoFilter = true; // filter buttons on the header
    bool fitColumnWidths = true; // each column as wide as its longest value, up to maxColumnWidth
    int maxColumnWidth = 60; // characters
};
