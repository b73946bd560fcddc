#include "csvreader.h"
#include "importreader.h"
#include "importrowchecker.h"
#include "importrows.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The reader keeps each row packed (its cells and the checker's verdict)
// and makes the row again when it is read. Differential: every row must
// come out exactly as the checker makes it from the file's own rows, with
// the duplicates an earlier reader found with a table of every key, over a
// corpus of awkward files and a generated 100,000-row one.
class TestImportRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRowsAsCheckingEachRow_data();
    void sameRowsAsCheckingEachRow();
    void correctionsAreRead();
    void changesSurviveMakingTheRowAgain();
    void copiesShareUntilChanged();
    void loneSurrogateRowIsHeldWhole();

private:
    QString write(const QString &name, const QByteArray &content);
    static QByteArray generatedCustomers(int rows);

    QTemporaryDir m_dir;
};

namespace {

// What the reader did before rows were packed: every row checked and kept
// whole, duplicates found with a table of every key.
QList<ImportRow> checkedOneByOne(const ImportSource &source, const ImportReadResult &read)
{
    QFile file(source.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ImportRowChecker checker(source.service, read.mapping, source.definitions, false,
                                   source.csv);
    const bool corrected = source.overrides.appliesTo(read.checksum, source.sheet);
    QList<ImportRow> rows;
    QHash<QString, qint64> seen;
    bool header = source.hasHeader;
    CsvReader reader(source.csv);
    reader.read(&file, [&](const CsvRow &csvRow) {
        if (header) {
            header = false;
            return true;
        }
        CsvRow cells = csvRow;
        if (corrected)
            source.overrides.apply(&cells);
        ImportRow row = checker.check(cells);
        if (row.action != ImportRow::Action::Invalid && !row.key.isEmpty()) {
            const auto earlier = seen.constFind(row.key);
            if (earlier != seen.constEnd()) {
                row.action = ImportRow::Action::Invalid;
                row.state = ImportRow::State::Skipped;
                row.error = ImportRowChecker::duplicateProblem(row, *earlier);
            } else {
                seen.insert(row.key, row.number);
            }
        }
        rows.append(row);
        return true;
    });
    return rows;
}

// QCOMPARE of every member, naming the row that differs.
bool sameRow(const ImportRow &made, const ImportRow &expected, QString *why)
{
    const auto differs = [why, &expected](const char *member) {
        *why = QStringLiteral("row %1: %2 differs").arg(expected.number).arg(QLatin1String(member));
        return false;
    };
    if (made.number != expected.number)
        return differs("number");
    if (made.line != expected.line)
        return differs("line");
    if (!(made.cells == expected.cells))
        return differs("cells");
    if (made.readProblem != expected.readProblem
        || made.readProblemColumn != expected.readProblemColumn)
        return differs("readProblem");
    if (made.key != expected.key)
        return differs("key");
    if (made.action != expected.action)
        return differs("action");
    if (made.state != expected.state)
        return differs("state");
    if (made.error != expected.error)
        return differs("error");
    if (!(made.customer == expected.customer))
        return differs("customer");
    if (!(made.wazzupUser == expected.wazzupUser))
        return differs("wazzupUser");
    if (made.cleared != expected.cleared)
        return differs("cleared");
    return true;
}

} // namespace

void TestImportRows::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImportRows::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

QByteArray TestImportRows::generatedCustomers(int rows)
{
    // Every kind of row a real file has, mixed: duplicates (also by case),
    // invalid cells, quoted line breaks and quotes, long cells (lengths of
    // several bytes), Cyrillic, emoji, blank consent, cleared values.
    QRandomGenerator random(20);
    QByteArray csv = "service_uid;email;first_name;last_name;birthdate;points;tags;"
                     "mailing_enabled;sms_enabled;city;notes\n";
    const QList<QByteArray> names = {"Ana",           "Ольга",      "José", "\"Quoted\" Name",
                                     "Пётр 🙂", "multi\nline"};
    for (int i = 0; i < rows; ++i) {
        const quint32 pick = random.bounded(100u);
        const int id = pick < 3 ? int(random.bounded(quint32(i + 1))) : i; // 3 % duplicates
        QByteArray email = "user" + QByteArray::number(id) + "@example.com";
        if (pick == 1)
            email = email.toUpper();
        const QByteArray name = names.at(int(random.bounded(quint32(names.size()))));
        const QByteArray quoted = '"' + QByteArray(name).replace("\"", "\"\"") + '"';
        const QByteArray birth = pick == 5
            ? QByteArray("31/02/1990")
            : QByteArray("1990-01-") + QByteArray::number(1 + id % 28);
        const QByteArray points = pick == 6 ? QByteArray("many") : QByteArray::number(id % 5000);
        const QByteArray mailing = pick % 3 == 0 ? "" : (pick % 3 == 1 ? "yes" : "no");
        const QByteArray longCell = pick == 7 ? QByteArray(300, 'x') : QByteArray("Córdoba");
        QByteArray line = (pick == 8 ? QByteArray() : "C" + QByteArray::number(id)) + ';'
            + (pick == 9 ? QByteArray("not-an-email") : email) + ';' + quoted + ";Paz;" + birth
            + ';' + points + ";\"vip, 2024\";" + mailing + ";;" + longCell + ";note\n";
        if (pick == 10)
            line = "C" + QByteArray::number(id) + ";short\n"; // cells missing
        if (pick == 11)
            line.insert(line.size() - 1, ";extra;cells"); // too many
        csv += line;
    }
    return csv;
}

void TestImportRows::sameRowsAsCheckingEachRow_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("clearBlank");

