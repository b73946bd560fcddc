#include "journal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
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

QString objectText(const QJsonObject &object)
{
    return object.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString snapshotText(const JournalItem &item)
{
    return objectText(item.snapshot);
}

QJsonObject objectFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString fieldsText(const QStringList &fields)
{
    return fields.join(QLatin1Char(','));
}

JournalItem itemFromQuery(const QSqlQuery &query)
{
    // id, operation_id, record_key, label, server_id, snapshot, state, error, updated_at,
    // action, after, fields
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
    item.action = query.value(9).toString();
    item.after = objectFrom(query.value(10));
    const QString fields = query.value(11).toString();
    if (!fields.isEmpty())
        item.fields = fields.split(QLatin1Char(','));
    item.reverts = query.value(12).toLongLong();
    return item;
}

const char itemColumns[] =
    "i.id, i.operation_id, i.record_key, i.label, i.server_id, i.snapshot, i.state, i.error, "
    "i.updated_at, i.action, i.after, i.fields, i.reverts";

const char operationColumns[] =
    "o.id, o.kind, o.profile_id, o.service, o.state, o.started_at, o.finished_at, o.owner, o.pid, "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'pending'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'deleted'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'absent'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'failed'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'cancelled'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'restored'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'applied'), "
    "(SELECT count(*) FROM items i WHERE i.operation_id = o.id AND i.state = 'conflict'), "
    "o.what, o.parent_id, o.undoes, o.import_id";

// Columns added after the first journals were written: added to an older
// file when it is opened (as the import journal's sheet column).
struct AddedColumn
{
    const char *table;
    const char *name;
    const char *type;
};
constexpr AddedColumn addedColumns[] = {
    {"operations", "what", "TEXT"},      {"operations", "parent_id", "INTEGER"},
    {"operations", "undoes", "INTEGER"}, {"operations", "import_id", "INTEGER"},
    {"items", "action", "TEXT"},         {"items", "after", "TEXT"},
    {"items", "fields", "TEXT"},         {"items", "reverts", "INTEGER"},
};

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
    if (!m_db.open(path, schema))
        return false;
    for (const char *table : {"operations", "items"}) {
        QStringList present;
        QSqlQuery columns(m_db.database());
        if (columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)))) {
            while (columns.next())
                present.append(columns.value(1).toString());
        }
        for (const AddedColumn &column : addedColumns) {
            if (qstrcmp(column.table, table) != 0 || present.contains(QLatin1String(column.name)))
                continue;
            if (!m_db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                               .arg(QLatin1String(table), QLatin1String(column.name),
                                    QLatin1String(column.type))))
                return false;
        }
    }
    return m_db.exec(
        QStringLiteral("CREATE INDEX IF NOT EXISTS operations_by_import ON operations(import_id)"));
}

qint64 Journal::beginOperation(const QString &kind, const QString &profileId,
                               const QString &service, QList<JournalItem> *items,
                               const QString &what, qint64 undoes)
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
        "INSERT INTO operations (kind, profile_id, service, state, started_at, owner, pid, total,"
        " what, undoes) VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(kind);
    insert.addBindValue(profileId);
    insert.addBindValue(service);
    insert.addBindValue(startedAt);
    insert.addBindValue(SqliteFile::processToken());
    insert.addBindValue(QCoreApplication::applicationPid());
    insert.addBindValue(int(items->size()));
    insert.addBindValue(what);
    insert.addBindValue(undoes > 0 ? QVariant(undoes) : QVariant());
    if (!insert.exec()) {
        m_db.fail(tr("The local journal could not be written."), insert.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 operationId = insert.lastInsertId().toLongLong();
    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "INSERT INTO items (operation_id, position, record_key, label, server_id, snapshot, state,"
        " error, updated_at, action, after, fields, reverts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        item.addBindValue(entry.action);
        item.addBindValue(objectText(entry.after));
        item.addBindValue(fieldsText(entry.fields));
        item.addBindValue(entry.reverts > 0 ? QVariant(entry.reverts) : QVariant());
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
    return updateItems({item});
}

bool Journal::updateItems(const QList<JournalItem> &items)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlDatabase db = m_db.database();
    const bool batch = items.size() > 1;
    if (batch && !db.transaction())
        return m_db.fail(tr("The local journal could not be written."), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE items SET state = ?, error = ?, snapshot = ?, label = ?,"
                                 " server_id = ?, record_key = ?, updated_at = ?, after = ?,"
                                 " fields = ?, action = ? WHERE id = ?"));
    const QString at = now();
    for (const JournalItem &item : items) {
        query.addBindValue(JournalItem::stateName(item.state));
        query.addBindValue(item.error);
        query.addBindValue(snapshotText(item));
        query.addBindValue(item.label);
        query.addBindValue(item.serverId);
        query.addBindValue(item.recordKey);
        query.addBindValue(at);
        query.addBindValue(objectText(item.after));
        query.addBindValue(fieldsText(item.fields));
        query.addBindValue(item.action);
        query.addBindValue(item.id);
        if (!query.exec()) {
            if (batch)
                db.rollback();
            return m_db.fail(tr("The local journal could not be written."),
                             query.lastError().text());
        }
    }
    if (batch && !db.commit()) {
        db.rollback();
        return m_db.fail(tr("The local journal could not be written."), db.lastError().text());
    }
    emit changed();
    return true;
}

