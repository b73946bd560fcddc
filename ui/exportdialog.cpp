#include "exportdialog.h"

#include "accountvisitor.h"
#include "csvexport.h"
#include "growtofit.h"
#include "woowupaccount.h"
#include "woowupcustomertablemodel.h"
#include "xlsxexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const auto bomKey = QStringLiteral("export/byteOrderMark");
const auto guardKey = QStringLiteral("export/formulaGuard");
const auto directoryKey = QStringLiteral("export/directory");
const auto formatKey = QStringLiteral("export/format");
const auto delimiterKey = QStringLiteral("export/delimiter");

QString suffixOf(ExportDialog::Format format)
{
    return format == ExportDialog::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

// The account's table when it loads page by page (WoowUp): then "every
// customer" is more than the loaded rows.
class PagedAccount : public AccountVisitor
{
public:
    static WoowUpAccount *of(Account *account)
    {
        PagedAccount visitor;
        account->accept(visitor);
        return visitor.m_woowUp;
    }
    void visit(WazzupAccount &) override { }
    void visit(WoowUpAccount &account) override { m_woowUp = &account; }

private:
    WoowUpAccount *m_woowUp = nullptr;
};

// Characters no file system or person wants in a file name.
QString safeFileName(QString name)
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &ch : name) {
        if (unsafe.contains(ch) || ch.category() == QChar::Other_Control)
            ch = u'_';
    }
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(QTableView *view, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_all(new QRadioButton(this))
    , m_selected(new QRadioButton(this))
    , m_every(new QRadioButton(tr("E&very customer in the account (loaded from the server)"), this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("For &Excel: UTF-8 with a byte order mark"), this))
    , m_guard(new QCheckBox(tr("&Protect against formulas: put ' before cells that start with "
                               "=, +, - or @"),
                            this))
    , m_file(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    const int loaded = view->model() ? view->model()->rowCount() : 0;
    const int selected = int(selectedRows(view).size());
    m_all->setObjectName(QStringLiteral("allRows"));
    m_all->setText(tr("&All %n loaded row(s)", nullptr, loaded));
    m_selected->setObjectName(QStringLiteral("selectedRows"));
    m_selected->setText(selected > 0 ? tr("Only the %n &selected row(s)", nullptr, selected)
                                     : tr("Only the &selected rows (none are selected)"));
    m_selected->setEnabled(selected > 0);
    m_every->setObjectName(QStringLiteral("everyRow"));
    m_every->setVisible(false); // until an account that pages is set
    // One selected row is usually just the current one; several are a choice.
    (selected > 1 ? m_selected : m_all)->setChecked(true);

    QSettings settings;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV (text, opens in any spreadsheet)"), int(Format::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Xlsx));
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(settings.value(formatKey, int(Format::Csv)).toInt())));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setToolTip(tr("Excel splits a CSV file into columns by the list separator of "
                               "the system's region: a semicolon where numbers are written with "
                               "a decimal comma (Spanish, Russian), a comma elsewhere."));
    const QString delimiter = settings.value(delimiterKey).toString();
    setDelimiter(delimiter.isEmpty() ? excelDelimiter(QLocale()) : delimiter.at(0));
    m_bom->setObjectName(QStringLiteral("byteOrderMark"));
    m_bom->setToolTip(tr("Excel reads a UTF-8 file without it in the local code page and "
                         "garbles Cyrillic and accented letters. Other programs may show it "
                         "as stray characters at the start."));
    m_bom->setChecked(settings.value(bomKey, true).toBool());
    m_guard->setObjectName(QStringLiteral("formulaGuard"));
    m_guard->setToolTip(tr("A spreadsheet runs such a cell as a formula, which a malicious "
                           "record could use. Turn it off only to open the file in a program "
                           "other than a spreadsheet."));
    m_guard->setChecked(settings.value(guardKey, true).toBool());

    const QString base =
        safeFileName(suggestedName).isEmpty() ? tr("userdesk") : safeFileName(suggestedName);
    m_file->setObjectName(QStringLiteral("fileName"));
    const QString directory = settings.contains(directoryKey)
        ? settings.value(directoryKey).toString()
        : defaultDirectory();
    m_file->setText(QDir(directory).filePath(
        QStringLiteral("%1 %2.%3")
            .arg(base, QDate::currentDate().toString(Qt::ISODate), suffixOf(format()))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *rows = new QVBoxLayout;
    rows->addWidget(m_all);
    rows->addWidget(m_selected);
    rows->addWidget(m_every);
    if (view->model() && view->model()->canFetchMore(QModelIndex())) {
        auto *more = new QLabel(tr("More rows are on the server. Scroll to the end of the table "
                                   "(or search) to load the ones you want to export."),
                                this);
        more->setObjectName(QStringLiteral("moreOnServer"));
        more->setWordWrap(true);
        rows->addWidget(more);
    }
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    rows->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_exportButton->setEnabled(!isLoading() && !m_file->text().trimmed().isEmpty());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Rows:"), rows);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_guard);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    GrowToFit::install(this); // the note on rows still on the server wraps
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    if (m_cancelLoad)
        m_cancelLoad();
}

void ExportDialog::setAccount(Account *account)
{
    m_account = account;
    // Only a table loaded page by page holds less than the account.
    m_every->setVisible(account && PagedAccount::of(account));
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

bool ExportDialog::selectionOnly() const
{
    return m_selected->isChecked();
}

ExportDialog::Rows ExportDialog::rows() const
{
    if (!m_every->isHidden() && m_every->isChecked())
        return Rows::Every;
    return m_selected->isChecked() ? Rows::Selected : Rows::Loaded;
}

void ExportDialog::setRows(Rows rows)
{
    (rows == Rows::Every ? m_every : rows == Rows::Selected ? m_selected : m_all)->setChecked(true);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(format))));
}

