#pragma once

#include "columnmapping.h"
#include "customattributedefinition.h"
#include "importplan.h"
#include "importpreview.h"
#include "importreader.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class Account;
class ImportEngine;
class ImportJournal;
class ImportPlanner;
class ImportPreviewModel;
class ImportStrategy;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;

// The CSV import in four steps: 1 file (encoding, delimiter, header row,
// preview), 2 column mapping, 3 check (validation, the plan and its
// duration; nothing is sent before "Start import"), 4 send (progress, rate,
// time left, Pause, Cancel, then the summary and the error report).
// Reading, planning and sending are the models' ImportReader, ImportPlanner
// and ImportEngine; this class only shows them.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Step { FileStep, MappingStep, CheckStep, SendStep };

    struct Setup
    {
        Account *account = nullptr;
        CustomAttributeDefinitions definitions;
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

private:
    QWidget *createFilePage();
    QWidget *createMappingPage();
    QWidget *createCheckPage();
    QWidget *createSendPage();

    void goNext();
    void goBack();
    void updateButtons();
    void loadPreview();
    void previewLoaded();
    CsvOptions csvOptions() const;
    QStringList headers() const;
    void buildMapping();
    void mappingChanged(int column, const QString &field);
    void showMapping();
    void startCheck();
    void fileRead();
    void planned();
    void showPlan();
    void startSending();
    void showProgress();
    void sendingFinished();
    void chooseFile();
    void chooseReport();

    Setup m_setup;
    Service m_service;
    ImportStrategy *m_strategy;
    QStackedWidget *m_pages;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;

    // Step 1
    QLineEdit *m_file;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_fileProblem;
    ImportPreviewModel *m_previewModel;
    QFutureWatcher<ImportPreview> m_previewWatcher;
    ImportPreview m_preview;
    bool m_detectNext = true; // a new file: take the sniffer's guesses
    bool m_previewPending = false;

    // Step 2
    QGridLayout *m_mappingGrid;
    QList<QComboBox *> m_mappingCombos;
    QList<QWidget *> m_mappingWidgets;
    QLabel *m_mappingProblem;
    ColumnMapping m_mapping;

    // Step 3
    QLabel *m_checkStatus;
    QProgressBar *m_checkProgress;
    QLabel *m_validity;
    QPlainTextEdit *m_invalidList;
    QLabel *m_planCounts;
    QLabel *m_estimate;
    QCheckBox *m_deleteMissing;
    QCheckBox *m_resume;
    QFutureWatcher<ImportReadResult> m_readWatcher;
    ImportReadResult m_read;
    ImportPlanner *m_planner = nullptr;
    ImportPlan m_plan;
    bool m_planReady = false;
    qint64 m_resumableId = 0;

    // Step 4
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_saveReport;
    QLabel *m_summary;
    QTimer *m_tick;
    std::unique_ptr<ImportJournal> m_journal;
    ImportEngine *m_engine = nullptr;
};
