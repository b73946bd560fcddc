#pragma once

// userdesk-cli run against the sandbox of the test process, as a script
// would run it: the API key in USERDESK_API_KEY, a journal of the test's own,
// QT_LOGGING_RULES taken away so stderr holds only what the CLI says.
// Needs USERDESK_CLI_PATH defined by the test target.

#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or was killed
    QString out;
    QString err;
    // stdout as one JSON document (--json of list, delete, history…).
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // The last line of stdout as JSON (an import's summary after its events).
    QJsonObject lastLine() const
    {
        const QStringList lines = out.trimmed().split(u'\n');
        return QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }
};

class CliRunner
{
public:
    CliRunner(const SandboxServer *server, const QString &journalPath)
        : m_server(server)
        , m_journalPath(journalPath)
    { }

    // Options given after --service and --base-url on every run
    // (e.g. --timeout 2 --attempts 8 --json).
    void setCommonOptions(const QStringList &options) { m_common = options; }

    // Started, not waited for: a test that kills the CLI half-way uses this.
    QProcess *start(const QString &service, const QStringList &arguments,
                    QObject *parent = nullptr) const
    {
        auto *process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        environment.insert(QStringLiteral("USERDESK_API_KEY"),
                           service == QLatin1String("wazzup") ? m_server->options().wazzupKey
                                                              : m_server->options().woowupKey);
        environment.insert(QStringLiteral("USERDESK_JOURNAL"), m_journalPath);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(USERDESK_CLI_PATH),
                       QStringList{QStringLiteral("--service"), service,
                                   QStringLiteral("--base-url"), m_server->baseUrl().toString()}
                           + m_common + arguments);
        return process;
    }

    // Waits with the event loop running (the sandbox lives in this
    // process), kills the CLI after timeoutMs, and deletes the process.
    static CliRun finish(QProcess *process, int timeoutMs = 60000)
    {
        if (process->state() != QProcess::NotRunning) {
            QSignalSpy finished(process, &QProcess::finished);
            if (!finished.wait(timeoutMs)) {
                process->kill();
                process->waitForFinished();
            }
        }
        CliRun run;
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.out = QString::fromUtf8(process->readAllStandardOutput());
        run.err = QString::fromUtf8(process->readAllStandardError());
        delete process;
        return run;
    }

    CliRun run(const QString &service, const QStringList &arguments, int timeoutMs = 60000) const
    {
        return finish(start(service, arguments), timeoutMs);
    }

private:
    const SandboxServer *m_server;
    QString m_journalPath;
    QStringList m_common;
};
