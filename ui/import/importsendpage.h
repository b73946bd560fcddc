#pragma once

#include <QWizardPage>

class ImportSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// Step 4 of the import: progress, rate and time left while the session
// sends, Pause and Cancel, then the summary and the error report. The
// dialog can be closed once sending has ended.
//
// Object names: "sendProgress", "progressText", "pauseButton",
// "cancelImportButton", "summaryLabel", "saveReportButton", "reportSavedLabel",
// "showImportedButton".
class ImportSendPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSendPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Confirms where the error report went, selectable so it can be copied.
    void showReportSaved(const QString &path);

signals:
    void saveReportRequested();
    // "Show imported customers": the wizard closes, the table shows them.
    void showImportedRequested(const QStringList &keys);

private:
    void togglePause();
    void showProgress();
    void sendingFinished();

    ImportSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_saveReport;
    QPushButton *m_showImported;
    QLabel *m_summary;
    QLabel *m_reportSaved;
    QTimer *m_tick;
};
