// Both record forms as a person drives them, saving through their accounts
// to the sandbox over real loopback HTTP; what was sent is read back from
// the sandbox's request log.

#include "conflictpanel.h"
#include "consenteditor.h"
#include "customattributeeditor.h"
#include "customerdialog.h"
#include "customerformflow.h"
#include "fieldproblemlabel.h"
#include "formtesthelpers.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"
#include "servicetestsupport.h"
#include "translator.h"
#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "wazzupuserdialog.h"
#include "wazzupuserformflow.h"
#include "woowupaccount.h"
#include "woowupclient.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace FormTest;

class TestFormFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void nameOnlyEditSendsOneField();
    void serverChangesMeanwhileSurvive();
    void conflictingEditShowsBothValues_data();
    void conflictingEditShowsBothValues();
    void emailOfAnotherCustomerIsRefused();
    void emailChangeChangesThisCustomer();
    void clearedFieldsSendEmptyValues();
    void keptValueIsShownBesideField();
    void tagsAddedAndRemoved();
    void createOffersNoNotSetConsent();
    void wazzupRenameKeepsPhone();
    void wazzupClearedPhoneIsRemovedAndSaid();
    // Not a check: USERDESK_SCREENSHOT_DIR=dir ./tst_formflows renders the
    // changed forms in en, ru and es at their default sizes.
    void screenshots();

private:
    QPointer<CustomerDialog> openCustomer(WoowUpAccount *account, qint64 userappId);
    QJsonObject serverCustomer(qint64 userappId);
    void putCustomer(qint64 userappId, const QJsonObject &body);
    // Bodies of the requests to route since the last reset, in order.
    QList<QJsonValue> bodiesTo(const QString &route) const;
    // The dialog closes and deletes itself once saved: it is watched
    // through a QPointer, never touched after that.
    void save(RecordFormDialog *form);

    SandboxServer m_sandbox;
    std::unique_ptr<SandboxTestClient> m_http;
    WoowUpAccount *m_woowup = nullptr;
    WazzupAccount *m_wazzup = nullptr;
};

void TestFormFlows::initTestCase()
{
    SandboxOptions options;
    options.seed = SandboxOptions::Seed::Demo;
    options.woowupRateLimit = 0;
    m_sandbox.setOptions(options);
    QVERIFY(m_sandbox.listen(0));
    m_http = std::make_unique<SandboxTestClient>(m_sandbox.baseUrl());
    m_http->setAuthorization("Basic " + m_sandbox.options().woowupKey.toUtf8());
    m_woowup = new WoowUpAccount(
        sandboxClient<WoowUpClient>(m_sandbox.woowupBaseUrl(), m_sandbox.options().woowupKey, this),
        this);
    m_wazzup = new WazzupAccount(
        sandboxClient<WazzupClient>(m_sandbox.wazzupBaseUrl(), m_sandbox.options().wazzupKey, this),
        this);
    QSignalSpy definitions(m_woowup, &WoowUpAccount::definitionsChanged);
    m_woowup->loadDefinitions();
    QVERIFY(definitions.wait(10000));
}

void TestFormFlows::init()
{
    m_sandbox.reset();
}

QJsonObject TestFormFlows::serverCustomer(qint64 userappId)
{
    return m_http->get(QStringLiteral("/apiv3/users/%1").arg(userappId)).payload().toObject();
}

void TestFormFlows::putCustomer(qint64 userappId, const QJsonObject &body)
{
    const TestResponse response =
        m_http->put(QStringLiteral("/apiv3/users/%1").arg(userappId), QJsonDocument(body));
    QVERIFY2(response.status == 200, response.body.constData());
}

QList<QJsonValue> TestFormFlows::bodiesTo(const QString &route) const
{
    QList<QJsonValue> bodies;
    for (const QJsonValue &entry : m_sandbox.requestLog()) {
        if (entry.toObject().value(QLatin1String("route")).toString() == route)
            bodies.append(entry.toObject().value(QLatin1String("body")));
    }
    return bodies;
}

