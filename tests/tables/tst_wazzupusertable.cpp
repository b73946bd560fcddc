#include "wazzupusertablemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Wazzup's list of users has no phones: a refresh keeps the phones read one
// user at a time, and a phone never read says why the cell is empty.
class TestWazzupUserTable : public QObject
{
    Q_OBJECT

private slots:
    void refreshKeepsPhonesReadBefore();
    void unreadPhoneSaysWhyItIsEmpty();
};

namespace {
WazzupUser user(const QString &id, const QString &name, const QString &phone = {})
{
    WazzupUser result;
    result.id = id;
    result.name = name;
    result.phone = phone;
    return result;
}
} // namespace

void TestWazzupUserTable::refreshKeepsPhonesReadBefore()
{
    WazzupUserTableModel model;
    model.setUsers({user(u"1"_s, u"Ana"_s), user(u"2"_s, u"Bob"_s)});
    model.upsertUser(user(u"1"_s, u"Ana"_s, u"79261112233"_s)); // read with GET /v3/users/1
    model.setUsers({user(u"1"_s, u"Ana"_s), user(u"2"_s, u"Bob"_s)}); // the list again
    const int ana = model.rowOf(u"1"_s);
    QCOMPARE(model.index(ana, WazzupUserTableModel::PhoneColumn).data().toString(),
             u"79261112233"_s);
    QCOMPARE(model.userAt(ana).phone, u"79261112233"_s);
    // A phone removed and read back empty stays empty after a refresh.
    model.upsertUser(user(u"1"_s, u"Ana"_s));
    model.setUsers({user(u"1"_s, u"Ana"_s), user(u"2"_s, u"Bob"_s)});
    QCOMPARE(model.userAt(model.rowOf(u"1"_s)).phone, QString());
}

void TestWazzupUserTable::unreadPhoneSaysWhyItIsEmpty()
{
    WazzupUserTableModel model;
    model.setUsers({user(u"1"_s, u"Ana"_s), user(u"2"_s, u"Bob"_s)});
    model.upsertUser(user(u"2"_s, u"Bob"_s)); // read: Bob has no phone
    const QString unread = model.index(model.rowOf(u"1"_s), WazzupUserTableModel::PhoneColumn)
                               .data(Qt::ToolTipRole)
                               .toString();
    QVERIFY2(unread.contains(u"does not include phones"_s), qPrintable(unread));
    QCOMPARE(model.index(model.rowOf(u"2"_s), WazzupUserTableModel::PhoneColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QString());
}

QTEST_MAIN(TestWazzupUserTable)
#include "tst_wazzupusertable.moc"
