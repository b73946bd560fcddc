#include "importdialog.h"

#include "account.h"
#include "importcheckpage.h"
#include "importfilepage.h"
#include "importjournal.h"
#include "importmappingpage.h"
#include "importpreviewmodel.h"
#include "importsendpage.h"
#include "importsession.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

ImportDialog::ImportDialog(const Setup &setup, QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(setup.account->createImportStrategy(), setup.profileId,
                                  setup.journalPath, this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_filePage(new ImportFilePage(m_session, m_previewModel, this))
    , m_mappingPage(
          new ImportMappingPage(m_session, m_filePage, m_previewModel, setup.settings, this))
    , m_checkPage(new ImportCheckPage(m_session, m_filePage, m_mappingPage, this))
    , m_sendPage(new ImportSendPage(m_session, this))
{
    setWindowTitle(m_session->service() == Service::Wazzup
                       ? tr("Import users from a file or workbook")
                       : tr("Import customers from a file or workbook"));
    // Sent is sent: the last page offers neither Back nor a Cancel that
    // would only close; its Finish button closes once sending has ended.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FileStep, m_filePage);
    setPage(MappingStep, m_mappingPage);
    setPage(CheckStep, m_checkPage);
    setPage(SendStep, m_sendPage);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closeButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    connect(m_sendPage, &ImportSendPage::saveReportRequested, this, &ImportDialog::chooseReport);
    connect(m_sendPage, &ImportSendPage::showImportedRequested, this,
            [this](const QStringList &keys) {
                accept();
                emit showImported(keys);
            });
    connect(m_session, &ImportSession::sent, this, &ImportDialog::importFinished);
    resize(760, 560);
    // The mapping offers the account's custom attributes: ask for them now.
    m_session->loadDefinitions();
}

ImportDialog::~ImportDialog()
{
    // The pages hold on to the session: it goes first, with its journal.
    delete m_session;
}

ImportDialog::Step ImportDialog::step() const
{
    return Step(qMax(0, currentId()));
}

void ImportDialog::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

void ImportDialog::chooseReport()
{
    const QFileInfo file(m_filePage->filePath());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the error report"),
        file.dir().filePath(tr("%1 - not imported.csv").arg(file.completeBaseName())),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool ImportDialog::saveReport(const QString &path)
{
    if (m_session->state() != ImportSession::State::Sending
        && m_session->state() != ImportSession::State::Finished)
        return false;
    QString error;
    if (!m_session->writeReport(path, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    m_sendPage->showReportSaved(path);
    return true;
}

void ImportDialog::reject()
{
    if (m_session->state() == ImportSession::State::Sending) {
        // Closing mid-way would leave rows unanswered: cancel first.
        m_session->cancel();
        return;
    }
    QWizard::reject();
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
                          "Choose “Import…” and the same file to continue it.",
                          "", summary.remaining)
                           .arg(QFileInfo(summary.filePath).fileName()));
    }
    return notices;
}
