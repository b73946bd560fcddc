#pragma once

#include "consentdefaults.h"
#include "customattributedefinition.h"
#include "importcounts.h"
#include "importjournal.h"
#include "importplan.h"
#include "importreader.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

class ImportEngine;
class ImportPlanner;
class ImportRowChecker;
class ImportStrategy;
class Journal;

// One import of one file into one account, from the file to the report:
// the custom attribute definitions (read again after a bad answer), the
// file read and checked off the GUI thread, the local journal, the guard
// against a second import of the same file running now, the unfinished
// import of the same file (by checksum) to continue, the plan, sending
// through the engine, and the counts and error report at the end.
//
// The import dialog and `userdesk-cli import` are front ends of this class:
// they choose, show and print; they do not orchestrate.
//
// Destroying a session while it sends leaves the import cancelled in the
// journal (not running), so that another session of this process can
// continue it.
class ImportSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        LoadingDefinitions,
        Reading, // the file, on a pool thread
        Planning, // asking the account what exists
        Checked, // plan() is ready; nothing sent
        Sending,
        Finished, // sent, cancelled, or refused by the journal: see sendError()
        Failed, // see failed()
    };
    enum class Failure {
        Definitions, // the custom attribute definitions could not be read
        Reading, // the file could not be read
        Mapping, // a required field has no column
        RunningElsewhere, // a live process is importing this file into this account
        Planning, // the account could not be checked
    };
    Q_ENUM(State)
    Q_ENUM(Failure)

    // Takes the strategy (made by the account) as its child.
    ImportSession(ImportStrategy *strategy, const QString &profileId, const QString &journalPath,
                  QObject *parent = nullptr);
    ~ImportSession() override;

    Service service() const;
    QString profileId() const { return m_profileId; }
    State state() const { return m_state; }

    // A read-only session (a dry run) checks and plans, and never sends:
    // it neither looks for an unfinished import nor guards against one.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // Reads the definitions (retried after a failure worth another try);
    // definitionsReady() or failed(Definitions). Services without custom
    // attributes are ready at once. check() loads them first when needed.
    void loadDefinitions();
    bool hasDefinitions() const { return m_definitionsLoaded; }
    const CustomAttributeDefinitions &definitions() const { return m_definitions; }

    // The local journal, opened on first need. Without it nothing is sent
    // (no resume would be possible). The same file holds the deletion
    // journal, where a sync's deletes keep their snapshots.
    bool openJournal();
    QString journalPath() const { return m_journalPath; }
    QString journalError() const;

    // A live process imports a file with this checksum into this account now.
    // Fails closed: true, with *reason, also when the journal cannot tell.
    bool isRunningElsewhere(const QByteArray &checksum, QString *reason = nullptr);
    // The newest unfinished import of a file with this checksum (and for a
    // workbook, of this sheet, by name), if any.
    std::optional<ImportJournal::Summary> unfinishedImport(const QByteArray &checksum,
                                                           const QString &sheet = QString());

    // Reads and checks every row, then (unless read-only) refuses when the
    // file is being imported elsewhere and looks for an unfinished import
    // of it, then plans. fileRead() when the rows are known, checked() when
    // the plan is, or failed().
    void check(const ImportSource &source);
    void cancelCheck();
    // The file as read; after correctRow() its counts follow the
    // corrections, its rows stay as first read (plan().rows has them).
    // Its rows are empty while planning (the planner has them) and shared
    // with plan()'s once checked, until a correction: one copy of each row.
    const ImportReadResult &readResult() const { return m_read; }
    // Its rows are empty while planning.
    const ImportPlan &plan() const { return m_plan; }
    void setDeleteMissing(bool deleteMissing);

    // Corrects cells of plan().rows[index] (file column, 0-based → text)
    // and checks that row again: mapped, validated, looked up on the
    // server (create, update, unchanged), and the rows that share its old
    // or new identifier sorted out again (the first valid one is imported,
    // later ones are duplicates). State Planning meanwhile, then Checked
    // and rowCorrected(); failed(Planning) when the account could not be
    // asked. False when nothing was started (not checked, no such row).
    //
    // The corrections are kept as overrides, never written into the file:
    // they are applied whenever the rows are mapped, also when check()
    // reads the same file again. The journal keeps each row's cells and
    // record as sent, so a resume sends the corrected values without
    // reading the file.
    bool correctRow(int index, const QHash<int, QString> &cells);
    const ImportCellOverrides &overrides() const { return m_overrides; }
    // The columns of plan().rows[index] whose cells have problems (for an
    // editor to point at); those of an identifier another row has too.
    QList<int> problemColumns(int index) const;
    // What new customers get for a channel the file leaves blank (WoowUp);
    // applied when sending, so plan() keeps the file's own values and can
    // tell how many creates are blank (ConsentDefaults::blankCreates).
    void setConsentDefaults(const ConsentDefaults &defaults) { m_consentDefaults = defaults; }
    const ConsentDefaults &consentDefaults() const { return m_consentDefaults; }
    // The deletion journal's operation of the sync's deletes once sent
    // (what "Recently deleted" shows), 0 when there is none.
    qint64 deletionOperationId() const;
    // The unfinished import check() found, if any.
    const std::optional<ImportJournal::Summary> &unfinished() const { return m_unfinished; }

    // Sends the checked plan, or continues the unfinished import check()
    // found instead. False when it cannot start (read-only, no journal, no
    // plan): nothing was sent.
    bool send(bool continueUnfinished = false);
    // Continues an import of the journal as it was begun, without reading
    // the file again.
    bool resumeImport(qint64 importId);
    void setPaused(bool paused);
    void cancel();

    bool isPaused() const;
    bool wasCancelled() const;
    // Why sending was refused (the journal), empty otherwise.
    QString sendError() const;
    qint64 importId() const;
    int total() const;
    int done() const;
    int requestCount() const;
    double rowsPerSecond() const;
    int secondsLeft() const;
    // What happened; before sending, what the plan expects.
    ImportCounts counts() const;
    // Rows that did not make it, with the reason: invalid ones, and once
    // sent, failed ones.
    QList<ImportRow> problemRows() const;
    // The keys of the rows sending created or updated (a WoowUp key is
    // "field=value", a Wazzup one the user id), so that a view can show them.
    QStringList changedKeys() const;
    QStringList reportHeaders() const;
    // The source file's delimiter, so that the report opens in columns in
    // the same spreadsheet (',' when not known).
    QChar reportDelimiter() const;
    bool writeReport(const QString &filePath, QString *error = nullptr) const;

