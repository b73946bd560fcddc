#pragma once

#include "clicommand.h"

class Journal;
class UndoEngine;

// userdesk-cli … undo ID [--dry-run] [--force] [--json] [--journal FILE]
// Reverts operation ID of history: created records are deleted, updated
// fields get their values before back, deleted records are created again.
// A record changed on the server since is a conflict and left alone,
// unless --force. An undo stopped before its end (a kill, Ctrl+C) is taken
// up again by the same command. --json ends with the counts reverted,
// conflicts and failed; any conflict or failure makes the exit code 1.
class CliUndoCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("undo"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int maxArguments() const override { return 1; }
    bool start(const CliContext &context, const QCommandLineParser &parser,
               QString *usageError) override;

private:
    void report(const CliContext &context);

    Journal *m_journal = nullptr;
    UndoEngine *m_engine = nullptr;
    bool m_dryRun = false;
};
