#include "exportdialog.h"

#include "csvexport.h"

#include <QCheckBox>
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
#include <QMessageBox>
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
    , m_bom(new QCheckBox(tr("For &Excel: UTF-8 with a byte order mark"), this))
    , m_guard(new QCheckBox(tr("&Protect against formulas: put ' before cells that start with "
                               "=, +, - or @"),
                            this))
    , m_file(new QLineEdit(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));

    const int loaded = view->model() ? view->model()->rowCount() : 0;
    const int selected = int(selectedRows(view).size());
    m_all->setObjectName(QStringLiteral("allRows"));
    m_all->setText(tr("&All %n loaded row(s)", nullptr, loaded));
    m_selected->setObjectName(QStringLiteral("selectedRows"));
    m_selected->setText(selected > 0 ? tr("Only the %n &selected row(s)", nullptr, selected)
                                     : tr("Only the &selected rows (none are selected)"));
    m_selected->setEnabled(selected > 0);
    // One selected row is usually just the current one; several are a choice.
    (selected > 1 ? m_selected : m_all)->setChecked(true);

    QSettings settings;
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

    const QString directory =
        settings
            .value(directoryKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString base =
        safeFileName(suggestedName).isEmpty() ? tr("userdesk") : safeFileName(suggestedName);
    m_file->setObjectName(QStringLiteral("fileName"));
    m_file->setText(QDir(directory).filePath(
        QStringLiteral("%1 %2.csv").arg(base, QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *rows = new QVBoxLayout;
    rows->addWidget(m_all);
    rows->addWidget(m_selected);
    if (view->model() && view->model()->canFetchMore(QModelIndex())) {
        auto *more = new QLabel(tr("More rows are on the server. Scroll to the end of the table "
                                   "(or search) to load the ones you want to export."),
                                this);
        more->setObjectName(QStringLiteral("moreOnServer"));
        more->setWordWrap(true);
        rows->addWidget(more);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this, exportButton] {
        exportButton->setEnabled(!m_file->text().trimmed().isEmpty());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Rows:"), rows);
    form->addRow(tr("Format:"), m_bom);
    form->addRow(QString(), m_guard);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
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
    const QList<int> rows = selectionOnly() ? selectedRows(m_view) : CsvExport::allRows(model);
    CsvExportOptions options;
    options.byteOrderMark = byteOrderMark();
    options.formulaGuard = formulaGuard();

    // QSaveFile: a failed export leaves an existing file as it was.
    QSaveFile file(fileName());
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = tr("Could not create “%1”: %2").arg(fileName(), file.errorString());
        return false;
    }
    if (!CsvExport::write(model, visibleColumns(m_view), rows, &file, options, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *errorString = tr("Could not save “%1”: %2").arg(fileName(), file.errorString());
        return false;
    }
    m_exportedRows = int(rows.size());
    QSettings settings;
    settings.setValue(bomKey, options.byteOrderMark);
    settings.setValue(guardKey, options.formulaGuard);
    settings.setValue(directoryKey, QFileInfo(fileName()).absolutePath());
    return true;
}

void ExportDialog::accept()
{
    QString error;
    if (!exportTable(&error)) {
        QMessageBox::warning(this, tr("Export to CSV"), error);
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to CSV"), fileName(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}