QPointer<CustomerDialog> TestFormFlows::openCustomer(WoowUpAccount *account, qint64 userappId)
{
    // As the table has it: only what identifies the row; the form reads the rest.
    WoowUpCustomer row;
    row.userappId = userappId;
    row.firstName = QStringLiteral("(stale row)");
    QPointer<CustomerDialog> dialog = CustomerFormFlow::create(account, row, true, nullptr);
    dialog->show();
    // Reading the customer before it can be edited.
    if (!QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }, 10000))
        qWarning("the customer was not read in time");
    return dialog;
}

void TestFormFlows::save(RecordFormDialog *form)
{
    QPointer<RecordFormDialog> dialog(form);
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY2(button->isEnabled(), qPrintable(dialog->saveBlockedReason()));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isBusy(), 10000);
}

void TestFormFlows::nameOnlyEditSendsOneField()
{
    const qint64 id = 10007;
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, id);
    QVERIFY(!dialog->isBusy());
    // The form shows the server's record, not the table's row.
    QCOMPARE(bodiesTo(QStringLiteral("GET /apiv3/users/{id}")).size(), 1);
    auto *firstName = dialog->findChild<QLineEdit *>(QStringLiteral("firstName"));
    QCOMPARE(firstName->text(), serverCustomer(id).value(QLatin1String("first_name")).toString());

    typeInto(firstName, QStringLiteral("Renamed"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed and deleted once saved

    const QList<QJsonValue> sent = bodiesTo(QStringLiteral("PUT /apiv3/users/{id}"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject(),
             (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Renamed")}}));
    QVERIFY(bodiesTo(QStringLiteral("PUT /apiv3/multiusers")).isEmpty());
    QCOMPARE(serverCustomer(id).value(QLatin1String("first_name")).toString(),
             QStringLiteral("Renamed"));
}

void TestFormFlows::serverChangesMeanwhileSurvive()
{
    const qint64 id = 10011;
    putCustomer(id,
                {{QStringLiteral("mailing_enabled"), QStringLiteral("enabled")},
                 {QStringLiteral("points"), 120},
                 {QStringLiteral("tags"), QStringLiteral("old")}});
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, id);
    QVERIFY(!dialog->isBusy());
    // Meanwhile the customer unsubscribes, earns points and gets a tag.
    putCustomer(id,
                {{QStringLiteral("mailing_enabled"), QStringLiteral("disabled")},
                 {QStringLiteral("mailing_disabled_reason"), QStringLiteral("unsubscribe")},
                 {QStringLiteral("points"), 480},
                 {QStringLiteral("tags"), QStringLiteral("summer")},
                 {QStringLiteral("custom_attributes"),
                  QJsonObject{{QStringLiteral("nombre_mascota"), QStringLiteral("Tom")}}}});

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Changed"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);

    const QJsonObject after = serverCustomer(id);
    QCOMPARE(after.value(QLatin1String("last_name")).toString(), QStringLiteral("Changed"));
    QCOMPARE(after.value(QLatin1String("mailing_enabled")), QJsonValue(false));
    QCOMPARE(after.value(QLatin1String("mailing_enabled_reason")).toString(),
             QStringLiteral("unsubscribe"));
    QCOMPARE(after.value(QLatin1String("points")).toInteger(), 480);
    QVERIFY(after.value(QLatin1String("tags")).toArray().contains(QStringLiteral("summer")));
    QVERIFY(after.value(QLatin1String("tags")).toArray().contains(QStringLiteral("old")));
    QCOMPARE(after.value(QLatin1String("custom_attributes"))
                 .toObject()
                 .value(QLatin1String("nombre_mascota"))
                 .toString(),
             QStringLiteral("Tom"));
}

void TestFormFlows::conflictingEditShowsBothValues_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("use the server's") << false;
}

void TestFormFlows::conflictingEditShowsBothValues()
{
    QFETCH(bool, keepMine);
    const qint64 id = 10013;
    putCustomer(id, {{QStringLiteral("city"), QStringLiteral("Rosario")}});
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, id);
    QVERIFY(!dialog->isBusy());
    putCustomer(id, {{QStringLiteral("city"), QStringLiteral("Córdoba")}});
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("city")), QStringLiteral("Mendoza"));
    save(dialog);

    // Nothing was sent; both values are shown, and Save waits for a choice.
    QVERIFY(bodiesTo(QStringLiteral("PUT /apiv3/users/{id}")).size() == 2); // the test's own
    QVERIFY(dialog);
    QCOMPARE(dialog->conflicts(), QStringList{QStringLiteral("city")});
    auto *row = dialog->findChild<QWidget *>(QStringLiteral("conflict_city"));
    QVERIFY(row && row->isVisible());
    const QString text = row->findChild<QLabel *>()->text();
    QVERIFY2(text.contains(QStringLiteral("Córdoba")) && text.contains(QStringLiteral("Mendoza")),
             qPrintable(text));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton *>(keepMine ? QStringLiteral("keepMine_city")
                                                                : QStringLiteral("useServer_city")),
                      Qt::LeftButton);
    QVERIFY(dialog->conflicts().isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("city"))->text(),
             keepMine ? QStringLiteral("Mendoza") : QStringLiteral("Córdoba"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QCOMPARE(serverCustomer(id).value(QLatin1String("city")).toString(),
             keepMine ? QStringLiteral("Mendoza") : QStringLiteral("Córdoba"));
    // Keeping the server's value leaves nothing to send.
    QCOMPARE(bodiesTo(QStringLiteral("PUT /apiv3/users/{id}")).size(), keepMine ? 3 : 2);
}

