#pragma once

#include "clicommand.h"

class BulkDelete;
class Journal;

// userdesk-cli … delete --ids FILE [--journal FILE]
// Deletes the records named in FILE, one per line (blank lines and lines
// starting with # are skipped): Wazzup user ids; WoowUp e-mails,
// documents, telephones or field=value (service_uid, email, document,
// telephone). Each record is read in full and written to the journal
// before it is deleted, as the app does. Records the server did not have
// count as absent, not as failures; any failure makes the exit code 1.
class CliDeleteCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("delete"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool start(const CliContext &context, const QCommandLineParser &parser,
               QString *usageError) override;

private:
    void report(const CliContext &context);

    Journal *m_journal = nullptr;
    BulkDelete *m_job = nullptr;
};
