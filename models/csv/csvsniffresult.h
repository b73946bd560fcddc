#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

// What CsvSniffer found out from the beginning of a file.
struct CsvSniffResult
{
    QByteArray encoding; // a QStringDecoder name
    bool hasBom = false;
    // False when the sample could not settle it: only ASCII so far, or a
    // legacy code page told apart by letter statistics alone.
    bool encodingCertain = false;
    QChar delimiter;
    bool hasSepLine = false; // Excel's "sep=;" first line
    bool hasHeader = false; // a guess: the first row looks like column names
    QStringList firstRow; // the header when hasHeader
    int columnCount = 0; // the most common field count of the sampled rows
};
