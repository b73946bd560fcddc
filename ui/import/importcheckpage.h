#pragma once

#include "importsession.h"

#include <QWizardPage>

class ImportChangesModel;
class ImportFilePage;
class ImportMappingPage;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;
class TypedCountConfirmation;

// Step 3 of the import: every row read and checked, the plan (what exists
// already, what sending costs and how long it takes), the Wazzup sync's
// deletes and the unfinished import of the same file to continue. Nothing
// is sent before "Start import", which starts the session's sending.
//
// A sync's deletes are listed by name and id; above 20 the count must be
// typed, as for a bulk delete. For WoowUp, each consent channel says how
// many new customers have it blank (WoowUp would store "can receive") and
// offers a default for them.
//
// The planned changes are a table filtered by action ("changeFilter":
// all, create, update, unchanged, delete, problem), each update expandable
// to its fields, old → new ("changeTree").
//
// A row (a problem, or any row of the file) is corrected in place: "Edit
// row…", a double click or F2 on it opens its mapped cells; the session
// keeps the corrections and checks that row again.
//
// Object names: "editRowButton", "deleteMissingCheck", "deleteList", "typedCount",
// "consentDefaults", "consentCount<channel>", "consentChoice<channel>",
// "consentReason<channel>", "consentUpdates" (channel: mailing, whatsapp, sms).
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
    void showValidity();
    void editRow();
    void rowCorrected(int index);
    void updateEditButton();
    void planned();
    void showPlan();
    void failed(ImportSession::Failure failure, const QString &message);
    void showDeletes();
    void showChanges();
    void showConsent();
    void consentChosen();
    QWidget *makeConsentDefaults();

    ImportSession *m_session;
    const ImportFilePage *m_filePage;
    const ImportMappingPage *m_mappingPage;
    QLabel *m_checkStatus;
    QProgressBar *m_checkProgress;
    QLabel *m_validity;
    QPlainTextEdit *m_invalidList;
    QLabel *m_planCounts;
    QLabel *m_estimate;
    QComboBox *m_changeFilter;
    QTreeView *m_changeTree;
    QPushButton *m_editRow;
    ImportChangesModel *m_changes;
    QCheckBox *m_deleteMissing;
    QLabel *m_deleteHeading;
    QPlainTextEdit *m_deleteList;
    TypedCountConfirmation *m_typedCount;
    QGroupBox *m_consentBox = nullptr;
    struct ConsentRow
    {
        QLabel *count = nullptr;
        QComboBox *choice = nullptr;
        QComboBox *reason = nullptr;
    };
    QList<ConsentRow> m_consentRows; // in ConsentDefaults::channels order
    QLabel *m_consentUpdates = nullptr;
    QCheckBox *m_resume;
};
