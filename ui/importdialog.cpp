#include "importdialog.h"

#include "account.h"
#include "csvsniffer.h"
#include "fieldsynonyms.h"
#include "importengine.h"
#include "importjournal.h"
#include "importmappingstore.h"
#include "importplanner.h"
#include "importpreviewmodel.h"
#include "importreport.h"
#include "importstrategy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString durationText(double seconds)
{
    if (seconds < 90)
        return ImportDialog::tr("about %n second(s)", "", qMax(1, int(seconds + 0.5)));
    if (seconds < 90 * 60)
        return ImportDialog::tr("about %n minute(s)", "", int(seconds / 60 + 0.5));
    return ImportDialog::tr("about %n hour(s)", "", int(seconds / 3600 + 0.5));
}

QTableView *previewView(ImportPreviewModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

} // namespace

ImportDialog::ImportDialog(const Setup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_service(setup.account->service())
    , m_strategy(setup.account->createImportStrategy(this))
    , m_pages(new QStackedWidget(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(m_service == Service::Wazzup ? tr("Import users from a CSV file")
                                                      : tr("Import customers from a CSV file"));
    m_pages->addWidget(createFilePage());
    m_pages->addWidget(createMappingPage());
    m_pages->addWidget(createCheckPage());
    m_pages->addWidget(createSendPage());

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::goNext);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this,
            &ImportDialog::previewLoaded);
    connect(&m_readWatcher, &QFutureWatcher<ImportReadResult>::finished, this,
            &ImportDialog::fileRead);
    connect(&m_readWatcher, &QFutureWatcher<ImportReadResult>::progressValueChanged,
            m_checkProgress, &QProgressBar::setValue);
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &ImportDialog::showProgress);
    resize(760, 560);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The engine writes to the journal until it is gone.
    delete m_engine;
    m_previewWatcher.cancel();
    m_readWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_readWatcher.waitForFinished();
}

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QWidget *ImportDialog::createFilePage()
{
    auto *page = new QWidget(this);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto *browse = new QPushButton(tr("C&hoose…"), page);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        m_detectNext = true;
        loadPreview();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QByteArray());
    for (const QByteArray &encoding : CsvSniffer::supportedEncodings())
        m_encoding->addItem(QString::fromLatin1(encoding), encoding);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_header = new QCheckBox(tr("The first row holds the column names"), page);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_header->setChecked(true);
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::loadPreview);
    connect(m_delimiter, &QComboBox::activated, this, &ImportDialog::loadPreview);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::previewLoaded);

    m_fileProblem = new QLabel(page);
    m_fileProblem->setWordWrap(true);
    auto *preview = previewView(m_previewModel, page);
    preview->setObjectName(QStringLiteral("filePreview"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Step 1 of 4:</b> choose the file."), page));
    layout->addLayout(form);
    layout->addWidget(m_fileProblem);
    layout->addWidget(new QLabel(tr("The first rows of the file:"), page));
    layout->addWidget(preview, 1);
    return page;
}

QWidget *ImportDialog::createMappingPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QWidget(page);
    m_mappingGrid = new QGridLayout(grid);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    m_mappingProblem = new QLabel(page);
    m_mappingProblem->setWordWrap(true);
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    auto *preview = previewView(m_previewModel, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("<b>Step 2 of 4:</b> choose which field each column fills. Columns set to "
                      "“Ignore” are not imported."),
                   page));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_mappingProblem);
    layout->addWidget(preview, 1);
    return page;
}

