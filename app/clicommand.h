#pragma once

#include <QObject>
#include <QString>

class Account;
class ApiClient;
class QCommandLineParser;
class QTextStream;

// What every subcommand gets: the account of the chosen service (its client
// already checked: https or loopback, key from the environment) and where
// to write.
struct CliContext
{
    Account *account = nullptr;
    ApiClient *client = nullptr; // the account's, for commands that still talk to it
    bool json = false;
    QTextStream *out = nullptr;
};

// One subcommand of userdesk-cli ("list"; later "import", "delete"…).
// A command registers its own options, starts its asynchronous work in
// start() and reports the end with finished(): exit code 0 and an empty
// reason on success, otherwise a one-line reason for stderr.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // Options only this command understands; names must not clash with
    // the global ones or another command's.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Positional arguments after the command's name it accepts ("import FILE").
    virtual int maxArguments() const { return 0; }
    // Returns false (and sets *usageError) when the options make no sense;
    // otherwise finished() follows later.
    virtual bool start(const CliContext &context, const QCommandLineParser &parser,
                       QString *usageError) = 0;

signals:
    void finished(int exitCode, const QString &reason);
};
