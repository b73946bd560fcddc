#include "sqlitefile.h"

#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

SqliteFile::SqliteFile(const QString &connectionPrefix)
    : m_connection(connectionPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteFile::~SqliteFile()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

const QString &SqliteFile::processToken()
{
    static const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return token;
}

bool SqliteFile::isOwnerAlive(const QString &owner, qint64 pid)
{
    if (owner == processToken())
        return true;
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false; // a token of an earlier process that had our pid
#ifdef Q_OS_LINUX
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
#else
    return false;
#endif
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString SqliteFile::message(const QString &what, const QString &detail)
{
    return detail.isEmpty() ? what : tr("%1 (%2)").arg(what, detail);
}

bool SqliteFile::fail(const QString &what, const QString &detail)
{
    m_error = message(what, detail);
    return false;
}

bool SqliteFile::failRead(QString *error, const QString &what, const QString &detail)
{
    if (error)
        *error = message(what, detail);
    return false;
}

bool SqliteFile::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(tr("The local journal could not be written."), query.lastError().text());
    return true;
}

bool SqliteFile::open(const QString &path, const QStringList &schema)
{
    m_open = false;
    m_path = path;
    const QFileInfo info(path);
    if (!PrivateFiles::makeFolder(info.absolutePath()))
        return fail(tr("The folder of the local journal, %1, could not be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!PrivateFiles::makeFile(path))
        return fail(
            tr("The local journal %1 could not be created.").arg(QDir::toNativeSeparators(path)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The SQLite driver of Qt is not installed."));
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? database()
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(
            tr("The local journal %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
            db.lastError().text());

    // Write-ahead logging: a kill between two writes never leaves a torn file.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("The local journal %1 could not be switched to write-ahead logging.")
                        .arg(QDir::toNativeSeparators(path)),
                    mode.lastError().text());
    const QStringList pragmas = {QStringLiteral("PRAGMA synchronous=NORMAL"),
                                 QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString &statement : pragmas + schema) {
        if (!exec(statement))
            return false;
    }
    // SQLite gives its companion files the database's mode, but ones left by
    // an older version may still be readable by others.
    PrivateFiles::restrictSqliteCompanions(path);
    m_open = true;
    m_error.clear();
    return true;
}
