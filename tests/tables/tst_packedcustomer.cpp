#include "csvexport.h"
#include "packedcustomer.h"
#include "woowupcodec.h"
#include "woowupcustomertablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

// The table keeps customers packed (packedcustomer.h): whatever goes in must
// come out equal, and the table must show what it showed from full records.
class TestPackedCustomer : public QObject
{
    Q_OBJECT

private slots:
    void emptyRecordRoundTrips();
    void fullRecordRoundTrips();
    void longAndUnusualTextRoundTrips();
    void fieldsReadWithoutUnpacking();
    void tableShowsAndGivesBackTheRecords();
    void tableSortsByNumbersAndConsent();
    void tableShowsEitherReasonSpellingAlike_data();
    void tableShowsEitherReasonSpellingAlike();
};

namespace {

WoowUpCustomer fullCustomer()
{
    WoowUpCustomer c;
    c.serviceUid = QStringLiteral("CRM-1");
    c.email = QStringLiteral("tatiana@example.com");
    c.document = QStringLiteral("20123456");
    c.documentType = QStringLiteral("DNI");
    c.telephone = QStringLiteral("+54 9 11 4000 0000");
    c.firstName = QStringLiteral("Татьяна");
    c.lastName = QStringLiteral("Benítez");
    c.birthdate = QStringLiteral("1980-02-29");
    c.gender = QStringLiteral("F");
    c.street = QStringLiteral("Av. Corrientes 1234");
    c.postcode = QStringLiteral("C1043");
    c.city = QStringLiteral("Buenos Aires");
    c.department = QStringLiteral("Palermo");
    c.state = QStringLiteral("CABA");
    c.country = QStringLiteral("ARG");
    c.maritalStatus = QStringLiteral("married");
    c.tags = {QStringLiteral("vip"), QStringLiteral("tienda, palermo"), QString()};
    c.points = -5;
    c.clubInscriptionDate = QStringLiteral("2021-03-04");
    c.mailing.enabled = true;
    c.whatsapp.enabled = false;
    c.whatsapp.disabledReason = QStringLiteral("unsubscribe");
    c.sms.disabledReason = QStringLiteral("other"); // a reason without a setting
    c.customAttributes = {
        {QStringLiteral("text"), QStringLiteral("Chuky")},
        {QStringLiteral("count"), qint64(-2)},
        {QStringLiteral("int"), 7},
        {QStringLiteral("weight"), 20.3},
        {QStringLiteral("flag"), true},
        {QStringLiteral("list"), QStringList{QStringLiteral("a"), QStringLiteral("б")}},
        {QStringLiteral("when"), QDateTime(QDate(2017, 8, 3), QTime(14, 0), Qt::UTC)},
        {QStringLiteral("null"), QVariant()},
    };
    c.userappId = 9007199254740993LL;
    c.userId = 58000001;
    c.appId = -1;
    c.pointsPending = 0;
    c.customform = {{QStringLiteral("answer"), QStringLiteral("yes")}};
    c.blocked = true;
    c.notes = QStringLiteral("Prefers delivery after 18:00");
    c.family = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Toby")}}};
    c.createtime = QStringLiteral("2019-02-01T21:26:18+00:00");
    c.updatetime = QStringLiteral("2025-06-01T12:30:00+00:00");
    return c;
}

} // namespace

void TestPackedCustomer::emptyRecordRoundTrips()
{
    QCOMPARE(PackedCustomer(WoowUpCustomer()).unpack(), WoowUpCustomer());
    QCOMPARE(PackedCustomer().unpack(), WoowUpCustomer());
    QCOMPARE(PackedCustomer().userappId(), 0);
    QVERIFY(!PackedCustomer(WoowUpCustomer()).points());
    QVERIFY(!PackedCustomer(WoowUpCustomer()).consent(PackedCustomer::Sms));
}

void TestPackedCustomer::fullRecordRoundTrips()
{
    const WoowUpCustomer customer = fullCustomer();
    const WoowUpCustomer unpacked = PackedCustomer(customer).unpack();
    QCOMPARE(unpacked, customer);
    // operator== on QVariant converts numbers; the types must survive too.
    for (auto it = customer.customAttributes.cbegin(); it != customer.customAttributes.cend(); ++it)
        QCOMPARE(unpacked.customAttributes.value(it.key()).metaType(), it.value().metaType());

    WoowUpCustomer changed = customer;
    changed.sms.enabled = true;
    changed.pointsPending.reset();
    changed.points = 12;
    QVERIFY(PackedCustomer(changed).unpack() != customer);
    QCOMPARE(PackedCustomer(changed).unpack(), changed);
}

