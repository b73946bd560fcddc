#include "csvexport.h"
#include "woowupcustomertablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

// The customers table under a sort: pages loaded later go where the sort
// puts them, "load all" pages to the end and sorts once; dates and numbers
// in the chosen language's locale.
class TestWoowUpCustomerTable : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void laterPagesGoIntoSortedPosition();
    void newCustomerGoesIntoSortedPosition();
    void fetchAllLoadsEveryPageAndSorts();
    void fetchAllCanBeCancelled();
    void datesAndNumbersFollowTheLocale_data();
    void datesAndNumbersFollowTheLocale();
};

namespace {

WoowUpCustomer customer(qint64 id, const QString &firstName)
{
    WoowUpCustomer c;
    c.userappId = id;
    c.firstName = firstName;
    c.email = u"%1@example.com"_s.arg(id);
    return c;
}

// Pages of `perPage` customers in id order, their names descending so that
// the server's order is the reverse of a name sort; answered later, as from
// the network.
struct PagedServer
{
    PagedServer(WoowUpCustomerTableModel *pagedModel, int customers)
        : model(pagedModel)
        , total(customers)
    { }

    WoowUpCustomerTableModel *model;
    int total;
    QList<int> asked;
    // Held answers wait in pending until the test sends them: what arrives
    // before a step does not depend on the machine's speed.
    bool hold = false;
    QList<std::function<void()>> pending;

    void attach()
    {
        model->setPageLoader([this](quint64 generation, int page, const QString &) {
            asked.append(page);
            const auto answer = [this, generation, page] {
                WoowUpCustomerList customers;
                const int size = WoowUpCustomerTableModel::pageSize;
                for (int i = page * size; i < qMin(total, (page + 1) * size); ++i)
                    customers.append(customer(i + 1, u"Name %1"_s.arg(total - i, 5, 10, '0'_L1)));
                model->appendPage(generation, page, customers);
            };
            if (hold)
                pending.append(answer);
            else
                QTimer::singleShot(0, model, answer);
        });
    }
};

QStringList names(const WoowUpCustomerTableModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, WoowUpCustomerTableModel::NameColumn).data().toString());
    return list;
}

bool isSortedAscending(const QStringList &list)
{
    return std::is_sorted(list.cbegin(), list.cend());
}

} // namespace

void TestWoowUpCustomerTable::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestWoowUpCustomerTable::laterPagesGoIntoSortedPosition()
{
    WoowUpCustomerTableModel model;
    QAbstractItemModelTester tester(&model);
    PagedServer server(&model, 250);
    server.attach();
    model.setSearch(QString());
    QTRY_COMPARE(model.rowCount(), 100);
    model.sort(WoowUpCustomerTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(isSortedAscending(names(model)));

    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 200);
    // The second page's names are all smaller: they go above the first page's.
    QVERIFY2(isSortedAscending(names(model)), qPrintable(names(model).mid(95, 10).join(u", ")));
    QCOMPARE(model.index(0, 0).data().toString(), u"Name 00051"_s);
    QCOMPARE(model.sortColumn(), int(WoowUpCustomerTableModel::NameColumn));
    QVERIFY(!model.isComplete());
}

void TestWoowUpCustomerTable::newCustomerGoesIntoSortedPosition()
{
    WoowUpCustomerTableModel model;
    QAbstractItemModelTester tester(&model);
    PagedServer server(&model, 50);
    server.attach();
    model.setSearch(QString());
    QTRY_VERIFY(model.isComplete());
    model.sort(WoowUpCustomerTableModel::NameColumn, Qt::DescendingOrder);
    model.upsertCustomer(customer(1000, u"Name 00025x"_s));
    QStringList list = names(model);
    QVERIFY(std::is_sorted(list.crbegin(), list.crend()));
    QCOMPARE(model.rowOf(1000), 25);
}