void TestFormFlows::emailOfAnotherCustomerIsRefused()
{
    const QJsonObject bob = serverCustomer(10021);
    const QString bobsEmail = bob.value(QLatin1String("email")).toString();
    QVERIFY(!bobsEmail.isEmpty());
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, 10020);
    QVERIFY(!dialog->isBusy());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("email")), bobsEmail);
    save(dialog);
    QVERIFY(dialog && dialog->isVisible());
    const QString problem =
        dialog->findChild<FieldProblemLabel *>(QStringLiteral("emailProblem"))->text();
    QVERIFY2(problem.contains(bob.value(QLatin1String("first_name")).toString())
                 && problem.contains(QStringLiteral("10021")),
             qPrintable(problem));
    QVERIFY(bodiesTo(QStringLiteral("PUT /apiv3/users/{id}")).isEmpty());
    QVERIFY(bodiesTo(QStringLiteral("PUT /apiv3/multiusers")).isEmpty());
    QCOMPARE(serverCustomer(10021), bob);
    dialog->reject();
}

void TestFormFlows::emailChangeChangesThisCustomer()
{
    const QJsonObject before = serverCustomer(10022);
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, 10022);
    QVERIFY(!dialog->isBusy());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
             QStringLiteral("brand.new@example.com"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const QJsonObject after = serverCustomer(10022);
    QCOMPARE(after.value(QLatin1String("email")).toString(),
             QStringLiteral("brand.new@example.com"));
    QCOMPARE(after.value(QLatin1String("first_name")), before.value(QLatin1String("first_name")));
}

void TestFormFlows::clearedFieldsSendEmptyValues()
{
    const qint64 id = 10030;
    putCustomer(id,
                {{QStringLiteral("city"), QStringLiteral("Salta")},
                 {QStringLiteral("custom_attributes"),
                  QJsonObject{{QStringLiteral("cantidad_autos"), 3}}}});
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, id);
    QVERIFY(!dialog->isBusy());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("city")), QString());
    auto *clear = dialog->findChild<QWidget *>(QStringLiteral("remove_cantidad_autos"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);

    const QList<QJsonValue> sent = bodiesTo(QStringLiteral("PUT /apiv3/users/{id}"));
    QCOMPARE(sent.last().toObject(),
             (QJsonObject{{QStringLiteral("city"), QString()},
                          {QStringLiteral("custom_attributes"),
                           QJsonObject{{QStringLiteral("cantidad_autos"), QString()}}}}));
    const QJsonObject after = serverCustomer(id);
    QVERIFY(after.value(QLatin1String("city")).isNull());
    QVERIFY(!after.value(QLatin1String("custom_attributes"))
                 .toObject()
                 .contains(QLatin1String("cantidad_autos")));
}

void TestFormFlows::keptValueIsShownBesideField()
{
    // The sandbox clears what it is sent "" for; a server that keeps the
    // value is stood in for by a saved record that still has it.
    CustomerDialog dialog;
    WoowUpCustomer opened;
    opened.userappId = 5;
    opened.email = QStringLiteral("a@example.com");
    opened.city = QStringLiteral("Salta");
    dialog.setCustomer(opened, true);
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("city")), QString());
    const WoowUpCustomer asked = dialog.customer();
    QCOMPARE(dialog.showSaved(opened, {QStringLiteral("city")}, asked),
             QStringList{QStringLiteral("city")});
    const QString note =
        dialog.findChild<FieldProblemLabel *>(QStringLiteral("cityProblem"))->text();
    QVERIFY2(note.contains(QStringLiteral("Salta")), qPrintable(note));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("city"))->text(),
             QStringLiteral("Salta"));
}

