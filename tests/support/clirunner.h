#pragma once

// userdesk-cli as a separate process, as a script runs it, against a
// sandbox living in the test's own process (so the wait keeps the event
// loop running). One runner for the suites that drive the CLI.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or had to be killed
    QString out;
    QString err;

    // The last line of stdout as a JSON object (--json).
    QJsonObject last() const
    {
        const QStringList lines = out.trimmed().split(u'\n');
        return QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }
};

// Runs `cliPath --service service --base-url baseUrl <arguments>` with the
// API key and the journal given by environment, as the CLI reads them.
inline CliRun runCli(const QString &cliPath, const QString &service, const QString &baseUrl,
                     const QString &apiKey, const QString &journalPath,
                     const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.insert(QStringLiteral("USERDESK_API_KEY"), apiKey);
    environment.insert(QStringLiteral("USERDESK_JOURNAL"), journalPath);
    process.setProcessEnvironment(environment);
    process.start(
        cliPath,
        QStringList{QStringLiteral("--service"), service, QStringLiteral("--base-url"), baseUrl}
            + arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
