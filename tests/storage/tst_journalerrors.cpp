// A journal that cannot be read is not an empty journal: reads say why, the
// "recently deleted" model passes it on, and the guard against importing the
// same file twice at once refuses when it cannot tell.

#include "deletedrecordsmodel.h"
#include "importjournal.h"
#include "journal.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString profile = QStringLiteral("profile-1");
const QByteArray checksum = QByteArrayLiteral("c0ffee");

// Changes the file behind the journal's back through a connection of its
// own, as another program (or a damaged disk) would.
bool execOn(const QString &path, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("tst_journalerrors-other");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

ImportPlan planOfOneRow()
{
    ImportPlan plan;
    plan.service = Service::WoowUp;
    plan.filePath = QStringLiteral("/tmp/customers.csv");
    plan.checksum = checksum;
    ImportRow row;
    row.number = 1;
    row.line = 2;
    row.key = QStringLiteral("ana@example.com");
    row.action = ImportRow::Action::Create;
    row.customer.email = row.key;
    plan.rows.append(row);
    return plan;
}

} // namespace

class TestJournalErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void guardSaysWhoIsImporting();
    void guardFailsClosedWhenTheJournalCannotBeRead();
    void guardFailsClosedWhenTheJournalIsNotOpen();
    void importReadsSayWhy();
    void deleteJournalReadsSayWhy();
    void deletedRecordsModelPassesTheErrorOn();
    void garbageFileIsNotAnEmptyJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournalErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
}

void TestJournalErrors::guardSaysWhoIsImporting()
{
    ImportJournal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    QString reason = QStringLiteral("left over");
    QVERIFY(!journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum, &reason));

    // This process runs it now: for another window of this process it is
    // "elsewhere" too.
    QVERIFY(journal.begin(profile, planOfOneRow()) > 0);
    QVERIFY(journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum, &reason));
    QVERIFY2(reason.contains(QLatin1String("is being imported into this account right now")),
             qPrintable(reason));
    QVERIFY(!journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp),
                                        QByteArrayLiteral("another file")));
}

void TestJournalErrors::guardFailsClosedWhenTheJournalCannotBeRead()
{
    ImportJournal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    QString problem;
    QVERIFY2(execOn(m_path, QStringLiteral("DROP TABLE imports"), &problem), qPrintable(problem));

    QString reason;
    QVERIFY(journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum, &reason));
    QVERIFY2(reason.contains(QLatin1String("cannot be checked")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("The import journal could not be read.")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("imports")), qPrintable(reason)); // SQLite's detail
    // Without a reason asked for, the answer is the same.
    QVERIFY(journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum));
}

void TestJournalErrors::guardFailsClosedWhenTheJournalIsNotOpen()
{
    ImportJournal journal;
    QString reason;
    QVERIFY(journal.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum, &reason));
    QVERIFY2(reason.contains(QLatin1String("The local journal is not open.")), qPrintable(reason));
}

