#include "importsendpage.h"

#include "importduration.h"
#include "importsession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

ImportSendPage::ImportSendPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_tick(new QTimer(this))
{
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setWordWrap(true);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_saveReport = new QPushButton(tr("&Save error report…"), this);
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setVisible(false);
    m_reportSaved = new QLabel(this);
    m_reportSaved->setObjectName(QStringLiteral("reportSavedLabel"));
    m_reportSaved->setWordWrap(true);
    m_reportSaved->setTextFormat(Qt::PlainText);
    m_reportSaved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportSaved->setVisible(false);
    connect(m_pause, &QPushButton::clicked, this, &ImportSendPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session->cancel();
        m_cancel->setEnabled(false);
        m_pause->setEnabled(false);
    });
    connect(m_saveReport, &QPushButton::clicked, this, &ImportSendPage::saveReportRequested);
    // WoowUp only: the customer table can be filtered to a list of
    // identifiers; the employee table shows a whole account at once anyway.
    m_showImported = new QPushButton(tr("Show &imported customers"), this);
    m_showImported->setObjectName(QStringLiteral("showImportedButton"));
    m_showImported->setVisible(false);
    connect(m_showImported, &QPushButton::clicked, this,
            [this] { emit showImportedRequested(m_session->changedKeys()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_showImported);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Step 4 of 4:</b> sending."), this));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportSaved);
    layout->addStretch();

    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &ImportSendPage::showProgress);
    connect(m_session, &ImportSession::sendProgress, this, &ImportSendPage::showProgress);
    connect(m_session, &ImportSession::sent, this, &ImportSendPage::sendingFinished);
}

void ImportSendPage::initializePage()
{
    m_summary->clear();
    m_saveReport->setVisible(false);
    m_showImported->setVisible(false);
    m_reportSaved->clear();
    m_reportSaved->setVisible(false);
    m_pause->setEnabled(true);
    m_cancel->setEnabled(true);
    m_tick->start();
    showProgress();
}

bool ImportSendPage::isComplete() const
{
    return m_session->state() == ImportSession::State::Finished;
}

void ImportSendPage::togglePause()
{
    const bool pause = !m_session->isPaused();
    m_session->setPaused(pause);
    m_pause->setText(pause ? tr("&Resume") : tr("&Pause"));
    showProgress();
}

void ImportSendPage::showProgress()
{
    const int total = m_session->total();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(m_session->done());
    const QLocale locale;
    QString text = tr("%1 of %n row(s) sent.", "", total).arg(locale.toString(m_session->done()));
    const double rate = m_session->rowsPerSecond();
    // Once sending has ended there is no time left to guess.
    const bool sending = m_session->state() == ImportSession::State::Sending;
    if (sending && m_session->isPaused())
        text += u' ' + tr("Paused.");
    else if (sending && rate > 0)
        text += u' '
            + tr("%1 rows per second, %2 left.")
                  .arg(locale.toString(rate, 'f', 1),
                       ImportDuration::text(m_session->secondsLeft()));
    m_progressText->setText(text);
}

void ImportSendPage::sendingFinished()
{
    m_tick->stop();
    showProgress();
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    const ImportCounts counts = m_session->counts();
    QString text;
    if (!m_session->sendError().isEmpty())
        text = m_session->sendError() + u'\n';
    else if (m_session->wasCancelled())
        text = tr("The import was cancelled; %n row(s) were not sent. Importing the same file "
                  "again continues where it stopped.",
                  "", counts.notSent)
            + u'\n';
    text += tr("Created: %1. Updated: %2. Unchanged: %3. Skipped as invalid: %4. Failed: %5.")
                .arg(counts.created)
                .arg(counts.updated)
                .arg(counts.unchanged)
                .arg(counts.invalid)
                .arg(counts.failed);
    // Only a Wazzup sync that deletes what the file leaves out can delete:
    // elsewhere "Deleted: 0" would suggest it might have.
    if (m_session->service() == Service::Wazzup && m_session->plan().deleteMissing)
        text += u' ' + tr("Deleted: %1.").arg(counts.deleted);
    m_summary->setText(text);
    m_saveReport->setVisible(!m_session->problemRows().isEmpty());
    m_showImported->setVisible(m_session->service() == Service::WoowUp
                               && !m_session->changedKeys().isEmpty());
    emit completeChanged();
}

void ImportSendPage::showReportSaved(const QString &path)
{
    m_reportSaved->setText(tr("Error report saved to %1").arg(QDir::toNativeSeparators(path)));
    m_reportSaved->setVisible(true);
}
