#pragma once

#include <QCoreApplication>
#include <QString>

// What a file is by its content, whatever its name says: the answer of
// FileFormatSniffer and what an import does with it.
struct FileFormat
{
    Q_DECLARE_TR_FUNCTIONS(FileFormat)

public:
    enum class Kind {
        Unknown, // not looked at yet
        Text, // CSV or other text: the CSV reader takes it (an empty file too)
        Xlsx, // Office Open XML workbook (Excel 2007 and later, Google Sheets, LibreOffice)
        Ods, // OpenDocument spreadsheet (LibreOffice, Google Sheets)
        Xls, // Excel 97-2003 binary workbook: not read
        EncryptedWorkbook, // a workbook saved with a password: not read
        Other, // anything else: a PDF, an image, an archive of something else…
    };

    Kind kind = Kind::Unknown;
    // For Other (and the zip-based kinds): what it is, in a few words that
    // fit "This file is %1.", e.g. "a PDF document". Translated.
    QString description;

    bool isWorkbook() const { return kind == Kind::Xlsx || kind == Kind::Ods; }
    bool isText() const { return kind == Kind::Text; }
    // Neither text nor a workbook we read.
    bool isRejected() const { return !isWorkbook() && !isText() && kind != Kind::Unknown; }

    // For a rejected file: what it is and what Userdesk takes, in one or two
    // sentences the person can act on. Empty for text and workbooks.
    QString message() const;
    // What Userdesk imports, as a sentence.
    static QString acceptedFilesText();
};
