#pragma once

#include <QString>

// Files that hold customers' and employees' personal data (journals with
// snapshots and imported rows) are readable by their owner only, whatever
// the umask: the folders Userdesk creates for them are 0700, the files 0600.
namespace PrivateFiles {

// Creates `folder` and its missing parents; every folder created here, and
// Userdesk's own data folder, ends up 0700. Folders that already existed
// elsewhere (a journal put in /tmp) are left as they are.
bool makeFolder(const QString &folder);

// Creates `path` 0600 when missing, and takes group and other access away
// from it when it exists (a journal written by an older version was 0644).
bool makeFile(const QString &path);

// makeFile() for the files SQLite keeps beside a database in write-ahead
// logging mode, where they exist.
void restrictSqliteCompanions(const QString &databasePath);

} // namespace PrivateFiles