void TestFormFlows::tagsAddedAndRemoved()
{
    const qint64 id = 10040;
    putCustomer(id, {{QStringLiteral("tags"), QStringLiteral("vip, newsletter")}});
    QPointer<CustomerDialog> dialog = openCustomer(m_woowup, id);
    QVERIFY(!dialog->isBusy());
    putCustomer(id, {{QStringLiteral("tags"), QStringLiteral("meanwhile")}});
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("tags")), QStringLiteral("vip, summer"));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const QJsonObject sent = bodiesTo(QStringLiteral("PUT /apiv3/users/{id}")).last().toObject();
    QCOMPARE(sent,
             (QJsonObject{{QStringLiteral("tags"), QStringLiteral("summer")},
                          {QStringLiteral("remove_tags"), QStringLiteral("newsletter")}}));
    QCOMPARE(
        serverCustomer(id).value(QLatin1String("tags")).toArray(),
        (QJsonArray{QStringLiteral("vip"), QStringLiteral("meanwhile"), QStringLiteral("summer")}));
}

void TestFormFlows::createOffersNoNotSetConsent()
{
    QPointer<CustomerDialog> dialog =
        CustomerFormFlow::create(m_woowup, WoowUpCustomer(), false, nullptr);
    dialog->show();
    for (const char *name : {"mailingConsent", "whatsappConsent", "smsConsent"}) {
        auto *editor = dialog->findChild<ConsentEditor *>(QLatin1String(name));
        QCOMPARE(editor->stateBox()->findText(QStringLiteral("Not set")), -1);
        QCOMPARE(editor->stateBox()->currentText(), QStringLiteral("Can receive"));
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("consentHint"))->isVisible());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("email")),
             QStringLiteral("new.one@example.com"));
    auto *sms = dialog->findChild<ConsentEditor *>(QStringLiteral("smsConsent"));
    QVERIFY(chooseItem(sms->stateBox(), QStringLiteral("Can't receive")));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    // What the form showed is what was sent, WoowUp's default included.
    const QJsonObject sent = bodiesTo(QStringLiteral("POST /apiv3/users")).last().toObject();
    QCOMPARE(sent.value(QLatin1String("mailing_enabled")).toString(), QStringLiteral("enabled"));
    QCOMPARE(sent.value(QLatin1String("whatsapp_enabled")).toString(), QStringLiteral("enabled"));
    QCOMPARE(sent.value(QLatin1String("sms_enabled")).toString(), QStringLiteral("disabled"));

    // Editing a customer whose record says nothing still offers "Not set".
    CustomerDialog edit;
    WoowUpCustomer silent;
    silent.email = QStringLiteral("x@example.com");
    edit.setCustomer(silent, true);
    auto *mailing = edit.findChild<ConsentEditor *>(QStringLiteral("mailingConsent"));
    QCOMPARE(mailing->stateBox()->currentText(), QStringLiteral("Not set"));
    QVERIFY(edit.findChild<QLabel *>(QStringLiteral("consentHint"))->isHidden());
}

void TestFormFlows::wazzupRenameKeepsPhone()
{
    // A user with a phone, listed (as the table has it) without one.
    SandboxTestClient wazzup(m_sandbox.baseUrl());
    wazzup.setAuthorization("Bearer " + m_sandbox.options().wazzupKey.toUtf8());
    QCOMPARE(wazzup
                 .post(QStringLiteral("/v3/users"),
                       QJsonDocument(QJsonArray{
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("crm-77")},
                                       {QStringLiteral("name"), QStringLiteral("Olga Petrova")},
                                       {QStringLiteral("phone"), QStringLiteral("79261234567")}}}))
                 .status,
             200);
    const WazzupUser row{QStringLiteral("crm-77"), QStringLiteral("Olga Petrova"), QString()};
    QPointer<WazzupUserDialog> dialog = WazzupUserFormFlow::create(m_wazzup, row, true, nullptr);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->text(),
             QStringLiteral("79261234567"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("phoneNote"))->isHidden());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Olga P."));
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const QJsonObject stored = wazzup.get(QStringLiteral("/v3/users/crm-77")).object();
    QCOMPARE(stored.value(QLatin1String("name")).toString(), QStringLiteral("Olga P."));
    QCOMPARE(stored.value(QLatin1String("phone")).toString(), QStringLiteral("79261234567"));
}

