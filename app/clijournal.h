#pragma once

#include <QString>

class Account;
class QCommandLineParser;
class QObject;

// Where the commands that journal keep it, and under which profile: the
// same for delete, history and undo, so that undo finds what delete wrote.
namespace CliJournal {

// --journal FILE, else $USERDESK_JOURNAL, else the user's data folder.
QString path(const QCommandLineParser &parser);
// "cli:<base URL>": the command line's profile of an account.
QString profileId(const Account *account);
// The account, or with --rate-limit N one like it whose client keeps to N
// requests a minute (the limiter is fixed when a client is made). Null with
// *usageError set when N is not a number.
Account *withRateLimit(const QCommandLineParser &parser, Account *account, QObject *parent,
                       QString *usageError);

} // namespace CliJournal
