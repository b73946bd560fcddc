#include "csvreader.h"
#include "csvsniffer.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QtTest>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray encode(const QByteArray &encoding, const QString &text, bool bom = false)
{
    QStringEncoder encoder(encoding.constData(),
                           bom ? QStringConverter::Flag::WriteBom
                               : QStringConverter::Flag::Default);
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

// What Russian Excel writes for "CSV (разделители — точки с запятой)":
// windows-1251, semicolons, CRLF, dd.mm.yyyy, decimal commas, quotes only where needed.
QString russianExport()
{
    return s("Фамилия;Имя;Отчество;Телефон;Эл. почта;Дата рождения;Город;Баллы;Скидка\r\n"
             "Иванов;Пётр;Сергеевич;+7 (926) 123-45-67;ivanov@example.ru;05.03.1984;Москва;"
             "120;2,5\r\n"
             "Смирнова;Анна;Викторовна;89161234567;anna@example.ru;17.11.1990;"
             "Санкт-Петербург;0;0\r\n"
             "Кузнецов;Алексей;;+7 903 000-00-01;;01.01.1975;\"Ростов-на-Дону; центр\";45;"
             "1,75\r\n"
             "Попова;Елена;Игоревна;;elena@example.ru;29.02.1996;Казань;300;10\r\n"
             "Соколов;Дмитрий;Андреевич;+79990001122;sokolov@example.ru;12.12.2001;"
             "Новосибирск;15;0,5\r\n");
}

// Spanish Excel "CSV (delimitado por comas)" in Spain also uses ';' and windows-1252.
QString spanishExport()
{
    return s("Nombre;Apellido;Teléfono;Correo electrónico;Fecha de nacimiento;Ciudad;País;"
             "Género\r\n"
             "José;Muñoz;600123456;jose@example.es;05/03/1984;Logroño;España;Hombre\r\n"
             "María;Fernández Peña;611000111;maria@example.es;17/11/1990;Cádiz;España;Mujer\r\n"
             "Iñaki;Ibáñez;;inaki@example.es;01/01/1975;\"San Sebastián; Gipuzkoa\";España;"
             "Hombre\r\n"
             "Begoña;Martínez;622333444;;29/02/1996;Málaga;España;Mujer\r\n");
}

// Excel's "Unicode text (*.txt)": UTF-16LE with a BOM, tab separated.
QString unicodeTextExport()
{
    return s("Nombre\tФамилия\tTeléfono\tCiudad\r\n"
             "José\tИванов\t+34 600 123 456\tLogroño\r\n"
             "Анна\tPeña\t8 916 123-45-67\t\"Москва\tцентр\"\r\n"
             "Zoë\t李\t\tΑθήνα\r\n");
}

QString plainExport()
{
    return s("email,first_name,last_name,phone,tags\n"
             "a@example.com,Ann,Lee,555 0101,\"vip, newsletter\"\n"
             "b@example.com,Bob,\"O'Neil, Jr.\",555 0102,\n"
             "c@example.com,Zoë,Šimková,,\"multi\nline\"\n");
}

} // namespace

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private slots:
    void realFiles_data();
    void realFiles();
    void detectEncoding_data();
    void detectEncoding();
    void detectDelimiter_data();
    void detectDelimiter();
    void sepLine_data();
    void sepLine();
    void header_data();
    void header();
    void utf8Validity_data();
    void utf8Validity();
    void overridesAreKept();
    void supportedEncodingsDecode();
};

void TestCsvSniffer::realFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QString>("text"); // what reading it back must give

    QTest::newRow("Russian Excel, windows-1251, ;")
        << encode("windows-1251", russianExport()) << QByteArray("windows-1251") << false
        << QStringLiteral(";") << 9 << s("Фамилия") << russianExport();
    QTest::newRow("Spanish Excel, windows-1252, ;")
        << encode("windows-1252", spanishExport()) << QByteArray("windows-1252") << false
        << QStringLiteral(";") << 8 << s("Nombre") << spanishExport();
    QTest::newRow("Excel Unicode text, UTF-16LE BOM, tab")
        << encode("UTF-16LE", unicodeTextExport(), true) << QByteArray("UTF-16LE") << true
        << QStringLiteral("\t") << 4 << s("Nombre") << unicodeTextExport();
    QTest::newRow("UTF-16BE BOM, tab")
        << encode("UTF-16BE", unicodeTextExport(), true) << QByteArray("UTF-16BE") << true
        << QStringLiteral("\t") << 4 << s("Nombre") << unicodeTextExport();
    QTest::newRow("UTF-8 BOM (Excel CSV UTF-8), ,")
        << encode("UTF-8", plainExport(), true) << QByteArray("UTF-8") << true
        << QStringLiteral(",") << 5 << s("email") << plainExport();
    QTest::newRow("UTF-8 Russian without BOM, ;")
        << encode("UTF-8", russianExport()) << QByteArray("UTF-8") << false << QStringLiteral(";")
        << 9 << s("Фамилия") << russianExport();
    QString piped = plainExport();
    piped.replace(u',', u'|');
    QTest::newRow("pipes") << encode("UTF-8", piped) << QByteArray("UTF-8") << false
                           << QStringLiteral("|") << 5 << s("email") << piped;
    const QString withSep = s("sep=,\r\n") + spanishExport().replace(u';', u',');
    QTest::newRow("sep= line, windows-1252")
        << encode("windows-1252", withSep) << QByteArray("windows-1252") << false
        << QStringLiteral(",") << 8 << s("Nombre") << spanishExport().replace(u';', u',');
}

