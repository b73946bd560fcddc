// The table export, offscreen: the delimiter the system's Excel expects by
// default, a missing Documents folder in a fresh home, .xlsx with typed
// cells, every customer in the account paged from the sandbox (and
// cancelled half-way), and workbook rows imported, exported to .xlsx from
// the table and imported again giving an unchanged plan.

#include "accountfactory.h"
#include "exportdialog.h"
#include "importsession.h"
#include "sandboxserver.h"
#include "servicetestsupport.h"
#include "sheetimportbook.h"
#include "sheetreader.h"
#include "woowupaccount.h"
#include "woowupcustomertablemodel.h"
#include "xlsxexport.h"

#include <QComboBox>
#include <QDir>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;

namespace {

// A home of its own, without a Documents folder, set before the
// application reads where things go.
QString freshHome()
{
    static const QString home = QDir::tempPath() + u"/userdesk-export-home-"_s
        + QString::number(QCoreApplication::applicationPid());
    return home;
}

QByteArray zipPart(const QString &path, const QString &part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QStringList> readSheet(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    SheetReader().read(&file, QString(), [&rows](const CsvRow &row) {
        rows.append(row.fields);
        return true;
    });
    return rows;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        QDir(freshHome()).removeRecursively();
        QDir().mkpath(freshHome());
        qputenv("HOME", freshHome().toUtf8());
        qunsetenv("XDG_DOCUMENTS_DIR");
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void excelDelimiter_data();
    void excelDelimiter();
    void defaultDelimiterFollowsLocale();
    void missingDocumentsFolderIsMade();
    void xlsxHasTypedCells();
    void everyCustomerInTheAccount();
    void everyCustomerCancelled();
    void workbookRoundTripIsUnchanged();

private:
    WoowUpAccount *woowUp() const { return qobject_cast<WoowUpAccount *>(m_account.get()); }
    bool waitForRows(int rows);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_account;
    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(QDir::homePath(), freshHome());
    SandboxOptions options;
    options.woowupRateLimit = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_account.reset(AccountFactory::create(
        Service::WoowUp, fastConfig(m_server->baseUrl(), options.woowupKey), nullptr));
    QVERIFY(woowUp());
}

void TestExportDialog::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SandboxOptions options = m_server->options();
    options.latencyMs = 0;
    m_server->setOptions(options);
}

void TestExportDialog::cleanupTestCase()
{
    QDir(freshHome()).removeRecursively();
}

void TestExportDialog::excelDelimiter_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',');
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QChar(u',');
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << QChar(u';');
    QTest::newRow("es_AR") << QLocale(QLocale::Spanish, QLocale::Argentina) << QChar(u';');
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << QChar(u',');
    QTest::newRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia) << QChar(u';');
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QChar(u';');
}

void TestExportDialog::excelDelimiter()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, delimiter);
    QCOMPARE(ExportDialog::excelDelimiter(locale), delimiter);
}

void TestExportDialog::defaultDelimiterFollowsLocale()
{
    QStandardItemModel model(1, 2);
    model.setItem(0, 0, new QStandardItem(u"1,5"_s));
    model.setItem(0, 1, new QStandardItem(u"Ana"_s));
    QTableView view;
    view.setModel(&model);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    {
        ExportDialog dialog(&view, u"x"_s);
        QCOMPARE(dialog.delimiter(), QChar(u';'));
        QCOMPARE(dialog.findChild<QComboBox *>(u"delimiterCombo"_s)->currentData().toString(),
                 u";"_s);
        dialog.setFileName(m_dir.filePath(u"es.csv"_s));
        QString error;
        QVERIFY2(dialog.exportTable(&error), qPrintable(error));
        QFile file(dialog.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("1,5;Ana\r\n")); // one cell each, for Spanish Excel
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QSettings().clear();
    QCOMPARE(ExportDialog(&view, u"x"_s).delimiter(), QChar(u';'));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ExportDialog(&view, u"x"_s).delimiter(), QChar(u','));
    // A choice made is remembered over the locale's.
    {
        ExportDialog dialog(&view, u"x"_s);
        dialog.setDelimiter(u'\t');
        dialog.setFileName(m_dir.filePath(u"tab.csv"_s));
        QString error;
        QVERIFY2(dialog.exportTable(&error), qPrintable(error));
    }
    QCOMPARE(ExportDialog(&view, u"x"_s).delimiter(), QChar(u'\t'));
}

