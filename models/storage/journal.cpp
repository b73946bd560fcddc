#include "journal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

const int schemaVersion = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString snapshotText(const JournalItem &item)
{
    return item.snapshot.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(item.snapshot).toJson(QJsonDocument::Compact));
}

JournalItem itemFromQuery(const QSqlQuery &query)
{
    // id, operation_id, record_key, label, server_id, snapshot, state, error, updated_at
    JournalItem item;
    item.id = query.value(0).toLongLong();
    item.operationId = query.value(1).toLongLong();
    item.recordKey = query.value(2).toString();
    item.label = query.value(3).toString();
    item.serverId = query.value(4).toLongLong();
    const QString snapshot = query.value(5).toString();
    if (!snapshot.isEmpty())
        item.snapshot = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    item.state = JournalItem::stateFromName(query.value(6).toString());
    item.error = query.value(7).toString();
    item.updatedAt = timeFrom(query.value(8));
    return item;
}

const char itemColumns[] =
    "i.id, i.operation_id, i.record_key, i.label, i.server_id, i.snapshot, i.state, i.error, "
    "i.updated_at";

const char operationColumns[] =
    "o.id, o.kind, o.profile_id, o.service, o.state, o.started_at, o.finished_at, o.owner, o.pid, "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'pending'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'deleted'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'absent'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'failed'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'cancelled'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'restored')";

const int recentItemLimit = 5000;

} // namespace

Journal::Journal(QObject *parent)
    : QObject(parent)
    , m_db(QStringLiteral("userdesk-journal-"))
{ }

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal.sqlite");
}

bool Journal::open(const QString &path)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL,"
                       " profile_id TEXT NOT NULL,"
                       " service TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " owner TEXT,"
                       " pid INTEGER,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " absent INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0,"
                       " cancelled INTEGER NOT NULL DEFAULT 0,"
                       " restored INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS items ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " record_key TEXT NOT NULL,"
                       " label TEXT,"
                       " server_id INTEGER,"
                       " snapshot TEXT,"
                       " state TEXT NOT NULL,"
                       " error TEXT,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS items_by_operation ON items(operation_id, position)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS operations_by_profile ON operations(profile_id, "
                       "started_at)"),
        QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion),
    };
    return m_db.open(path, schema);
}

qint64 Journal::beginOperation(const QString &kind, const QString &profileId,
                               const QString &service, QList<JournalItem> *items)
{
    if (!m_db.isOpen()) {
        m_db.fail(tr("The local journal is not open."), QString());
        return 0;
    }
    QSqlDatabase db = m_db.database();
    if (!db.transaction()) {
        m_db.fail(tr("The local journal could not be written."), db.lastError().text());
        return 0;
    }
    const QString startedAt = now();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO operations (kind, profile_id, service, state, started_at, owner, pid, total)"
        " VALUES (?, ?, ?, 'running', ?, ?, ?, ?)"));
    insert.addBindValue(kind);
    insert.addBindValue(profileId);
    insert.addBindValue(service);
    insert.addBindValue(startedAt);
    insert.addBindValue(SqliteFile::processToken());
    insert.addBindValue(QCoreApplication::applicationPid());
    insert.addBindValue(int(items->size()));
    if (!insert.exec()) {
        m_db.fail(tr("The local journal could not be written."), insert.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 operationId = insert.lastInsertId().toLongLong();
    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "INSERT INTO items (operation_id, position, record_key, label, server_id, snapshot, state,"
        " error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < items->size(); ++position) {
        JournalItem &entry = (*items)[position];
        entry.operationId = operationId;
        entry.updatedAt = QDateTime::fromString(startedAt, Qt::ISODateWithMs);
        item.addBindValue(operationId);
        item.addBindValue(position);
        item.addBindValue(entry.recordKey);
        item.addBindValue(entry.label);
        item.addBindValue(entry.serverId);
        item.addBindValue(snapshotText(entry));
        item.addBindValue(JournalItem::stateName(entry.state));
        item.addBindValue(entry.error);
        item.addBindValue(startedAt);
        if (!item.exec()) {
            m_db.fail(tr("The local journal could not be written."), item.lastError().text());
            db.rollback();
            return 0;
        }
        entry.id = item.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        m_db.fail(tr("The local journal could not be written."), db.lastError().text());
        db.rollback();
        return 0;
    }
    emit changed();
    return operationId;
}

bool Journal::setOperationState(qint64 operationId, const QString &state)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlQuery query(m_db.database());
    if (state == QLatin1String("running")) {
        query.prepare(QStringLiteral("UPDATE operations SET state = 'running', finished_at = NULL,"
                                     " owner = ?, pid = ? WHERE id = ?"));
        query.addBindValue(SqliteFile::processToken());
        query.addBindValue(QCoreApplication::applicationPid());
    } else {
        const auto count = [](const char *itemState) {
            return QStringLiteral(
                       "(SELECT count(*) FROM items i WHERE i.operation_id = operations.id"
                       " AND i.state = '%1')")
                .arg(QLatin1String(itemState));
        };
        query.prepare(QStringLiteral("UPDATE operations SET state = ?, finished_at = ?,")
                      + QStringLiteral(" deleted = ") + count("deleted")
                      + QStringLiteral(", absent = ") + count("absent")
                      + QStringLiteral(", failed = ") + count("failed")
                      + QStringLiteral(", cancelled = ") + count("cancelled")
                      + QStringLiteral(", restored = ") + count("restored")
                      + QStringLiteral(" WHERE id = ?"));
        query.addBindValue(state);
        query.addBindValue(now());
    }
    query.addBindValue(operationId);
    if (!query.exec())
        return m_db.fail(tr("The local journal could not be written."), query.lastError().text());
    emit changed();
    return true;
}

