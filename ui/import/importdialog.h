#pragma once

#include <QWizard>

class Account;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewModel;
class ImportSendPage;
class ImportSession;
class QSettings;

// The CSV import in four steps, one page each: 1 file (encoding,
// delimiter, header row, preview), 2 column mapping, 3 check (validation,
// the plan and its duration; nothing is sent before "Start import"), 4 send
// (progress, rate, time left, Pause, Cancel, then the summary and the
// error report). The work is one ImportSession's; the pages only show it.
class ImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum Step { FileStep, MappingStep, CheckStep, SendStep };

    struct Setup
    {
        Account *account = nullptr; // makes the import's strategy
        QString profileId;
        QString journalPath;
        QSettings *settings = nullptr; // saved mappings; null: the app's
    };

    explicit ImportDialog(const Setup &setup, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // As if chosen in the file dialog (also for tests).
    void setFilePath(const QString &path);
    Step step() const;
    bool saveReport(const QString &path);

    void reject() override;

    // One sentence per import of this profile that stopped before it
    // finished (a crash, a kill, a cancel), telling how to continue it.
    static QStringList unfinishedImportNotices(const QString &journalPath,
                                               const QString &profileId);

signals:
    // The server's records changed: views may refresh.
    void importFinished();
    // The person asked to see what the import created or updated (keys as
    // ImportSession::changedKeys); the dialog has closed.
    void showImported(const QStringList &keys);

private:
    void chooseReport();

    ImportSession *m_session;
    ImportPreviewModel *m_previewModel;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
    ImportSendPage *m_sendPage;
};
