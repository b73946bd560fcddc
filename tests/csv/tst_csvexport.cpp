#include "csvexport.h"
#include "csvreader.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

// CsvExport: RFC 4180 quoting, the byte order mark, the formula guard, text
// in Russian and Spanish, and a round trip through the import's CsvReader.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void writesHeaderAndRowsExactly();
    void byteOrderMark_data();
    void byteOrderMark();
    void columnsAndRowsInTheGivenOrder();
    void iconOnlyCellsUseTheirTooltip();
    void roundTrip_data();
    void roundTrip();
    void largeTableIsWrittenInBlocks();
    void unwritableDeviceFails();
};

namespace {

using Table = QList<QStringList>; // the header first

std::unique_ptr<QStandardItemModel> modelOf(const Table &table)
{
    auto model =
        std::make_unique<QStandardItemModel>(int(table.size()) - 1, int(table.value(0).size()));
    model->setHorizontalHeaderLabels(table.value(0));
    for (int row = 1; row < table.size(); ++row) {
        for (int column = 0; column < table.at(row).size(); ++column)
            model->setItem(row - 1, column, new QStandardItem(table.at(row).at(column)));
    }
    return model;
}

QList<int> range(int count)
{
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result.append(i);
    return result;
}

QByteArray exported(const QAbstractItemModel *model, const CsvExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = CsvExport::write(model, range(model->columnCount()), CsvExport::allRows(model),
                                     &buffer, options, &error);
    if (!ok)
        qWarning() << error;
    return ok ? bytes : QByteArray();
}

Table readBack(const QByteArray &bytes, QByteArray *encoding = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options; // encoding and delimiter detected, as the import does
    options.skipEmptyLines = false;
    Table table;
    const CsvReadResult result = CsvReader::read(&buffer, options, [&](const CsvRow &row) {
        table.append(row.fields);
        return true;
    });
    if (!result.isSuccess())
        qWarning() << result.errorText;
    if (encoding)
        *encoding = result.encoding;
    return table;
}

CsvExportOptions options(bool bom, bool guard)
{
    CsvExportOptions result;
    result.byteOrderMark = bom;
    result.formulaGuard = guard;
    return result;
}

} // namespace

void TestCsvExport::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Ana"_s << true << u"Ana"_s;
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("space kept unquoted") << u" a b "_s << true << u" a b "_s;
    QTest::newRow("comma") << u"Pérez, Ana"_s << true << u"\"Pérez, Ana\""_s;
    QTest::newRow("quote doubled") << u"say \"hi\""_s << true << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << true << u"\"a\nb\""_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << true << u"\"a\r\nb\""_s;
    QTest::newRow("cyrillic") << u"Иванов Иван"_s << true << u"Иванов Иван"_s;
    QTest::newRow("spanish") << u"Muñoz, José Ángel"_s << true << u"\"Muñoz, José Ángel\""_s;
    QTest::newRow("equals") << u"=1+2"_s << true << u"'=1+2"_s;
    QTest::newRow("plus") << u"+7 999 123-45-67"_s << true << u"'+7 999 123-45-67"_s;
    QTest::newRow("minus") << u"-2+3"_s << true << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << true << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=cmd"_s << true << u"'\t=cmd"_s;
    QTest::newRow("carriage return") << u"\r=cmd"_s << true << u"\"'\r=cmd\""_s;
    QTest::newRow("formula with comma")
        << u"=HYPERLINK(\"x\",\"y\")"_s << true << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("equals later is fine") << u"a=b"_s << true << u"a=b"_s;
    QTest::newRow("apostrophe kept") << u"'quoted"_s << true << u"'quoted"_s;
    QTest::newRow("guard off") << u"=1+2"_s << false << u"=1+2"_s;
    QTest::newRow("guard off, quoted") << u"=A1,B1"_s << false << u"\"=A1,B1\""_s;
}

void TestCsvExport::field()
{
    QFETCH(QString, text);
    QFETCH(bool, guard);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(text, options(false, guard)), expected);
}

void TestCsvExport::writesHeaderAndRowsExactly()
{
    const auto model = modelOf({{u"Name"_s, u"E-mail"_s, u"Notes"_s},
                                {u"Ana Pérez"_s, u"ana@example.com"_s, u"a, b"_s},
                                {u"Иван"_s, QString(), u"=2*3"_s}});
    const QByteArray expected = u"Name,E-mail,Notes\r\n"
                                u"Ana Pérez,ana@example.com,\"a, b\"\r\n"
                                u"Иван,,'=2*3\r\n"_s.toUtf8();
    QCOMPARE(exported(model.get(), options(false, true)), expected);
}

void TestCsvExport::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("with BOM (Excel)") << true;
    QTest::newRow("plain UTF-8") << false;
}

