#include "importcells.h"

#include <QTest>

// ImportCells packs a row's cells into one string: every list of cells must
// come back exactly as it went in.
class TestImportCells : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void outOfRange();
    void initializerList();
};

void TestImportCells::roundTrip_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("none") << QStringList();
    QTest::newRow("one empty") << QStringList{QString()};
    QTest::newRow("empties") << QStringList{QString(), QString(), QString()};
    QTest::newRow("plain") << QStringList{QStringLiteral("C000000001"),
                                          QStringLiteral("ana@example.com"), QString(),
                                          QStringLiteral("Peña")};
    QTest::newRow("cyrillic and quotes")
        << QStringList{QStringLiteral("Ёлкин"), QStringLiteral("say \"hi\", then\nleave")};
    QTest::newRow("NUL and separators") << QStringList{
        QString(QChar(0)), QStringLiteral("\x01\x1f\x1e"), QString(2, QChar(0xffff))};
    // Longer than one UTF-16 unit can count.
    QTest::newRow("long") << QStringList{QString(70000, u'x'), QStringLiteral("after")};
    QTest::newRow("length 65536") << QStringList{QString(65536, u'y'), QString()};
}

void TestImportCells::roundTrip()
{
    QFETCH(QStringList, cells);
    const ImportCells packed(cells);
    QCOMPARE(packed.toList(), cells);
    QCOMPARE(packed.size(), cells.size());
    QCOMPARE(packed.isEmpty(), cells.isEmpty());
    for (qsizetype i = 0; i < cells.size(); ++i)
        QCOMPARE(packed.at(i), cells.at(i));
    QCOMPARE(ImportCells(packed.toList()), packed);
    // As the import reader packs them: from views into its text.
    QList<QStringView> views;
    for (const QString &cell : std::as_const(cells))
        views.append(cell);
    QCOMPARE(ImportCells(views), packed);
}

void TestImportCells::outOfRange()
{
    const ImportCells packed(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(packed.at(2), QString());
    QCOMPARE(packed.at(-1), QString());
    QCOMPARE(ImportCells().at(0), QString());
}

void TestImportCells::initializerList()
{
    const ImportCells packed{QStringLiteral("id-1"), QStringLiteral("Иван")};
    QCOMPARE(packed.toList(), (QStringList{QStringLiteral("id-1"), QStringLiteral("Иван")}));
}

QTEST_GUILESS_MAIN(TestImportCells)
#include "tst_importcells.moc"
