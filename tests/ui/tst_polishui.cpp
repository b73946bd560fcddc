#include "aboutdialog.h"
#include "csvexport.h"
#include "exportdialog.h"
#include "fieldproblemlabel.h"
#include "languagemenu.h"
#include "languagesettings.h"
#include "statuscolors.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The finishing touches: the export dialog as a view shows the table, the
// About box, the language menu and setting, and status colours that stay
// readable on a dark palette.
class TestPolishUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportWritesTheTableAsShown();
    void exportSelectionOnlyWithoutBom();
    void exportRemembersTheChoices();
    void exportToAnUnwritablePlaceFails();
    void aboutShowsVersionAndQt();
    void languageMenuSavesTheChoice();
    void languageSettingsLocale();
    void statusColoursAreReadable_data();
    void statusColoursAreReadable();
    void problemLabelFollowsTheAppPalette();

private:
    QTemporaryDir m_dir;
};

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

// Customers as a table shows them: three columns, three rows.
struct Table
{
    QStandardItemModel model{3, 3};
    QTableView view;

    Table()
    {
        model.setHorizontalHeaderLabels({u"Имя"_s, u"Correo"_s, u"Teléfono"_s});
        const QList<QStringList> rows = {{u"Иван Петров"_s, u"ivan@example.ru"_s, u"+7 999 1"_s},
                                         {u"José, Ángel"_s, u"jose@example.es"_s, u"+54 11 2"_s},
                                         {u"Zoë"_s, u"zoe@example.com"_s, QString()}};
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < 3; ++column)
                model.setItem(row, column, new QStandardItem(rows.at(row).at(column)));
        }
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    }
};

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestPolishUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"UserdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_polishui"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    QVERIFY(m_dir.isValid());
}

void TestPolishUi::init()
{
    QSettings().clear();
}

void TestPolishUi::exportWritesTheTableAsShown()
{
    Table table;
    // The person moved Teléfono first and hid Correo.
    table.view.horizontalHeader()->moveSection(2, 0);
    table.view.setColumnHidden(1, true);
    QCOMPARE(ExportDialog::visibleColumns(&table.view), QList<int>({2, 0}));

    ExportDialog dialog(&table.view, u"Demo: WoowUp/customers"_s);
    QVERIFY(!dialog.fileName().contains(u"Demo: WoowUp/"_s)); // made safe for a file name
    QVERIFY(dialog.fileName().endsWith(u".csv"_s));
    QVERIFY(!dialog.selectionOnly());
    QVERIFY(!dialog.findChild<QRadioButton *>(u"selectedRows"_s)->isEnabled());
    QVERIFY(dialog.byteOrderMark()); // Excel's choice by default
    QVERIFY(dialog.formulaGuard());
    const QString fileName = m_dir.filePath(u"all.csv"_s);
    dialog.setFileName(fileName);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.exportedRowCount(), 3);
    QCOMPARE(
        contents(fileName),
        QByteArray("\xEF\xBB\xBF")
            + u"Teléfono,Имя\r\n'+7 999 1,Иван Петров\r\n'+54 11 2,\"José, Ángel\"\r\n,Zoë\r\n"_s
                  .toUtf8());
}

