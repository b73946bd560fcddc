// The block scanner's two paths, SSE2 and portable, over the same inputs:
// each must find exactly the delimiters, quotes and line breaks, and nothing
// that only looks like one in its low byte (U+012C is no comma). And the
// marks CsvDecoder sets while it decodes UTF-8, which the reader uses
// instead of the scanner: the same characters, and the same text.

#include "csvblockscanner.h"
#include "csvdecoder.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {

using Path = quint64 (*)(const char16_t *, char16_t, char16_t);

// The positions of the special characters in text, read off one by one.
QList<int> positions(quint64 bits)
{
    QList<int> list;
    for (int i = 0; i < 64; ++i) {
        if (bits & (quint64(1) << i))
            list.append(i);
    }
    return list;
}

QString padded(const QString &text)
{
    // Padded with letters to one block.
    return text + QString(CsvBlockScanner::blockSize - text.size(), u'a');
}

} // namespace

class TestCsvBlockScanner : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { CsvBlockScanner::setPortableForced(false); }

    void block_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("quote");
        QTest::addColumn<QList<int>>("expected");

        QTest::newRow("nothing") << padded({}) << QChar(u',') << QChar(u'"') << QList<int>{};
        QTest::newRow("comma row") << padded(QStringLiteral("a,b,\"c\"\r\n")) << QChar(u',')
                                   << QChar(u'"') << QList<int>{1, 3, 4, 6, 7, 8};
        QTest::newRow("semicolon, comma is data")
            << padded(QStringLiteral("a,b;c\n")) << QChar(u';') << QChar(u'"') << QList<int>{3, 5};
        QTest::newRow("tab and single quote") << padded(QStringLiteral("'x'\ty\r")) << QChar(u'\t')
                                              << QChar(u'\'') << QList<int>{0, 2, 3, 5};
        // Same low byte as ',', '"', LF and CR: only a 16-bit compare tells them apart.
        QTest::newRow("look-alikes") << padded(QStringLiteral("\u012C\u0122\u010A\u010D,"))
                                     << QChar(u',') << QChar(u'"') << QList<int>{4};
        QTest::newRow("Cyrillic and surrogates") << padded(QStringLiteral("Иван,\U0001F600;\""))
                                                 << QChar(u',') << QChar(u'"') << QList<int>{4, 8};
        QString last = padded({});
        last[63] = u'\n';
        last[31] = u',';
        last[32] = u'"';
        QTest::newRow("block edges")
            << last << QChar(u',') << QChar(u'"') << QList<int>{31, 32, 63};
        QTest::newRow("all special") << QString(64, u',') << QChar(u',') << QChar(u'"') << [] {
            QList<int> all;
            for (int i = 0; i < 64; ++i)
                all.append(i);
            return all;
        }();
    }

    void block()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, quote);
        QFETCH(QList<int>, expected);
        QCOMPARE(text.size(), CsvBlockScanner::blockSize);
        const auto *chars = reinterpret_cast<const char16_t *>(text.utf16());
        QCOMPARE(positions(CsvBlockScanner::scanPortable(chars, text.size(), delimiter.unicode(),
                                                         quote.unicode())),
                 expected);
        QCOMPARE(
            positions(CsvBlockScanner::scanVector(chars, delimiter.unicode(), quote.unicode())),
            expected);
    }

    // Random blocks over an alphabet dense in specials and look-alikes.
    void pathsAgreeOnRandomBlocks()
    {
        const char16_t alphabet[] = {u',', u';', u'"', u'\n', u'\r', u'a', u'\u012C', u'\u0122',
                                     u'\u0A0A', u'\u0D0D', u'Я', u' ', u'\t',
                                     // Lanes with the top bit set, for the portable
                                     // path's word-at-a-time compare.
                                     u'\u802C', u'\u800A', u'\uFFFF', u'\u8000', u'\0'};
        QRandomGenerator random(20);
        char16_t text[CsvBlockScanner::blockSize];
        for (int round = 0; round < 20000; ++round) {
            for (char16_t &ch : text)
                ch = alphabet[random.bounded(int(std::size(alphabet)))];
            const char16_t delimiter = round % 2 ? u';' : u',';
            QCOMPARE(
                CsvBlockScanner::scanVector(text, delimiter, u'"'),
                CsvBlockScanner::scanPortable(text, CsvBlockScanner::blockSize, delimiter, u'"'));
        }
    }

    // next() over a text longer than a block, with either path: every special
    // character in order, the end after the last.
    void next_data()
    {
        QTest::addColumn<bool>("portable");
        QTest::newRow("vector path (when there is one)") << false;
        QTest::newRow("portable path, forced") << true;
    }

    void next()
    {
        QFETCH(bool, portable);
        CsvBlockScanner::setPortableForced(portable);
        QString text;
        QList<int> expected;
        for (int i = 0; i < 1000; ++i) {
            const bool special = i % 7 == 0 || i % 64 == 63;
            text.append(special ? QChar(u',') : QChar(u'x'));
            if (special)
                expected.append(i);
        }
        const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
        const char16_t *end = begin + text.size();
        CsvBlockScanner scanner(end, u',', u'"');
        QCOMPARE(scanner.usesVectorPath(), !portable && CsvBlockScanner::hasVectorPath());
        QList<int> found;
        for (const char16_t *p = scanner.next(begin); p != end; p = scanner.next(p + 1))
            found.append(int(p - begin));
        QCOMPARE(found, expected);
    }

    void decoderMarks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("piece");
        const QByteArray mixed =
            QStringLiteral("id,name,city\r\n1,\"Ana, María\",Москва\n2,Zoë,\"a\"\"b\"\n"
                           "3,😀 emoji,東京\r\n4,,\n")
                .toUtf8();
        QByteArray ascii;
        for (int i = 0; i < 300; ++i)
            ascii += QByteArray::number(i) + (i % 5 ? "," : "\n") + (i % 7 ? "" : "\"q\"");
        QByteArray malformed = "a,\xff,b\n\xc3,\xe2\x82,\xed\xa0\x80,\xc0\xaf;\r\n\xf0\x9f";
        malformed += mixed;
        const QByteArray bom = "\xef\xbb\xbf" + mixed;
        // Runs of two-byte characters, decoded eight at a time, broken by
        // overlong leads, a lead without its continuation and a lone one.
        const QByteArray cyrillic = QStringLiteral("Жжжжжжжжжжжжжжжжжжжжж,Ёлка Россия\n").toUtf8();
        const QByteArray broken = cyrillic + "\xd0\x96\xd0\x96\xc0\x80\xd0\x96\xc1\xbf\xd0\x96"
            + "\xd0\x96\xd0\xd0\x96\xd0\x96\x80\xd0\x96\xd0\x96\xd0\x96\xd0\x96\xd0\x96,"
            + cyrillic;
        for (const int piece : {1, 2, 3, 7, 16, 17, 64, 100000}) {
            QTest::addRow("mixed/%d", piece) << mixed.repeated(20) << piece;
            QTest::addRow("ascii/%d", piece) << ascii << piece;
            QTest::addRow("malformed/%d", piece) << malformed.repeated(5) << piece;
            QTest::addRow("bom/%d", piece) << bom << piece;
            QTest::addRow("two-byte runs/%d", piece) << broken.repeated(7) << piece;
        }
    }

    // Decoded in pieces as the reader does, with and without marks: the same
    // characters come out, and the marks are exactly the special ones.
    void decoderMarks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, piece);
        CsvDecoder plain("UTF-8");
        CsvDecoder marking("UTF-8");
        QVERIFY(marking.isUtf8());
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            const QByteArrayView in =
                QByteArrayView(bytes).sliced(at).first(qMin<qsizetype>(piece, bytes.size() - at));
            QString expected(plain.requiredSpace(in.size()), Qt::Uninitialized);
            expected.truncate(plain.decode(expected.data(), in) - expected.constData());
            QString text(marking.requiredSpace(in.size()), Qt::Uninitialized);
            std::vector<quint64> bits(size_t(text.size() / 64 + 2), 0);
            text.truncate(marking.decode(text.data(), in, bits.data(), u',', u'"')
                          - text.constData());
            QCOMPARE(text, expected);
            for (qsizetype i = 0; i < qsizetype(bits.size()) * 64; ++i) {
                const bool marked = bits[size_t(i / 64)] & (quint64(1) << (i % 64));
                const bool special = i < text.size()
                    && (text[i] == u',' || text[i] == u'"' || text[i] == u'\n' || text[i] == u'\r');
                QVERIFY2(marked == special,
                         qPrintable(QStringLiteral("at %1 of piece %2").arg(i).arg(at)));
            }
        }
        QCOMPARE(marking.hasError(), plain.hasError());
        QCOMPARE(marking.hasIncompleteCharacter(), plain.hasIncompleteCharacter());
    }
};

QTEST_GUILESS_MAIN(TestCsvBlockScanner)
#include "tst_csvblockscanner.moc"
