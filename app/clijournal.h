#pragma once

#include <QString>

class Account;
class QCommandLineParser;

// Where the commands that journal keep it, and under which profile: the
// same for delete, history and undo, so that undo finds what delete wrote.
namespace CliJournal {

// --journal FILE, else $USERDESK_JOURNAL, else the user's data folder.
QString path(const QCommandLineParser &parser);
// "cli:<base URL>": the command line's profile of an account.
QString profileId(const Account *account);

} // namespace CliJournal
