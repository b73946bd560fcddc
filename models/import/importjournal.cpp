#include "importjournal.h"

#include "wazzupcodec.h"
#include "woowupcodec.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString recordText(Service service, const ImportRow &row)
{
    if (row.action == ImportRow::Action::Invalid)
        return QString();
    return service == Service::Wazzup
        ? compact(QJsonDocument(WazzupCodec::userToJson(row.wazzupUser)))
        : compact(QJsonDocument(WoowUpCodec::customerToJson(row.customer)));
}

const char summaryColumns[] =
    "m.id, m.profile_id, m.service, m.file_path, m.checksum, m.state, m.started_at, m.owner, "
    "m.pid, (SELECT count(*) FROM import_rows r WHERE r.import_id = m.id), "
    "(SELECT count(*) FROM import_rows r WHERE r.import_id = m.id AND r.state IN "
    "('pending', 'sending', 'failed') AND r.action IN ('create', 'update', 'delete')), "
    "m.sheet";

} // namespace

ImportJournal::ImportJournal()
    : m_db(QStringLiteral("userdesk-import-journal-"))
{ }

ImportJournal::~ImportJournal() = default;

bool ImportJournal::open(const QString &path)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS imports ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " profile_id TEXT NOT NULL,"
                       " service TEXT NOT NULL,"
                       " file_path TEXT NOT NULL,"
                       " checksum TEXT NOT NULL,"
                       " mapping TEXT NOT NULL,"
                       " encoding TEXT,"
                       " delimiter TEXT,"
                       " has_header INTEGER NOT NULL DEFAULT 1,"
                       " sheet TEXT,"
                       " delete_missing INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL,"
                       " owner TEXT,"
                       " pid INTEGER,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " created INTEGER NOT NULL DEFAULT 0,"
                       " updated INTEGER NOT NULL DEFAULT 0,"
                       " unchanged INTEGER NOT NULL DEFAULT 0,"
                       " invalid INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS import_rows ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " row_number INTEGER NOT NULL,"
                       " line INTEGER NOT NULL,"
                       " record_key TEXT,"
                       " action TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " error TEXT,"
                       " cells TEXT,"
                       " record TEXT,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS import_rows_by_position"
                       " ON import_rows(import_id, position)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS imports_by_file"
                       " ON imports(profile_id, service, checksum)"),
    };
    if (!m_db.open(path, schema))
        return false;
    // A journal from before workbooks were read has no sheet column: the
    // imports it holds are of text files, whose sheet is empty.
    QSqlQuery columns(m_db.database());
    bool hasSheet = false;
    if (columns.exec(QStringLiteral("PRAGMA table_info(imports)"))) {
        while (columns.next())
            hasSheet = hasSheet || columns.value(1).toString() == QLatin1String("sheet");
    }
    return hasSheet || m_db.exec(QStringLiteral("ALTER TABLE imports ADD COLUMN sheet TEXT"));
}

