#include "fileformat.h"

QString FileFormat::acceptedFilesText()
{
    return tr("Userdesk imports CSV and other text files, Excel workbooks (.xlsx) and "
              "OpenDocument spreadsheets (.ods).");
}

QString FileFormat::message() const
{
    switch (kind) {
    case Kind::Unknown:
    case Kind::Text:
    case Kind::Xlsx:
    case Kind::Ods:
        return {};
    case Kind::Xls:
        return tr("This is an Excel 97–2003 workbook (.xls), which Userdesk does not read: open "
                  "it in Excel or LibreOffice and save it as .xlsx or CSV.");
    case Kind::EncryptedWorkbook:
        return tr("This workbook is password-protected: save it without a password and choose "
                  "it again.");
    case Kind::Other:
        break;
    }
    const QString what = description.isEmpty() ? tr("not a table") : description;
    return tr("This file is %1. %2").arg(what, acceptedFilesText());
}
