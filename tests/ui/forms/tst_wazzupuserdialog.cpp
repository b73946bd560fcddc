#include "fieldproblemlabel.h"
#include "formtesthelpers.h"
#include "wazzupuserdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace FormTest;

class TestWazzupUserDialog : public QObject
{
    Q_OBJECT

private slots:
    void emptyNameBlocksSave();
    void phoneNormalisedOrRefused();
    void tooLongIdBlocksSave();
    void editingKeepsIdReadOnly();
    void roundTrip_data();
    void roundTrip();
    void serverErrors();

private:
    static QLineEdit *edit(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    }
    static FieldProblemLabel *problem(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<FieldProblemLabel *>(QLatin1String(name));
    }
    static QPushButton *saveButton(const QWidget &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    }
};

void TestWazzupUserDialog::emptyNameBlocksSave()
{
    WazzupUserDialog dialog;
    dialog.setUser({}, false);
    dialog.show();
    QPushButton *save = saveButton(dialog);
    QVERIFY(save);
    typeInto(edit(dialog, "id"), QStringLiteral("manager-17"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem(dialog, "nameProblem")->isVisible());
    QVERIFY(problem(dialog, "nameProblem")->hasError());
    QVERIFY2(save->toolTip().contains(QLatin1String("Name:")), qPrintable(save->toolTip()));
    QVERIFY(!problem(dialog, "idProblem")->isVisible());

    // Spaces are not a name.
    typeInto(edit(dialog, "name"), QStringLiteral("   "));
    QVERIFY(!save->isEnabled());

    typeInto(edit(dialog, "name"), QStringLiteral("Alex Salesman"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem(dialog, "nameProblem")->isVisible());
    QVERIFY(save->toolTip().isEmpty());
}

void TestWazzupUserDialog::phoneNormalisedOrRefused()
{
    // The import's rule: what can be normalised is, and the form says what
    // will be saved; what cannot is an error, never a phone Wazzup drops.
    WazzupUserDialog dialog;
    dialog.setUser({}, false);
    dialog.show();
    typeInto(edit(dialog, "id"), QStringLiteral("manager-17"));
    typeInto(edit(dialog, "name"), QStringLiteral("Alex Salesman"));
    typeInto(edit(dialog, "phone"), QStringLiteral("+7 (926) 123-45-67"));

    FieldProblemLabel *phoneProblem = problem(dialog, "phoneProblem");
    QVERIFY(!phoneProblem->isVisible());
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("phoneHint"));
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QLatin1String("79261234567")), qPrintable(hint->text()));

    QPushButton *save = saveButton(dialog);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(&dialog, &WazzupUserDialog::saveRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(dialog.user()
            == (WazzupUser{QStringLiteral("manager-17"), QStringLiteral("Alex Salesman"),
                           QStringLiteral("79261234567")}));

    typeInto(edit(dialog, "phone"), QStringLiteral("54911"));
    QVERIFY(phoneProblem->isVisible());
    QVERIFY(phoneProblem->hasError());
    QCOMPARE(phoneProblem->issues().constFirst().severity, ValidationIssue::Severity::Error);
    QVERIFY2(phoneProblem->plainText().contains(QLatin1String("drop")),
             qPrintable(phoneProblem->plainText()));
    QVERIFY(!save->isEnabled());

    typeInto(edit(dialog, "phone"), QStringLiteral("79261234567"));
    QVERIFY(!phoneProblem->isVisible());
    QVERIFY(save->isEnabled());
}

void TestWazzupUserDialog::tooLongIdBlocksSave()
{
    WazzupUserDialog dialog;
    dialog.setUser({QString(201, QLatin1Char('x')), QStringLiteral("Kate"), QString()}, false);
    dialog.show();
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(problem(dialog, "idProblem")->hasError());
    QTest::keyClick(edit(dialog, "id"), Qt::Key_End);
    QTest::keyClick(edit(dialog, "id"), Qt::Key_Backspace);
    QCOMPARE(edit(dialog, "id")->text().size(), 200);
    QVERIFY(saveButton(dialog)->isEnabled());
}

void TestWazzupUserDialog::editingKeepsIdReadOnly()
{
    WazzupUserDialog dialog;
    const WazzupUser user{QStringLiteral("2e0df379"), QStringLiteral("Kate Supportics"),
                          QStringLiteral("79261234567")};
    dialog.setUser(user, true);
    dialog.show();
    QLineEdit *id = edit(dialog, "id");
    QVERIFY(id->isReadOnly());
    typeInto(id, QStringLiteral("other"));
    QCOMPARE(dialog.user().id, user.id);

    dialog.setUser({}, false);
    QVERIFY(!edit(dialog, "id")->isReadOnly());
}

void TestWazzupUserDialog::roundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::newRow("full") << QStringLiteral("2e0df379-0e3c-470f-9b36-06b9e34c3bdb")
                          << QStringLiteral("Alex Salesman") << QStringLiteral("79263334567");
    QTest::newRow("no phone") << QStringLiteral("1") << QStringLiteral("Кейт") << QString();
    QTest::newRow("bad phone, spaces")
        << QStringLiteral(" a ") << QStringLiteral("b ") << QStringLiteral("+7 926");
}

void TestWazzupUserDialog::roundTrip()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, phone);
    const WazzupUser user{id, name, phone};
    for (const bool editing : {true, false}) {
        WazzupUserDialog dialog;
        dialog.setUser(user, editing);
        QVERIFY(dialog.user() == user);
    }
}

void TestWazzupUserDialog::serverErrors()
{
    WazzupUserDialog dialog;
    dialog.setUser({QStringLiteral("1"), QStringLiteral("Kate"), QString()}, true);
    dialog.show();
    dialog.setBusy(true);
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(!edit(dialog, "name")->isEnabled());
    dialog.showServerError(QStringLiteral("name"), QStringLiteral("Rejected by Wazzup."));
    QVERIFY(!dialog.isBusy());
    QVERIFY(edit(dialog, "name")->isEnabled());
    QCOMPARE(problem(dialog, "nameProblem")->plainText(), QStringLiteral("Rejected by Wazzup."));
    QVERIFY(saveButton(dialog)->isEnabled());

    dialog.showServerError(QString(), QStringLiteral("The account has 1,000 users already."));
    QVERIFY(problem(dialog, "generalProblem")->isVisible());
    QCOMPARE(problem(dialog, "generalProblem")->plainText(),
             QStringLiteral("The account has 1,000 users already."));
}

QTEST_MAIN(TestWazzupUserDialog)
#include "tst_wazzupuserdialog.moc"