QChar ExportDialog::delimiter() const
{
    return m_delimiter->currentData().toString().at(0);
}

void ExportDialog::setDelimiter(QChar delimiter)
{
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(delimiter))));
}

QChar ExportDialog::excelDelimiter(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
}

QString ExportDialog::defaultDirectory()
{
    // A fresh home may have no Documents folder: make it, as a file
    // manager would, or write to the home folder itself.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

void ExportDialog::formatChanged()
{
    // A workbook has typed cells and no formulas: nothing to delimit,
    // encode or guard.
    const bool csv = format() == Format::Csv;
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_guard->setEnabled(csv);
    const QString other = csv ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString name = m_file->text();
    if (name.endsWith(other, Qt::CaseInsensitive))
        m_file->setText(name.left(name.size() - other.size()) + u'.' + suffixOf(format()));
}

bool ExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

void ExportDialog::setByteOrderMark(bool byteOrderMark)
{
    m_bom->setChecked(byteOrderMark);
}

bool ExportDialog::formulaGuard() const
{
    return m_guard->isChecked();
}

void ExportDialog::setFormulaGuard(bool formulaGuard)
{
    m_guard->setChecked(formulaGuard);
}

QList<int> ExportDialog::visibleColumns(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QList<int> ExportDialog::selectedRows(const QTableView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    const QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool ExportDialog::exportTable(QString *errorString)
{
    const QAbstractItemModel *model = m_view->model();
    if (!model) {
        *errorString = tr("There is no table to export.");
        return false;
    }
    return write(model, selectionOnly() ? selectedRows(m_view) : CsvExport::allRows(model),
                 errorString);
}

bool ExportDialog::write(const QAbstractItemModel *model, const QList<int> &rows,
                         QString *errorString)
{
    const QList<int> columns = visibleColumns(m_view);
    // Documents may be missing in a fresh home: made as a file manager
    // would. Any other folder must exist (a typo is not a folder to make).
    const QFileInfo target(fileName());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (target.absolutePath() == QDir(documents).absolutePath()
        && !QDir().mkpath(target.absolutePath())) {
        *errorString = tr("Could not create the folder “%1”.").arg(target.absolutePath());
        return false;
    }
    CsvExportOptions options;
    options.byteOrderMark = byteOrderMark();
    options.formulaGuard = formulaGuard();
    options.delimiter = delimiter();
    if (format() == Format::Xlsx) {
        QStringList headers;
        for (int column : columns)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QList<QVariantList> values;
        values.reserve(rows.size());
        for (int row : rows) {
            QVariantList cells;
            cells.reserve(columns.size());
            for (int column : columns)
                cells.append(CsvExport::cellValue(model->index(row, column)));
            values.append(cells);
        }
        if (!XlsxExport::writeFile(fileName(), headers, values, {}, errorString))
            return false;
    } else {
        // QSaveFile: a failed export leaves an existing file as it was.
        QSaveFile file(fileName());
        if (!file.open(QIODevice::WriteOnly)) {
            *errorString = tr("Could not create “%1”: %2").arg(fileName(), file.errorString());
            return false;
        }
        if (!CsvExport::write(model, columns, rows, &file, options, errorString)) {
            file.cancelWriting();
            return false;
        }
        if (!file.commit()) {
            *errorString = tr("Could not save “%1”: %2").arg(fileName(), file.errorString());
            return false;
        }
    }
    m_exportedRows = int(rows.size());
    QSettings settings;
    settings.setValue(formatKey, int(format()));
    settings.setValue(delimiterKey, QString(options.delimiter));
    settings.setValue(bomKey, options.byteOrderMark);
    settings.setValue(guardKey, options.formulaGuard);
    settings.setValue(directoryKey, target.absolutePath());
    return true;
}

void ExportDialog::accept()
{
    if (isLoading())
        return;
    if (rows() == Rows::Every) {
        loadEverything();
        return;
    }
    QString error;
    if (!exportTable(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

void ExportDialog::reject()
{
    // Cancel while loading stops the loading; the dialog stays for another try.
    if (isLoading()) {
        m_cancelLoad();
        return;
    }
    QDialog::reject();
}

void ExportDialog::loadEverything()
{
    WoowUpAccount *account = m_account ? PagedAccount::of(m_account) : nullptr;
    if (!account)
        return;
    m_exportButton->setEnabled(false);
    m_progress->setFormat(tr("Loading every customer…"));
    m_progress->setVisible(true);
    // The account pages through the server within its rate limit.
    m_cancelLoad = account->loadAll(
        QString(),
        [self = QPointer<ExportDialog>(this)](int loadedCount) {
            if (!self)
                return;
            self->m_progress->setFormat(
                tr("Loading every customer: %n loaded…", nullptr, loadedCount));
        },
        [self = QPointer<ExportDialog>(this)](const WoowUpAccount::Outcome &outcome,
                                              const WoowUpCustomerList &customers) {
            if (self)
                self->everythingLoaded(outcome, customers);
        });
}

void ExportDialog::everythingLoaded(const WoowUpAccount::Outcome &outcome,
                                    const WoowUpCustomerList &customers)
{
    m_cancelLoad = nullptr;
    if (outcome.cancelled) {
        finishEveryExport(false, QString());
        return;
    }
    if (!outcome.ok()) {
        finishEveryExport(false, tr("The customers could not be loaded: %1").arg(outcome.message));
        return;
    }
    // The table's own model class, so the view's columns mean the same.
    WoowUpCustomerTableModel everything;
    everything.appendPage(0, 0, customers);
    QString error;
    if (!write(&everything, CsvExport::allRows(&everything), &error)) {
        finishEveryExport(false, error);
        return;
    }
    finishEveryExport(true, QString());
}

void ExportDialog::finishEveryExport(bool ok, const QString &message)
{
    m_progress->setVisible(false);
    m_exportButton->setEnabled(!m_file->text().trimmed().isEmpty());
    emit everyRowExportFinished(ok, message);
    if (ok) {
        QDialog::accept();
        return;
    }
    if (!message.isEmpty())
        QMessageBox::warning(this, windowTitle(), message);
}

void ExportDialog::browse()
{
    const QString filter = format() == Format::Xlsx ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                                    : tr("CSV files (*.csv);;All files (*)");
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), fileName(), filter);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}
