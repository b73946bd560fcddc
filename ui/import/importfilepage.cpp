#include "importfilepage.h"

#include "csvsniffer.h"
#include "importpreviewmodel.h"
#include "importpreviewview.h"
#include "importreader.h"
#include "importsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportSession *session, ImportPreviewModel *previewModel,
                               QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_previewModel(previewModel)
{
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("Choose a CSV file or a workbook (.xlsx, .ods)…"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        m_detectNext = true;
        loadPreview();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QByteArray());
    for (const QByteArray &encoding : CsvSniffer::supportedEncodings())
        m_encoding->addItem(QString::fromLatin1(encoding), encoding);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_header = new QCheckBox(tr("The first row holds the column names"), this);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_header->setChecked(true);
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::loadPreview);
    connect(m_delimiter, &QComboBox::activated, this, &ImportFilePage::loadPreview);
    connect(m_sheet, &QComboBox::activated, this, &ImportFilePage::loadPreview);
    connect(m_header, &QCheckBox::toggled, this, &ImportFilePage::previewLoaded);
    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this,
            &ImportFilePage::previewLoaded);

    // The mapping offers the custom attributes: wait for the answer, or
    // go on without them when the account cannot give them.
    connect(m_session, &ImportSession::definitionsReady, this, [this] {
        m_definitionsAsked = true;
        m_definitionsProblem.clear();
        previewLoaded();
    });
    connect(m_session, &ImportSession::failed, this,
            [this](ImportSession::Failure failure, const QString &message) {
                if (failure != ImportSession::Failure::Definitions)
                    return;
                m_definitionsAsked = true;
                m_definitionsProblem = message;
                previewLoaded();
            });

    m_fileProblem = new QLabel(this);
    m_fileProblem->setWordWrap(true);
    auto *preview = new ImportPreviewView(m_previewModel, this);
    preview->setObjectName(QStringLiteral("filePreview"));

    m_form = new QFormLayout;
    // The row holds a layout, not a widget: its label needs the buddy for &.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_form->addRow(fileLabel, fileRow);
    m_form->addRow(tr("&Sheet:"), m_sheet);
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(QString(), m_header);
    m_form->setRowVisible(m_sheet, false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Step 1 of 4:</b> choose the file."), this));
    layout->addLayout(m_form);
    layout->addWidget(m_fileProblem);
    layout->addWidget(new QLabel(tr("The first rows of the file:"), this));
    layout->addWidget(preview, 1);
}

ImportFilePage::~ImportFilePage()
{
    m_previewWatcher.cancel();
    m_previewWatcher.waitForFinished();
}

bool ImportFilePage::isComplete() const
{
    return m_definitionsAsked && !m_previewWatcher.isRunning() && !m_preview.rows.isEmpty()
        && m_preview.read.status != CsvReadResult::Status::Error;
}

void ImportFilePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file or a workbook"), QString(),
        tr("CSV files and workbooks (*.csv *.txt *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_file->setText(path);
    m_detectNext = true;
    loadPreview();
}

QString ImportFilePage::filePath() const
{
    return m_file->text();
}

QString ImportFilePage::sheet() const
{
    return m_preview.isWorkbook() ? m_sheet->currentData().toString() : QString();
}

bool ImportFilePage::hasHeader() const
{
    return m_header->isChecked();
}

CsvOptions ImportFilePage::csvOptions() const
{
    CsvOptions options;
    options.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    return options;
}

void ImportFilePage::loadPreview()
{
    if (m_file->text().isEmpty())
        return;
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true; // read again with the newest options when this one ends
        return;
    }
    CsvOptions options = csvOptions();
    QString sheet = m_sheet->currentData().toString();
    if (m_detectNext) {
        options.encoding.clear();
        options.delimiter = QChar();
        sheet.clear();
    }
    m_fileProblem->setText(tr("Reading…"));
    m_previewWatcher.setFuture(ImportPreview::load(m_file->text(), options, sheet));
    emit completeChanged();
}

void ImportFilePage::previewLoaded()
{
    if (m_previewWatcher.isRunning())
        return;
    if (m_previewPending) {
        m_previewPending = false;
        loadPreview();
        return;
    }
    if (m_previewWatcher.future().resultCount() > 0 && sender() == &m_previewWatcher) {
        m_preview = m_previewWatcher.result();
        if (m_detectNext && m_preview.isWorkbook()) {
            m_detectNext = false;
            const QSignalBlocker blockHeader(m_header);
            m_header->setChecked(true);
            showSheets();
        } else if (m_detectNext && m_preview.read.status != CsvReadResult::Status::Error) {
            // Show the guesses in the combos, where they can be overridden.
            m_detectNext = false;
            const QSignalBlocker blockEncoding(m_encoding);
            const QSignalBlocker blockDelimiter(m_delimiter);
            const QSignalBlocker blockHeader(m_header);
            m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(m_preview.read.encoding)));
            m_delimiter->setCurrentIndex(
                qMax(0, m_delimiter->findData(QString(m_preview.read.delimiter))));
            m_header->setChecked(m_preview.sniffed.hasHeader || m_preview.rows.size() <= 1);
        }
    }
    // A workbook has cells, not bytes: there is no encoding or delimiter to choose.
    const bool workbook = m_preview.isWorkbook();
    m_form->setRowVisible(m_sheet, workbook);
    m_form->setRowVisible(m_encoding, !workbook);
    m_form->setRowVisible(m_delimiter, !workbook);
    if (m_preview.read.status == CsvReadResult::Status::Error)
        m_fileProblem->setText(m_preview.read.errorText);
    else if (m_preview.read.decodingErrors)
        m_fileProblem->setText(tr("Some characters could not be read in this encoding: choose "
                                  "another one."));
    else if (!m_definitionsProblem.isEmpty())
        m_fileProblem->setText(
            tr("The account could not be checked: %1").arg(m_definitionsProblem));
    else
        m_fileProblem->clear();
    QList<QStringList> rows = m_preview.rows;
    const bool header = m_header->isChecked() && !rows.isEmpty();
    if (header)
        rows.removeFirst();
    m_previewModel->setRows(headers(), rows.mid(0, ImportPreview::defaultRows), header ? 2 : 1);
    emit completeChanged();
}

void ImportFilePage::showSheets()
{
    const QSignalBlocker blockSheet(m_sheet);
    m_sheet->clear();
    for (const SheetInfo &info : std::as_const(m_preview.sheets.sheets)) {
        if (info.isChart)
            continue; // a chart has no rows to import
        QString label = info.name;
        if (info.hidden)
            label = tr("%1 (hidden)").arg(label);
        else if (!info.hasData)
            label = tr("%1 (empty)").arg(label);
        m_sheet->addItem(label, info.name);
    }
    m_sheet->setCurrentIndex(qMax(0, m_sheet->findData(m_preview.sheetName)));
}

QStringList ImportFilePage::headers() const
{
    if (m_preview.rows.isEmpty())
        return {};
    if (m_header->isChecked())
        return m_preview.rows.first();
    return ImportReader::numberedHeaders(int(m_preview.rows.first().size()));
}
