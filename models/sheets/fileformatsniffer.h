#pragma once

#include "fileformat.h"

#include <QByteArrayView>
#include <QCoreApplication>

class QIODevice;

// Tells what a file is from its content, never its name: a .xlsx renamed
// .csv is a workbook, a CSV named .xlsx is text. Zip archives are opened (a
// workbook, a Word document and an e-book are all zips), OLE2 files have
// their directory read (an .xls, an encrypted workbook and a .doc are all
// OLE2); everything else goes by its first bytes.
class FileFormatSniffer
{
    Q_DECLARE_TR_FUNCTIONS(FileFormatSniffer)

public:
    static constexpr qsizetype sampleSize = 4096;

    // The device must be open and random-access; its position is kept.
    static FileFormat sniff(QIODevice *device);
    // Other with a description when the file cannot be opened.
    static FileFormat sniffFile(const QString &fileName);
    // From the first bytes alone: text, a known binary format, or for a zip
    // or OLE2 file Unknown (the rest of the file tells).
    static FileFormat sniffBytes(QByteArrayView head);
};