QWidget *ImportDialog::createCheckPage()
{
    auto *page = new QWidget(this);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setWordWrap(true);
    m_checkProgress = new QProgressBar(page);
    m_checkProgress->setRange(0, 1000);
    m_validity = new QLabel(page);
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    m_invalidList = new QPlainTextEdit(page);
    m_invalidList->setObjectName(QStringLiteral("invalidList"));
    m_invalidList->setReadOnly(true);
    m_planCounts = new QLabel(page);
    m_planCounts->setObjectName(QStringLiteral("planLabel"));
    m_planCounts->setWordWrap(true);
    m_estimate = new QLabel(page);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setWordWrap(true);
    m_deleteMissing = new QCheckBox(tr("&Delete Wazzup users that are not in this file"), page);
    m_deleteMissing->setObjectName(QStringLiteral("deleteMissingCheck"));
    m_deleteMissing->setVisible(m_service == Service::Wazzup);
    connect(m_deleteMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_plan.deleteMissing = on;
        showPlan();
    });
    m_resume = new QCheckBox(page);
    m_resume->setObjectName(QStringLiteral("resumeCheck"));
    m_resume->setVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("<b>Step 3 of 4:</b> check the rows and the plan. Nothing is sent before you "
                      "press “Start import”."),
                   page));
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_validity);
    layout->addWidget(m_invalidList, 1);
    layout->addWidget(m_planCounts);
    layout->addWidget(m_estimate);
    layout->addWidget(m_deleteMissing);
    layout->addWidget(m_resume);
    return page;
}

QWidget *ImportDialog::createSendPage()
{
    auto *page = new QWidget(this);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progressText = new QLabel(page);
    m_progressText->setWordWrap(true);
    m_pause = new QPushButton(tr("&Pause"), page);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("&Cancel import"), page);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_saveReport = new QPushButton(tr("&Save error report…"), page);
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setVisible(false);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return;
        if (m_engine->isPaused()) {
            m_engine->resume();
            m_pause->setText(tr("&Pause"));
        } else {
            m_engine->pause();
            m_pause->setText(tr("&Resume"));
        }
        showProgress();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->cancel();
        m_cancel->setEnabled(false);
        m_pause->setEnabled(false);
    });
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::chooseReport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_saveReport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Step 4 of 4:</b> sending."), page));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
    m_detectNext = true;
    loadPreview();
}

CsvOptions ImportDialog::csvOptions() const
{
    CsvOptions options;
    options.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    return options;
}

void ImportDialog::loadPreview()
{
    if (m_file->text().isEmpty())
        return;
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true; // read again with the newest options when this one ends
        return;
    }
    CsvOptions options = csvOptions();
    if (m_detectNext) {
        options.encoding.clear();
        options.delimiter = QChar();
    }
    m_fileProblem->setText(tr("Reading…"));
    m_previewWatcher.setFuture(ImportPreview::load(m_file->text(), options));
    updateButtons();
}

void ImportDialog::previewLoaded()
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
        if (m_detectNext && m_preview.read.status != CsvReadResult::Status::Error) {
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
    if (m_preview.read.status == CsvReadResult::Status::Error)
        m_fileProblem->setText(m_preview.read.errorText);
    else if (m_preview.read.decodingErrors)
        m_fileProblem->setText(tr("Some characters could not be read in this encoding: choose "
                                  "another one."));
    else
        m_fileProblem->clear();
    QList<QStringList> rows = m_preview.rows;
    if (m_header->isChecked() && !rows.isEmpty())
        rows.removeFirst();
    m_previewModel->setRows(headers(), rows.mid(0, ImportPreview::defaultRows));
    updateButtons();
}

QStringList ImportDialog::headers() const
{
    if (m_preview.rows.isEmpty())
        return {};
    if (m_header->isChecked())
        return m_preview.rows.first();
    return ImportReader::numberedHeaders(int(m_preview.rows.first().size()));
}

void ImportDialog::buildMapping()
{
    const QStringList names = headers();
    if (m_mapping.headers() != names || m_mapping.service() != m_service) {
        const ImportMappingStore store(m_setup.settings);
        const auto saved = store.find(m_setup.profileId, m_service, names);
        m_mapping =
            saved ? *saved : ColumnMapping::automatic(m_service, names, m_setup.definitions);
    }
    qDeleteAll(m_mappingWidgets);
    m_mappingWidgets.clear();
    m_mappingCombos.clear();
    for (int column = 0; column < names.size(); ++column) {
        auto *label = new QLabel(names.at(column).isEmpty() ? tr("Column %1").arg(column + 1)
                                                            : names.at(column));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->addItem(tr("Ignore"), QString());
        for (const QString &field : FieldSynonyms::fields(m_service))
            combo->addItem(FieldSynonyms::label(field), field);
        for (const CustomAttributeDefinition &definition : std::as_const(m_setup.definitions))
            combo->addItem(
                tr("%1 (custom attribute)")
                    .arg(definition.label.isEmpty() ? definition.name : definition.label),
                ColumnMapping::customAttributeField(definition.name));
        label->setBuddy(combo);
        m_mappingGrid->addWidget(label, column, 0);
        m_mappingGrid->addWidget(combo, column, 1);
        m_mappingWidgets << label << combo;
        m_mappingCombos.append(combo);
        connect(combo, &QComboBox::activated, this,
                [this, column, combo] { mappingChanged(column, combo->currentData().toString()); });
    }
    showMapping();
}