void TestPackedCustomer::longAndUnusualTextRoundTrips()
{
    WoowUpCustomer customer = fullCustomer();
    // Lengths that need a two- and a three-byte prefix, in the first field
    // and in the middle ones, so that later fields must still be found.
    customer.firstName = QString(200, QChar(u'ж'));
    customer.notes = QString(70000, QLatin1Char('n'));
    customer.street = QStringLiteral("emoji 😀 and a NUL ") + QChar(0) + QStringLiteral(" inside");
    customer.tags = QStringList(300, QStringLiteral("t"));
    QCOMPARE(PackedCustomer(customer).unpack(), customer);
    QCOMPARE(PackedCustomer(customer).text(PackedCustomer::Updatetime), customer.updatetime);

    // UTF-8 cannot carry a lone surrogate (a JSON "\ud800" escape gives one):
    // such a row is kept as UTF-16 instead of being altered.
    WoowUpCustomer surrogate = fullCustomer();
    surrogate.city = QStringLiteral("Bad ") + QChar(0xd800) + QStringLiteral(" city");
    QCOMPARE(PackedCustomer(surrogate).unpack(), surrogate);
    QCOMPARE(PackedCustomer(surrogate).text(PackedCustomer::City), surrogate.city);
    WoowUpCustomer inAttribute = fullCustomer();
    inAttribute.customAttributes.insert(QStringLiteral("pet"), QString(QChar(0xdc00)));
    QCOMPARE(PackedCustomer(inAttribute).unpack(), inAttribute);
}

void TestPackedCustomer::fieldsReadWithoutUnpacking()
{
    const WoowUpCustomer customer = fullCustomer();
    const PackedCustomer packed(customer);
    QCOMPARE(packed.userappId(), customer.userappId);
    QCOMPARE(packed.points(), customer.points);
    QCOMPARE(packed.consent(PackedCustomer::Mailing), customer.mailing.enabled);
    QCOMPARE(packed.consent(PackedCustomer::WhatsApp), customer.whatsapp.enabled);
    QCOMPARE(packed.consent(PackedCustomer::Sms), customer.sms.enabled);
    QCOMPARE(packed.text(PackedCustomer::Email), customer.email);
    QCOMPARE(packed.text(PackedCustomer::LastName), customer.lastName);
    QCOMPARE(packed.text(PackedCustomer::WhatsAppReason), customer.whatsapp.disabledReason);
    QCOMPARE(packed.text(PackedCustomer::Updatetime), customer.updatetime);
    QCOMPARE(packed.tags(), customer.tags);
    // The reason it exists: far smaller than the record.
    QVERIFY2(packed.size() < 600, QByteArray::number(packed.size()));
}

void TestPackedCustomer::tableShowsAndGivesBackTheRecords()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    WoowUpCustomerTableModel model;
    QAbstractItemModelTester tester(&model);
    WoowUpCustomer first = fullCustomer();
    WoowUpCustomer second;
    second.userappId = 2;
    second.lastName = QStringLiteral("Smith");
    second.createtime = QStringLiteral("2020-01-02T00:00:00+00:00");
    second.tags = {QStringLiteral("a"), QStringLiteral("b")};
    model.setPageLoader([&](quint64 generation, int page, const QString &) {
        // Later, as from the network: the tester checks the model meanwhile.
        QTimer::singleShot(0, &model, [&, generation, page] {
            model.appendPage(generation, page,
                             page == 0 ? WoowUpCustomerList{first, second} : WoowUpCustomerList{});
        });
    });
    model.setSearch(QString());
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.customerAt(0), first);
    QCOMPARE(model.customerAt(1), second);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, WoowUpCustomerTableModel::NameColumn).toString(),
             WoowUpCustomerTableModel::displayName(first));
    QCOMPARE(cell(1, WoowUpCustomerTableModel::NameColumn).toString(), QStringLiteral("Smith"));
    QCOMPARE(cell(0, WoowUpCustomerTableModel::EmailColumn).toString(), first.email);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::TelephoneColumn).toString(), first.telephone);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::DocumentColumn).toString(), first.document);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::ServiceUidColumn).toString(), first.serviceUid);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::CityColumn).toString(), first.city);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::CountryColumn).toString(), first.country);
    QCOMPARE(cell(0, WoowUpCustomerTableModel::PointsColumn).toString(), QStringLiteral("-5"));
    QCOMPARE(cell(1, WoowUpCustomerTableModel::PointsColumn).toString(), QString());
    QCOMPARE(cell(0, WoowUpCustomerTableModel::TagsColumn).toString(),
             QStringLiteral("vip, tienda, palermo, "));
    QCOMPARE(cell(1, WoowUpCustomerTableModel::TagsColumn).toString(), QStringLiteral("a, b"));
    // Dates as the (American English) locale writes them, with the full year.
    QCOMPARE(cell(0, WoowUpCustomerTableModel::BirthdateColumn).toString(),
             QStringLiteral("2/29/1980"));
    QCOMPARE(cell(1, WoowUpCustomerTableModel::CreatedColumn).toString(),
             QStringLiteral("1/2/2020"));
    QVERIFY(cell(0, WoowUpCustomerTableModel::WhatsAppColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String(": ")));
    QVERIFY(!cell(0, WoowUpCustomerTableModel::MailingColumn, Qt::DecorationRole).isNull());

    // Edited, added, removed by userapp_id.
    first.email = QStringLiteral("new@example.com");
    model.upsertCustomer(first);
    QCOMPARE(model.customerAt(0).email, first.email);
    WoowUpCustomer third;
    third.userappId = 3;
    model.upsertCustomer(third);
    QCOMPARE(model.rowOf(3), 0);
    QCOMPARE(model.rowOf(2), 2);
    model.removeCustomer(first.userappId);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(first.userappId), -1);
}