    QTest::newRow("customers, awkward cells")
        << int(Service::WoowUp)
        << QByteArray("email,first_name,points,mailing_enabled,whatsapp_enabled,city\n"
                      "ana@example.com,Ana,10,yes,,Lima\n"
                      "ANA@example.com,Ana again,11,,no,Lima\n" // a duplicate by case
                      "bad-email,Bo,12,,,\n"
                      ",Nobody,1,,,\n" // no identifier
                      "\"q\"\"uote@example.com\",\"Line\nbreak\",7,maybe,,\n"
                      "long@example.com,"
                      + QByteArray(200, 'n')
                      + ",3,no,yes,Córdoba\n"
                        "emoji@example.com,🙂 Смайл,,1,0,\n"
                        "short@example.com\n"
                        "extra@example.com,E,1,yes,no,X,Y,Z\n"
                        "ana@example.com,Third,12,,,\n")
        << QStringList();
    QTest::newRow("customers, blanks clear")
        << int(Service::WoowUp)
        << QByteArray("email;first_name;city\nana@example.com;;\nbo@example.com;Bo;\n"
                      "ana@example.com;Dup;\nbad;;\n")
        << QStringList{QStringLiteral("first_name"), QStringLiteral("city")};
    // U+FEFF at the start of a cell (a file pasted together from others)
    // is part of the cell, not a byte order mark.
    QTest::newRow("byte order mark in a cell")
        << int(Service::WoowUp)
        << QByteArray("email,first_name\nana@example.com,Ana\n\xef\xbb\xbf"
                      "ana@example.com,\xef\xbb\xbf"
                      "Bom\nana@example.com,Dup\nbad,X\n")
        << QStringList();
    QTest::newRow("staff")
        << int(Service::Wazzup)
        << QByteArray("id,name,phone\nch-1,Uno,+7 926 111 22 33\nch-2,Dos,\nch-1,Again,\n"
                      ",Nameless,\nch-3,,54911\nch-4,Cuatro,79261112233\n")
        << QStringList();
    QTest::newRow("generated 100,000 rows")
        << int(Service::WoowUp) << generatedCustomers(100000) << QStringList();
}

void TestImportRows::sameRowsAsCheckingEachRow()
{
    QFETCH(int, service);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, clearBlank);
    ImportSource source;
    source.service = Service(service);
    source.filePath = write(QStringLiteral("rows.csv"), content);
    QVERIFY(!source.filePath.isEmpty());
    source.clearBlank = clearBlank;

    const ImportReadResult read = ImportReader::readNow(source);
    QVERIFY2(read.csv.isSuccess(), qPrintable(read.csv.errorText));
    const QList<ImportRow> expected = checkedOneByOne(source, read);
    QCOMPARE(read.rows.size(), expected.size());
    QVERIFY(read.rows.size() > 0);
    // Packed, not held whole: else the test proves nothing of packing.
    QCOMPARE(read.rows.packedCount(), read.rows.size());
    int valid = 0;
    bool sawDuplicate = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QString why;
        QVERIFY2(sameRow(read.rows.at(i), expected.at(i), &why), qPrintable(why));
        QCOMPARE(read.rows.number(i), expected.at(i).number);
        QCOMPARE(read.rows.action(i), expected.at(i).action);
        QCOMPARE(read.rows.consentGiven(i),
                 ImportRowChecker::consentGiven(expected.at(i).customer));
        valid += expected.at(i).action == ImportRow::Action::Invalid ? 0 : 1;
        sawDuplicate =
            sawDuplicate || expected.at(i).error.contains(QLatin1String("same identifier"));
    }
    QCOMPARE(read.validCount, valid);
    QCOMPARE(read.invalidCount, int(expected.size()) - valid);
    QVERIFY(sawDuplicate);
    QVERIFY(valid > 0);
    QVERIFY(read.invalidCount > 0);
}

