#pragma once

#include "clicommand.h"

// userdesk-cli … history [--json] [--journal FILE] [--clear | --clear-older-than DAYS]
// The account's operations in the local journal, newest first, each with
// the id that undo takes: kind (import, edit, delete, restore, undo), what
// (a file's name, "form", a selection), state and counts.
class CliHistoryCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool start(const CliContext &context, const QCommandLineParser &parser,
               QString *usageError) override;
};
