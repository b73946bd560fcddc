#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One SQLite file on a connection of its own, in write-ahead-logging mode:
// what the bulk delete journal and the import journal (tables of the same
// file) share. Failures leave a message for people in errorString().
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    explicit SqliteFile(const QString &connectionPrefix);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Creates the folder, opens the file and runs the schema's statements.
    bool open(const QString &path, const QStringList &schema);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;

    bool exec(const QString &sql);
    // Sets errorString() to `what`, with the database's detail; returns false.
    bool fail(const QString &what, const QString &detail = QString());
    // Reads are const and leave errorString() alone: they hand their failure
    // to the caller, worded as fail() words it. Returns false.
    static bool failRead(QString *error, const QString &what, const QString &detail);
    static QString message(const QString &what, const QString &detail);

    // Marks the rows this process owns: an operation owned by another token
    // whose process is gone was interrupted.
    static const QString &processToken();
    // True when the owner of a running operation is this process, or another
    // process that is still alive (so the operation is not interrupted).
    static bool isOwnerAlive(const QString &owner, qint64 pid);

private:
    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_open = false;
};
