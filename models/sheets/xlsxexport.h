#pragma once

#include "xlsxexportoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

class QIODevice;

// Writes a table as an .xlsx workbook of one sheet: a header row, then one
// row per record with typed cells: numbers as numbers, QDate / QDateTime /
// QTime as dates and times Excel shows as yyyy-mm-dd (hh:mm:ss), bools as
// TRUE/FALSE, everything else as text. Text is always a string cell, never a
// formula (there is no <f> in the file), so "=1+2" stays those four
// characters; whole numbers of more than 15 digits are written as text too,
// as Excel would round them. QuaZip writes the archive, QXmlStreamWriter
// the parts.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // rows: one QVariantList per row, in the headers' order (missing cells
    // and null QVariants are left empty). On failure returns false and, if
    // given, sets *errorString.
    static bool write(const QStringList &headers, const QList<QVariantList> &rows,
                      QIODevice *device, const XlsxExportOptions &options = {},
                      QString *errorString = nullptr);
    static bool writeFile(const QString &fileName, const QStringList &headers,
                          const QList<QVariantList> &rows, const XlsxExportOptions &options = {},
                          QString *errorString = nullptr);

    // A name Excel takes for a sheet.
    static QString sheetName(const QString &name);
    // The 1900-system serial of a date (1 = 1900-01-01, counting Excel's
    // 29 February 1900); -1 before 1900.
    static qint64 dateSerial(const QDate &date);
    // Characters XML cannot hold as Excel's _xHHHH_ (and a "_x" that would
    // read as one as _x005F_x), so that SheetCellText::decodeEscapes() gives
    // the text back.
    static QString escapeText(const QString &text);
};
