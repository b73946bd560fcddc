#include "csvreader.h"

#include "csvblockscanner.h"
#include "csvdecoder.h"
#include "csvparser.h"
#include "csvsniffer.h"

#include <QFile>
#include <QIODevice>
#include <QPromise>
#include <QtConcurrent>

#include <optional>
#include <vector>

namespace {

// Enough decoded characters to recognise a sep= line ("\"sep=;\"\r\n" is 9).
constexpr qsizetype headLength = 16;

} // namespace

CsvReader::CsvReader(const CsvOptions &options)
    : m_options(options)
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = CsvOptions::defaultChunkSize;
}

bool CsvReader::isCancelled() const
{
    return (m_cancel && m_cancel->load(std::memory_order_relaxed))
        || (m_cancelCheck && m_cancelCheck());
}

CsvReadResult CsvReader::read(QIODevice *device, const CsvOptions &options,
                              const RowCallback &perRow, qint64 maxRows,
                              const std::atomic<bool> *cancel)
{
    CsvReader reader(options);
    reader.setCancelFlag(cancel);
    return reader.read(device, perRow, maxRows);
}

CsvReadResult CsvReader::read(QIODevice *device, const RowCallback &perRow, qint64 maxRows)
{
    // One CsvRow reused from row to row: when the callback keeps no copy, a
    // row costs no allocation.
    CsvRow row;
    return readViews(
        device,
        [&](const CsvRowView &view) {
            view.copyTo(row);
            return perRow(row);
        },
        maxRows);
}

CsvReadResult CsvReader::readViews(QIODevice *device, const CsvOptions &options,
                                   const RowViewCallback &perRow, qint64 maxRows,
                                   const std::atomic<bool> *cancel)
{
    CsvReader reader(options);
    reader.setCancelFlag(cancel);
    return reader.readViews(device, perRow, maxRows);
}

