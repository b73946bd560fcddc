#include "csvreader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QtTest>

namespace {

struct ReadOutcome
{
    CsvReadResult result;
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<qint64> numbers;
    QList<CsvRow> fullRows;
};

ReadOutcome readBytes(const QByteArray &bytes, CsvOptions options, qint64 maxRows = -1)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (options.encoding.isEmpty())
        options.encoding = "UTF-8";
    ReadOutcome outcome;
    outcome.result = CsvReader::read(
        &buffer, options,
        [&outcome](const CsvRow &row) {
            outcome.rows.append(row.fields);
            outcome.lines.append(row.line);
            outcome.numbers.append(row.number);
            outcome.fullRows.append(row);
            return true;
        },
        maxRows);
    return outcome;
}

QStringList u(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// Chunk sizes that split every construct somewhere: a quote from its double,
// CR from LF, the bytes of one UTF-8 character.
const QList<qsizetype> chunkSizes = {1, 2, 3, 5, 7, 64, CsvOptions::defaultChunkSize};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void raggedRowsAreReportedByLine();
    void unclosedQuoteAtEndIsAnError_data();
    void unclosedQuoteAtEndIsAnError();
    void multiByteCharacterSplitAcrossChunks_data();
    void multiByteCharacterSplitAcrossChunks();
    void utf8DecodesAsQtDoes_data();
    void utf8DecodesAsQtDoes();
    void chosenEncodingIsHonoured();
    void invalidBytesAreFlagged();
    void unknownEncodingIsAnError();
    void cancelFlagStopsBetweenChunks();
    void callbackCanStop();
    void maxRowsForPreview();
    void overlongFieldIsARowProblem();
    void tooManyFieldsIsARowProblem();
    void detectsWhenNotGiven();
    void readsFileOnAWorkerThread();
    void progressIsReported();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter"); // empty: from sep= or the default comma
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    using Rows = QList<QStringList>;
    using Lines = QList<qint64>;
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << QString()
                        << Rows{u({"a", "b"}), u({"c", "d"})} << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << QString()
                          << Rows{u({"a", "b"}), u({"c", "d"})} << Lines{1, 2};
    QTest::newRow("CR (old Mac Excel)") << QByteArray("a,b\rc,d\r") << QString()
                                        << Rows{u({"a", "b"}), u({"c", "d"})} << Lines{1, 2};
    QTest::newRow("mixed line endings")
        << QByteArray("a\r\nb\nc\rd") << QString() << Rows{u({"a"}), u({"b"}), u({"c"}), u({"d"})}
        << Lines{1, 2, 3, 4};
    QTest::newRow("no final line break")
        << QByteArray("a,b\nc,d") << QString() << Rows{u({"a", "b"}), u({"c", "d"})} << Lines{1, 2};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << QString() << Rows{u({"a,b", "c"})} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << QString()
                                    << Rows{u({"say \"hi\"", "\""})} << Lines{1};
    QTest::newRow("quoted LF counts as a line")
        << QByteArray("\"one\ntwo\",x\ny,z\n") << QString()
        << Rows{u({"one\ntwo", "x"}), u({"y", "z"})} << Lines{1, 3};
    QTest::newRow("quoted CRLF kept and counted once")
        << QByteArray("\"one\r\ntwo\",x\r\ny,z\r\n") << QString()
        << Rows{u({"one\r\ntwo", "x"}), u({"y", "z"})} << Lines{1, 3};
    QTest::newRow("quoted CR counted") << QByteArray("\"a\rb\rc\"\rd\r") << QString()
                                       << Rows{u({"a\rb\rc"}), u({"d"})} << Lines{1, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n,\n") << QString()
                                  << Rows{u({"", "", ""}), u({"", ""})} << Lines{1, 2};
    QTest::newRow("empty quoted field is a row")
        << QByteArray("\"\"\na\n") << QString() << Rows{u({""}), u({"a"})} << Lines{1, 2};
    QTest::newRow("empty lines skipped, still counted")
        << QByteArray("a\n\n\r\nb\n\n") << QString() << Rows{u({"a"}), u({"b"})} << Lines{1, 4};
    QTest::newRow("trailing delimiter at end")
        << QByteArray("a,") << QString() << Rows{u({"a", ""})} << Lines{1};
    QTest::newRow("UTF-8 BOM stripped") << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << QString()
                                        << Rows{u({"id", "name"}), u({"1", "x"})} << Lines{1, 2};
    QTest::newRow("sep= line") << QByteArray("sep=;\nid;name\n1;\"a;b\"\n") << QString()
                               << Rows{u({"id", "name"}), u({"1", "a;b"})} << Lines{2, 3};
    QTest::newRow("sep= line CRLF after BOM") << QByteArray("\xEF\xBB\xBFsep=|\r\na|b\r\n")
                                              << QString() << Rows{u({"a", "b"})} << Lines{2};
    QTest::newRow("quoted sep= line")
        << QByteArray("\"sep=;\"\na;b\n") << QString() << Rows{u({"a", "b"})} << Lines{2};
    QTest::newRow("sep= only with no data")
        << QByteArray("sep=;") << QString() << Rows{} << Lines{};
    QTest::newRow("sep-like data is data")
        << QByteArray("sep=a,b\n") << QString() << Rows{u({"sep=a", "b"})} << Lines{1};
    QTest::newRow("tab delimiter")
        << QByteArray("a\tb,c\n") << QStringLiteral("\t") << Rows{u({"a", "b,c"})} << Lines{1};
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"ab\"c,d\n") << QString() << Rows{u({"abc", "d"})} << Lines{1};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5\" disk,x\n") << QString() << Rows{u({"5\" disk", "x"})} << Lines{1};
    QTest::newRow("multi-byte text") << QByteArray("Имя,Teléfono,😀\n") << QString()
                                     << Rows{u({"Имя", "Teléfono", "😀"})} << Lines{1};
    QTest::newRow("NUL bytes tolerated")
        << QByteArray("a\0b,c\n", 6) << QString()
        << Rows{QStringList{QStringView(u"a\0b", 3).toString(), QStringLiteral("c")}} << Lines{1};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << QString() << Rows{u({" a ", " b "})}
                                 << Lines{1};
    // The reader reuses each column's string from row to row: nothing may leak over.
    QTest::newRow("shorter and empty cells after longer ones")
        << QByteArray("long text,more\n,x\nab,\n\"\",\"\"\n") << QString()
        << Rows{u({"long text", "more"}), u({"", "x"}), u({"ab", ""}), u({"", ""})}
        << Lines{1, 2, 3, 4};
    QTest::newRow("cells as long as the row before")
        << QByteArray("ab,cd\nef,gh\n\"ij\",kl\nmn,\"o\"\"\"\n") << QString()
        << Rows{u({"ab", "cd"}), u({"ef", "gh"}), u({"ij", "kl"}), u({"mn", "o\""})}
        << Lines{1, 2, 3, 4};
    QTest::newRow("empty input") << QByteArray() << QString() << Rows{} << Lines{};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    for (const qsizetype chunkSize : chunkSizes) {
        CsvOptions options;
        options.chunkSize = chunkSize;
        if (!delimiter.isEmpty())
            options.delimiter = delimiter.at(0);
        else if (!input.contains("sep="))
            options.delimiter = u',';
        const ReadOutcome outcome = readBytes(input, options);
        const QByteArray context = "chunk size " + QByteArray::number(chunkSize);
        QVERIFY2(outcome.result.isSuccess(), context);
        QVERIFY2(outcome.rows == rows, context);
        QVERIFY2(outcome.lines == lines, context);
        QCOMPARE(outcome.result.rowCount, rows.size());
        // Empty cells are empty strings, never null ones.
        for (const QStringList &row : outcome.rows) {
            for (const QString &field : row)
                QVERIFY2(!field.isNull(), context);
        }
        for (int i = 0; i < outcome.numbers.size(); ++i)
            QCOMPARE(outcome.numbers.at(i), i + 1);

        // Again with a callback that keeps no copy of the cells, so that the
        // reader rewrites its strings in place.
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        options.encoding = "UTF-8";
        QList<QStringList> deepRows;
        CsvReader::read(&buffer, options, [&deepRows](const CsvRow &row) {
            QStringList copy;
            for (const QString &field : row.fields)
                copy.append(QString(field.constData(), field.size()));
            deepRows.append(copy);
            return true;
        });
        QVERIFY2(deepRows == rows, context);
    }
}