void TestFormFlows::wazzupClearedPhoneIsRemovedAndSaid()
{
    SandboxTestClient wazzup(m_sandbox.baseUrl());
    wazzup.setAuthorization("Bearer " + m_sandbox.options().wazzupKey.toUtf8());
    QCOMPARE(wazzup
                 .post(QStringLiteral("/v3/users"),
                       QJsonDocument(QJsonArray{
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("crm-78")},
                                       {QStringLiteral("name"), QStringLiteral("Ivan")},
                                       {QStringLiteral("phone"), QStringLiteral("79261234500")}}}))
                 .status,
             200);
    QPointer<WazzupUserDialog> dialog = WazzupUserFormFlow::create(
        m_wazzup, {QStringLiteral("crm-78"), QStringLiteral("Ivan"), QString()}, true, nullptr);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("phone")), QString());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("phoneNote"))->isVisible());
    save(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const QJsonObject stored = wazzup.get(QStringLiteral("/v3/users/crm-78")).object();
    QVERIFY(stored.value(QLatin1String("phone")).toString().isEmpty());
}

void TestFormFlows::screenshots()
{
    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (const char *language : {"en", "ru", "es"}) {
        Translator::install(QCoreApplication::instance(), QLocale(QLatin1String(language)));
        const auto shot = [&](QWidget *widget, const char *name) {
            QCoreApplication::processEvents();
            QVERIFY(widget->grab().save(QDir(dir).filePath(
                QStringLiteral("%1-%2.png").arg(QLatin1String(name), QLatin1String(language)))));
        };
        CustomerDialog create;
        create.setDefinitions(m_woowup->definitions());
        create.setCustomer(WoowUpCustomer(), false);
        create.show();
        shot(&create, "customer-new");

        CustomerDialog edit;
        WoowUpCustomer customer;
        customer.userappId = 10001;
        customer.email = QStringLiteral("ana@example.com");
        customer.city = QStringLiteral("Rosario");
        customer.mailing.enabled = true;
        edit.setCustomer(customer, true);
        edit.show();
        typeInto(edit.findChild<QLineEdit *>(QStringLiteral("city")), QStringLiteral("Mendoza"));
        WoowUpCustomer server = customer;
        server.city = QStringLiteral("Córdoba");
        server.mailing.enabled = false;
        server.mailing.disabledReason = QStringLiteral("unsubscribe");
        auto *mailing = edit.findChild<ConsentEditor *>(QStringLiteral("mailingConsent"));
        mailing->stateBox()->setCurrentIndex(
            mailing->stateBox()->findData(ConsentEditor::CannotReceive));
        edit.showConflicts(server, {QStringLiteral("city"), QStringLiteral("mailing_enabled")});
        shot(&edit, "customer-conflict");

        WazzupUserDialog user;
        user.setUser({QStringLiteral("crm-77"), QStringLiteral("Olga Petrova"),
                      QStringLiteral("79261234567")},
                     true);
        user.show();
        typeInto(user.findChild<QLineEdit *>(QStringLiteral("phone")), QString());
        shot(&user, "employee-phone-cleared");

        // The README's form: a demo customer as read from the server, at
        // the form's default size (customer-form.png, -ru, -es).
        QPointer<CustomerDialog> filled = openCustomer(m_woowup, 10001);
        QVERIFY(filled && !filled->isBusy());
        QCoreApplication::processEvents();
        const QString file = qstrcmp(language, "en") == 0
            ? QStringLiteral("customer-form.png")
            : QStringLiteral("customer-form-%1.png").arg(QLatin1String(language));
        QVERIFY(filled->grab().save(QDir(dir).filePath(file)));
        delete filled;
    }
    Translator::install(QCoreApplication::instance(), QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestFormFlows)
#include "tst_formflows.moc"
