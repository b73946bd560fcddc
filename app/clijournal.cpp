#include "clijournal.h"

#include "account.h"
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

} // namespace CliJournal