bool Journal::updateItem(const JournalItem &item)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE items SET state = ?, error = ?, snapshot = ?, label = ?,"
                                 " server_id = ?, record_key = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(JournalItem::stateName(item.state));
    query.addBindValue(item.error);
    query.addBindValue(snapshotText(item));
    query.addBindValue(item.label);
    query.addBindValue(item.serverId);
    query.addBindValue(item.recordKey);
    query.addBindValue(now());
    query.addBindValue(item.id);
    if (!query.exec())
        return m_db.fail(tr("The local journal could not be written."), query.lastError().text());
    emit changed();
    return true;
}

JournalOperation Journal::operationFromQuery(const QSqlQuery &query) const
{
    JournalOperation operation;
    operation.id = query.value(0).toLongLong();
    operation.kind = query.value(1).toString();
    operation.profileId = query.value(2).toString();
    operation.service = query.value(3).toString();
    operation.state = query.value(4).toString();
    operation.startedAt = timeFrom(query.value(5));
    operation.finishedAt = timeFrom(query.value(6));
    operation.total = query.value(9).toInt();
    operation.pending = query.value(10).toInt();
    operation.deleted = query.value(11).toInt();
    operation.absent = query.value(12).toInt();
    operation.failed = query.value(13).toInt();
    operation.cancelled = query.value(14).toInt();
    operation.restored = query.value(15).toInt();
    operation.interrupted = operation.state == QLatin1String("running")
        && !SqliteFile::isOwnerAlive(query.value(7).toString(), query.value(8).toLongLong());
    return operation;
}

bool Journal::failRead(QString *error, const QString &detail) const
{
    if (!m_db.isOpen())
        return SqliteFile::failRead(error, tr("The local journal is not open."), QString());
    return SqliteFile::failRead(error, tr("The local journal could not be read."), detail);
}

std::optional<JournalOperation> Journal::operation(qint64 operationId, QString *error) const
{
    if (!m_db.isOpen()) {
        failRead(error);
        return std::nullopt;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM operations o WHERE o.id = ?")
                           .arg(QLatin1String(operationColumns)))) {
        failRead(error, query.lastError().text());
        return std::nullopt;
    }
    query.addBindValue(operationId);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            failRead(error, query.lastError().text());
        return std::nullopt;
    }
    return operationFromQuery(query);
}

QList<JournalOperation> Journal::operations(const QString &profileId, int limit,
                                            QString *error) const
{
    QList<JournalOperation> result;
    if (!m_db.isOpen()) {
        failRead(error);
        return result;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(
            QStringLiteral(
                "SELECT %1 FROM operations o WHERE (coalesce(?, '') = '' OR o.profile_id = ?)"
                " ORDER BY o.started_at DESC, o.id DESC LIMIT ?")
                .arg(QLatin1String(operationColumns)))) {
        failRead(error, query.lastError().text());
        return result;
    }
    // A null QString binds as SQL NULL, which is not equal to '': without
    // coalesce "every profile" would match none.
    query.addBindValue(profileId);
    query.addBindValue(profileId);
    query.addBindValue(limit);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(operationFromQuery(query));
    if (query.lastError().isValid()) {
        failRead(error, query.lastError().text());
        return {};
    }
    return result;
}

QList<JournalOperation> Journal::interruptedOperations(const QString &profileId,
                                                       QString *error) const
{
    QList<JournalOperation> result;
    const QList<JournalOperation> all = operations(profileId, 1000, error);
    for (const JournalOperation &operation : all) {
        if (operation.interrupted)
            result.append(operation);
    }
    return result;
}

QList<JournalItem> Journal::items(qint64 operationId, QString *error) const
{
    QList<JournalItem> result;
    if (!m_db.isOpen()) {
        failRead(error);
        return result;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1, o.started_at FROM items i JOIN operations o ON"
                                      " o.id = i.operation_id WHERE i.operation_id = ?"
                                      " ORDER BY i.position")
                           .arg(QLatin1String(itemColumns)))) {
        failRead(error, query.lastError().text());
        return result;
    }
    query.addBindValue(operationId);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return result;
    }
    while (query.next()) {
        JournalItem item = itemFromQuery(query);
        item.operationStartedAt = timeFrom(query.value(9));
        result.append(item);
    }
    if (query.lastError().isValid()) {
        failRead(error, query.lastError().text());
        return {};
    }
    return result;
}

QList<JournalItem> Journal::recentItems(const QString &profileId, QString *error) const
{
    QList<JournalItem> result;
    if (!m_db.isOpen()) {
        failRead(error);
        return result;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1, o.started_at FROM items i JOIN operations o ON"
                                      " o.id = i.operation_id WHERE o.profile_id = ? AND"
                                      " o.kind = 'delete' ORDER BY o.started_at DESC, o.id DESC,"
                                      " i.position LIMIT ?")
                           .arg(QLatin1String(itemColumns)))) {
        failRead(error, query.lastError().text());
        return result;
    }
    query.addBindValue(profileId);
    query.addBindValue(recentItemLimit);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return result;
    }
    while (query.next()) {
        JournalItem item = itemFromQuery(query);
        item.operationStartedAt = timeFrom(query.value(9));
        result.append(item);
    }
    if (query.lastError().isValid()) {
        failRead(error, query.lastError().text());
        return {};
    }
    return result;
}
