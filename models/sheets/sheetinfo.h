#pragma once

#include <QList>
#include <QString>

// One sheet of a workbook as SheetReader::sheets() lists it.
struct SheetInfo
{
    QString name;
    int index = 0; // 1-based position among the workbook's sheets, as the tabs show them
    bool hasData = false; // at least one cell with a value
    // Hidden sheets are listed (the person may know them by name) but not
    // chosen by default.
    bool hidden = false;
    // A chart sheet has no cells: listed, never read.
    bool isChart = false;
};

using SheetInfos = QList<SheetInfo>;