void TestCsvSniffer::realFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, delimiter);
    QFETCH(int, columns);
    QFETCH(QString, firstHeader);
    QFETCH(QString, text);

    const CsvSniffResult sniffed = CsvSniffer::sniff(bytes, true);
    QCOMPARE(sniffed.encoding, encoding);
    QCOMPARE(sniffed.hasBom, bom);
    QCOMPARE(sniffed.delimiter, delimiter.at(0));
    QCOMPARE(sniffed.columnCount, columns);
    QVERIFY(sniffed.hasHeader);
    QCOMPARE(sniffed.firstRow.value(0), firstHeader);

    // The same through a device, as the import dialog does, and read back in full.
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvSniffResult peeked = CsvSniffer::sniff(&buffer);
    QCOMPARE(peeked.encoding, encoding);
    QCOMPARE(peeked.delimiter, delimiter.at(0));
    QCOMPARE(buffer.pos(), 0);

    CsvOptions options;
    options.chunkSize = 7;
    QStringList records;
    const CsvReadResult result = CsvReader::read(&buffer, options, [&](const CsvRow &row) {
        records.append(row.fields.join(delimiter));
        return true;
    });
    QVERIFY(result.isSuccess());
    QVERIFY(!result.decodingErrors);
    QCOMPARE(result.raggedRowCount, 0);
    // Quotes are gone after reading; compare with the quotes of the source removed.
    QString expected = text;
    expected.remove(u'"');
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString got = records.join(u'\n') + u'\n';
    got.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(got, expected);
}

void TestCsvSniffer::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("certain");

    QTest::newRow("ASCII whole file")
        << QByteArray("a,b\n1,2\n") << true << QByteArray("UTF-8") << true;
    QTest::newRow("ASCII sample: no evidence")
        << QByteArray("a,b\n1,2\n") << false << QByteArray("UTF-8") << false;
    QTest::newRow("UTF-8 Cyrillic")
        << encode("UTF-8", s("Пётр")) << true << QByteArray("UTF-8") << true;
    QTest::newRow("UTF-8 cut inside a character")
        << encode("UTF-8", s("Пётр")).chopped(1) << false << QByteArray("UTF-8") << true;
    QTest::newRow("UTF-8 file truncated inside a character")
        << encode("UTF-8", s("Пётр,José\nЁжик")).chopped(1) << true << QByteArray("UTF-8") << true;
    QTest::newRow("1252 file ending in Ã is no cut UTF-8")
        << encode("windows-1252", s("Nombre\nJos\u00c3")) << true << QByteArray("windows-1252")
        << true;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "a")
                               << true << QByteArray("UTF-8") << true;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                "a\0",
                                                4)
                                  << true << QByteArray("UTF-16LE") << true;
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a", 4) << true << QByteArray("UTF-16BE")
                                  << true;
    QTest::newRow("UTF-16LE without BOM") << encode("UTF-16LE", s("name\tphone\r\nJosé\t600\r\n"))
                                          << true << QByteArray("UTF-16LE") << false;
    // uchardet answers "UTF-8" for these four bytes: the statistics decide.
    QTest::newRow("one short 1251 word")
        << encode("windows-1251", s("Пётр")) << true << QByteArray("windows-1251") << false;
    QTest::newRow("one short 1252 word")
        << encode("windows-1252", s("Muñoz")) << true << QByteArray("windows-1252") << false;
    QTest::newRow("1251 line") << encode("windows-1251",
                                         s("Иванов Иван Иванович;Москва;ул. Ленина"))
                               << true << QByteArray("windows-1251") << true;
    QTest::newRow("1252 line") << encode("windows-1252",
                                         s("Nombre;Apellido;Teléfono\r\nJosé;Muñoz;+34 600\r\n"))
                               << true << QByteArray("windows-1252") << true;
    QTest::newRow("1252 with euro sign") << encode("windows-1252", s("Precio;10 €;Pe\u00f1a"))
                                         << true << QByteArray("windows-1252") << true;
    QTest::newRow("UTF-8 with stray NUL")
        << QByteArray("a,b\0,c\n", 7) << true << QByteArray("UTF-8") << true;
}

void TestCsvSniffer::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, wholeFile);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, certain);

    bool sure = !certain;
    QCOMPARE(CsvSniffer::detectEncoding(bytes, wholeFile, nullptr, &sure), encoding);
    QCOMPARE(sure, certain);
}