qint64 ImportJournal::begin(const QString &profileId, const ImportPlan &plan)
{
    if (!m_db.isOpen()) {
        m_db.fail(tr("The local journal is not open."), QString());
        return 0;
    }
    QSqlDatabase db = m_db.database();
    if (!db.transaction()) {
        m_db.fail(tr("The import journal could not be written."), db.lastError().text());
        return 0;
    }
    ImportRows rows = plan.rows;
    if (plan.deleteMissing) {
        for (const ImportRow &missing : plan.missing)
            rows.append(missing);
    }
    const QString startedAt = now();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO imports (profile_id, service, file_path, checksum, mapping, encoding,"
        " delimiter, has_header, delete_missing, state, owner, pid, started_at, total, sheet)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)"));
    insert.addBindValue(profileId);
    insert.addBindValue(serviceKey(plan.service));
    insert.addBindValue(plan.filePath);
    insert.addBindValue(QString::fromLatin1(plan.checksum));
    insert.addBindValue(plan.mapping.toJson());
    insert.addBindValue(QString::fromLatin1(plan.csv.encoding));
    insert.addBindValue(plan.csv.delimiter.isNull() ? QString() : QString(plan.csv.delimiter));
    insert.addBindValue(plan.hasHeader ? 1 : 0);
    insert.addBindValue(plan.deleteMissing ? 1 : 0);
    insert.addBindValue(SqliteFile::processToken());
    insert.addBindValue(QCoreApplication::applicationPid());
    insert.addBindValue(startedAt);
    insert.addBindValue(int(rows.size()));
    insert.addBindValue(plan.sheet);
    if (!insert.exec()) {
        m_db.fail(tr("The import journal could not be written."), insert.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 importId = insert.lastInsertId().toLongLong();
    QSqlQuery row(db);
    row.prepare(QStringLiteral(
        "INSERT INTO import_rows (import_id, position, row_number, line, record_key, action,"
        " state, error, cells, record, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < rows.size(); ++position) {
        const ImportRow &entry = rows.at(position);
        row.addBindValue(importId);
        row.addBindValue(position);
        row.addBindValue(entry.number);
        row.addBindValue(entry.line);
        row.addBindValue(entry.key);
        row.addBindValue(ImportRow::actionName(entry.action));
        row.addBindValue(ImportRow::stateName(entry.state));
        row.addBindValue(entry.error);
        row.addBindValue(compact(QJsonDocument(QJsonArray::fromStringList(entry.cells.toList()))));
        row.addBindValue(recordText(plan.service, entry));
        row.addBindValue(startedAt);
        if (!row.exec()) {
            m_db.fail(tr("The import journal could not be written."), row.lastError().text());
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        m_db.fail(tr("The import journal could not be written."), db.lastError().text());
        db.rollback();
        return 0;
    }
    return importId;
}

bool ImportJournal::claim(qint64 importId)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE imports SET state = 'running', finished_at = NULL,"
                                 " owner = ?, pid = ? WHERE id = ?"));
    query.addBindValue(SqliteFile::processToken());
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(importId);
    if (!query.exec())
        return m_db.fail(tr("The import journal could not be written."), query.lastError().text());
    return true;
}

bool ImportJournal::setRowState(qint64 importId, int position, ImportRow::State state,
                                const QString &error)
{
    return setRowStates(importId, {position}, state, error);
}

bool ImportJournal::setRowStates(qint64 importId, const QList<int> &positions,
                                 ImportRow::State state, const QString &error)
{
    if (!m_db.isOpen())
        return m_db.fail(tr("The local journal is not open."), QString());
    QSqlDatabase db = m_db.database();
    const bool batch = positions.size() > 1;
    if (batch && !db.transaction())
        return m_db.fail(tr("The import journal could not be written."), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE import_rows SET state = ?, error = ?, updated_at = ?"
                                 " WHERE import_id = ? AND position = ?"));
    const QString at = now();
    for (int position : positions) {
        query.addBindValue(ImportRow::stateName(state));
        query.addBindValue(error);
        query.addBindValue(at);
        query.addBindValue(importId);
        query.addBindValue(position);
        if (!query.exec()) {
            if (batch)
                db.rollback();
            return m_db.fail(tr("The import journal could not be written."),
                             query.lastError().text());
        }
    }
    if (batch && !db.commit()) {
        db.rollback();
        return m_db.fail(tr("The import journal could not be written."), db.lastError().text());
    }
    return true;
}

bool ImportJournal::finish(qint64 importId, const QString &state, const ImportCounts &counts)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "UPDATE imports SET state = ?, finished_at = ?, created = ?, updated = ?, unchanged = ?,"
        " invalid = ?, failed = ?, deleted = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(now());
    query.addBindValue(counts.created);
    query.addBindValue(counts.updated);
    query.addBindValue(counts.unchanged);
    query.addBindValue(counts.invalid);
    query.addBindValue(counts.failed);
    query.addBindValue(counts.deleted);
    query.addBindValue(importId);
    if (!query.exec())
        return m_db.fail(tr("The import journal could not be written."), query.lastError().text());
    return true;
}

