#include "importcheckpage.h"

#include "bulkdeletewazzup.h"
#include "consentreasons.h"
#include "importchangesmodel.h"
#include "importduration.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrowdialog.h"
#include "typedcountconfirmation.h"
#include "woowupvalidator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWizard>

ImportCheckPage::ImportCheckPage(ImportSession *session, const ImportFilePage *filePage,
                                 const ImportMappingPage *mappingPage, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_filePage(filePage)
    , m_mappingPage(mappingPage)
{
    setButtonText(QWizard::NextButton, tr("&Start import"));
    m_checkStatus = new QLabel(this);
    m_checkStatus->setWordWrap(true);
    m_checkProgress = new QProgressBar(this);
    m_checkProgress->setRange(0, 1000);
    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    m_invalidList = new QPlainTextEdit(this);
    m_invalidList->setObjectName(QStringLiteral("invalidList"));
    m_invalidList->setReadOnly(true);
    m_planCounts = new QLabel(this);
    m_planCounts->setObjectName(QStringLiteral("planLabel"));
    m_planCounts->setWordWrap(true);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setWordWrap(true);
    m_changes = new ImportChangesModel(this);
    m_changeFilter = new QComboBox(this);
    m_changeFilter->setObjectName(QStringLiteral("changeFilter"));
    m_changeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_changeTree = new QTreeView(this);
    m_changeTree->setObjectName(QStringLiteral("changeTree"));
    m_changeTree->setModel(m_changes);
    m_changeTree->setUniformRowHeights(true); // a million rows scroll smoothly
    m_changeTree->setAlternatingRowColors(true);
    m_changeTree->header()->setStretchLastSection(true);
    m_changeTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The model reads the session's plan in place: never past the session.
    // Its reset then must not reach this page, which asks the session.
    connect(m_session, &QObject::destroyed, m_changes, [this] {
        disconnect(m_changes, nullptr, this, nullptr);
        m_changes->setPlan(nullptr);
    });
    connect(m_changeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_changes->setFilter(m_changeFilter->currentData().value<ImportChangesModel::Filter>());
        updateEditButton();
    });
    m_editRow = new QPushButton(tr("&Edit row…"), this);
    m_editRow->setObjectName(QStringLiteral("editRowButton"));
    m_editRow->setToolTip(tr("Correct the cells of the selected row and check it again"));
    m_editRow->setEnabled(false);
    connect(m_editRow, &QPushButton::clicked, this, &ImportCheckPage::editRow);
    connect(m_changeTree, &QAbstractItemView::activated, this, &ImportCheckPage::editRow);
    auto *editShortcut = new QAction(m_changeTree);
    editShortcut->setShortcut(Qt::Key_F2);
    editShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(editShortcut, &QAction::triggered, this, &ImportCheckPage::editRow);
    m_changeTree->addAction(editShortcut);
    connect(m_changes, &QAbstractItemModel::modelReset, this, &ImportCheckPage::updateEditButton);
    connect(m_changeTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportCheckPage::updateEditButton);
    m_deleteMissing = new QCheckBox(tr("&Delete Wazzup users that are not in this file"), this);
    m_deleteMissing->setObjectName(QStringLiteral("deleteMissingCheck"));
    m_deleteMissing->setVisible(m_session->service() == Service::Wazzup);
    connect(m_deleteMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setDeleteMissing(on);
        showPlan();
    });
    m_deleteHeading = new QLabel(this);
    m_deleteHeading->setObjectName(QStringLiteral("deleteHeading"));
    m_deleteHeading->setWordWrap(true);
    m_deleteHeading->setVisible(false);
    m_deleteList = new QPlainTextEdit(this);
    m_deleteList->setObjectName(QStringLiteral("deleteList"));
    m_deleteList->setReadOnly(true);
    m_deleteList->setVisible(false);
    m_typedCount = new TypedCountConfirmation(this);
    connect(m_typedCount, &TypedCountConfirmation::confirmedChanged, this,
            &ImportCheckPage::completeChanged);
    m_resume = new QCheckBox(this);
    m_resume->setObjectName(QStringLiteral("resumeCheck"));
    m_resume->setVisible(false);
    connect(m_resume, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Step 3 of 4:</b> check the rows and the plan. Nothing is sent before you "
                      "press “Start import”."),
                   this));
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_validity);
    layout->addWidget(m_invalidList, 1);
    layout->addWidget(m_planCounts);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_changeFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_changeFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_editRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_changeTree, 2);
    layout->addWidget(m_estimate);
    layout->addWidget(m_deleteMissing);
    layout->addWidget(m_deleteHeading);
    layout->addWidget(m_deleteList, 1);
    layout->addWidget(m_typedCount);
    if (m_session->service() == Service::WoowUp)
        layout->addWidget(makeConsentDefaults());
    layout->addWidget(m_resume);
    // Takes the room the lists leave when they are hidden, so the lines
    // above stay together.
    layout->addStretch(0);

    connect(m_session, &ImportSession::readProgress, m_checkProgress, &QProgressBar::setValue);
    connect(m_session, &ImportSession::fileRead, this, &ImportCheckPage::fileRead);
    connect(m_session, &ImportSession::checkProgress, this,
            [this](const QString &what, int done, int total) {
                m_checkStatus->setText(what);
                m_checkProgress->setRange(0, total > 0 ? total : 0);
                m_checkProgress->setValue(done);
            });
    connect(m_session, &ImportSession::checked, this, &ImportCheckPage::planned);
    connect(m_session, &ImportSession::rowCorrected, this, &ImportCheckPage::rowCorrected);
    connect(m_session, &ImportSession::failed, this, &ImportCheckPage::failed);
}