void TestCsvReader::raggedRowsAreReportedByLine()
{
    CsvOptions options;
    options.delimiter = u',';
    const ReadOutcome outcome =
        readBytes("id,name,phone\n1,a,7\n2,b\n\"3\nx\",c,7,extra\n4,d,7\n", options);
    QVERIFY(outcome.result.isSuccess());
    QCOMPARE(outcome.rows.size(), 5);
    QCOMPARE(outcome.result.raggedRowCount, 2);
    QCOMPARE(outcome.result.raggedLines, (QList<qint64>{3, 4}));
    QCOMPARE(outcome.rows.at(3), u({"3\nx", "c", "7", "extra"}));
    QCOMPARE(outcome.lines.at(4), 6);
}

void TestCsvReader::unclosedQuoteAtEndIsAnError_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("quoteLine");
    QTest::addColumn<int>("rowsBefore");

    QTest::newRow("last field") << QByteArray("a,b\n1,\"never closed\nmore\n") << qint64(2) << 1;
    QTest::newRow("after a doubled quote") << QByteArray("a\n\n\"x\"\"y\n") << qint64(3) << 1;
    QTest::newRow("first line") << QByteArray("\"") << qint64(1) << 0;
}

void TestCsvReader::unclosedQuoteAtEndIsAnError()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, quoteLine);
    QFETCH(int, rowsBefore);

    for (const qsizetype chunkSize : chunkSizes) {
        CsvOptions options;
        options.delimiter = u',';
        options.chunkSize = chunkSize;
        const ReadOutcome outcome = readBytes(input, options);
        QCOMPARE(outcome.result.status, CsvReadResult::Status::UnexpectedEof);
        QCOMPARE(outcome.result.errorLine, quoteLine);
        QVERIFY(outcome.result.errorText.contains(QString::number(quoteLine)));
        QCOMPARE(outcome.rows.size(), rowsBefore);
    }
}

