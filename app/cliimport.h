#pragma once

#include "clicommand.h"
#include "importplan.h"
#include "importreader.h"

#include <QFutureWatcher>

class ApiClient;
class ImportEngine;
class ImportJournal;
class ImportPlanner;

// userdesk-cli … import FILE.csv [--mapping FILE.json] [--dry-run]
//                               [--delete-missing] [--report FILE] [--resume]
//                               [--rate-limit N] [--journal FILE]
// The app's import, headless: read and check the file, plan against the
// account, print the plan, then send it with the journal. An unfinished
// import of the same file (by SHA-256) and account is resumed rather than
// started again. With --json the last line is one JSON object with the
// counts created, updated, unchanged, invalid, failed, deleted. The exit
// code is 1 when any row failed, was invalid or was not sent.
class CliImportCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~CliImportCommand() override;

    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    int maxArguments() const override { return 1; }
    void addOptions(QCommandLineParser &parser) const override;
    bool start(const CliContext &context, const QCommandLineParser &parser,
               QString *usageError) override;

private:
    void fetchDefinitions(int attempt);
    void readFile();
    void planRows(const ImportReadResult &read);
    void printPlan(const ImportPlan &plan);
    void send(const ImportPlan &plan, qint64 resumeImportId);
    void report();
    void print(const QString &line);

    CliContext m_context;
    ApiClient *m_client = nullptr;
    ImportJournal *m_journal = nullptr;
    ImportPlanner *m_planner = nullptr;
    ImportEngine *m_engine = nullptr;
    QFutureWatcher<ImportReadResult> m_watcher;
    ImportSource m_source;
    QString m_profileId;
    QString m_reportPath;
    QStringList m_headers;
    bool m_dryRun = false;
    bool m_deleteMissing = false;
};
