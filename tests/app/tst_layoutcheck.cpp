// Every dialog and wizard page of the app, opened as a person opens them
// (the demo, in-process sandbox) in English, Russian and Spanish at its
// default size, and the main window at 1024×700: no text may be clipped,
// no header elided, no form may scroll sideways, and no label may show a
// literal "&". Each failure names the language, the window, the widget and
// its text.

#include "accountpage.h"
#include "application.h"
#include "customerdialog.h"
#include "deleteprogressdialog.h"
#include "historydialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "recentlydeleteddialog.h"
#include "recordtableview.h"
#include "translator.h"
#include "wazzupuserdialog.h"
#include "woowuppage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

namespace {

// What a button or a label with a buddy shows: "&&" is one "&", a single
// "&" marks the mnemonic and is not drawn.
QString shownMnemonicText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}

QString widgetName(const QWidget *widget)
{
    const QString name = widget->objectName();
    return QStringLiteral("%1%2").arg(QLatin1String(widget->metaObject()->className()),
                                      name.isEmpty() ? QString() : QLatin1Char('#') + name);
}

// The problems of one visible window, one line each.
class LayoutCheck
{
public:
    LayoutCheck(const QString &language, QWidget *window)
        : m_language(language)
        , m_window(window)
    { }

    QStringList problems()
    {
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->window() != m_window || widget->width() <= 0)
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                checkLabel(label);
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                checkButton(button);
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                checkPlaceholder(edit);
            else if (auto *area = qobject_cast<QScrollArea *>(widget))
                checkScrollArea(area);
            else if (auto *header = qobject_cast<QHeaderView *>(widget))
                checkHeader(header);
        }
        return m_problems;
    }

private:
    void fail(const QWidget *widget, const QString &what, const QString &text)
    {
        m_problems.append(
            QStringLiteral("[%1] %2 › %3: %4: “%5” (%6×%7)")
                .arg(m_language, m_window->windowTitle(), widgetName(widget), what, text)
                .arg(widget->width())
                .arg(widget->height()));
    }

    void checkLabel(QLabel *label)
    {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        const QString shown = rich ? QTextDocumentFragment::fromHtml(text).toPlainText()
            : label->buddy()       ? shownMnemonicText(text)
                                   : text;
        if (!rich && !label->buddy() && text.contains(u'&'))
            fail(label, QStringLiteral("literal & (no buddy)"), text);
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height())
                fail(label, QStringLiteral("wrapped text taller than the label"), shown);
            const QStringList words = shown.split(QRegularExpression(QStringLiteral("\\s+")));
            for (const QString &word : words) {
                if (label->fontMetrics().horizontalAdvance(word) > label->contentsRect().width())
                    fail(label, QStringLiteral("word wider than the label"), word);
            }
        } else if (label->sizeHint().width() > label->width()) {
            fail(label, QStringLiteral("text wider than the label"), shown);
        }
    }

    void checkButton(QAbstractButton *button)
    {
        const QString text = button->text();
        if (text.isEmpty())
            return;
        if (text.endsWith(u'&') && !text.endsWith(QLatin1String("&&")))
            fail(button, QStringLiteral("stray &"), text);
        const QString shown = shownMnemonicText(text);
        int needed = 0;
        if (qobject_cast<QPushButton *>(button)) {
            const QStyle *style = button->style();
            // As QCommonStyle sizes a push button around its text.
            needed = button->fontMetrics().horizontalAdvance(shown)
                + style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
                + 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
            if (!button->icon().isNull())
                needed += button->iconSize().width() + 4;
        } else {
            needed = button->sizeHint().width();
        }
        if (needed > button->width())
            fail(button, QStringLiteral("text wider than the button (%1 px needed)").arg(needed),
                 shown);
    }

    void checkPlaceholder(QLineEdit *edit)
    {
        const QString placeholder = edit->placeholderText();
        if (placeholder.isEmpty() || !edit->text().isEmpty())
            return;
        const QMargins margins = edit->textMargins();
        const int frame =
            edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
        // QLineEdit keeps 2 px on each side of its text.
        const int room = edit->width() - 2 * frame - margins.left() - margins.right() - 4;
        if (edit->fontMetrics().horizontalAdvance(placeholder) > room)
            fail(edit, QStringLiteral("placeholder cut"), placeholder);
    }

    void checkScrollArea(QScrollArea *area)
    {
        if (area->horizontalScrollBar()->isVisible())
            fail(area, QStringLiteral("horizontal scrollbar"),
                 QStringLiteral("content %1 px wide")
                     .arg(area->widget() ? area->widget()->width() : 0));
    }

    void checkHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) <= 0)
                continue;
            if (header->sectionSizeHint(section) > header->sectionSize(section))
                fail(header,
                     QStringLiteral("header elided (%1 px needed, %2 px)")
                         .arg(header->sectionSizeHint(section))
                         .arg(header->sectionSize(section)),
                     header->model()->headerData(section, Qt::Horizontal).toString());
        }
    }

    QString m_language;
    QWidget *m_window;
    QStringList m_problems;
};

} // namespace

class TestLayoutCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWindowFits_data();
    void everyWindowFits();
    void checkFindsClippedText();
    void cleanupTestCase();

private:
    void check(QWidget *window);
    // Runs trigger, which opens a modal dialog (exec or open), checks it,
    // lets then() act on it (default: close it).
    void checkModal(const std::function<void()> &trigger,
                    const std::function<void(QDialog *)> &then = {});
    template<typename Dialog>
    Dialog *waitForDialog(QWidget *parent);
    void walkImport(AccountPage *page, const QString &csv);

    QTemporaryDir m_dir;
    QString m_language;
    QStringList m_problems;
};

void TestLayoutCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UserdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutcheck"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLayoutCheck::cleanupTestCase()
{
    Translator::install(QCoreApplication::instance(), QLocale(QStringLiteral("en")));
}

void TestLayoutCheck::check(QWidget *window)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(20);
    if (qEnvironmentVariableIsSet("USERDESK_LAYOUT_SHOTS")) {
        static int shot = 0;
        window->grab().save(QDir(qEnvironmentVariable("USERDESK_LAYOUT_SHOTS"))
                                .filePath(QStringLiteral("%1-%2-%3.png")
                                              .arg(m_language)
                                              .arg(++shot)
                                              .arg(widgetName(window))));
    }
    const QStringList problems = LayoutCheck(m_language, window).problems();
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    m_problems.append(problems);
}

void TestLayoutCheck::checkModal(const std::function<void()> &trigger,
                                 const std::function<void(QDialog *)> &then)
{
    QWidget *before = QApplication::activeModalWidget();
    bool seen = false;
    // exec() does not return before the dialog is closed: look from inside.
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == before || seen)
            return;
        seen = true;
        poll->stop();
        check(dialog);
        if (then)
            then(dialog);
        else
            dialog->reject();
    });
    poll->start();
    trigger();
    QTRY_VERIFY_WITH_TIMEOUT(seen, 10000);
    delete poll;
}

template<typename Dialog>
Dialog *TestLayoutCheck::waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            const QList<Dialog *> all = parent->findChildren<Dialog *>();
            for (Dialog *candidate : all) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        },
        10000);
    return dialog;
}

void TestLayoutCheck::walkImport(AccountPage *page, const QString &csv)
{
    page->importCsv();
    auto *dialog = waitForDialog<ImportDialog>(page);
    QVERIFY(dialog);
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    dialog->setFilePath(csv);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
    check(dialog);
    for (const ImportDialog::Step step : {ImportDialog::MappingStep, ImportDialog::CheckStep}) {
        next->click();
        QCOMPARE(dialog->step(), step);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        check(dialog);
    }
    // The row editor of the check step, on the last row of the file (the
    // customers' one with a problem).
    auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("changeTree"));
    tree->setCurrentIndex(tree->model()->index(tree->model()->rowCount() - 1, 0));
    checkModal([&] { dialog->findChild<QPushButton *>(QStringLiteral("editRowButton"))->click(); });
    next->click();
    QCOMPARE(dialog->step(), ImportDialog::SendStep);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 30000);
    check(dialog);
    dialog->accept();
}