void ImportDialog::mappingChanged(int column, const QString &field)
{
    m_mapping.setTarget(column, field);
    showMapping();
}

void ImportDialog::showMapping()
{
    QStringList labels;
    for (int column = 0; column < m_mappingCombos.size(); ++column) {
        QComboBox *combo = m_mappingCombos.at(column);
        const QString target = m_mapping.target(column);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(target)));
        const QString header = m_mapping.headers().value(column);
        labels.append(target.isEmpty() ? tr("%1 (ignored)").arg(header)
                                       : tr("%1 → %2").arg(header, combo->currentText()));
    }
    m_previewModel->setHeaderLabels(labels);
    const QStringList missing = m_mapping.missingRequirements();
    m_mappingProblem->setText(missing.join(u' '));
    updateButtons();
}

void ImportDialog::startCheck()
{
    m_planReady = false;
    m_resumableId = 0;
    m_resume->setVisible(false);
    m_invalidList->clear();
    m_validity->clear();
    m_planCounts->clear();
    m_estimate->clear();
    m_checkStatus->setText(tr("Reading and checking every row…"));
    m_checkProgress->setValue(0);
    m_checkProgress->setVisible(true);
    ImportSource source;
    source.service = m_service;
    source.filePath = m_file->text();
    source.csv = csvOptions();
    source.hasHeader = m_header->isChecked();
    source.mapping = m_mapping;
    source.definitions = m_setup.definitions;
    m_readWatcher.setFuture(ImportReader::read(source));
    updateButtons();
}

void ImportDialog::fileRead()
{
    if (m_readWatcher.isCanceled() || m_readWatcher.future().resultCount() == 0)
        return;
    m_read = m_readWatcher.result();
    if (!m_read.csv.isSuccess()) {
        m_checkStatus->setText(m_read.csv.errorText);
        m_checkProgress->setVisible(false);
        return;
    }
    m_validity->setText(
        tr("%n row(s) can be imported.", "", m_read.validCount) + u' '
        + tr("%n row(s) have problems and will be skipped.", "", m_read.invalidCount));
    QStringList problems;
    for (const ImportRow &row : std::as_const(m_read.rows)) {
        if (row.action == ImportRow::Action::Invalid)
            problems.append(tr("Line %1: %2").arg(row.line).arg(row.error));
    }
    m_invalidList->setPlainText(problems.join(u'\n'));
    m_invalidList->setVisible(!problems.isEmpty());

    m_plan = ImportPlan();
    m_plan.service = m_service;
    m_plan.filePath = m_file->text();
    m_plan.checksum = m_read.checksum;
    m_plan.csv = csvOptions();
    m_plan.csv.encoding = m_read.csv.encoding;
    m_plan.csv.delimiter = m_read.csv.delimiter;
    m_plan.hasHeader = m_header->isChecked();
    m_plan.mapping = m_read.mapping;
    m_plan.rows = m_read.rows;
    m_plan.deleteMissing = m_deleteMissing->isChecked();

    // An import of this very file that stopped half-way is offered first.
    if (!m_journal) {
        m_journal = std::make_unique<ImportJournal>();
        if (!m_journal->open(m_setup.journalPath))
            m_checkStatus->setText(m_journal->errorString());
    }
    if (m_journal->isOpen()
        && m_journal->isRunningElsewhere(m_setup.profileId, serviceKey(m_service),
                                         m_read.checksum)) {
        m_checkProgress->setVisible(false);
        m_checkStatus->setText(tr("This file is being imported into this account right now, in "
                                  "another window or by a script. Wait until it has finished."));
        return;
    }
    if (m_journal->isOpen()) {
        if (const auto unfinished = m_journal->resumable(
                m_setup.profileId, serviceKey(m_service), m_read.checksum)) {
            m_resumableId = unfinished->id;
            m_resume->setText(tr("Continue the unfinished import of this file (%n row(s) left) "
                                 "instead of starting again",
                                 "", unfinished->remaining));
            m_resume->setChecked(true);
            m_resume->setVisible(true);
        }
    }

    m_checkStatus->setText(tr("Asking the account what already exists…"));
    delete m_planner;
    m_planner = new ImportPlanner(m_strategy, this);
    connect(m_planner, &ImportPlanner::progress, this,
            [this](const QString &what, int done, int total) {
                m_checkStatus->setText(what);
                m_checkProgress->setRange(0, total > 0 ? total : 0);
                m_checkProgress->setValue(done);
            });
    connect(m_planner, &ImportPlanner::finished, this, &ImportDialog::planned);
    m_planner->start(m_plan);
}