void TestCsvReader::multiByteCharacterSplitAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");

    const QString text = QString::fromUtf8("Имя;Ciudad\r\n\"Ёжик\r\nв тумане\";Logroño 😀\r\n");
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << text;
    QTest::newRow("UTF-16LE") << QByteArray("UTF-16LE") << text;
    QTest::newRow("UTF-16BE") << QByteArray("UTF-16BE") << text;
}

void TestCsvReader::multiByteCharacterSplitAcrossChunks()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);

    QStringEncoder encoder(encoding.constData());
    const QByteArray bytes = encoder.encode(text);
    for (const qsizetype chunkSize : chunkSizes) {
        CsvOptions options;
        options.encoding = encoding;
        options.delimiter = u';';
        options.chunkSize = chunkSize;
        const ReadOutcome outcome = readBytes(bytes, options);
        QVERIFY(outcome.result.isSuccess());
        QVERIFY(!outcome.result.decodingErrors);
        QCOMPARE(outcome.rows.size(), 2);
        QCOMPARE(outcome.rows.at(1), u({"Ёжик\r\nв тумане", "Logroño 😀"}));
        QCOMPARE(outcome.lines, (QList<qint64>{1, 2}));
    }
}

// True when the data ends inside a UTF-8 sequence. Qt's decoder keeps such a
// tail waiting for more without an error; at the end of a file the reader
// reports it as one.
static bool endsMidCharacter(const QByteArray &bytes)
{
    int continuations = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0 && continuations < 4; --i) {
        const uchar byte = uchar(bytes.at(i));
        if ((byte & 0xC0) == 0x80) {
            ++continuations;
            continue;
        }
        const int length = byte >= 0xF8 ? 1
            : byte >= 0xF0              ? 4
            : byte >= 0xE0              ? 3
            : byte >= 0xC0              ? 2
                                        : 1;
        return length > continuations + 1;
    }
    return false;
}