void TestExportDialog::missingDocumentsFolderIsMade()
{
    const QString documents = QDir(freshHome()).filePath(u"Documents"_s);
    QDir(documents).removeRecursively();
    QVERIFY(!QFileInfo::exists(documents));
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(u"Ana"_s));
    QTableView view;
    view.setModel(&model);
    ExportDialog dialog(&view, u"Demo"_s);
    QVERIFY2(dialog.fileName().startsWith(documents + u'/'), qPrintable(dialog.fileName()));
    QString error;
    QVERIFY2(dialog.exportTable(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(dialog.fileName()));

    // A remembered folder that is gone is made again.
    QDir(documents).removeRecursively();
    ExportDialog again(&view, u"Demo"_s);
    QVERIFY2(again.exportTable(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(again.fileName()));
}

void TestExportDialog::xlsxHasTypedCells()
{
    QStandardItemModel model(1, 4);
    model.setHorizontalHeaderLabels({u"Name"_s, u"Birth date"_s, u"Points"_s, u"Telephone"_s});
    model.setItem(0, 0, new QStandardItem(u"=1+2"_s));
    model.setItem(0, 1, new QStandardItem(u"2024-05-06"_s));
    auto *points = new QStandardItem(u"42"_s);
    points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    model.setItem(0, 2, points);
    model.setItem(0, 3, new QStandardItem(u"05491155550001"_s));
    QTableView view;
    view.setModel(&model);
    ExportDialog dialog(&view, u"x"_s);
    dialog.setFormat(ExportDialog::Format::Xlsx);
    QVERIFY(dialog.fileName().endsWith(u".xlsx"_s));
    QVERIFY(!dialog.findChild<QComboBox *>(u"delimiterCombo"_s)->isEnabled());
    dialog.setFileName(m_dir.filePath(u"typed.xlsx"_s));
    QString error;
    QVERIFY2(dialog.exportTable(&error), qPrintable(error));

    const QByteArray sheet = zipPart(dialog.fileName(), u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheet.isEmpty());
    QVERIFY(!sheet.contains("<f>")); // never a formula
    // The date as Excel's serial, the points as a number.
    const QByteArray serial =
        QByteArray("<v>") + QByteArray::number(XlsxExport::dateSerial(QDate(2024, 5, 6))) + "</v>";
    QVERIFY2(sheet.contains(serial), sheet.constData());
    QVERIFY2(sheet.contains("<v>42</v>"), sheet.constData());
    const QList<QStringList> rows = readSheet(dialog.fileName());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringList({u"Name"_s, u"Birth date"_s, u"Points"_s, u"Telephone"_s}));
    QCOMPARE(rows.at(1), QStringList({u"=1+2"_s, u"2024-05-06"_s, u"42"_s, u"05491155550001"_s}));
}

bool TestExportDialog::waitForRows(int rows)
{
    return QTest::qWaitFor(
        [&] { return woowUp()->model()->rowCount() >= rows && !woowUp()->model()->isLoading(); },
        20000);
}

void TestExportDialog::everyCustomerInTheAccount()
{
    m_server->reset();
    const int total = m_server->woowupCustomerCount();
    QVERIFY(total > WoowUpCustomerTableModel::pageSize);
    woowUp()->setSearch(QString());
    QVERIFY(waitForRows(WoowUpCustomerTableModel::pageSize));
    QTableView view;
    view.setModel(woowUp()->model());
    QVERIFY(view.model()->rowCount() < total); // the table has only its first pages

    ExportDialog dialog(&view, u"Demo"_s);
    auto *every = dialog.findChild<QRadioButton *>(u"everyRow"_s);
    QVERIFY(every && every->isHidden()); // no account: loaded or selected rows only
    dialog.setAccount(m_account.get());
    QVERIFY(!every->isHidden());
    dialog.setRows(ExportDialog::Rows::Every);
    dialog.setFormat(ExportDialog::Format::Xlsx);
    dialog.setFileName(m_dir.filePath(u"every.xlsx"_s));
    QSignalSpy finished(&dialog, &ExportDialog::everyRowExportFinished);
    dialog.accept();
    QVERIFY(dialog.isLoading());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.exportedRowCount(), total);
    QCOMPARE(readSheet(dialog.fileName()).size(), total + 1);
    QVERIFY(view.model()->rowCount() < total); // the table itself was left alone
}

