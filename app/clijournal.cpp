#include "clijournal.h"

#include "account.h"
#include "accountfactory.h"
#include "apiclient.h"
#include "journal.h"

#include <QCommandLineParser>

namespace CliJournal {

QString path(const QCommandLineParser &parser)
{
    QString result = parser.value(QStringLiteral("journal"));
    if (result.isEmpty())
        result = qEnvironmentVariable("USERDESK_JOURNAL");
    if (result.isEmpty())
        result = Journal::defaultPath();
    return result;
}

QString profileId(const Account *account)
{
    return QStringLiteral("cli:") + account->apiClient()->baseUrl().toString();
}

Account *withRateLimit(const QCommandLineParser &parser, Account *account, QObject *parent,
                       QString *usageError)
{
    if (!parser.isSet(QStringLiteral("rate-limit")))
        return account;
    bool ok = false;
    const int perMinute = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || perMinute < 0) {
        *usageError = QStringLiteral("--rate-limit must be a number of requests per minute");
        return nullptr;
    }
    ApiClientConfig config = account->apiClient()->config();
    config.rateLimit.limit = perMinute;
    config.rateLimit.windowMs = 60000;
    ApiError problem;
    Account *limited = AccountFactory::create(account->service(), config, &problem, parent);
    if (!limited)
        *usageError = problem.message();
    return limited;
}

} // namespace CliJournal
