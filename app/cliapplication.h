#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

class Account;
class CliCommand;

// userdesk-cli: the services headless, for scripts.
//
//   USERDESK_API_KEY=… userdesk-cli --service wazzup|woowup [--base-url URL]
//                                   [--json] [--timeout SECONDS] [--attempts N]
//                                   COMMAND [options]
//
// The key is read from the environment only, never from the command line
// (where other users and shell histories would see it). Every failure ends
// with a non-zero exit code (1: the service or network failed, 2: wrong
// usage) and one line on stderr. New subcommands are CliCommand subclasses
// added in the constructor.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QObject *parent = nullptr);

    // Parses arguments and starts the command; exitRequested() follows,
    // never synchronously.
    void start(const QStringList &arguments);

signals:
    void exitRequested(int exitCode);

private:
    void end(int exitCode, const QString &reason);
    CliCommand *command(const QString &name) const;
    QString usage() const;

    QCommandLineParser m_parser;
    QList<CliCommand *> m_commands;
    QTextStream m_out;
    Account *m_account = nullptr;
};
