// Every CSV the app writes (table export, import error report, bulk delete
// report) keeps a spreadsheet from running a cell as a formula, and reads
// back through our own CSV reader to what was written.

#include "bulkdeletereport.h"
#include "csvexport.h"
#include "csvreader.h"
#include "importreport.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

namespace {

enum class Writer { TableExport, ImportReport, BulkDeleteReport };

// The cell's column in each writer's output: the reports put their own
// columns first.
QByteArray write(Writer writer, const QString &cell)
{
    switch (writer) {
    case Writer::TableExport: {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Ana")));
        model.setItem(0, 1, new QStandardItem(cell));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!CsvExport::write(&model, {0, 1}, {0}, &buffer))
            return {};
        return buffer.data();
    }
    case Writer::ImportReport: {
        ImportRow row;
        row.line = 2;
        row.error = QStringLiteral("Reason");
        row.cells = {QStringLiteral("Ana"), cell};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!ImportReport::write(&buffer, {QStringLiteral("name"), QStringLiteral("value")}, {row}))
            return {};
        return buffer.data();
    }
    case Writer::BulkDeleteReport: {
        JournalItem item;
        item.label = QStringLiteral("Ana");
        item.recordKey = cell;
        item.state = JournalItem::State::Failed;
        item.error = QStringLiteral("Reason");
        return BulkDeleteReport::csv({item});
    }
    }
    return {};
}

int cellColumn(Writer writer)
{
    switch (writer) {
    case Writer::TableExport:
        return 1;
    case Writer::ImportReport:
        return 3; // Line, Reason, name, value
    case Writer::BulkDeleteReport:
        return 1; // Name, Identifier, Outcome, Reason
    }
    return -1;
}

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options; // encoding and delimiter detected, as for a file someone opens
    QList<QStringList> rows;
    const CsvReadResult result = CsvReader::read(&buffer, options, [&rows](const CsvRow &row) {
        rows.append(row.fields);
        return true;
    });
    if (!result.isSuccess())
        return {};
    return rows;
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT

private slots:
    void cellIsGuardedAndRoundTrips_data();
    void cellIsGuardedAndRoundTrips();
};

void TestExportSafety::cellIsGuardedAndRoundTrips_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("readBack"); // what a spreadsheet (and our reader) sees

    struct Case
    {
        const char *name;
        QString cell;
        QString readBack;
    };
    const QList<Case> cases = {
        {"hyperlink", QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"),
         QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"Click\")")},
        {"equals", QStringLiteral("=1+2"), QStringLiteral("'=1+2")},
        {"plus", QStringLiteral("+7 926 000-00-00"), QStringLiteral("'+7 926 000-00-00")},
        {"minus", QStringLiteral("-2+3+cmd|' /C calc'!A0"),
         QStringLiteral("'-2+3+cmd|' /C calc'!A0")},
        {"at", QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'@SUM(A1:A9)")},
        {"tab", QStringLiteral("\t=1+2"), QStringLiteral("'\t=1+2")},
        {"carriage return", QStringLiteral("\r=1+2"), QStringLiteral("'\r=1+2")},
        {"plain", QStringLiteral("Ana Pérez"), QStringLiteral("Ana Pérez")},
        {"cyrillic", QStringLiteral("Иван Петров"), QStringLiteral("Иван Петров")},
        {"empty", QString(), QString()},
        {"quotes, comma, semicolon and line break", QStringLiteral("Peña, \"la\";\nsegunda"),
         QStringLiteral("Peña, \"la\";\nsegunda")},
        {"formula inside", QStringLiteral("a=1+2"), QStringLiteral("a=1+2")},
        {"apostrophe then formula", QStringLiteral("'=kept"), QStringLiteral("''=kept")},
        {"apostrophe then letter", QStringLiteral("'Neill"), QStringLiteral("'Neill")},
        {"e-mail", QStringLiteral("ana@example.com"), QStringLiteral("ana@example.com")},
    };
    const QList<QPair<const char *, Writer>> writers = {
        {"table export", Writer::TableExport},
        {"import report", Writer::ImportReport},
        {"bulk delete report", Writer::BulkDeleteReport},
    };
    for (const auto &[writerName, writer] : writers) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", writerName, c.name) << writer << c.cell << c.readBack;
        }
    }
}

void TestExportSafety::cellIsGuardedAndRoundTrips()
{
    QFETCH(Writer, writer);
    QFETCH(QString, cell);
    QFETCH(QString, readBack);

    const QByteArray bytes = write(writer, cell);
    QVERIFY2(!bytes.isEmpty(), "the writer failed");
    const QList<QStringList> rows = readCsv(bytes);
    QCOMPARE(rows.size(), 2); // header and the one record
    const int column = cellColumn(writer);
    QCOMPARE(rows.at(0).size(), rows.at(1).size());
    QCOMPARE(rows.at(1).value(column), readBack);
    // What an import takes from the cell is exactly what was written.
    QCOMPARE(CsvExport::unguarded(rows.at(1).value(column)), cell);

    // No cell of the file, header included, starts like a formula.
    for (const QStringList &row : rows) {
        for (const QString &field : row) {
            if (field.isEmpty())
                continue;
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(field.front()), qPrintable(field));
        }
    }
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