void TestWoowUpCustomerTable::fetchAllLoadsEveryPageAndSorts()
{
    WoowUpCustomerTableModel model;
    QAbstractItemModelTester tester(&model);
    PagedServer server(&model, 1234);
    server.attach();
    model.setSearch(QString());
    QTRY_COMPARE(model.rowCount(), 100);
    model.sort(WoowUpCustomerTableModel::NameColumn, Qt::AscendingOrder);

    QSignalSpy fetchingAll(&model, &WoowUpCustomerTableModel::fetchingAllChanged);
    model.fetchAll();
    QVERIFY(model.isFetchingAll());
    QTRY_VERIFY(model.isComplete());
    QVERIFY(!model.isFetchingAll());
    QCOMPARE(fetchingAll.size(), 2);
    QCOMPARE(model.rowCount(), 1234);
    QVERIFY(isSortedAscending(names(model)));
    // Each page asked for once: 0..12, the last one short.
    QList<int> expected(13);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(server.asked, expected);
}

void TestWoowUpCustomerTable::fetchAllCanBeCancelled()
{
    WoowUpCustomerTableModel model;
    PagedServer server(&model, 5000);
    server.attach();
    model.setSearch(QString());
    QTRY_COMPARE(model.rowCount(), 100);
    model.sort(WoowUpCustomerTableModel::NameColumn, Qt::AscendingOrder);
    server.hold = true;
    model.fetchAll();
    while (model.rowCount() < 300) {
        QVERIFY(!server.pending.isEmpty());
        server.pending.takeFirst()();
    }
    model.cancelFetchAll();
    QVERIFY(!model.isFetchingAll());
    // The page asked for before Cancel still answers; no other is asked.
    const qsizetype askedAtCancel = server.asked.size();
    while (!server.pending.isEmpty())
        server.pending.takeFirst()();
    QTest::qWait(50);
    const int rows = model.rowCount();
    QVERIFY(rows < 5000);
    QCOMPARE(server.asked.size(), askedAtCancel);
    QVERIFY(!model.isComplete());
    // What arrived is sorted, and nothing more is asked for.
    QVERIFY(isSortedAscending(names(model)));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), rows);
}

void TestWoowUpCustomerTable::datesAndNumbersFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("birthdate");
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("points");
    QTest::newRow("ru") << QLocale(QLocale::Russian) << u"01.02.2019"_s << u"31.12.2020"_s
                        << u"12\u00a0345"_s;
    QTest::newRow("es") << QLocale(QLocale::Spanish) << u"1/2/2019"_s << u"31/12/2020"_s
                        << u"12.345"_s;
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << u"2/1/2019"_s
                        << u"12/31/2020"_s << u"12,345"_s;
}

void TestWoowUpCustomerTable::datesAndNumbersFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, birthdate);
    QFETCH(QString, created);
    QFETCH(QString, points);
    QLocale::setDefault(locale);
    WoowUpCustomerTableModel model;
    WoowUpCustomer c = customer(1, u"Ana"_s);
    c.birthdate = u"2019-02-01"_s;
    c.createtime = u"2020-12-31T21:26:18+00:00"_s;
    c.points = 12345;
    model.setPageLoader([&](quint64 generation, int page, const QString &) {
        QTimer::singleShot(0, &model,
                           [&, generation, page] { model.appendPage(generation, page, {c}); });
    });
    model.setSearch(QString());
    QTRY_COMPARE(model.rowCount(), 1);
    const auto cell = [&](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(cell(WoowUpCustomerTableModel::BirthdateColumn), birthdate);
    QCOMPARE(cell(WoowUpCustomerTableModel::CreatedColumn), created);
    QCOMPARE(cell(WoowUpCustomerTableModel::PointsColumn), points);
    // A file gets what imports back, whatever the language.
    const auto written = [&](int column) {
        return CsvExport::cellText(model.index(0, column));
    };
    QCOMPARE(written(WoowUpCustomerTableModel::BirthdateColumn), u"2019-02-01"_s);
    QCOMPARE(written(WoowUpCustomerTableModel::CreatedColumn), u"2020-12-31"_s);
    QCOMPARE(written(WoowUpCustomerTableModel::PointsColumn), u"12345"_s);
    QCOMPARE(written(WoowUpCustomerTableModel::NameColumn), u"Ana"_s);
}

QTEST_MAIN(TestWoowUpCustomerTable)
#include "tst_woowupcustomertable.moc"
