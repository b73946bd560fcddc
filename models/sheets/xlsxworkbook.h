#pragma once

#include "excelnumberformat.h"
#include "sharedstrings.h"
#include "sheetcelltext.h"
#include "sheetworkbook.h"

#include <QList>

class XmlPart;

// An Office Open XML workbook (.xlsx), as Excel, LibreOffice, Google Sheets
// and openpyxl write it, Strict or Transitional: the package relationships
// lead to the workbook, the workbook to its sheets, shared strings and
// styles. A sheet's XML is streamed row by row; the shared strings are read
// (within limits) only when a sheet is.
class XlsxWorkbook : public SheetWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    using SheetWorkbook::SheetWorkbook;

    bool load() override;
    bool listSheets(SheetInfos *sheets, bool withData) override;
    SheetReadResult read(int index, const SheetReadRequest &request) override;

private:
    struct Sheet
    {
        SheetInfo info;
        QString part; // e.g. xl/worksheets/sheet1.xml
    };

    bool loadRelationships(const QString &part, QHash<QString, std::pair<QString, QString>> *byId);
    bool loadStyles(const QString &part);
    bool loadSharedStrings();
    // Both limits in one sentence, each count with its plural.
    QString tooManySharedStrings() const;
    bool sheetHasData(const Sheet &sheet, bool *hasData);
    bool readSheet(const Sheet &sheet, const SheetReadRequest &request, SheetReadResult *result);
    ExcelNumberFormat formatOfStyle(int style) const;

    QList<Sheet> m_sheets;
    QString m_sharedStringsPart; // empty: the workbook has none
    bool m_sharedStringsLoaded = false;
    SharedStrings m_sharedStrings;
    QList<ExcelNumberFormat> m_cellFormats; // by the cells' s= style index
    SheetCellText::DateSystem m_dateSystem = SheetCellText::DateSystem::Excel1900;
};