ImportJournal::Summary ImportJournal::summaryFromQuery(const QSqlQuery &query) const
{
    Summary summary;
    summary.id = query.value(0).toLongLong();
    summary.profileId = query.value(1).toString();
    summary.service = query.value(2).toString();
    summary.filePath = query.value(3).toString();
    summary.checksum = query.value(4).toString().toLatin1();
    summary.state = query.value(5).toString();
    summary.startedAt = query.value(6).toString();
    const QString owner = query.value(7).toString();
    const qint64 pid = query.value(8).toLongLong();
    summary.total = query.value(9).toInt();
    summary.remaining = query.value(10).toInt();
    summary.sheet = query.value(11).toString();
    if (summary.state == QLatin1String("running"))
        summary.ownedByLiveProcess = SqliteFile::isOwnerAlive(owner, pid);
    return summary;
}

bool ImportJournal::failRead(QString *error, const QString &detail) const
{
    if (!m_db.isOpen())
        return SqliteFile::failRead(error, tr("The local journal is not open."), QString());
    return SqliteFile::failRead(error, tr("The import journal could not be read."), detail);
}

std::optional<ImportJournal::Summary> ImportJournal::summary(qint64 importId, QString *error) const
{
    if (!m_db.isOpen()) {
        failRead(error);
        return std::nullopt;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM imports m WHERE m.id = ?")
                           .arg(QLatin1String(summaryColumns)))) {
        failRead(error, query.lastError().text());
        return std::nullopt;
    }
    query.addBindValue(importId);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            failRead(error, query.lastError().text());
        return std::nullopt;
    }
    return summaryFromQuery(query);
}

QList<ImportJournal::Summary> ImportJournal::resumableImports(const QString &profileId,
                                                              QString *error) const
{
    QList<Summary> result;
    if (!m_db.isOpen()) {
        failRead(error);
        return result;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM imports m WHERE m.profile_id = ? AND"
                                      " m.state != 'finished' ORDER BY m.id DESC LIMIT 50")
                           .arg(QLatin1String(summaryColumns)))) {
        failRead(error, query.lastError().text());
        return result;
    }
    query.addBindValue(profileId);
    if (!query.exec()) {
        failRead(error, query.lastError().text());
        return result;
    }
    while (query.next()) {
        const Summary summary = summaryFromQuery(query);
        if (!summary.ownedByLiveProcess)
            result.append(summary);
    }
    if (query.lastError().isValid()) {
        failRead(error, query.lastError().text());
        return {};
    }
    return result;
}

bool ImportJournal::isRunningElsewhere(const QString &profileId, const QString &service,
                                       const QByteArray &checksum, QString *reason) const
{
    const auto cannotTell = [reason](const QString &why) {
        if (reason)
            *reason = tr("It cannot be checked whether another window or a script is "
                         "importing this file into this account right now, so it is not "
                         "imported: %1")
                          .arg(why);
        return true;
    };
    QString why;
    if (!m_db.isOpen()) {
        failRead(&why);
        return cannotTell(why);
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM imports m WHERE m.profile_id = ? AND"
                                      " m.service = ? AND m.checksum = ? AND m.state = 'running'")
                           .arg(QLatin1String(summaryColumns)))) {
        failRead(&why, query.lastError().text());
        return cannotTell(why);
    }
    query.addBindValue(profileId);
    query.addBindValue(service);
    query.addBindValue(QString::fromLatin1(checksum));
    if (!query.exec()) {
        failRead(&why, query.lastError().text());
        return cannotTell(why);
    }
    while (query.next()) {
        if (summaryFromQuery(query).ownedByLiveProcess) {
            if (reason)
                *reason = tr("This file is being imported into this account right now, in "
                             "another window or by a script. Wait until it has finished.");
            return true;
        }
    }
    if (query.lastError().isValid()) {
        failRead(&why, query.lastError().text());
        return cannotTell(why);
    }
    return false;
}

