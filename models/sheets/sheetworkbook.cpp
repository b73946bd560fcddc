#include "sheetworkbook.h"

#include <QLocale>

int SheetWorkbook::findSheet(const SheetInfos &sheets, const QString &text, QString *error)
{
    for (const SheetInfo &sheet : sheets) {
        if (sheet.name == text)
            return sheet.index;
    }
    for (const SheetInfo &sheet : sheets) {
        if (sheet.name.compare(text, Qt::CaseInsensitive) == 0)
            return sheet.index;
    }
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber && number >= 1 && number <= sheets.size())
        return sheets.at(number - 1).index;

    QStringList names;
    for (const SheetInfo &sheet : sheets)
        names.append(QStringLiteral("“%1”").arg(sheet.name));
    if (error) {
        *error = isNumber ? tr("This workbook has no sheet number %1: it has %n sheet(s), %2.", "",
                               int(sheets.size()))
                                .arg(number)
                                .arg(QLocale().createSeparatedList(names))
                          : tr("This workbook has no sheet named “%1”: it has %n sheet(s), %2.", "",
                               int(sheets.size()))
                                .arg(text, QLocale().createSeparatedList(names));
    }
    return 0;
}

int SheetWorkbook::defaultSheet(const SheetInfos &sheets)
{
    for (const SheetInfo &sheet : sheets) {
        if (sheet.hasData && !sheet.hidden && !sheet.isChart)
            return sheet.index;
    }
    for (const SheetInfo &sheet : sheets) {
        if (sheet.hasData && !sheet.isChart)
            return sheet.index;
    }
    for (const SheetInfo &sheet : sheets) {
        if (!sheet.isChart)
            return sheet.index;
    }
    return 0;
}