void TestLayoutCheck::everyWindowFits_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ru", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLayoutCheck::everyWindowFits()
{
    QFETCH(QString, language);
    m_language = language;
    m_problems.clear();
    Translator::install(QCoreApplication::instance(), QLocale(language));

    {
        ProfileDialog profile;
        profile.show();
        check(&profile);
    }

    Application app;
    QVERIFY(app.startDemo());
    MainWindow *window = app.window();
    window->resize(1024, 700);
    window->show();
    auto *customers = qobject_cast<WoowUpPage *>(window->currentPage());
    QVERIFY(customers);
    QTRY_VERIFY_WITH_TIMEOUT(customers->table()->model()->rowCount() >= 20, 10000);
    check(window);

    const auto action = [window](const char *name) {
        return window->findChild<QAction *>(QLatin1String(name));
    };
    checkModal([&] { action("about")->trigger(); });
    checkModal([&] { action("exportTable")->trigger(); });

    // The customer form, new and with a customer read from the server.
    customers->newRecord();
    auto *customer = waitForDialog<CustomerDialog>(customers);
    QVERIFY(customer);
    check(customer);
    delete customer;
    customers->table()->selectRow(0);
    customers->editCurrent();
    customer = waitForDialog<CustomerDialog>(customers);
    QVERIFY(customer);
    QTRY_VERIFY_WITH_TIMEOUT(!customer->isBusy(), 10000);
    check(customer);
    delete customer;

    // Find by identifier, also with the message for an empty value.
    customers->findByIdentifier();
    auto *find = waitForDialog<QDialog>(customers);
    QVERIFY(find);
    QCOMPARE(find->objectName(), QStringLiteral("findByIdentifier"));
    check(find);
    find->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(find->findChild<QLabel *>(QStringLiteral("identifierProblem"))->isVisible());
    check(find);
    find->reject();
    QTest::qWait(20);

    // Delete: the question, the progress and its outcome, Recently deleted.
    customers->table()->selectRow(1);
    customers->table()->selectionModel()->select(customers->table()->model()->index(2, 0),
                                                 QItemSelectionModel::Select
                                                     | QItemSelectionModel::Rows);
    checkModal([&] { customers->deleteSelection(); }, [](QDialog *confirm) { confirm->accept(); });
    auto *progress = waitForDialog<DeleteProgressDialog>(customers);
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->isVisible(),
        20000);
    check(progress);
    progress->reject();
    QTest::qWait(20);
    customers->showRecentlyDeleted();
    auto *deleted = waitForDialog<RecentlyDeletedDialog>(customers);
    QVERIFY(deleted);
    check(deleted);
    deleted->reject();
    QTest::qWait(20);

    // The import, every step to the finished one.
    const QString csv = m_dir.filePath(QStringLiteral("customers-%1.csv").arg(language));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("Correo electrónico;Nombre;Apellido;Teléfono;Fecha de nacimiento\n"
                           "lucia.%1@example.com;Lucía;Núñez;0114567890;1990-02-03\n"
                           "marta.%1@example.com;Marta Alejandra;Peña;;\n"
                           "no es un correo;Sin;Correo;;\n")
                .arg(language)
                .toUtf8());
    }
    walkImport(customers, csv);

    // The History with the import's records, its Undo and Clear questions.
    customers->showHistory();
    auto *history = waitForDialog<HistoryDialog>(customers);
    QVERIFY(history);
    auto *details = history->findChild<QTreeView *>(QStringLiteral("details"));
    QTRY_VERIFY(details->model()->rowCount() > 0);
    details->expandAll();
    check(history);
    checkModal([&] { history->findChild<QPushButton *>(QStringLiteral("undoButton"))->click(); });
    checkModal([&] { history->findChild<QPushButton *>(QStringLiteral("clearHistory"))->click(); });
    history->reject();
    QTest::qWait(20);

    // The employees: the page, the form, their import.
    auto *accounts = window->findChild<QComboBox *>(QStringLiteral("accounts"));
    accounts->setCurrentIndex(1);
    AccountPage *employees = window->currentPage();
    QVERIFY(employees && employees != customers);
    QTRY_VERIFY_WITH_TIMEOUT(employees->table()->model()->rowCount() > 0, 10000);
    check(window);
    employees->newRecord();
    auto *employee = waitForDialog<WazzupUserDialog>(employees);
    QVERIFY(employee);
    check(employee);
    delete employee;
    employees->table()->selectRow(0);
    employees->editCurrent();
    employee = waitForDialog<WazzupUserDialog>(employees);
    QVERIFY(employee);
    QTRY_VERIFY_WITH_TIMEOUT(!employee->isBusy(), 10000);
    auto *phone = employee->findChild<QLineEdit *>(QStringLiteral("phone"));
    phone->setText(QString());
    check(employee);
    delete employee;
    const QString staff = m_dir.filePath(QStringLiteral("staff-%1.csv").arg(language));
    {
        QFile file(staff);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("id,name,phone\ncrm-%1-1,Olga Petrova,79261234567\n"
                                  "crm-%1-2,Ivan Sidorov,\n")
                       .arg(language)
                       .toUtf8());
    }
    walkImport(employees, staff);

    QVERIFY2(m_problems.isEmpty(), qPrintable(QLatin1Char('\n') + m_problems.join(u'\n')));
}

// The check itself: a label, a button and a placeholder squeezed below
// their text, a label with a stray "&", a form scrolling sideways.
void TestLayoutCheck::checkFindsClippedText()
{
    m_language = QStringLiteral("en");
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Squeezed"));
    auto *label = new QLabel(QStringLiteral("A rather long label text"), &dialog);
    label->setGeometry(0, 0, 40, 20);
    auto *amp = new QLabel(QStringLiteral("&File:"), &dialog);
    amp->setGeometry(0, 20, 200, 20);
    auto *button = new QPushButton(QStringLiteral("Remove"), &dialog);
    button->setGeometry(0, 40, 30, 30);
    auto *edit = new QLineEdit(&dialog);
    edit->setPlaceholderText(QStringLiteral("Type a tag and press Enter"));
    edit->setGeometry(0, 70, 60, 24);
    auto *area = new QScrollArea(&dialog);
    auto *wide = new QWidget;
    wide->setMinimumWidth(600);
    area->setWidget(wide);
    area->setGeometry(0, 100, 200, 100);
    auto *fits = new QLabel(QStringLiteral("OK"), &dialog);
    fits->setGeometry(0, 200, 100, 20);
    dialog.resize(300, 240);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString problems = LayoutCheck(m_language, &dialog).problems().join(u'\n');
    for (const char *text : {"A rather long label text", "&File:", "Remove",
                             "Type a tag and press Enter", "horizontal scrollbar"})
        QVERIFY2(problems.contains(QLatin1String(text)), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("“OK”")), qPrintable(problems));
}

QTEST_MAIN(TestLayoutCheck)
#include "tst_layoutcheck.moc"