void ImportDialog::planned()
{
    m_checkProgress->setVisible(false);
    if (!m_planner->errorString().isEmpty()) {
        m_checkStatus->setText(
            tr("The account could not be checked: %1").arg(m_planner->errorString()));
        return;
    }
    const bool deleteMissing = m_deleteMissing->isChecked();
    m_plan = m_planner->plan();
    m_plan.deleteMissing = deleteMissing;
    m_planReady = true;
    m_checkStatus->setText(tr("The check is done."));
    showPlan();
}

void ImportDialog::showPlan()
{
    if (!m_planReady)
        return;
    const ImportCounts counts = m_plan.expected();
    QStringList parts{tr("%n to create", "", counts.created),
                      tr("%n to update", "", counts.updated),
                      tr("%n unchanged", "", counts.unchanged)};
    if (m_service == Service::Wazzup)
        parts.append(tr("%n to delete", "", counts.deleted));
    m_planCounts->setText(tr("Plan: %1.").arg(QLocale().createSeparatedList(parts)));
    m_deleteMissing->setText(tr("&Delete the %n Wazzup user(s) that are not in this file", "",
                                int(m_plan.missing.size())));
    const int requests = m_plan.sendRequests();
    if (requests == 0)
        m_estimate->setText(tr("Nothing needs to be sent."));
    else if (m_plan.estimatedSeconds() <= 0)
        m_estimate->setText(tr("Sending takes %n request(s).", "", requests));
    else
        m_estimate->setText(
            tr("Sending takes %n request(s), %1 at the account’s rate limit.", "", requests)
                .arg(durationText(m_plan.estimatedSeconds())));
    updateButtons();
}

void ImportDialog::startSending()
{
    if (!m_journal || !m_journal->isOpen()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was sent: the local journal, which lets an import "
                                "resume after a crash, cannot be used."));
        return;
    }
    ImportPlan plan = m_plan;
    qint64 resumeId = 0;
    if (m_resumableId > 0 && m_resume->isChecked() && m_journal->loadPlan(m_resumableId, &plan))
        resumeId = m_resumableId;
    else
        plan = m_plan;
    ImportMappingStore(m_setup.settings).save(m_setup.profileId, m_mapping);

    m_pages->setCurrentIndex(SendStep);
    m_summary->clear();
    m_saveReport->setVisible(false);
    m_pause->setEnabled(true);
    m_cancel->setEnabled(true);
    m_engine = new ImportEngine(m_strategy, m_journal.get());
    connect(m_engine, &ImportEngine::progress, this, &ImportDialog::showProgress);
    connect(m_engine, &ImportEngine::finished, this, &ImportDialog::sendingFinished);
    m_engine->start(plan, m_setup.profileId, resumeId);
    m_tick->start();
    showProgress();
    updateButtons();
}

void ImportDialog::showProgress()
{
    if (!m_engine)
        return;
    const int total = m_engine->total();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(m_engine->done());
    const QLocale locale;
    QString text = tr("%1 of %n row(s) sent.", "", total).arg(locale.toString(m_engine->done()));
    const double rate = m_engine->rowsPerSecond();
    if (m_engine->isPaused())
        text += u' ' + tr("Paused.");
    else if (rate > 0)
        text += u' '
            + tr("%1 rows per second, %2 left.")
                  .arg(locale.toString(rate, 'f', 1), durationText(m_engine->secondsLeft()));
    m_progressText->setText(text);
}

