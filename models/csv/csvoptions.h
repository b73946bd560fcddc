#pragma once

#include <QByteArray>
#include <QChar>

// How to read a CSV file. Empty encoding / null delimiter mean "detect".
struct CsvOptions
{
    // Small enough for the decoded text to stay in the cache while it is split.
    static constexpr qsizetype defaultChunkSize = 256 * 1024;
    static constexpr qsizetype defaultMaxFieldLength = 1024 * 1024;
    static constexpr int defaultMaxFields = 10000;

    QByteArray encoding; // a QStringDecoder name: "UTF-8", "UTF-16LE", "windows-1251"…
    QChar delimiter; // null: from a sep= line, else detected
    QChar quote = u'"';
    bool honourSepLine = true; // Excel's "sep=;" first line sets the delimiter and is skipped
    bool skipEmptyLines = true;
    qsizetype chunkSize = defaultChunkSize; // bytes per read; tests use tiny ones
    qsizetype maxFieldLength = defaultMaxFieldLength; // characters
    int maxFields = defaultMaxFields; // per row
};