CsvReadResult CsvReader::readViews(QIODevice *device, const RowViewCallback &perRow, qint64 maxRows)
{
    CsvReadResult result;
    const auto fail = [&result](const QString &text) {
        result.status = CsvReadResult::Status::Error;
        result.errorText = text;
        return result;
    };
    if (!device || !device->isReadable())
        return fail(tr("The file is not open for reading."));

    result.encoding = m_options.encoding;
    QChar delimiter = m_options.delimiter;
    if (result.encoding.isEmpty() || delimiter.isNull()) {
        const CsvSniffResult sniffed = CsvSniffer::sniff(device, m_options);
        result.encoding = sniffed.encoding;
        if (delimiter.isNull() && !sniffed.hasSepLine)
            delimiter = sniffed.delimiter;
    }
    CsvDecoder decoder(result.encoding.constData());
    if (!decoder.isValid()) {
        return fail(tr("The encoding “%1” is not supported. Choose another one.")
                        .arg(QString::fromLatin1(result.encoding)));
    }

    const qint64 totalBytes = device->isSequential() ? -1 : device->size() - device->pos();
    const qsizetype chunkSize = m_options.chunkSize;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    QString decoded;
    // The special characters, marked by the decoder as it decodes UTF-8
    // (one pass over the text fewer); the parser's own scanner otherwise,
    // and always where the block scanner's portable path is asked for.
    std::vector<quint64> specials;
    const bool markSpecials = decoder.isUtf8() && CsvBlockScanner::hasVectorPath()
        && !CsvBlockScanner::isPortableForced();
    QString head; // the first characters, held back until the sep= line is known
    bool atStart = true;
    std::optional<CsvParser> parser;
    qint64 expectedFields = -1;
    bool stoppedByCallback = false;

    const CsvParser::RowSink sink = [&](const CsvRowView &row) {
        if (expectedFields < 0) {
            expectedFields = row.fields.size();
        } else if (row.fields.size() != expectedFields) {
            if (result.raggedLines.size() < CsvReadResult::maxRaggedLinesKept)
                result.raggedLines.append(row.line);
            ++result.raggedRowCount;
        }
        ++result.rowCount;
        if (!perRow(row)) {
            stoppedByCallback = true;
            return false;
        }
        if (maxRows >= 0 && result.rowCount >= maxRows) {
            result.reachedMaxRows = true;
            return false;
        }
        return true;
    };

    bool more = maxRows != 0;
    bool atEnd = false;
    while (more && !atEnd) {
        if (isCancelled()) {
            result.status = CsvReadResult::Status::Cancelled;
            return result;
        }
        qint64 got = device->read(chunk.data(), chunkSize);
        if (got == 0 && device->isSequential() && device->waitForReadyRead(30000))
            got = device->read(chunk.data(), chunkSize);
        if (got < 0)
            return fail(tr("The file could not be read: %1").arg(device->errorString()));
        atEnd = got == 0;
        result.bytesRead += got;
        if (m_progress)
            m_progress(result.bytesRead, totalBytes);

        const qsizetype space = decoder.requiredSpace(got);
        decoded.resize(space);
        // Known once the delimiter is (after the first characters).
        const bool marked = markSpecials && !atStart && delimiter.unicode() < 0x80
            && m_options.quote.unicode() < 0x80;
        const QChar *decodedEnd = nullptr;
        if (marked) {
            specials.assign(size_t(space / 64 + 2), 0);
            decodedEnd =
                decoder.decode(decoded.data(), QByteArrayView(chunk.constData(), got),
                               specials.data(), delimiter.unicode(), m_options.quote.unicode());
        } else {
            decodedEnd = decoder.decode(decoded.data(), QByteArrayView(chunk.constData(), got));
        }
        QStringView text(decoded.constData(), decodedEnd - decoded.constData());

        if (atStart) {
            head.append(text);
            if (head.size() < headLength && !atEnd)
                continue;
            atStart = false;
            text = head;
            // Decoders drop a BOM themselves; one that got through is still no data.
            if (text.startsWith(QChar(QChar::ByteOrderMark)))
                text = text.mid(1);
            qint64 firstLine = 1;
            if (m_options.honourSepLine) {
                qsizetype sepLength = 0;
                const QChar sepDelimiter = CsvSniffer::sepLineDelimiter(text, &sepLength);
                if (!sepDelimiter.isNull()) {
                    if (delimiter.isNull())
                        delimiter = sepDelimiter;
                    text = text.mid(sepLength);
                    result.sepLineSkipped = true;
                    firstLine = 2;
                }
            }
            if (delimiter.isNull())
                delimiter = u',';
            parser.emplace(delimiter, m_options.quote, m_options.maxFieldLength,
                           m_options.maxFields, m_options.skipEmptyLines);
            parser->setFirstLine(firstLine);
        }
        more = marked ? parser->feed(text, specials.data(), sink) : parser->feed(text, sink);
    }
    result.delimiter = delimiter;
    result.decodingErrors = decoder.hasError() || decoder.hasIncompleteCharacter();

    if (stoppedByCallback) {
        result.status = CsvReadResult::Status::Cancelled;
        return result;
    }
    if (!more) // maxRows reached
        return result;
    if (!parser->finish(sink)) {
        if (stoppedByCallback) {
            result.status = CsvReadResult::Status::Cancelled;
        } else if (parser->isInsideQuotes()) {
            result.status = CsvReadResult::Status::UnexpectedEof;
            result.errorLine = parser->openQuoteLine();
            result.errorText = tr("The file ends inside a quoted cell that starts on line %1. "
                                  "A closing quote (%2) is probably missing on that line.")
                                   .arg(result.errorLine)
                                   .arg(m_options.quote);
        }
    }
    return result;
}

QFuture<CsvReadResult> CsvReader::readFileAsync(const QString &fileName, const CsvOptions &options,
                                                RowCallback perRow, qint64 maxRows)
{
    return QtConcurrent::run(
        [fileName, options, perRow = std::move(perRow), maxRows](QPromise<CsvReadResult> &promise) {
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                CsvReadResult result;
                result.status = CsvReadResult::Status::Error;
                result.errorText =
                    tr("The file “%1” could not be opened: %2").arg(fileName, file.errorString());
                promise.addResult(result);
                return;
            }
            CsvReader reader(options);
            reader.m_cancelCheck = [&promise] {
                return promise.isCanceled();
            };
            promise.setProgressRange(0, 1000);
            reader.setProgressCallback([&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * 1000 / total));
            });
            promise.addResult(reader.read(&file, perRow, maxRows));
        });
}

QString CsvReader::problemText(const CsvRow &row, const CsvOptions &options)
{
    return problemText(row.problem, row.number, row.problemColumn, options);
}

QString CsvReader::problemText(const CsvRowView &row, const CsvOptions &options)
{
    return problemText(row.problem, row.number, row.problemColumn, options);
}

QString CsvReader::problemText(CsvRow::Problem problem, qint64 number, int column,
                               const CsvOptions &options)
{
    switch (problem) {
    case CsvRow::Problem::None:
        break;
    case CsvRow::Problem::FieldTooLong:
        return tr("Row %1: the cell in column %2 is longer than %n character(s); it was cut.",
                  nullptr, int(options.maxFieldLength))
            .arg(number)
            .arg(column + 1);
    case CsvRow::Problem::TooManyFields:
        return tr("Row %1 has more than %n cell(s); the cells after that were left out.", nullptr,
                  int(options.maxFields))
            .arg(number);
    }
    return {};
}