void TestJournalErrors::importReadsSayWhy()
{
    ImportJournal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    const qint64 importId = journal.begin(profile, planOfOneRow());
    QVERIFY(importId > 0);
    QString error;
    ImportPlan plan;
    QVERIFY(journal.loadPlan(importId, &plan, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(plan.rows.size(), 1);
    QVERIFY(journal.summary(importId, &error).has_value());
    QCOMPARE(journal.rowCount(importId, ImportRow::State::Pending, &error), 1);
    QVERIFY(error.isEmpty());

    QString problem;
    QVERIFY2(execOn(m_path, QStringLiteral("DROP TABLE import_rows"), &problem),
             qPrintable(problem));
    QVERIFY(!journal.summary(importId, &error).has_value());
    QVERIFY2(error.startsWith(QLatin1String("The import journal could not be read.")),
             qPrintable(error));
    error.clear();
    QVERIFY(journal.resumableImports(profile, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!journal.resumable(profile, serviceKey(Service::WoowUp), checksum, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!journal.loadPlan(importId, &plan, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(journal.rowCount(importId, ImportRow::State::Pending, &error), -1);
    QVERIFY(!error.isEmpty());

    // An import that is not there is no read error, but loading it says so.
    ImportJournal fresh;
    QVERIFY(fresh.open(m_dir->filePath(QStringLiteral("other.sqlite"))));
    error.clear();
    QVERIFY(!fresh.summary(42, &error).has_value());
    QVERIFY(error.isEmpty());
    QVERIFY(!fresh.loadPlan(42, &plan, &error));
    QVERIFY2(error.contains(QLatin1String("There is no import 42.")), qPrintable(error));
}

void TestJournalErrors::deleteJournalReadsSayWhy()
{
    Journal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    QList<JournalItem> items(1);
    items[0].recordKey = QStringLiteral("ana@example.com");
    const qint64 operationId =
        journal.beginOperation(QStringLiteral("delete"), profile, QStringLiteral("woowup"), &items);
    QVERIFY(operationId > 0);
    QString error;
    QCOMPARE(journal.recentItems(profile, &error).size(), 1);
    QCOMPARE(journal.items(operationId, &error).size(), 1);
    QCOMPARE(journal.operations(profile, 10, &error).size(), 1);
    QCOMPARE(journal.operations(QString(), 10, &error).size(), 1); // no profile: every profile
    QCOMPARE(journal.operations(QStringLiteral(""), 10, &error).size(), 1);
    QVERIFY(journal.operation(operationId, &error).has_value());
    QVERIFY(error.isEmpty());
    QVERIFY(!journal.operation(operationId + 1, &error).has_value()); // absent, not an error
    QVERIFY(error.isEmpty());

    QString problem;
    QVERIFY2(execOn(m_path, QStringLiteral("DROP TABLE items"), &problem), qPrintable(problem));
    QVERIFY(journal.recentItems(profile, &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("The local journal could not be read.")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("items")), qPrintable(error)); // SQLite's detail
    error.clear();
    QVERIFY(journal.items(operationId, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(journal.operations(profile, 10, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(journal.interruptedOperations(profile, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!journal.operation(operationId, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestJournalErrors::deletedRecordsModelPassesTheErrorOn()
{
    Journal journal;
    QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
    QList<JournalItem> items(2);
    items[0].recordKey = QStringLiteral("ana@example.com");
    items[1].recordKey = QStringLiteral("bruno@example.com");
    QVERIFY(
        journal.beginOperation(QStringLiteral("delete"), profile, QStringLiteral("woowup"), &items)
        > 0);

    DeletedRecordsModel model;
    QSignalSpy errorChanged(&model, &DeletedRecordsModel::errorChanged);
    model.setJournal(&journal, profile);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(errorChanged.count(), 0);

    QString problem;
    QVERIFY2(execOn(m_path, QStringLiteral("DROP TABLE items"), &problem), qPrintable(problem));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.errorString().startsWith(QLatin1String("The local journal could not be read.")),
             qPrintable(model.errorString()));
    QCOMPARE(errorChanged.count(), 1);
    QCOMPARE(errorChanged.at(0).at(0).toString(), model.errorString());
    model.refresh(); // still unreadable
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());

    // Readable again (the table is back): the error goes away.
    QVERIFY2(execOn(m_path,
                    QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, operation_id "
                                   "INTEGER, position INTEGER, record_key TEXT, label TEXT, "
                                   "server_id INTEGER, snapshot TEXT, state TEXT, error TEXT, "
                                   "updated_at TEXT, action TEXT, after TEXT, fields TEXT, "
                                   "reverts INTEGER)"),
                    &problem),
             qPrintable(problem));
    const int changes = int(errorChanged.count());
    model.refresh();
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(errorChanged.count(), changes + 1);
    QVERIFY(errorChanged.last().at(0).toString().isEmpty());
}

void TestJournalErrors::garbageFileIsNotAnEmptyJournal()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    Journal journal;
    QVERIFY(!journal.open(m_path));
    QVERIFY(!journal.errorString().isEmpty());
    DeletedRecordsModel model;
    model.setJournal(&journal, profile);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.errorString(), QStringLiteral("The local journal is not open."));

    ImportJournal imports;
    QVERIFY(!imports.open(m_path));
    QString reason;
    QVERIFY(imports.isRunningElsewhere(profile, serviceKey(Service::WoowUp), checksum, &reason));
    QVERIFY2(reason.contains(QLatin1String("cannot be checked")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestJournalErrors)
#include "tst_journalerrors.moc"
