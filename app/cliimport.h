#pragma once

#include "clicommand.h"
#include "importsession.h"

// userdesk-cli … import FILE [--mapping FILE.json] [--dry-run]
//                           [--delete-missing [--max-delete N]]
//                           [--consent-default CHANNEL=enabled|disabled[:REASON]]…
//                           [--clear-blank FIELD]…
//                           [--report FILE] [--resume]
//                           [--rate-limit N] [--journal FILE] [--sheet NAME|NUMBER]
// FILE is a CSV (or other text) file or a workbook (.xlsx, .ods), told by
// its content, not its name.
// The app's import, headless: read and check the file, plan against the
// account, print the plan, then send it with the journal. An unfinished
// import of the same file (by SHA-256) and account is resumed rather than
// started again. With --json the last line is one JSON object with the
// counts created, updated, unchanged, invalid, failed, deleted; with
// --dry-run --json stdout is only the plan, one JSON document with the
// counts and a "changes" array (ImportPlanJson), the lines go to stderr. The exit
// code is 1 when any row failed, was invalid or was not sent. A sync that
// would delete more than --max-delete users (20 unless given) is refused
// with exit code 2 before anything is sent: a safety valve for scripts.
//
// The work is ImportSession's; this command turns options into its calls
// and its results into lines.
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
    // The options that guard what an import may change (deletes, consent),
    // kept together: --max-delete and --consent-default.
    static void addSafetyOptions(QCommandLineParser &parser);
    // --clear-blank FIELD…: refused (usage error) for an identifier, an
    // unknown field, or one the API has no empty value for.
    bool readClearBlank(const QCommandLineParser &parser, QString *usageError);
    bool readSafetyOptions(const QCommandLineParser &parser, QString *usageError);
    void printConsentPlan(const ImportPlan &plan);

    static void addSheetOption(QCommandLineParser &parser);
    // Resolves --sheet (or the default sheet) of a workbook to its name in
    // m_source.sheet; false with a message naming the sheets there are.
    bool chooseSheet(const QCommandLineParser &parser, QString *usageError);
    void planned();
    void printPlan(const ImportPlan &plan);
    void report();
    void print(const QString &line);

    CliContext m_context;
    ImportSession *m_session = nullptr;
    ImportSource m_source;
    QString m_reportPath;
    bool m_dryRun = false;
    int m_maxDelete = 20;
};