void TestCsvReader::utf8DecodesAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("line");

    // CsvReader decodes UTF-8 itself where it can; every case where it hands
    // over to QStringDecoder, at every split, must come out as Qt makes it.
    QTest::newRow("ASCII") << QByteArray("plain ASCII text, longer than sixteen bytes");
    QTest::newRow("Latin and Cyrillic") << QByteArray("Logroño Пётр Ёлкин Muñoz — “Sí”");
    QTest::newRow("four-byte") << QByteArray("emoji 😀 and 𝄞 clef");
    QTest::newRow("BOM inside") << QByteArray("a\xEF\xBB\xBF"
                                              "b");
    QTest::newRow("noncharacter") << QByteArray("x\xEF\xBF\xBFy\xEF\xBF\xBE");
    QTest::newRow("stray continuation") << QByteArray("ab\x80\xBF"
                                                      "cd");
    QTest::newRow("truncated two-byte") << QByteArray("ab\xC3"
                                                      "cd");
    QTest::newRow("truncated three-byte") << QByteArray("ab\xE2\x80"
                                                        "cd\xE2");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF\xE0\x80\x80z\xC1\xBF");
    QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80"
                                             "b");
    QTest::newRow("latin-1 bytes") << QByteArray("Espa\xF1"
                                                 "a \xE9t\xE9");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80 \xF5\xFF");
}

void TestCsvReader::utf8DecodesAsQtDoes()
{
    QFETCH(QByteArray, line);

    // Several lines, so that later chunks take the fast path; the last one
    // ends the file without a line break.
    QByteArray bytes = "\xEF\xBB\xBF" + line;
    for (int i = 0; i < 6; ++i)
        bytes += "\n" + QByteArray::number(i) + ' ' + line;
    for (const qsizetype chunkSize : {1, 2, 3, 5, 7, 16, 17, 33, 64}) {
        QStringDecoder reference("UTF-8");
        QString expected;
        for (qsizetype at = 0; at < bytes.size(); at += chunkSize)
            expected += reference.decode(
                QByteArrayView(bytes).sliced(at, qMin(chunkSize, bytes.size() - at)));
        CsvOptions options;
        options.encoding = "UTF-8";
        options.delimiter = u'\t';
        options.quote = u'\x01';
        options.chunkSize = chunkSize;
        const ReadOutcome outcome = readBytes(bytes, options);
        const QByteArray context = "chunk size " + QByteArray::number(chunkSize);
        QVERIFY2(outcome.result.isSuccess(), context);
        QCOMPARE(outcome.result.decodingErrors, reference.hasError() || endsMidCharacter(bytes));
        QStringList rows;
        for (const QStringList &row : outcome.rows)
            rows.append(row.join(u'\t'));
        QCOMPARE(rows, expected.split(u'\n'));
    }
}

void TestCsvReader::chosenEncodingIsHonoured()
{
    // "Иван;Пётр" in windows-1251, and the same bytes read as windows-1252.
    const QByteArray bytes("\xC8\xE2\xE0\xED;\xCF\xB8\xF2\xF0\n");
    CsvOptions options;
    options.delimiter = u';';
    options.encoding = "windows-1251";
    QCOMPARE(readBytes(bytes, options).rows.value(0), u({"Иван", "Пётр"}));
    options.encoding = "windows-1252";
    QCOMPARE(readBytes(bytes, options).rows.value(0), u({"Èâàí", "Ï¸òð"}));
}

