#pragma once

#include "importsession.h"

#include <QWizardPage>

class ImportFilePage;
class ImportMappingPage;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

// Step 3 of the import: every row read and checked, the plan (what exists
// already, what sending costs and how long it takes), the Wazzup sync's
// deletes and the unfinished import of the same file to continue. Nothing
// is sent before "Start import", which starts the session's sending.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportSession *session, const ImportFilePage *filePage,
                    const ImportMappingPage *mappingPage, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    bool isCurrent() const;
    void fileRead();
    void planned();
    void showPlan();
    void failed(ImportSession::Failure failure, const QString &message);

    ImportSession *m_session;
    const ImportFilePage *m_filePage;
    const ImportMappingPage *m_mappingPage;
    QLabel *m_checkStatus;
    QProgressBar *m_checkProgress;
    QLabel *m_validity;
    QPlainTextEdit *m_invalidList;
    QLabel *m_planCounts;
    QLabel *m_estimate;
    QCheckBox *m_deleteMissing;
    QCheckBox *m_resume;
};
