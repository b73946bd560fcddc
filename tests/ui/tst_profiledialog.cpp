#include "profiledialog.h"
#include "translator.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

// The account dialog's rate limit: the documented limit by default, per
// second or per minute, stored in the profile only when it differs.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void rateLimitDefaultsToTheDocumentedOne();
    void rateLimitIsStoredInTheProfile();
    void savedRateLimitIsShown();
    void screenshots();
};

namespace {

QSpinBox *rate(ProfileDialog &dialog)
{
    return dialog.findChild<QSpinBox *>(u"profileRateLimit"_s);
}

QComboBox *window(ProfileDialog &dialog)
{
    return dialog.findChild<QComboBox *>(u"profileRateWindow"_s);
}

QComboBox *service(ProfileDialog &dialog)
{
    return dialog.findChild<QComboBox *>(u"profileService"_s);
}

} // namespace

void TestProfileDialog::rateLimitDefaultsToTheDocumentedOne()
{
    ProfileDialog dialog;
    QCOMPARE(rate(dialog)->value(), 140);
    QCOMPARE(window(dialog)->currentData().toInt(), 60);
    QVERIFY(dialog.findChild<QLabel *>(u"profileRateHint"_s)->text().contains(u"140"_s));
    // Left at the documented limit: stored as "the service's".
    QCOMPARE(dialog.profile().rateLimit, 0);

    // Another service: its documented limit follows.
    service(dialog)->setCurrentIndex(service(dialog)->findData(int(Service::Wazzup)));
    QCOMPARE(rate(dialog)->value(), 100);
    QCOMPARE(window(dialog)->currentData().toInt(), 1);
    QVERIFY(dialog.findChild<QLabel *>(u"profileRateHint"_s)->text().contains(u"500"_s));
    QCOMPARE(dialog.profile().rateLimit, 0);
}

void TestProfileDialog::rateLimitIsStoredInTheProfile()
{
    ProfileDialog dialog;
    rate(dialog)->setValue(60);
    QCOMPARE(dialog.profile().rateLimit, 60);
    QCOMPARE(dialog.profile().rateLimitWindowSeconds, 60);
    window(dialog)->setCurrentIndex(window(dialog)->findData(1));
    QCOMPARE(dialog.profile().rateLimit, 60);
    QCOMPARE(dialog.profile().rateLimitWindowSeconds, 1);
    // A limit the person chose stays when the service changes.
    service(dialog)->setCurrentIndex(service(dialog)->findData(int(Service::Wazzup)));
    QCOMPARE(rate(dialog)->value(), 60);
}

void TestProfileDialog::savedRateLimitIsShown()
{
    Profile profile;
    profile.id = u"p"_s;
    profile.name = u"Shop"_s;
    profile.service = Service::Wazzup;
    profile.baseUrl = Profile::defaultBaseUrl(Service::Wazzup);
    profile.rateLimit = 20;
    profile.rateLimitWindowSeconds = 1;
    ProfileDialog dialog;
    dialog.setProfile(profile, u"key"_s);
    QCOMPARE(rate(dialog)->value(), 20);
    QCOMPARE(window(dialog)->currentData().toInt(), 1);
    QCOMPARE(dialog.profile().rateLimit, 20);

    profile.rateLimit = 0;
    ProfileDialog unset;
    unset.setProfile(profile, u"key"_s);
    QCOMPARE(rate(unset)->value(), 100);
    QCOMPARE(window(unset)->currentData().toInt(), 1);
}

// The README's picture: USERDESK_SCREENSHOT_DIR=docs ./tst_profiledialog
// (the Russian and Spanish ones are only looked at, not kept).
void TestProfileDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    for (const QString &language : {u"en"_s, u"ru"_s, u"es"_s}) {
        Translator::install(QCoreApplication::instance(), QLocale(language));
        Profile profile;
        profile.id = u"demo-woowup"_s;
        profile.name = tr("Demo shop");
        profile.service = Service::WoowUp;
        profile.baseUrl = QUrl(u"http://127.0.0.1:42807/apiv3/"_s);
        profile.demo = true;
        ProfileDialog dialog;
        dialog.setProfile(profile, u"demo-woowup-key"_s);
        dialog.setTestResult(
            true, QCoreApplication::translate("Application", "Connected: the key works."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing of the form is cut at the default size.
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
        if (!dir.isEmpty()) {
            const QString name = language == u"en"_s ? u"profile-dialog.png"_s
                                                     : u"profile-dialog-%1.png"_s.arg(language);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(name)));
        }
    }
    Translator::install(QCoreApplication::instance(), QLocale(u"en"_s));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
