#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

// How a CsvReader::read() ended and what it found on the way.
struct CsvReadResult
{
    enum class Status {
        Success, // the whole file, or maxRows rows
        Cancelled, // the cancel flag was raised or the row callback returned false
        Error, // the device could not be read, or the encoding is unknown
        UnexpectedEof, // the file ended inside a quoted field
    };
    static constexpr int maxRaggedLinesKept = 100;

    Status status = Status::Success;
    QString errorText; // translated, for Error and UnexpectedEof
    qint64 errorLine = 0; // for UnexpectedEof: where the open quote is

    QByteArray encoding; // what was used (chosen or detected)
    QChar delimiter;
    bool sepLineSkipped = false;
    // Bytes that are not valid in the encoding were read as U+FFFD: the
    // encoding is probably wrong.
    bool decodingErrors = false;
    bool reachedMaxRows = false;

    qint64 rowCount = 0; // rows handed to the callback, header included
    qint64 bytesRead = 0;
    // Rows whose field count differs from the first row's: how many, and the
    // line numbers of the first maxRaggedLinesKept of them.
    qint64 raggedRowCount = 0;
    QList<qint64> raggedLines;

    bool isSuccess() const { return status == Status::Success; }
};
