// libFuzzer target: the CSV reader with detection, over arbitrary bytes.
//
// The first pass is what the import does with a file nobody described: sniff
// the encoding, delimiter and header, then read with the detected options.
// The second pass reads the same bytes in tiny chunks with tiny limits, so
// that chunk boundaries split multi-byte characters, quotes and line breaks,
// and the field-length and field-count limits are reached.

#include "csvreader.h"
#include "csvsniffer.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void readAll(const QByteArray &bytes, const CsvOptions &options, qint64 maxRows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return;
    qint64 rows = 0;
    QList<QStringList> cells;
    const CsvReadResult result = CsvReader::read(
        &buffer, options,
        [&](const CsvRow &row) {
            ++rows;
            cells.append(row.fields);
            // The reader promises numbered rows and a problem column inside the row.
            if (row.number != rows || row.line < 1)
                __builtin_trap();
            if (row.hasProblem()) {
                if (row.problemColumn < 0)
                    __builtin_trap();
                (void)CsvReader::problemText(row, options);
            }
            return true;
        },
        maxRows);
    if (result.rowCount != rows)
        __builtin_trap();

    // The views give the same cells, row by row, as the strings did.
    buffer.seek(0);
    qint64 viewRows = 0;
    const CsvReadResult viewResult = CsvReader::readViews(
        &buffer, options,
        [&](const CsvRowView &row) {
            if (viewRows >= cells.size() || row.fields.size() != cells.at(viewRows).size())
                __builtin_trap();
            for (qsizetype i = 0; i < row.fields.size(); ++i) {
                if (row.fields.at(i) != cells.at(viewRows).at(i))
                    __builtin_trap();
            }
            ++viewRows;
            return true;
        },
        maxRows);
    if (viewRows != rows || viewResult.status != result.status
        || viewResult.raggedRowCount != result.raggedRowCount)
        __builtin_trap();
    if (result.status == CsvReadResult::Status::Error
        || result.status == CsvReadResult::Status::UnexpectedEof) {
        // A failed read always says why.
        if (result.errorText.isEmpty())
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const CsvSniffResult sniffed = CsvSniffer::sniff(QByteArrayView(bytes), true);
    (void)CsvSniffer::sniff(QByteArrayView(bytes), false);
    (void)CsvSniffer::isValidUtf8(QByteArrayView(bytes), true);

    CsvOptions detected;
    // The default 1 MiB read buffer is allocated per read: under ASan that
    // alone would cost most of the time, and inputs are far smaller anyway.
    detected.chunkSize = 64 * 1024;
    readAll(bytes, detected, -1);

    CsvOptions tiny;
    tiny.encoding = sniffed.encoding;
    tiny.delimiter = sniffed.delimiter;
    tiny.chunkSize = size > 0 ? 1 + data[0] % 7 : 1;
    tiny.maxFieldLength = 32;
    tiny.maxFields = 8;
    tiny.skipEmptyLines = size > 1 && (data[1] & 1);
    readAll(bytes, tiny, 100);
    return 0;
}