void TestCsvReader::invalidBytesAreFlagged()
{
    CsvOptions options;
    options.delimiter = u',';
    options.encoding = "UTF-8";
    const ReadOutcome outcome = readBytes("Espa\xF1"
                                          "a,x\n",
                                          options);
    QVERIFY(outcome.result.isSuccess());
    QVERIFY(outcome.result.decodingErrors);
    QVERIFY(!readBytes("España,x\n", options).result.decodingErrors);
}

void TestCsvReader::unknownEncodingIsAnError()
{
    CsvOptions options;
    options.encoding = "no-such-encoding";
    options.delimiter = u',';
    const ReadOutcome outcome = readBytes("a,b\n", options);
    QCOMPARE(outcome.result.status, CsvReadResult::Status::Error);
    QVERIFY(outcome.result.errorText.contains(QStringLiteral("no-such-encoding")));
    QVERIFY(outcome.rows.isEmpty());
}

void TestCsvReader::cancelFlagStopsBetweenChunks()
{
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += QByteArray::number(i) + ",row\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.delimiter = u',';
    options.encoding = "UTF-8";
    options.chunkSize = 64;
    std::atomic<bool> cancel = false;
    qint64 seen = 0;
    const CsvReadResult result = CsvReader::read(
        &buffer, options,
        [&](const CsvRow &) {
            if (++seen == 10)
                cancel = true; // as a GUI thread would, between two chunks
            return true;
        },
        -1, &cancel);
    QCOMPARE(result.status, CsvReadResult::Status::Cancelled);
    QVERIFY(seen >= 10);
    QVERIFY2(seen < 30, "stopped within the chunk that was being parsed");

    buffer.seek(0);
    seen = 0;
    const CsvReadResult before = CsvReader::read(
        &buffer, options, [&](const CsvRow &) { return ++seen > 0; }, -1, &cancel);
    QCOMPARE(before.status, CsvReadResult::Status::Cancelled);
    QCOMPARE(seen, 0);
}