void TestImportRows::correctionsAreRead()
{
    ImportSource source;
    source.filePath = write(QStringLiteral("corrected.csv"),
                            "email,first_name,points\nana@example.com,Ana,many\n"
                            "bo@example.com,Bo,2\n");
    source.overrides = ImportCellOverrides{
        ImportReader::checksum(source.filePath), QString(), {{2, {{2, QStringLiteral("12")}}}}};
    const ImportReadResult read = ImportReader::readNow(source);
    QVERIFY(read.csv.isSuccess());
    const QList<ImportRow> expected = checkedOneByOne(source, read);
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.rows.at(0).cells.at(2), QStringLiteral("12"));
    QCOMPARE(read.rows.at(0).action, ImportRow::Action::Create); // "many" corrected
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QString why;
        QVERIFY2(sameRow(read.rows.at(i), expected.at(i), &why), qPrintable(why));
    }
    QCOMPARE(read.checksum, ImportReader::checksum(source.filePath));
}

void TestImportRows::changesSurviveMakingTheRowAgain()
{
    ImportSource source;
    source.filePath = write(QStringLiteral("changes.csv"),
                            "email,first_name\nana@example.com,Ana\nbo@example.com,Bo\n");
    ImportRows rows = ImportReader::readNow(source).rows;
    QCOMPARE(rows.size(), 2);
    auto server = std::make_shared<const WoowUpCustomer>(rows.at(0).customer);
    rows.setAction(0, ImportRow::Action::Update);
    rows.setState(0, ImportRow::State::Failed);
    rows.setError(0, QStringLiteral("server said no"));
    rows.setServerCustomer(0, server);
    const ImportRow changed = rows.at(0);
    QCOMPARE(changed.action, ImportRow::Action::Update);
    QCOMPARE(changed.state, ImportRow::State::Failed);
    QCOMPARE(changed.error, QStringLiteral("server said no"));
    QCOMPARE(changed.serverCustomer, server);
    QCOMPARE(changed.customer.email, QStringLiteral("ana@example.com"));
    QVERIFY(rows.needsSending(0));
    // The other row is untouched.
    QCOMPARE(rows.at(1).action, ImportRow::Action::Create);
    QVERIFY(!rows.at(1).serverCustomer);

    // A row replaced is held whole, with its own record.
    ImportRow other = rows.at(1);
    other.customer.firstName = QStringLiteral("Kept phone");
    rows.replace(1, other);
    QCOMPARE(rows.at(1).customer.firstName, QStringLiteral("Kept phone"));
    QCOMPARE(rows.packedCount(), 1);
    rows.setState(1, ImportRow::State::Done);
    QCOMPARE(rows.at(1).state, ImportRow::State::Done);
    QVERIFY(!rows.needsSending(1));
}

void TestImportRows::copiesShareUntilChanged()
{
    ImportSource source;
    source.filePath =
        write(QStringLiteral("share.csv"), "email\nana@example.com\nbo@example.com\n");
    const ImportRows read = ImportReader::readNow(source).rows;
    ImportRows plan = read;
    QVERIFY(plan.isSharedWith(read));
    plan.setAction(0, ImportRow::Action::Unchanged);
    QVERIFY(!plan.isSharedWith(read));
    QCOMPARE(read.action(0), ImportRow::Action::Create);
    QCOMPARE(plan.action(0), ImportRow::Action::Unchanged);
    QCOMPARE(plan.at(1).customer.email, QStringLiteral("bo@example.com"));
    // Clearing keeps the checker (the session refills cleared rows) and
    // leaves the other copy alone.
    ImportRows cleared = read;
    cleared.clear();
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(read.size(), 2);
    QVERIFY(!cleared.isSharedWith(read));
}

void TestImportRows::loneSurrogateRowIsHeldWhole()
{
    // UTF-16 with a lone high surrogate in a cell: it has no UTF-8 form.
    QString text = QStringLiteral("email,first_name\nana@example.com,A");
    text.append(QChar(0xd800));
    text.append(QStringLiteral("\nbo@example.com,Bo\n"));
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    ImportSource source;
    source.filePath = write(QStringLiteral("surrogate.csv"), utf16);
    const ImportReadResult read = ImportReader::readNow(source);
    QVERIFY2(read.csv.isSuccess(), qPrintable(read.csv.errorText));
    const QList<ImportRow> expected = checkedOneByOne(source, read);
    QCOMPARE(read.rows.size(), 2);
    QVERIFY(read.rows.at(0).cells.at(1).back().isHighSurrogate());
    QCOMPARE(read.rows.packedCount(), 1);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QString why;
        QVERIFY2(sameRow(read.rows.at(i), expected.at(i), &why), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