signals:
    void stateChanged(ImportSession::State state);
    void definitionsReady();
    // Thousandths of the file read.
    void readProgress(int thousandths);
    void fileRead();
    // "Reading the account’s customers…" with done/total (total 0 when unknown).
    void checkProgress(const QString &what, int done, int total);
    void checked();
    // correctRow() is done: plan().rows[index] and the counts are new.
    void rowCorrected(int index);
    void sendProgress(int done, int total);
    void sent();
    void failed(ImportSession::Failure failure, const QString &message);

private:
    void fetchDefinitions(int attempt);
    void startReading();
    void readFinished();
    void planned();
    void rechecked(const QList<int> &indices, int corrected);
    ImportRowChecker rowChecker() const;
    void startEngine(const ImportPlan &plan, qint64 resumeImportId);
    void setState(State state);
    void fail(Failure failure, const QString &message);

    ImportStrategy *m_strategy;
    QString m_profileId;
    QString m_journalPath;
    bool m_readOnly = false;
    State m_state = State::Idle;

    CustomAttributeDefinitions m_definitions;
    bool m_definitionsLoaded = false;
    bool m_checkAfterDefinitions = false;

    std::unique_ptr<ImportJournal> m_journal;
    std::unique_ptr<Journal> m_deletionJournal;
    ConsentDefaults m_consentDefaults;
    ImportSource m_source;
    QFutureWatcher<ImportReadResult> m_readWatcher;
    ImportReadResult m_read;
    ImportPlanner *m_planner = nullptr;
    ImportPlan m_plan;
    bool m_deleteMissing = false;
    std::optional<ImportJournal::Summary> m_unfinished;
    ImportCellOverrides m_overrides;

    ImportPlan m_sending; // as sent: the checked plan or the one resumed
    ImportEngine *m_engine = nullptr;
};