bool ImportCheckPage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

void ImportCheckPage::initializePage()
{
    m_resume->setVisible(false);
    m_deleteHeading->setVisible(false);
    m_deleteList->setVisible(false);
    m_typedCount->setCount(0);
    if (m_consentBox)
        m_consentBox->setVisible(false);
    m_invalidList->clear();
    m_changes->setPlan(nullptr);
    m_changeFilter->clear();
    m_validity->clear();
    m_planCounts->clear();
    m_estimate->clear();
    m_checkStatus->setText(tr("Reading and checking every row…"));
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setValue(0);
    m_checkProgress->setVisible(true);
    ImportSource source;
    source.filePath = m_filePage->filePath();
    source.csv = m_filePage->csvOptions();
    source.sheet = m_filePage->sheet();
    source.hasHeader = m_filePage->hasHeader();
    source.mapping = m_mappingPage->mapping();
    m_session->setDeleteMissing(m_deleteMissing->isChecked());
    m_session->check(source);
    emit completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    m_session->cancelCheck();
}

bool ImportCheckPage::isComplete() const
{
    if (m_session->state() != ImportSession::State::Checked)
        return false;
    // Deleting more than a few users takes the count typed, as a bulk delete does.
    if (m_session->plan().deleteMissing && !m_session->plan().missing.isEmpty()
        && !m_typedCount->isConfirmed())
        return false;
    return m_session->plan().sendRequests() > 0
        || (m_session->unfinished() && m_resume->isChecked());
}

bool ImportCheckPage::validatePage()
{
    if (!m_session->send(m_session->unfinished() && m_resume->isChecked())) {
        QMessageBox::warning(this, wizard()->windowTitle(),
                             tr("Nothing was sent: the local journal, which lets an import "
                                "resume after a crash, cannot be used."));
        return false;
    }
    m_mappingPage->saveMapping();
    return true;
}

void ImportCheckPage::fileRead()
{
    if (!isCurrent())
        return;
    showValidity();
    m_checkStatus->setText(tr("Asking the account what already exists…"));
}

void ImportCheckPage::showValidity()
{
    const ImportReadResult &read = m_session->readResult();
    m_validity->setText(
        tr("%n row(s) can be imported.", "", read.validCount) + u' '
        + tr("%n row(s) have problems and will be skipped.", "", read.invalidCount));
    // Once planned, the plan's rows: they have the corrections.
    const ImportRows &rows =
        m_session->state() == ImportSession::State::Checked ? m_session->plan().rows : read.rows;
    QStringList problems;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.action(i) == ImportRow::Action::Invalid)
            problems.append(rows.at(i).error); // each message names its row
    }
    m_invalidList->setPlainText(problems.join(u'\n'));
    m_invalidList->setVisible(!problems.isEmpty());
}

