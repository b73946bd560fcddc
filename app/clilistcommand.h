#pragma once

#include "accountvisitor.h"
#include "clicommand.h"

#include <QStringList>

// userdesk-cli … list [--search TEXT] [--page N --limit N]
// Wazzup: every user. WoowUp: every customer matching --search, or one page
// of them with --page/--limit. The columns are the command line's own, so
// the account tells which of the two listings it takes by visiting.
class CliListCommand : public CliCommand, private AccountVisitor
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
    void visit(WazzupAccount &account) override;
    void visit(WoowUpAccount &account) override;
    static void printTable(QTextStream &out, const QStringList &header,
                           const QList<QStringList> &rows);

    // What start() hands to the visit.
    CliContext m_context;
    const QCommandLineParser *m_parser = nullptr;
    QString m_usageError;
};
