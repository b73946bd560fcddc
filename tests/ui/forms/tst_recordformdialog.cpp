// The save cycle both record forms share through RecordFormDialog, driven
// through the base class only: Save asks, "Saving…" disables the fields and
// Save, a server error ends the wait and shows beside its field (or in the
// general line), editing that field clears it, and a blocked form says why.

#include "customerdialog.h"
#include "fieldproblemlabel.h"
#include "recordformdialog.h"
#include "wazzupuserdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestRecordFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void saveCycle_data();
    void saveCycle();
    void blockedSaveSaysWhy_data();
    void blockedSaveSaysWhy();
    void closingAsksOnlyAfterChanges_data();
    void closingAsksOnlyAfterChanges();
};

namespace {

// A filled form of each kind, as a RecordFormDialog; fieldName is an input's
// object name and field its request name.
std::unique_ptr<RecordFormDialog> makeForm(const QString &kind)
{
    if (kind == QLatin1String("woowup-editing")) {
        // A record as read from the server, with what the form shows in its
        // own way (tags, points, consent, attributes): opened, it is unchanged.
        auto dialog = std::make_unique<CustomerDialog>();
        WoowUpCustomer customer;
        customer.userappId = 42;
        customer.email = QStringLiteral("ana@example.com");
        customer.firstName = QStringLiteral("Ana");
        customer.tags = {QStringLiteral("vip"), QStringLiteral("Club")};
        customer.points = 12;
        customer.mailing.enabled = false;
        customer.mailing.disabledReason = QStringLiteral("unsubscribe");
        customer.country = QStringLiteral("AR");
        dialog->setCustomer(customer, true);
        return dialog;
    }
    if (kind == QLatin1String("wazzup")) {
        auto dialog = std::make_unique<WazzupUserDialog>();
        dialog->setUser({QStringLiteral("u1"), QStringLiteral("Ana Pérez"), QString()}, false);
        return dialog;
    }
    auto dialog = std::make_unique<CustomerDialog>();
    WoowUpCustomer customer;
    customer.email = QStringLiteral("ana@example.com");
    customer.firstName = QStringLiteral("Ana");
    dialog->setCustomer(customer, false);
    return dialog;
}

} // namespace

void TestRecordFormDialog::saveCycle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::newRow("wazzup") << QStringLiteral("wazzup") << QStringLiteral("name")
                            << QStringLiteral("name");
    QTest::newRow("woowup") << QStringLiteral("woowup") << QStringLiteral("email")
                            << QStringLiteral("email");
}

void TestRecordFormDialog::saveCycle()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, input);
    std::unique_ptr<RecordFormDialog> form = makeForm(kind);
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *status = form->findChild<QLabel *>(QStringLiteral("saveStatus"));
    auto *general = form->findChild<FieldProblemLabel *>(QStringLiteral("generalProblem"));
    auto *edit = form->findChild<QLineEdit *>(input);
    auto *problem = form->findChild<FieldProblemLabel *>(input + QStringLiteral("Problem"));
    QVERIFY(save && status && general && edit && problem);
    QVERIFY(form->findChild<QPushButton *>(QStringLiteral("cancelButton")));
    QVERIFY(save->isEnabled());
    QVERIFY(form->saveBlockedReason().isEmpty());

    QSignalSpy asked(form.get(), &RecordFormDialog::saveRequested);
    save->click();
    QCOMPARE(asked.size(), 1);

    form->setBusy(true);
    QVERIFY(form->isBusy());
    QVERIFY(!save->isEnabled());
    QVERIFY(!edit->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("Saving…"));
    QCOMPARE(form->saveBlockedReason(), QStringLiteral("Saving…"));
    save->click();
    QCOMPARE(asked.size(), 1); // no second request while one is out

    form->showServerError(field, QStringLiteral("Taken by someone else."));
    QVERIFY(!form->isBusy());
    QVERIFY(edit->isEnabled());
    QVERIFY(problem->hasError());
    QVERIFY(problem->plainText().contains(QStringLiteral("Taken by someone else.")));

    edit->setText(edit->text() + QStringLiteral("x"));
    QVERIFY(!problem->hasError());
    QVERIFY(save->isEnabled());

    form->setBusy(true);
    form->showServerError(QString(), QStringLiteral("The server is down."));
    QVERIFY(!form->isBusy());
    QVERIFY(general->plainText().contains(QStringLiteral("The server is down.")));
    // A new attempt forgets what the server said about the last one.
    form->setBusy(true);
    QVERIFY(!general->hasError());
}

void TestRecordFormDialog::blockedSaveSaysWhy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::newRow("wazzup") << QStringLiteral("wazzup") << QStringLiteral("name");
    QTest::newRow("woowup") << QStringLiteral("woowup") << QStringLiteral("email");
}

void TestRecordFormDialog::blockedSaveSaysWhy()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    std::unique_ptr<RecordFormDialog> form = makeForm(kind);
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *status = form->findChild<QLabel *>(QStringLiteral("saveStatus"));
    if (kind == QLatin1String("woowup"))
        form->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("not-mail"));
    else
        form->findChild<QLineEdit *>(input)->clear();
    QVERIFY(!save->isEnabled());
    QVERIFY(!form->saveBlockedReason().isEmpty());
    QCOMPARE(status->text(), form->saveBlockedReason());
    QVERIFY(!save->toolTip().isEmpty());
    QSignalSpy asked(form.get(), &RecordFormDialog::saveRequested);
    save->click();
    QCOMPARE(asked.size(), 0);
}

void TestRecordFormDialog::closingAsksOnlyAfterChanges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::newRow("wazzup") << QStringLiteral("wazzup") << QStringLiteral("name");
    QTest::newRow("woowup") << QStringLiteral("woowup") << QStringLiteral("firstName");
    QTest::newRow("woowup-editing")
        << QStringLiteral("woowup-editing") << QStringLiteral("firstName");
}

void TestRecordFormDialog::closingAsksOnlyAfterChanges()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    std::unique_ptr<RecordFormDialog> form = makeForm(kind);
    auto question = [&form] {
        return form->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    };

    // Nothing changed: Esc closes without a word.
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form.get()));
    QTest::keyClick(form.get(), Qt::Key_Escape);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Rejected));
    QVERIFY(!question() || !question()->isVisible());

    // Typed something: Esc asks, and keeping goes on with the text kept.
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form.get()));
    auto *edit = form->findChild<QLineEdit *>(input);
    QVERIFY(edit);
    const QString typed = edit->text() + QStringLiteral("x");
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, QStringLiteral("x"));
    QTest::keyClick(form.get(), Qt::Key_Escape);
    QVERIFY(form->isVisible());
    QTRY_VERIFY(question() && question()->isVisible());
    QCOMPARE(question()->text(), QStringLiteral("Discard changes?"));
    question()->findChild<QPushButton *>(QStringLiteral("keepEditingButton"))->click();
    QTRY_VERIFY(!question()->isVisible());
    QVERIFY(form->isVisible());
    QCOMPARE(edit->text(), typed);

    // Cancel and the window's close ask too; discarding closes.
    form->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QTRY_VERIFY(question()->isVisible());
    question()->findChild<QPushButton *>(QStringLiteral("keepEditingButton"))->click();
    QTRY_VERIFY(!question()->isVisible());
    form->close();
    QVERIFY(form->isVisible());
    QTRY_VERIFY(question()->isVisible());
    question()->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    QTRY_VERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestRecordFormDialog)
#include "tst_recordformdialog.moc"