void TestExportDialog::everyCustomerCancelled()
{
    SandboxOptions options = m_server->options();
    options.latencyMs = 200;
    m_server->setOptions(options);
    QTableView view;
    view.setModel(woowUp()->model());
    ExportDialog dialog(&view, u"Demo"_s);
    dialog.setAccount(m_account.get());
    dialog.setRows(ExportDialog::Rows::Every);
    dialog.setFileName(m_dir.filePath(u"cancelled.csv"_s));
    QSignalSpy finished(&dialog, &ExportDialog::everyRowExportFinished);
    dialog.accept();
    QVERIFY(dialog.isLoading());
    QTest::qWait(300);
    dialog.reject(); // Cancel stops the loading, not the dialog
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!dialog.isLoading());
    QVERIFY(dialog.isVisible() || dialog.result() != int(QDialog::Accepted));
    QVERIFY(!QFileInfo::exists(dialog.fileName()));
}

void TestExportDialog::workbookRoundTripIsUnchanged()
{
    m_server->reset();
    const QString book = m_dir.filePath(u"clientes.xlsx"_s);
    const QString problem = SheetImportBook::make(book);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto check = [this](const QString &path, bool readOnly) {
        auto session =
            std::make_unique<ImportSession>(m_account->createImportStrategy(), u"export-test"_s,
                                            m_dir.filePath(u"journal.sqlite"_s));
        session->setReadOnly(readOnly);
        QSignalSpy checked(session.get(), &ImportSession::checked);
        QSignalSpy failed(session.get(), &ImportSession::failed);
        ImportSource source;
        source.filePath = path;
        session->check(source);
        if (!checked.wait(20000))
            qWarning() << "not checked:" << failed;
        return session;
    };
    {
        auto import = check(book, false);
        QCOMPARE(import->state(), ImportSession::State::Checked);
        QCOMPARE(import->plan().expected().created, 3);
        QSignalSpy sent(import.get(), &ImportSession::sent);
        QVERIFY(import->send());
        QVERIFY(sent.wait(20000));
        QCOMPARE(import->counts().created, 3);
    }
    // The same rows in the table, exported to .xlsx as shown.
    woowUp()->setSearch(u"sheet@example.com"_s);
    QVERIFY(waitForRows(3));
    QCOMPARE(woowUp()->model()->rowCount(), 3);
    QTableView view;
    view.setModel(woowUp()->model());
    // The table's Name is first and last name together, which an import
    // takes for the first name: the person exports the parts it can take
    // back (e-mail, phone, document, consent, points, birth date…).
    view.setColumnHidden(WoowUpCustomerTableModel::NameColumn, true);
    ExportDialog dialog(&view, u"Demo"_s);
    dialog.setFormat(ExportDialog::Format::Xlsx);
    dialog.setFileName(m_dir.filePath(u"round trip.xlsx"_s));
    QString error;
    QVERIFY2(dialog.exportTable(&error), qPrintable(error));

    auto again = check(dialog.fileName(), true);
    QCOMPARE(again->state(), ImportSession::State::Checked);
    QCOMPARE(again->readResult().format.kind, FileFormat::Kind::Xlsx);
    const ImportCounts counts = again->plan().expected();
    for (const ImportRow &row : again->plan().rows)
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
    QCOMPARE(counts.invalid, 0);
    QCOMPARE(counts.created, 0);
    QCOMPARE(counts.updated, 0);
    QCOMPARE(counts.unchanged, 3);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