void ImportDialog::sendingFinished()
{
    m_tick->stop();
    showProgress();
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    const ImportCounts counts = m_engine->counts();
    QString text;
    if (!m_engine->errorString().isEmpty())
        text = m_engine->errorString() + u'\n';
    else if (m_engine->wasCancelled())
        text = tr("The import was cancelled; %n row(s) were not sent. Importing the same file "
                  "again continues where it stopped.",
                  "", counts.notSent)
            + u'\n';
    text += tr("Created: %1. Updated: %2. Unchanged: %3. Skipped as invalid: %4. Failed: %5. "
               "Deleted: %6.")
                .arg(counts.created)
                .arg(counts.updated)
                .arg(counts.unchanged)
                .arg(counts.invalid)
                .arg(counts.failed)
                .arg(counts.deleted);
    m_summary->setText(text);
    m_saveReport->setVisible(!m_engine->problemRows().isEmpty());
    m_close->setText(tr("&Close"));
    updateButtons();
    emit importFinished();
}

void ImportDialog::chooseReport()
{
    const QString base = QFileInfo(m_file->text()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the error report"),
        QFileInfo(m_file->text()).dir().filePath(tr("%1 - not imported.csv").arg(base)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool ImportDialog::saveReport(const QString &path)
{
    if (!m_engine)
        return false;
    QString error;
    const QStringList names =
        m_plan.mapping.headers().isEmpty() ? m_read.headers : m_plan.mapping.headers();
    if (!ImportReport::write(path, names, m_engine->problemRows(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void ImportDialog::goNext()
{
    switch (step()) {
    case FileStep:
        buildMapping();
        m_pages->setCurrentIndex(MappingStep);
        break;
    case MappingStep:
        m_pages->setCurrentIndex(CheckStep);
        startCheck();
        break;
    case CheckStep:
        startSending();
        break;
    case SendStep:
        break;
    }
    updateButtons();
}

void ImportDialog::goBack()
{
    if (step() == CheckStep) {
        m_readWatcher.cancel();
        if (m_planner)
            m_planner->cancel();
    }
    if (step() == MappingStep || step() == CheckStep)
        m_pages->setCurrentIndex(m_pages->currentIndex() - 1);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool sending = m_engine && m_engine->isRunning();
    const bool sent = m_engine && !m_engine->isRunning();
    m_back->setVisible(step() != SendStep);
    m_next->setVisible(step() != SendStep);
    m_back->setEnabled(step() == MappingStep || step() == CheckStep);
    switch (step()) {
    case FileStep:
        m_next->setText(tr("&Next >"));
        m_next->setEnabled(!m_previewWatcher.isRunning() && !m_preview.rows.isEmpty()
                           && m_preview.read.status != CsvReadResult::Status::Error);
        break;
    case MappingStep:
        m_next->setText(tr("&Check >"));
        m_next->setEnabled(m_mapping.missingRequirements().isEmpty());
        break;
    case CheckStep:
        m_next->setText(tr("&Start import"));
        m_next->setEnabled(
            m_planReady
            && (m_plan.sendRequests() > 0 || (m_resumableId > 0 && m_resume->isChecked())));
        break;
    case SendStep:
        break;
    }
    m_close->setEnabled(!sending);
    if (sent)
        m_close->setText(tr("&Close"));
}

void ImportDialog::reject()
{
    if (m_engine && m_engine->isRunning()) {
        // Closing mid-way would leave rows unanswered: cancel first.
        m_engine->cancel();
        return;
    }
    QDialog::reject();
}

QStringList ImportDialog::unfinishedImportNotices(const QString &journalPath,
                                                  const QString &profileId)
{
    QStringList notices;
    ImportJournal journal;
    if (!QFileInfo::exists(journalPath) || !journal.open(journalPath))
        return notices;
    for (const ImportJournal::Summary &summary : journal.resumableImports(profileId)) {
        if (summary.remaining == 0)
            continue;
        notices.append(tr("An import of “%1” stopped before it finished, with %n row(s) left. "
                          "Choose “Import CSV…” and the same file to continue it.",
                          "", summary.remaining)
                           .arg(QFileInfo(summary.filePath).fileName()));
    }
    return notices;
}