bool Journal::linkOperation(qint64 operationId, Link link, qint64 to)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("UPDATE operations SET %1 = ? WHERE id = ?")
            .arg(link == Link::Parent ? QLatin1String("parent_id") : QLatin1String("import_id")));
    query.addBindValue(to);
    query.addBindValue(operationId);
    if (!query.exec())
        return m_db.fail(tr("The local journal could not be written."), query.lastError().text());
    emit changed();
    return true;
}

bool Journal::clearOperations(const QString &profileId, const QDateTime &before)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return m_db.fail(tr("The local journal could not be written."), db.lastError().text());
    // Running operations stay: a resume needs them.
    const QString selected =
        QStringLiteral("SELECT id FROM operations WHERE profile_id = ? AND state != 'running'"
                       " AND (? IS NULL OR started_at < ?)");
    const QString until = before.isValid() ? before.toUTC().toString(Qt::ISODateWithMs) : QString();
    for (const QString &statement :
         {QStringLiteral("DELETE FROM items WHERE operation_id IN (%1)").arg(selected),
          QStringLiteral("DELETE FROM operations WHERE id IN (%1)").arg(selected)}) {
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(profileId);
        query.addBindValue(until.isEmpty() ? QVariant() : QVariant(until));
        query.addBindValue(until);
        if (!query.exec()) {
            db.rollback();
            return m_db.fail(tr("The local journal could not be written."),
                             query.lastError().text());
        }
    }
    if (!db.commit()) {
        db.rollback();
        return m_db.fail(tr("The local journal could not be written."), db.lastError().text());
    }
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
    operation.applied = query.value(16).toInt();
    operation.conflicts = query.value(17).toInt();
    operation.what = query.value(18).toString();
    operation.parentId = query.value(19).toLongLong();
    operation.undoes = query.value(20).toLongLong();
    operation.importId = query.value(21).toLongLong();
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
    return select(profileId, QStringLiteral("delete"), limit, error);
}

QList<JournalOperation> Journal::select(const QString &profileId, const QString &kind, int limit,
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
                " AND (coalesce(?, '') = '' OR o.kind = ?)"
                " ORDER BY o.started_at DESC, o.id DESC LIMIT ?")
                .arg(QLatin1String(operationColumns)))) {
        failRead(error, query.lastError().text());
        return result;
    }
    // A null QString binds as SQL NULL, which is not equal to '': without
    // coalesce "every profile" would match none.
    query.addBindValue(profileId);
    query.addBindValue(profileId);
    query.addBindValue(kind);
    query.addBindValue(kind);
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

QList<JournalOperation> Journal::history(const QString &profileId, QString *error) const
{
    const QList<JournalOperation> all = select(profileId, QString(), 1000, error);
    QList<JournalOperation> result;
    QHash<qint64, qsizetype> positions;
    for (const JournalOperation &operation : all) {
        if (operation.parentId == 0) {
            positions.insert(operation.id, result.size());
            result.append(operation);
        }
    }
    // A sync's deletes count as their import's: the person made one change.
    for (const JournalOperation &child : all) {
        const auto position = positions.constFind(child.parentId);
        if (child.parentId == 0 || position == positions.cend())
            continue;
        JournalOperation &parent = result[*position];
        parent.total += child.total;
        parent.pending += child.pending;
        parent.deleted += child.deleted;
        parent.absent += child.absent;
        parent.failed += child.failed;
        parent.cancelled += child.cancelled;
        parent.interrupted = parent.interrupted || child.interrupted;
    }
    return result;
}

QList<JournalOperation> Journal::linkedTo(qint64 operationId, Link link, QString *error) const
{
    QList<JournalOperation> result;
    if (!m_db.isOpen()) {
        failRead(error);
        return result;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM operations o WHERE o.%2 = ? ORDER BY o.id")
                           .arg(QLatin1String(operationColumns),
                                link == Link::Parent ? QLatin1String("parent_id")
                                                     : QLatin1String("import_id")))) {
        failRead(error, query.lastError().text());
        return result;
    }
    query.addBindValue(operationId);
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

qint64 Journal::sizeInBytes() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(),"
                                   " pragma_page_size()"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
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
        item.operationStartedAt = timeFrom(query.value(13));
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
        item.operationStartedAt = timeFrom(query.value(13));
        result.append(item);
    }
    if (query.lastError().isValid()) {
        failRead(error, query.lastError().text());
        return {};
    }
    return result;
}
