#include "deleteprogressdialog.h"

#include "bulkdelete.h"
#include "bulkdeletereport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

DeleteProgressDialog::DeleteProgressDialog(BulkDelete *job, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_problems(new QListWidget(this))
{
    setWindowTitle(tr("Deleting records"));
    setMinimumWidth(480);
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_retry = buttons->addButton(tr("&Retry the failed ones"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    m_recentlyDeleted =
        buttons->addButton(tr("Open Recently &deleted…"), QDialogButtonBox::ActionRole);
    m_recentlyDeleted->setObjectName(QStringLiteral("openRecentlyDeleted"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_retry->hide();
    m_save->hide();
    m_recentlyDeleted->hide();
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, &DeleteProgressDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &DeleteProgressDialog::retry);
    connect(m_save, &QPushButton::clicked, this, &DeleteProgressDialog::saveReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_recentlyDeleted, &QPushButton::clicked, this, [this] {
        const std::function<void()> open = m_openRecentlyDeleted;
        accept();
        if (open)
            open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    connect(job, &BulkDelete::progress, this, &DeleteProgressDialog::showProgress);
    connect(job, &BulkDelete::finished, this, &DeleteProgressDialog::showOutcome);
    showProgress(0, job->total());
}

void DeleteProgressDialog::offerRecentlyDeleted(std::function<void()> open)
{
    m_openRecentlyDeleted = std::move(open);
}

void DeleteProgressDialog::showProgress(int done, int total)
{
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(done);
    if (m_job->isCancelled())
        m_status->setText(tr("Cancelling: waiting for the answers to the requests already sent…"));
    else
        m_status->setText(tr("Deleting… %1 of %n record(s) done.", "", total).arg(done));
}

void DeleteProgressDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        showProgress(m_bar->value(), m_bar->maximum());
        return;
    }
    QDialog::reject();
}

void DeleteProgressDialog::showOutcome()
{
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_bar->setValue(m_bar->maximum());
    if (!m_job->errorString().isEmpty()) {
        m_status->setText(m_job->errorString());
        return;
    }
    const int deleted = m_job->count(JournalItem::State::Deleted);
    const int absent = m_job->count(JournalItem::State::Absent);
    const int notDeleted =
        m_job->count(JournalItem::State::Failed) + m_job->count(JournalItem::State::Cancelled);
    QStringList summary{tr("%n record(s) deleted.", "", deleted)};
    if (absent > 0)
        summary.append(tr("%n record(s) were already gone.", "", absent));
    if (notDeleted > 0)
        summary.append(tr("%n record(s) were not deleted; see below why.", "", notDeleted));
    m_status->setText(summary.join(QLatin1Char(' ')));

    m_problems->clear();
    for (const QString &problem : m_job->problems())
        m_problems->addItem(problem);
    for (const JournalItem &item : m_job->items()) {
        if (item.state == JournalItem::State::Absent)
            m_problems->addItem(tr("%1: already gone, nothing to delete.").arg(item.label));
    }
    m_problems->setVisible(m_problems->count() > 0);
    m_retry->setVisible(notDeleted > 0);
    m_retry->setEnabled(true);
    m_save->show();
    // Where the snapshots just taken can be restored.
    m_recentlyDeleted->setVisible(m_openRecentlyDeleted && deleted > 0);
    m_cancel->setEnabled(true);
}

void DeleteProgressDialog::retry()
{
    m_retry->setEnabled(false);
    m_close->hide();
    m_recentlyDeleted->hide();
    m_cancel->show();
    m_problems->hide();
    m_job->retryFailed();
}

void DeleteProgressDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tr("deletion-report.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!BulkDeleteReport::writeCsv(path, m_job->items(), &problem))
        QMessageBox::warning(this, tr("Save report"), problem);
}