void TestCsvSniffer::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << s("a,b,c\n1,2,3\n") << QStringLiteral(",") << 3;
    QTest::newRow("semicolon with decimal commas")
        << s("name;price;qty\nx;1,5;2\ny;2,25;3\nz;3;4\n") << QStringLiteral(";") << 3;
    QTest::newRow("comma with semicolons in quotes")
        << s("a,b\n\"x;y;z\",1\n\"p;q\",2\n") << QStringLiteral(",") << 2;
    QTest::newRow("tab") << s("a\tb\n1\t2, 3\n") << QStringLiteral("\t") << 2;
    QTest::newRow("pipe") << s("a|b|c\n1|2|3\n") << QStringLiteral("|") << 3;
    QTest::newRow("header only") << s("Имя;Телефон") << QStringLiteral(";") << 2;
    QTest::newRow("one column defaults to comma")
        << s("email\na@b.c\n") << QStringLiteral(",") << 1;
    QTest::newRow("semicolons in unquoted comma file text")
        << s("id,comment\n1,ok; fine\n2,bad; very; bad\n3,none\n") << QStringLiteral(",") << 2;
}

void TestCsvSniffer::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(int, columns);

    int count = 0;
    QCOMPARE(CsvSniffer::detectDelimiter(text, u'"', true, &count), delimiter.at(0));
    QCOMPARE(count, columns);
}

void TestCsvSniffer::sepLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter"); // empty: none
    QTest::addColumn<int>("length");

    QTest::newRow("LF") << s("sep=;\na;b") << QStringLiteral(";") << 6;
    QTest::newRow("CRLF") << s("sep=,\r\na,b") << QStringLiteral(",") << 7;
    QTest::newRow("upper case") << s("SEP=|\n") << QStringLiteral("|") << 6;
    QTest::newRow("tab") << s("sep=\t\n") << QStringLiteral("\t") << 6;
    QTest::newRow("quoted") << s("\"sep=;\"\r\n") << QStringLiteral(";") << 9;
    QTest::newRow("padded by a CSV writer") << s("sep=;;;\n") << QStringLiteral(";") << 8;
    QTest::newRow("whole file") << s("sep=;") << QStringLiteral(";") << 5;
    QTest::newRow("data that starts like it") << s("sep=a,b\n") << QString() << 0;
    QTest::newRow("no delimiter") << s("sep=\n") << QString() << 0;
    QTest::newRow("ordinary header") << s("separator;x\n") << QString() << 0;
}

void TestCsvSniffer::sepLine()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(int, length);

    qsizetype lineLength = -1;
    const QChar found = CsvSniffer::sepLineDelimiter(text, &lineLength);
    QCOMPARE(found, delimiter.isEmpty() ? QChar() : delimiter.at(0));
    if (!found.isNull())
        QCOMPARE(lineLength, length);
}

void TestCsvSniffer::header_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<bool>("header");

    QTest::newRow("names") << QStringList{s("Имя"), s("Телефон"), s("E-mail")} << true;
    QTest::newRow("data with a phone")
        << QStringList{s("Пётр"), s("+7 926 123-45-67"), s("p@x.ru")} << false;
    QTest::newRow("data with a date") << QStringList{s("Ana"), s("05/03/1984")} << false;
    QTest::newRow("empty cell") << QStringList{s("id"), QString()} << false;
    QTest::newRow("duplicate") << QStringList{s("Name"), s("name")} << false;
    QTest::newRow("empty row") << QStringList{} << false;
}

void TestCsvSniffer::header()
{
    QFETCH(QStringList, row);
    QFETCH(bool, header);
    QCOMPARE(CsvSniffer::looksLikeHeader(row), header);
}

void TestCsvSniffer::utf8Validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("truncatedOk");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ASCII") << QByteArray("abc") << false << true;
    QTest::newRow("2-byte") << QByteArray("\xC3\xB1") << false << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << false << true;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false << false;
    QTest::newRow("latin-1 byte") << QByteArray("Espa\xF1"
                                                "a")
                                  << false << false;
    QTest::newRow("truncated, not allowed") << QByteArray("a\xE2\x82") << false << false;
    QTest::newRow("truncated, allowed") << QByteArray("a\xE2\x82") << true << true;
    QTest::newRow("bad then truncated") << QByteArray("\xE2\x28\xA1") << true << false;
}

void TestCsvSniffer::utf8Validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, truncatedOk);
    QFETCH(bool, valid);
    QCOMPARE(CsvSniffer::isValidUtf8(bytes, truncatedOk), valid);
}

void TestCsvSniffer::overridesAreKept()
{
    const QByteArray bytes = encode("windows-1251", russianExport());
    CsvOptions options;
    options.encoding = "windows-1252";
    options.delimiter = u',';
    const CsvSniffResult sniffed = CsvSniffer::sniff(bytes, true, options);
    QCOMPARE(sniffed.encoding, QByteArray("windows-1252"));
    QCOMPARE(sniffed.delimiter, QChar(u','));
}

void TestCsvSniffer::supportedEncodingsDecode()
{
    for (const QByteArray &name : CsvSniffer::supportedEncodings())
        QVERIFY2(QStringDecoder(name.constData()).isValid(), name.constData());
}

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
