#pragma once

#include "clicommand.h"

#include <QStringList>

// userdesk-cli … list [--search TEXT] [--page N --limit N]
// Wazzup: every user. WoowUp: every customer matching --search, or one page
// of them with --page/--limit.
class CliListCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool start(const CliContext &context, const QCommandLineParser &parser,
               QString *usageError) override;

private:
    static void printTable(QTextStream &out, const QStringList &header,
                           const QList<QStringList> &rows);
};