std::optional<ImportJournal::Summary>
ImportJournal::resumable(const QString &profileId, const QString &service,
                         const QByteArray &checksum, QString *error, const QString &sheet) const
{
    for (const Summary &summary : resumableImports(profileId, error)) {
        if (summary.service == service && summary.checksum == checksum && summary.sheet == sheet)
            return summary;
    }
    return std::nullopt;
}

bool ImportJournal::loadPlan(qint64 importId, ImportPlan *plan, QString *error) const
{
    if (!m_db.isOpen())
        return failRead(error);
    QSqlDatabase db = m_db.database();
    QSqlQuery head(db);
    if (!head.prepare(
            QStringLiteral("SELECT service, file_path, checksum, mapping, encoding, delimiter,"
                           " has_header, delete_missing, sheet FROM imports WHERE id = ?"))) {
        return failRead(error, head.lastError().text());
    }
    head.addBindValue(importId);
    if (!head.exec() || !head.next())
        return failRead(error,
                        head.lastError().isValid() ? head.lastError().text()
                                                   : tr("There is no import %1.").arg(importId));
    ImportPlan result;
    if (!serviceFromKey(head.value(0).toString(), &result.service))
        return failRead(error,
                        tr("Import %1 names an unknown service, %2.")
                            .arg(importId)
                            .arg(head.value(0).toString()));
    result.filePath = head.value(1).toString();
    result.checksum = head.value(2).toString().toLatin1();
    result.mapping = ColumnMapping::fromJson(head.value(3).toString());
    result.csv.encoding = head.value(4).toString().toLatin1();
    const QString delimiter = head.value(5).toString();
    if (!delimiter.isEmpty())
        result.csv.delimiter = delimiter.at(0);
    result.hasHeader = head.value(6).toInt() != 0;
    result.deleteMissing = head.value(7).toInt() != 0;
    result.sheet = head.value(8).toString();

    QSqlQuery rows(db);
    if (!rows.prepare(
            QStringLiteral("SELECT row_number, line, record_key, action, state, error, cells,"
                           " record FROM import_rows WHERE import_id = ? ORDER BY position"))) {
        return failRead(error, rows.lastError().text());
    }
    rows.addBindValue(importId);
    if (!rows.exec())
        return failRead(error, rows.lastError().text());
    while (rows.next()) {
        ImportRow row;
        row.number = rows.value(0).toLongLong();
        row.line = rows.value(1).toLongLong();
        row.key = rows.value(2).toString();
        row.action = ImportRow::actionFromName(rows.value(3).toString());
        row.state = ImportRow::stateFromName(rows.value(4).toString());
        row.error = rows.value(5).toString();
        QStringList cells;
        for (const QJsonValue &cell :
             QJsonDocument::fromJson(rows.value(6).toString().toUtf8()).array())
            cells.append(cell.toString());
        row.cells = cells;
        const QJsonObject record =
            QJsonDocument::fromJson(rows.value(7).toString().toUtf8()).object();
        if (result.service == Service::Wazzup)
            row.wazzupUser = WazzupCodec::userFromJson(record);
        else
            row.customer = WoowUpCodec::customerFromJson(record);
        // The mapping keeps which blank cells clear (journals from before
        // it keep the server's values).
        row.cleared = result.mapping.blankClears(row.wazzupUser, row.customer);
        if (row.action == ImportRow::Action::Delete && row.number == 0)
            result.missing.append(row);
        else
            result.rows.append(row);
    }
    if (rows.lastError().isValid())
        return failRead(error, rows.lastError().text());
    *plan = result;
    return true;
}

int ImportJournal::rowCount(qint64 importId, ImportRow::State state, QString *error) const
{
    if (!m_db.isOpen()) {
        failRead(error);
        return -1;
    }
    QSqlQuery query(m_db.database());
    if (!query.prepare(
            QStringLiteral("SELECT count(*) FROM import_rows WHERE import_id = ? AND state = ?"))) {
        failRead(error, query.lastError().text());
        return -1;
    }
    query.addBindValue(importId);
    query.addBindValue(ImportRow::stateName(state));
    if (!query.exec() || !query.next()) {
        failRead(error, query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}