void TestPackedCustomer::tableSortsByNumbersAndConsent()
{
    WoowUpCustomerTableModel model;
    QAbstractItemModelTester tester(&model);
    WoowUpCustomerList customers;
    const std::optional<qint64> points[] = {30, std::nullopt, 4, 0, 30};
    const std::optional<bool> consent[] = {true, std::nullopt, false, true, false};
    for (int i = 0; i < 5; ++i) {
        WoowUpCustomer c;
        c.userappId = i + 1;
        c.points = points[i];
        c.sms.enabled = consent[i];
        c.email = QStringLiteral("c%1@example.com").arg(5 - i);
        customers.append(c);
    }
    model.setPageLoader([&](quint64 generation, int page, const QString &) {
        // Later, as from the network: the tester checks the model meanwhile.
        QTimer::singleShot(0, &model, [&, generation, page] {
            model.appendPage(generation, page, page == 0 ? customers : WoowUpCustomerList{});
        });
    });
    model.setSearch(QString());
    QTRY_VERIFY(model.isComplete());
    const auto order = [&] {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.customerAt(row).userappId);
        return ids;
    };
    // Stable: equal keys keep their order.
    model.sort(WoowUpCustomerTableModel::PointsColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QList<qint64>{2, 4, 3, 1, 5}));
    model.sort(WoowUpCustomerTableModel::PointsColumn, Qt::DescendingOrder);
    QCOMPARE(order(), (QList<qint64>{1, 5, 3, 4, 2}));
    // Not set, then can't, then can; ties in the order of the last sort.
    model.sort(WoowUpCustomerTableModel::SmsColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QList<qint64>{2, 5, 3, 1, 4}));
    // Text by collation.
    model.sort(WoowUpCustomerTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QList<qint64>{5, 4, 3, 2, 1}));
}

void TestPackedCustomer::tableShowsEitherReasonSpellingAlike_data()
{
    QTest::addColumn<QString>("reason");
    // The docs' spelling and the one WoowUp's newer PHP client stores.
    QTest::newRow("unsubscribe") << QStringLiteral("unsubscribe");
    QTest::newRow("unsuscribe") << QStringLiteral("unsuscribe");
}

void TestPackedCustomer::tableShowsEitherReasonSpellingAlike()
{
    QFETCH(QString, reason);
    const WoowUpCustomer customer = WoowUpCodec::customerFromJson(QJsonObject{
        {QStringLiteral("userapp_id"), 7},
        {QStringLiteral("email"), QStringLiteral("a@b.co")},
        {QStringLiteral("mailing_enabled"), false},
        {QStringLiteral("mailing_enabled_reason"), reason},
    });
    WoowUpCustomerTableModel model;
    model.setPageLoader([&](quint64 generation, int page, const QString &) {
        QTimer::singleShot(0, &model, [&, generation, page] {
            model.appendPage(generation, page,
                             page == 0 ? WoowUpCustomerList{customer} : WoowUpCustomerList{});
        });
    });
    model.setSearch(QString());
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.customerAt(0).mailing.disabledReason, QStringLiteral("unsubscribe"));
    const QModelIndex cell = model.index(0, WoowUpCustomerTableModel::MailingColumn);
    // The tooltip says it in words; the export writes the value the import
    // reads back (false), as the .xlsx export does.
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Can't receive messages: Unsubscribed"));
    QCOMPARE(CsvExport::cellText(cell), QStringLiteral("false"));
}

QTEST_MAIN(TestPackedCustomer)
#include "tst_packedcustomer.moc"