void ImportCheckPage::updateEditButton()
{
    m_editRow->setEnabled(m_session->state() == ImportSession::State::Checked
                          && m_changes->planRow(m_changeTree->currentIndex()) >= 0);
}

void ImportCheckPage::editRow()
{
    const int index = m_changes->planRow(m_changeTree->currentIndex());
    if (m_session->state() != ImportSession::State::Checked || index < 0)
        return;
    ImportRowDialog dialog(m_session->readResult().mapping, m_session->plan().rows.at(index),
                           m_session->problemColumns(index), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QHash<int, QString> cells = dialog.changedCells();
    if (cells.isEmpty() || !m_session->correctRow(index, cells))
        return;
    m_checkStatus->setText(tr("Checking row %1 again…").arg(m_session->plan().rows.number(index)));
    m_editRow->setEnabled(false);
    emit completeChanged();
}

void ImportCheckPage::rowCorrected(int index)
{
    if (!isCurrent())
        return;
    const ImportRow &row = m_session->plan().rows.at(index);
    switch (row.action) {
    case ImportRow::Action::Invalid:
        m_checkStatus->setText(
            tr("Row %1 was checked again and still has a problem.").arg(row.number));
        break;
    case ImportRow::Action::Create:
        m_checkStatus->setText(tr("Row %1 was checked again: it will be created.").arg(row.number));
        break;
    case ImportRow::Action::Update:
        m_checkStatus->setText(
            tr("Row %1 was checked again: it will update a record.").arg(row.number));
        break;
    case ImportRow::Action::Unchanged:
    case ImportRow::Action::Delete:
        m_checkStatus->setText(
            tr("Row %1 was checked again: the account has these values already.").arg(row.number));
        break;
    }
    showValidity();
    showPlan();
    // The corrected row stays selected where the filter still shows it.
    for (int item = 0; item < m_changes->rowCount(); ++item) {
        const QModelIndex shown = m_changes->index(item, 0);
        if (m_changes->planRow(shown) == index) {
            m_changeTree->setCurrentIndex(shown);
            m_changeTree->scrollTo(shown);
            break;
        }
    }
    updateEditButton();
}

void ImportCheckPage::planned()
{
    if (!isCurrent())
        return;
    m_checkProgress->setVisible(false);
    if (const auto &unfinished = m_session->unfinished()) {
        // An import of this very file that stopped half-way is offered first.
        const QSignalBlocker blocker(m_resume);
        m_resume->setText(tr("Continue the unfinished import of this file (%n row(s) left) "
                             "instead of starting again",
                             "", unfinished->remaining));
        m_resume->setChecked(true);
        m_resume->setVisible(true);
    }
    m_checkStatus->setText(tr("The check is done."));
    showPlan();
}

void ImportCheckPage::failed(ImportSession::Failure failure, const QString &message)
{
    if (!isCurrent())
        return;
    m_checkProgress->setVisible(false);
    switch (failure) {
    case ImportSession::Failure::Reading:
    case ImportSession::Failure::Mapping:
        m_checkStatus->setText(message);
        break;
    case ImportSession::Failure::RunningElsewhere:
        // The journal's own sentence: busy, or why it cannot tell.
        m_checkStatus->setText(message);
        break;
    case ImportSession::Failure::Definitions:
    case ImportSession::Failure::Planning:
        m_checkStatus->setText(tr("The account could not be checked: %1").arg(message));
        break;
    }
    emit completeChanged();
}

void ImportCheckPage::showPlan()
{
    if (m_session->state() != ImportSession::State::Checked)
        return;
    const ImportPlan &plan = m_session->plan();
    const ImportCounts counts = plan.expected();
    QStringList parts{tr("%n to create", "", counts.created),
                      tr("%n to update", "", counts.updated),
                      tr("%n unchanged", "", counts.unchanged)};
    if (m_session->service() == Service::Wazzup)
        parts.append(tr("%n to delete", "", counts.deleted));
    m_planCounts->setText(tr("Plan: %1.").arg(QLocale().createSeparatedList(parts)));
    m_deleteMissing->setText(tr("&Delete the %n Wazzup user(s) that are not in this file", "",
                                int(plan.missing.size())));
    showDeletes();
    showChanges();
    showConsent();
    const int requests = plan.sendRequests();
    if (requests == 0)
        m_estimate->setText(tr("Nothing needs to be sent."));
    else if (plan.estimatedSeconds() <= 0)
        m_estimate->setText(tr("Sending takes %n request(s).", "", requests));
    else
        m_estimate->setText(
            tr("Sending takes %n request(s), %1 at the account’s rate limit.", "", requests)
                .arg(ImportDuration::text(plan.estimatedSeconds())));
    emit completeChanged();
}

void ImportCheckPage::showDeletes()
{
    const ImportPlan &plan = m_session->plan();
    const int count = plan.deleteMissing ? int(plan.missing.size()) : 0;
    m_deleteHeading->setVisible(count > 0);
    m_deleteList->setVisible(count > 0);
    if (count != m_typedCount->count())
        m_typedCount->setCount(count);
    if (count == 0)
        return;
    m_deleteHeading->setText(
        tr("These %n Wazzup user(s) are not in the file and will be deleted. A copy of each is "
           "kept on this computer first, so that you can restore them from “Recently deleted…”.",
           "", count));
    QStringList names;
    for (const ImportRow &row : plan.missing)
        names.append(BulkDeleteWazzup::label(row.wazzupUser));
    m_deleteList->setPlainText(names.join(u'\n'));
}

void ImportCheckPage::showChanges()
{
    using Filter = ImportChangesModel::Filter;
    m_changes->setPlan(&m_session->plan());
    const Filter chosen =
        m_changeFilter->count() > 0 ? m_changeFilter->currentData().value<Filter>() : Filter::All;
    struct Choice
    {
        Filter filter;
        QString text;
    };
    const QList<Choice> choices{
        {Filter::All, tr("All rows (%n)", "", m_changes->count(Filter::All))},
        {Filter::Create, tr("To create (%n)", "", m_changes->count(Filter::Create))},
        {Filter::Update, tr("To update (%n)", "", m_changes->count(Filter::Update))},
        {Filter::Unchanged, tr("Unchanged (%n)", "", m_changes->count(Filter::Unchanged))},
        {Filter::Delete, tr("To delete (%n)", "", m_changes->count(Filter::Delete))},
        {Filter::Problem, tr("Problems (%n)", "", m_changes->count(Filter::Problem))},
    };
    const QSignalBlocker blocker(m_changeFilter);
    m_changeFilter->clear();
    for (const Choice &choice : choices) {
        // Deletes only exist in a Wazzup sync.
        if (choice.filter == Filter::Delete && m_session->service() != Service::Wazzup)
            continue;
        m_changeFilter->addItem(choice.text, QVariant::fromValue(choice.filter));
    }
    m_changeFilter->setCurrentIndex(qMax(0, m_changeFilter->findData(QVariant::fromValue(chosen))));
    m_changes->setFilter(m_changeFilter->currentData().value<Filter>());
    m_changeTree->resizeColumnToContents(ImportChangesModel::RowColumn);
    m_changeTree->resizeColumnToContents(ImportChangesModel::ActionColumn);
    m_changeTree->setColumnWidth(ImportChangesModel::RecordColumn,
                                 qMax(m_changeTree->width() / 3, 160));
}

QWidget *ImportCheckPage::makeConsentDefaults()
{
    m_consentBox = new QGroupBox(tr("Consent of new customers"), this);
    m_consentBox->setObjectName(QStringLiteral("consentDefaults"));
    m_consentBox->setVisible(false);
    auto *grid = new QGridLayout(m_consentBox);
    auto *note = new QLabel(tr("WoowUp stores “can receive” for every channel a new customer is "
                               "created without. Choose what a blank cell means:"),
                            m_consentBox);
    note->setWordWrap(true);
    grid->addWidget(note, 0, 0, 1, 3);
    const QString names[] = {tr("E-mail"), tr("WhatsApp"), tr("SMS")};
    int row = 1;
    for (const ConsentDefaults::Channel channel : ConsentDefaults::channels) {
        const QString key = ConsentDefaults::key(channel);
        ConsentRow widgets;
        widgets.count = new QLabel(m_consentBox);
        widgets.count->setObjectName(QStringLiteral("consentCount") + key);
        widgets.count->setWordWrap(true);
        // Wide enough for two lines of the count in any language: a grid
        // row does not grow to a wrapped label's third line.
        widgets.count->setMinimumWidth(widgets.count->fontMetrics().averageCharWidth() * 30);
        widgets.count->setProperty("channelName", names[row - 1]);
        widgets.choice = new QComboBox(m_consentBox);
        widgets.choice->setObjectName(QStringLiteral("consentChoice") + key);
        widgets.choice->addItem(tr("Leave WoowUp’s default (can receive)"), QString());
        widgets.choice->addItem(tr("Can receive"), QStringLiteral("enabled"));
        widgets.choice->addItem(tr("Can't receive"), QStringLiteral("disabled"));
        widgets.count->setBuddy(widgets.choice);
        widgets.reason = new QComboBox(m_consentBox);
        widgets.reason->setObjectName(QStringLiteral("consentReason") + key);
        for (const QString &reason : WoowUpValidator::disabledReasons())
            widgets.reason->addItem(ConsentReasons::label(reason), reason);
        widgets.reason->setCurrentIndex(widgets.reason->findData(QStringLiteral("unsubscribe")));
        widgets.reason->setEnabled(false);
        widgets.reason->setToolTip(tr("Why these customers can't receive messages"));
        connect(widgets.choice, &QComboBox::currentIndexChanged, this,
                &ImportCheckPage::consentChosen);
        connect(widgets.reason, &QComboBox::currentIndexChanged, this,
                &ImportCheckPage::consentChosen);
        grid->addWidget(widgets.count, row, 0);
        grid->addWidget(widgets.choice, row, 1);
        grid->addWidget(widgets.reason, row, 2);
        m_consentRows.append(widgets);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    m_consentUpdates = new QLabel(m_consentBox);
    m_consentUpdates->setObjectName(QStringLiteral("consentUpdates"));
    m_consentUpdates->setWordWrap(true);
    grid->addWidget(m_consentUpdates, row, 0, 1, 3);
    return m_consentBox;
}

void ImportCheckPage::showConsent()
{
    if (!m_consentBox)
        return;
    const ImportPlan &plan = m_session->plan();
    bool any = false;
    int blankUpdates = 0;
    for (int i = 0; i < m_consentRows.size(); ++i) {
        const ConsentDefaults::Channel channel = ConsentDefaults::channels.at(size_t(i));
        const ConsentRow &widgets = m_consentRows.at(i);
        const int creates = ConsentDefaults::blankCreates(plan, channel);
        blankUpdates = qMax(blankUpdates, ConsentDefaults::blankUpdates(plan, channel));
        widgets.count->setText(tr("%1: %n new customer(s) have no value in the file.", "", creates)
                                   .arg(widgets.count->property("channelName").toString()));
        for (QWidget *widget :
             {static_cast<QWidget *>(widgets.count), static_cast<QWidget *>(widgets.choice),
              static_cast<QWidget *>(widgets.reason)})
            widget->setVisible(creates > 0);
        any = any || creates > 0;
    }
    m_consentUpdates->setText(
        tr("%n customer(s) to update have blank consent cells: they keep the value the server "
           "has.",
           "", blankUpdates));
    m_consentUpdates->setVisible(blankUpdates > 0);
    m_consentBox->setVisible(any || blankUpdates > 0);
}

void ImportCheckPage::consentChosen()
{
    ConsentDefaults defaults;
    for (int i = 0; i < m_consentRows.size(); ++i) {
        const ConsentRow &widgets = m_consentRows.at(i);
        const QString choice = widgets.choice->currentData().toString();
        widgets.reason->setEnabled(choice == QLatin1String("disabled"));
        if (choice.isEmpty())
            continue;
        ChannelConsent consent;
        consent.enabled = choice == QLatin1String("enabled");
        if (!*consent.enabled)
            consent.disabledReason = widgets.reason->currentData().toString();
        defaults.set(ConsentDefaults::channels.at(size_t(i)), consent);
    }
    m_session->setConsentDefaults(defaults);
}