void TestCsvReader::callbackCanStop()
{
    CsvOptions options;
    options.delimiter = u',';
    options.encoding = "UTF-8";
    QByteArray bytes("a\nb\nc\nd\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const CsvReadResult result =
        CsvReader::read(&buffer, options, [&](const CsvRow &) { return ++seen < 2; });
    QCOMPARE(result.status, CsvReadResult::Status::Cancelled);
    QCOMPARE(seen, 2);
}

void TestCsvReader::maxRowsForPreview()
{
    CsvOptions options;
    options.delimiter = u',';
    options.chunkSize = 3;
    const QByteArray bytes("h1,h2\n1,2\n3,4\n5,6\n\"7\n");
    ReadOutcome outcome = readBytes(bytes, options, 3);
    QVERIFY(outcome.result.isSuccess());
    QVERIFY(outcome.result.reachedMaxRows);
    QCOMPARE(outcome.rows.size(), 3);
    QCOMPARE(outcome.rows.last(), u({"3", "4"}));
    QVERIFY2(outcome.result.bytesRead < bytes.size(), "stopped reading early");

    outcome = readBytes(bytes, options, 0);
    QVERIFY(outcome.result.isSuccess());
    QCOMPARE(outcome.rows.size(), 0);

    outcome = readBytes("a\nb\n", options, 5);
    QVERIFY(outcome.result.isSuccess());
    QVERIFY(!outcome.result.reachedMaxRows);
    QCOMPARE(outcome.rows.size(), 2);
}

void TestCsvReader::overlongFieldIsARowProblem()
{
    CsvOptions options;
    options.delimiter = u',';
    options.maxFieldLength = 5;
    options.chunkSize = 4;
    const ReadOutcome outcome = readBytes("ok,abcdefghij,x\n\"12345678\"\nfine,y\n", options);
    QVERIFY(outcome.result.isSuccess());
    QCOMPARE(outcome.rows.size(), 3);
    QCOMPARE(outcome.fullRows.at(0).problem, CsvRow::Problem::FieldTooLong);
    QCOMPARE(outcome.fullRows.at(0).problemColumn, 1);
    QCOMPARE(outcome.rows.at(0), u({"ok", "abcde", "x"}));
    QCOMPARE(outcome.fullRows.at(1).problem, CsvRow::Problem::FieldTooLong);
    QCOMPARE(outcome.rows.at(1), u({"12345"}));
    QCOMPARE(outcome.fullRows.at(2).problem, CsvRow::Problem::None);
    QCOMPARE(outcome.rows.at(2), u({"fine", "y"}));
    const QString text = CsvReader::problemText(outcome.fullRows.at(0), options);
    QVERIFY2(text.startsWith(QStringLiteral("Row 1: ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("column 2")));
    QVERIFY(CsvReader::problemText(outcome.fullRows.at(2)).isEmpty());
}

void TestCsvReader::tooManyFieldsIsARowProblem()
{
    CsvOptions options;
    options.delimiter = u',';
    options.maxFields = 3;
    const ReadOutcome outcome = readBytes("1,2,3,4,5\n6,7\n", options);
    QVERIFY(outcome.result.isSuccess());
    QCOMPARE(outcome.rows.size(), 2);
    QCOMPARE(outcome.fullRows.at(0).problem, CsvRow::Problem::TooManyFields);
    QCOMPARE(outcome.rows.at(0), u({"1", "2", "3"}));
    QCOMPARE(outcome.fullRows.at(1).problem, CsvRow::Problem::None);
    QCOMPARE(outcome.rows.at(1), u({"6", "7"}));
}

void TestCsvReader::detectsWhenNotGiven()
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(QString::fromUtf8(
        "Фамилия;Имя;Телефон\r\nИванов;Пётр;+7 926 123-45-67\r\nСидорова;Анна;89261234567\r\n"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    const CsvReadResult result = CsvReader::read(&buffer, CsvOptions(), [&](const CsvRow &row) {
        rows.append(row.fields);
        return true;
    });
    QVERIFY(result.isSuccess());
    QCOMPARE(result.encoding, QByteArray("windows-1251"));
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1), u({"Иванов", "Пётр", "+7 926 123-45-67"}));
}

void TestCsvReader::readsFileOnAWorkerThread()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    for (int i = 0; i < 500; ++i)
        file.write("x,\"multi\nline\"\n");
    file.close();

    const QThread *testThread = QThread::currentThread();
    std::atomic<int> rows = 0;
    std::atomic<bool> offThread = true;
    CsvOptions options;
    options.chunkSize = 100;
    QFuture<CsvReadResult> future =
        CsvReader::readFileAsync(file.fileName(), options, [&](const CsvRow &row) {
            if (QThread::currentThread() == testThread || row.fields.size() != 2)
                offThread = false;
            ++rows;
            return true;
        });
    future.waitForFinished();
    QVERIFY(future.result().isSuccess());
    QCOMPARE(future.result().rowCount, 500);
    QCOMPARE(rows.load(), 500);
    QVERIFY(offThread);

    QFuture<CsvReadResult> missing = CsvReader::readFileAsync(
        QStringLiteral("/nonexistent/file.csv"), options, [](const CsvRow &) { return true; });
    missing.waitForFinished();
    QCOMPARE(missing.result().status, CsvReadResult::Status::Error);
    QVERIFY(!missing.result().errorText.isEmpty());
}

void TestCsvReader::progressIsReported()
{
    QByteArray bytes(1000, 'x');
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.delimiter = u',';
    options.encoding = "UTF-8";
    options.chunkSize = 100;
    CsvReader reader(options);
    QList<qint64> reported;
    reader.setProgressCallback([&](qint64 done, qint64 total) {
        QCOMPARE(total, 1000);
        reported.append(done);
    });
    QVERIFY(reader.read(&buffer, [](const CsvRow &) { return true; }).isSuccess());
    QVERIFY(reported.size() >= 10);
    QCOMPARE(reported.last(), 1000);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