void TestPolishUi::exportSelectionOnlyWithoutBom()
{
    Table table;
    table.view.selectionModel()->select(table.model.index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table.view.selectionModel()->select(table.model.index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(ExportDialog::selectedRows(&table.view), QList<int>({0, 2}));

    ExportDialog dialog(&table.view, u"x"_s);
    QVERIFY(dialog.selectionOnly()); // several rows selected: that is the choice offered
    dialog.setByteOrderMark(false);
    dialog.setFormulaGuard(false);
    dialog.setFileName(m_dir.filePath(u"selected.csv"_s));
    QString error;
    QVERIFY2(dialog.exportTable(&error), qPrintable(error));
    QCOMPARE(dialog.exportedRowCount(), 2);
    QCOMPARE(contents(dialog.fileName()),
             u"Имя,Correo,Teléfono\r\nИван Петров,ivan@example.ru,+7 999 1\r\n"
             u"Zoë,zoe@example.com,\r\n"_s.toUtf8());
}

void TestPolishUi::exportRemembersTheChoices()
{
    Table table;
    {
        ExportDialog dialog(&table.view, u"x"_s);
        dialog.setByteOrderMark(false);
        dialog.setFormulaGuard(false);
        dialog.setFileName(m_dir.filePath(u"remember.csv"_s));
        QString error;
        QVERIFY2(dialog.exportTable(&error), qPrintable(error));
    }
    ExportDialog again(&table.view, u"next"_s);
    QVERIFY(!again.byteOrderMark());
    QVERIFY(!again.formulaGuard());
    QVERIFY(again.fileName().startsWith(m_dir.path() + u'/'));
}

void TestPolishUi::exportToAnUnwritablePlaceFails()
{
    Table table;
    ExportDialog dialog(&table.view, u"x"_s);
    dialog.setFileName(m_dir.filePath(u"no/such/folder/x.csv"_s));
    QString error;
    QVERIFY(!dialog.exportTable(&error));
    QVERIFY(error.contains(u"x.csv"_s));
}

void TestPolishUi::aboutShowsVersionAndQt()
{
    AboutDialog about;
    QVERIFY(about.findChild<QLabel *>(u"version"_s)->text().contains(u"9.8.7"_s));
    const QString qt = about.findChild<QLabel *>(u"qtVersion"_s)->text();
    QVERIFY(qt.contains(QString::fromLatin1(qVersion())));
    QCOMPARE(about.findChild<QLabel *>(u"licence"_s)->text(), AboutDialog::licenceText());
    QVERIFY(!AboutDialog::licenceText().isEmpty());
}

void TestPolishUi::languageMenuSavesTheChoice()
{
    QWidget parent;
    LanguageMenu menu({u"en"_s, u"ru"_s, u"es"_s}, &parent);
    QStringList names;
    for (QAction *action : menu.actions()) {
        if (!action->isSeparator())
            names.append(action->text());
    }
    QCOMPARE(names.mid(1), QStringList({u"English"_s, u"Русский"_s, u"Español"_s}));
    auto *system = menu.findChild<QAction *>(u"language_"_s);
    QVERIFY(system && system->isChecked());

    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    menu.findChild<QAction *>(u"language_ru"_s)->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(LanguageSettings::saved(), u"ru"_s);
    // It says the change waits for a restart, without blocking.
    auto *notice = parent.findChild<QMessageBox *>(u"languageRestartNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->text().contains(u"next time"_s));
    notice->close();

    LanguageMenu reopened({u"en"_s, u"ru"_s, u"es"_s});
    QVERIFY(reopened.findChild<QAction *>(u"language_ru"_s)->isChecked());
    reopened.findChild<QAction *>(u"language_"_s)->trigger();
    QCOMPARE(LanguageSettings::saved(), QString());
}

void TestPolishUi::languageSettingsLocale()
{
    QCOMPARE(LanguageSettings::locale(), QLocale::system());
    LanguageSettings::save(u"es"_s);
    QCOMPARE(LanguageSettings::locale().language(), QLocale::Spanish);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"es"_s);
    LanguageSettings::save(QString());
    QVERIFY(!QSettings().contains(u"language"_s));
}

void TestPolishUi::statusColoursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    QTest::newRow("default") << QPalette() << false;
}

void TestPolishUi::statusColoursAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(StatusColors::isDark(palette), dark);
    for (const QColor &colour : {StatusColors::error(palette), StatusColors::warning(palette),
                                 StatusColors::success(palette)}) {
        for (const auto role : {QPalette::Window, QPalette::Base}) {
            const double ratio = StatusColors::contrast(colour, palette.color(role));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(
                    u"%1 on %2: %3"_s.arg(colour.name(), palette.color(role).name()).arg(ratio)));
        }
    }
}

void TestPolishUi::problemLabelFollowsTheAppPalette()
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCOMPARE(FieldProblemLabel::errorColor(), StatusColors::error(darkPalette()));
    FieldProblemLabel label;
    label.setIssues({{u"email"_s, ValidationIssue::Severity::Error, u"Not an e-mail address."_s}});
    QVERIFY(label.text().contains(StatusColors::error(darkPalette()).name()));
    QApplication::setPalette(original);
    QCOMPARE(FieldProblemLabel::errorColor(), StatusColors::error(original));
}

QTEST_MAIN(TestPolishUi)
#include "tst_polishui.moc"