void TestCsvExport::byteOrderMark()
{
    QFETCH(bool, bom);
    const auto model = modelOf({{u"Имя"_s}, {u"Ñandú"_s}});
    const QByteArray bytes = exported(model.get(), options(bom, true));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QCOMPARE(bytes.mid(bom ? 3 : 0), u"Имя\r\nÑandú\r\n"_s.toUtf8());
    // Only one: the header does not start with a stray U+FEFF when read back.
    QByteArray encoding;
    const Table table = readBack(bytes, &encoding);
    QCOMPARE(encoding.toUpper(), QByteArray("UTF-8"));
    QCOMPARE(table, Table({{u"Имя"_s}, {u"Ñandú"_s}}));
}

void TestCsvExport::columnsAndRowsInTheGivenOrder()
{
    const auto model = modelOf({{u"A"_s, u"B"_s, u"C"_s},
                                {u"a1"_s, u"b1"_s, u"c1"_s},
                                {u"a2"_s, u"b2"_s, u"c2"_s},
                                {u"a3"_s, u"b3"_s, u"c3"_s}});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // As a view with column C moved first, B hidden, rows 3 and 1 selected.
    QVERIFY(CsvExport::write(model.get(), {2, 0}, {2, 0}, &buffer, options(false, true)));
    QCOMPARE(bytes, QByteArray("C,A\r\nc3,a3\r\nc1,a1\r\n"));
}

void TestCsvExport::iconOnlyCellsUseTheirTooltip()
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({u"Name"_s, u"E-mail consent"_s});
    model.setItem(0, 0, new QStandardItem(u"Ana"_s));
    auto *consent = new QStandardItem;
    consent->setData(QColor(Qt::green), Qt::DecorationRole);
    consent->setToolTip(u"Can receive messages"_s);
    model.setItem(0, 1, consent);
    QCOMPARE(CsvExport::cellText(model.index(0, 1)), u"Can receive messages"_s);
    // A cell with text shows its text, not its tooltip.
    model.item(0, 0)->setToolTip(u"tip"_s);
    QCOMPARE(CsvExport::cellText(model.index(0, 0)), u"Ana"_s);
}

void TestCsvExport::roundTrip_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<Table>("expected");

    const Table people = {
        {u"Имя"_s, u"Фамилия"_s, u"Correo"_s, u"Notas"_s},
        {u"Иван"_s, u"Петров-Водкин"_s, u"ivan@example.ru"_s, u"Звонить после 18:00, не раньше"_s},
        {u"José Ángel"_s, u"Muñoz"_s, u"jose@example.es"_s, u"Dijo \"¿mañana?\"\ny se fue"_s},
        {u"Zoë"_s, QString(), QString(), u"  spaces kept  "_s},
        {u"Ёлка"_s, u"Ñ"_s, u"a;b"_s, u"line\r\nbreak"_s},
    };
    for (const bool bom : {true, false}) {
        const QString suffix = bom ? u", BOM"_s : u", no BOM"_s;
        QTest::newRow(qPrintable(u"people"_s + suffix)) << people << bom << true << people;
    }

    const Table formulas = {
        {u"Telephone"_s, u"Note"_s}, {u"+54 11 4444-5555"_s, u"=1+1"_s}, {u"-5"_s, u"@here"_s}};
    const Table guarded = {
        {u"Telephone"_s, u"Note"_s}, {u"'+54 11 4444-5555"_s, u"'=1+1"_s}, {u"'-5"_s, u"'@here"_s}};
    QTest::newRow("formulas guarded") << formulas << true << true << guarded;
    QTest::newRow("formulas unguarded") << formulas << true << false << formulas;
}

void TestCsvExport::roundTrip()
{
    QFETCH(Table, table);
    QFETCH(bool, bom);
    QFETCH(bool, guard);
    QFETCH(Table, expected);
    const auto model = modelOf(table);
    const QByteArray bytes = exported(model.get(), options(bom, guard));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(readBack(bytes), expected);
}

void TestCsvExport::largeTableIsWrittenInBlocks()
{
    const int rows = 20000;
    QStandardItemModel model(rows, 2);
    model.setHorizontalHeaderLabels({u"N"_s, u"Text"_s});
    for (int row = 0; row < rows; ++row) {
        model.setItem(row, 0, new QStandardItem(QString::number(row)));
        model.setItem(row, 1, new QStandardItem(u"Строка, номер %1"_s.arg(row)));
    }
    const Table table = readBack(exported(&model, options(true, true)));
    QCOMPARE(table.size(), rows + 1);
    QCOMPARE(table.at(12345 + 1), QStringList({u"12345"_s, u"Строка, номер 12345"_s}));
    QCOMPARE(table.last(), QStringList({u"19999"_s, u"Строка, номер 19999"_s}));
}

void TestCsvExport::unwritableDeviceFails()
{
    const auto model = modelOf({{u"A"_s}, {u"a"_s}});
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY(!CsvExport::write(model.get(), {0}, {0}, &buffer, {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
