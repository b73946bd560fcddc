#include "cliapplication.h"

#include "account.h"
#include "accountfactory.h"
#include "apiclient.h"
#include "clicommand.h"
#include "clidelete.h"
#include "clihistory.h"
#include "cliimport.h"
#include "clilistcommand.h"
#include "cliundo.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

const char apiKeyVariable[] = "USERDESK_API_KEY";

} // namespace

CliApplication::CliApplication(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
{
    m_commands.append(new CliListCommand(this));
    m_commands.append(new CliDeleteCommand(this));
    m_commands.append(new CliImportCommand(this));
    m_commands.append(new CliHistoryCommand(this));
    m_commands.append(new CliUndoCommand(this));

    m_parser.setApplicationDescription(
        QStringLiteral("Wazzup users and WoowUp customers from the command line. The API key is "
                       "read from the environment variable %1.")
            .arg(QLatin1String(apiKeyVariable)));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(
        {QStringLiteral("service"), QStringLiteral("wazzup or woowup."), QStringLiteral("NAME")});
    m_parser.addOption({QStringLiteral("base-url"),
                        QStringLiteral("API address (default: the vendor's). Plain http is "
                                       "accepted for this computer only."),
                        QStringLiteral("URL")});
    m_parser.addOption({QStringLiteral("json"),
                        QStringLiteral("Print a JSON array of records instead of a table.")});
    m_parser.addOption({QStringLiteral("timeout"),
                        QStringLiteral("Seconds to wait for each answer (default 30)."),
                        QStringLiteral("SECONDS")});
    m_parser.addOption({QStringLiteral("attempts"),
                        QStringLiteral("Tries per request before giving up (default 5)."),
                        QStringLiteral("N")});
    m_parser.addPositionalArgument(QStringLiteral("command"), usage());
    for (const CliCommand *command : std::as_const(m_commands))
        command->addOptions(m_parser);
}

QString CliApplication::usage() const
{
    QStringList lines;
    for (const CliCommand *command : m_commands)
        lines.append(command->name() + QLatin1String(": ") + command->description());
    return lines.join(QLatin1Char('\n'));
}

CliCommand *CliApplication::command(const QString &name) const
{
    for (CliCommand *command : m_commands) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

void CliApplication::end(int exitCode, const QString &reason)
{
    m_out.flush();
    if (!reason.isEmpty()) {
        // One line, whatever the message: scripts read stderr line by line.
        const QByteArray line =
            QStringLiteral("userdesk-cli: %1\n").arg(reason.simplified()).toLocal8Bit();
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    QTimer::singleShot(0, this, [this, exitCode] { emit exitRequested(exitCode); });
}

void CliApplication::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        end(CliCommand::UsageError, m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        end(CliCommand::Success, QString());
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        end(CliCommand::Success, QString());
        return;
    }

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        end(CliCommand::UsageError,
            QStringLiteral("no command given (try --help); commands: %1")
                .arg(usage().simplified()));
        return;
    }
    CliCommand *chosen = command(positional.first());
    if (!chosen || positional.size() - 1 > chosen->maxArguments()) {
        end(CliCommand::UsageError,
            QStringLiteral("unknown command \"%1\" (try --help)").arg(positional.join(u' ')));
        return;
    }

    const QString service = m_parser.value(QStringLiteral("service")).toLower();
    if (service != QLatin1String("wazzup") && service != QLatin1String("woowup")) {
        end(CliCommand::UsageError, QStringLiteral("--service must be wazzup or woowup"));
        return;
    }
    const QString key = qEnvironmentVariable(apiKeyVariable).trimmed();
    if (key.isEmpty()) {
        end(CliCommand::UsageError,
            QStringLiteral("set the API key in the environment variable %1")
                .arg(QLatin1String(apiKeyVariable)));
        return;
    }

    const Service chosenService =
        service == QLatin1String("wazzup") ? Service::Wazzup : Service::WoowUp;
    ApiClientConfig config = AccountFactory::defaultConfig(chosenService);
    config.apiKey = key;
    if (m_parser.isSet(QStringLiteral("base-url")))
        config.baseUrl = QUrl(m_parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            end(CliCommand::UsageError, QStringLiteral("--timeout must be a number of seconds"));
            return;
        }
        config.timeoutMs = int(seconds * 1000);
    }

    if (m_parser.isSet(QStringLiteral("attempts"))) {
        bool ok = false;
        const int attempts = m_parser.value(QStringLiteral("attempts")).toInt(&ok);
        if (!ok || attempts < 1 || attempts > 20) {
            end(CliCommand::UsageError, QStringLiteral("--attempts must be a number from 1 to 20"));
            return;
        }
        config.retry.maxAttempts = attempts;
    }

    ApiError problem;
    m_account = AccountFactory::create(chosenService, config, &problem, this);
    if (!m_account) {
        end(CliCommand::UsageError, problem.message());
        return;
    }

    CliContext context;
    context.account = m_account;
    context.client = m_account->apiClient();
    context.json = m_parser.isSet(QStringLiteral("json"));
    context.out = &m_out;
    connect(chosen, &CliCommand::finished, this, &CliApplication::end);
    QString usageError;
    if (!chosen->start(context, m_parser, &usageError))
        end(CliCommand::UsageError, usageError);
}
