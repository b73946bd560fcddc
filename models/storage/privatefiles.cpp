#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isOwnDataFolder(const QString &folder)
{
    const QString own = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return !own.isEmpty() && QDir::cleanPath(folder) == QDir::cleanPath(own);
}

} // namespace

namespace PrivateFiles {

bool makeFolder(const QString &folder)
{
    QStringList created;
    for (QFileInfo dir(QDir(folder).absolutePath()); !dir.exists() && !dir.isRoot();
         dir = QFileInfo(dir.absolutePath()))
        created.prepend(dir.absoluteFilePath());
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &path : std::as_const(created))
        QFile::setPermissions(path, ownerOnlyFolder);
    if (isOwnDataFolder(folder))
        QFile::setPermissions(folder, ownerOnlyFolder);
    return true;
}

bool makeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        // Created with the final mode, so it is never readable by others, not
        // even between creating and restricting it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return file.exists() && makeFile(path);
        file.close();
        return true;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return !(file.permissions() & others) || file.setPermissions(ownerOnlyFile);
}

void restrictSqliteCompanions(const QString &databasePath)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            makeFile(companion);
    }
}

} // namespace PrivateFiles
