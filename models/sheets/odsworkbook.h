#pragma once

#include "sheetworkbook.h"

#include <QSet>

class XmlPart;

// An OpenDocument spreadsheet (.ods), as LibreOffice and Google Sheets write
// it: every sheet is a table:table in content.xml, streamed row by row.
// Repeated rows and cells (number-rows-repeated, number-columns-repeated)
// are counted, not built, while they are empty: LibreOffice ends a sheet
// with a row repeated to the millionth, which costs nothing here.
class OdsWorkbook : public SheetWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(OdsWorkbook)

public:
    using SheetWorkbook::SheetWorkbook;

    bool load() override;
    bool listSheets(SheetInfos *sheets, bool withData) override;
    SheetReadResult read(int index, const SheetReadRequest &request) override;

private:
    // One pass over content.xml: lists the tables into *sheets (when given),
    // and hands out the rows of table `index` (0: the first visible one with
    // a row) to the request.
    bool scan(SheetInfos *sheets, int index, const SheetReadRequest *request,
              SheetReadResult *result);
    bool readRows(XmlPart &xml, const QString &sheetName, const SheetReadRequest *request,
                  SheetReadResult *result, bool *hasData);
    QString readCell(XmlPart &xml);

    QSet<QString> m_hiddenTableStyles;
};
