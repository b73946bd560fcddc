// Step 1 of the import dialog with a workbook, offscreen against the
// sandbox: the sheets are offered instead of encoding and delimiter (the
// first with data chosen), the preview follows the sheet chosen and the
// check reads that sheet; a CSV named .xlsx still gets encoding and
// delimiter, and a PDF is named for what it is. The README's screenshot of
// this step is taken here: USERDESK_SCREENSHOT_DIR=docs [USERDESK_SCREENSHOT_LANG=ru].

#include "account.h"
#include "accountfactory.h"
#include "importdialog.h"
#include "importsession.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "sheetimportbook.h"
#include "translator.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImportFilePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workbookOffersItsSheets();
    void csvNamedXlsxIsText();
    void pdfIsNamed();

private:
    ImportDialog::Setup setup();
    QString write(const QString &name, const QByteArray &data);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QSettings> m_settings;
    QTemporaryDir m_dir;
};

void TestImportFilePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString language = qEnvironmentVariable("USERDESK_SCREENSHOT_LANG");
    if (!language.isEmpty())
        Translator::install(qApp, QLocale(language));
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_account.reset(AccountFactory::create(
        Service::WoowUp, fastConfig(m_server->baseUrl(), options.woowupKey), nullptr));
    QVERIFY(m_account);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
}

ImportDialog::Setup TestImportFilePage::setup()
{
    ImportDialog::Setup result;
    result.account = m_account.get();
    result.profileId = u"file-page-test"_s;
    result.journalPath = m_dir.filePath(u"journal.sqlite"_s);
    result.settings = m_settings.get();
    return result;
}

QString TestImportFilePage::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestImportFilePage::workbookOffersItsSheets()
{
    // Named .csv: the content says workbook. Its first sheet is empty.
    const QString path = m_dir.filePath(u"clientes 2026.csv"_s);
    const QString problem = SheetImportBook::make(path, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    ImportDialog dialog(setup());
    dialog.show();
    auto *next = dialog.findChild<QPushButton *>(u"nextButton"_s);
    auto *sheet = dialog.findChild<QComboBox *>(u"sheetCombo"_s);
    auto *encoding = dialog.findChild<QComboBox *>(u"encodingCombo"_s);
    auto *delimiter = dialog.findChild<QComboBox *>(u"delimiterCombo"_s);
    auto *preview = dialog.findChild<QTableView *>(u"filePreview"_s);
    QVERIFY(next && sheet && encoding && delimiter && preview);
    QVERIFY(!sheet->isVisible());

    dialog.setFilePath(path);
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(sheet->isVisible());
    QVERIFY(!encoding->isVisible());
    QVERIFY(!delimiter->isVisible());
    QCOMPARE(sheet->count(), 3);
    QCOMPARE(sheet->itemData(0).toString(), u"Portada"_s);
    QVERIFY(sheet->itemText(0) != u"Portada"_s); // marked empty
    // The first sheet with data, not the first sheet.
    QCOMPARE(sheet->currentData().toString(), u"Clientes"_s);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->index(0, 0).data().toString(), u"Ana"_s);
    QCOMPARE(preview->model()->index(0, 3).data().toString(), u"00123"_s);
    QCOMPARE(preview->model()->index(0, 4).data().toString(), u"5491155550001"_s);
    QCOMPARE(preview->model()->index(0, 5).data().toString(), u"1985-03-07"_s);
    QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(), u"Email"_s);

    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString language = qEnvironmentVariable("USERDESK_SCREENSHOT_LANG");
        const QString name = language.isEmpty() || language == u"en"_s
            ? u"import-workbook.png"_s
            : u"import-workbook-%1.png"_s.arg(language);
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(name)));
    }

    // Another sheet: the preview follows.
    sheet->setCurrentIndex(sheet->findData(u"Mayoristas"_s));
    emit sheet->activated(sheet->currentIndex());
    QTRY_COMPARE(preview->model()->rowCount(), 2);
    QTRY_COMPARE(preview->model()->index(0, 0).data().toString(), u"Lucía"_s);
    QCOMPARE(preview->model()->index(1, 0).data().toString(), u"Ольга"_s);
    QTRY_VERIFY(next->isEnabled());

    // The check reads that sheet.
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::MappingStep);
    next->click();
    QCOMPARE(dialog.step(), ImportDialog::CheckStep);
    auto *session = dialog.findChild<ImportSession *>();
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ImportSession::State::Checked, 20000);
    QCOMPARE(session->plan().sheet, u"Mayoristas"_s);
    QCOMPARE(session->plan().expected().created, 2);
}

void TestImportFilePage::csvNamedXlsxIsText()
{
    const QString path = write(u"clientes.xlsx"_s, "Email;Nombre\nana.text@example.com;Ana\n");
    ImportDialog dialog(setup());
    dialog.show();
    dialog.setFilePath(path);
    auto *next = dialog.findChild<QPushButton *>(u"nextButton"_s);
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(!dialog.findChild<QComboBox *>(u"sheetCombo"_s)->isVisible());
    auto *delimiter = dialog.findChild<QComboBox *>(u"delimiterCombo"_s);
    QVERIFY(delimiter->isVisible());
    QCOMPARE(delimiter->currentData().toString(), u";"_s);
    auto *preview = dialog.findChild<QTableView *>(u"filePreview"_s);
    QCOMPARE(preview->model()->index(0, 1).data().toString(), u"Ana"_s);
}

void TestImportFilePage::pdfIsNamed()
{
    const QString path = write(u"clientes.csv"_s, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    ImportDialog dialog(setup());
    dialog.show();
    dialog.setFilePath(path);
    bool said = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                said = said || label->text().contains(u"PDF"_s);
            return said;
        }(),
        10000);
    QVERIFY(!dialog.findChild<QPushButton *>(u"nextButton"_s)->isEnabled());
}

QTEST_MAIN(TestImportFilePage)
#include "tst_importfilepage.moc"
