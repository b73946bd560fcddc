#include "woowupstore.h"

#include "woowupschema.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

// Request field -> response field where the two APIs' names differ.
QString responseField(const QString &requestField)
{
    if (requestField == QLatin1String("street"))
        return QStringLiteral("address");
    if (requestField == QLatin1String("birthdate"))
        return QStringLiteral("birthday");
    if (requestField == QLatin1String("postcode"))
        return QStringLiteral("postal_code");
    return requestField;
}

const char *const plainStringFields[] = {
    "service_uid",
    "email",
    "first_name",
    "last_name",
    "telephone",
    "birthdate",
    "street",
    "address",
    "city",
    "state",
    "department",
    "country",
    "document",
    "document_type",
    "marital_status",
    "postcode",
    "club_inscription_date",
};

const char *const channels[] = {"mailing", "whatsapp", "sms"};

QJsonValue stringOrNull(const QJsonValue &value)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return QJsonValue::Null;
    return value.toString().trimmed();
}

// Tags as a request sends them ("a, b") or a record keeps them (["a", "b"]).
QStringList tagList(const QJsonValue &value)
{
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            parts.append(item.toString());
    } else {
        parts = value.toString().split(QLatin1Char(','));
    }
    QStringList tags;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    }
    return tags;
}

} // namespace

void WoowUpStore::clear()
{
    m_customers.clear();
    m_identifierIndex.clear();
    m_nextId = firstUserappId;
}

void WoowUpStore::setAttributeDefinitions(const QList<QJsonObject> &definitions)
{
    m_definitionList = definitions;
    m_definitions.clear();
    for (const QJsonObject &definition : definitions)
        m_definitions.insert(definition.value(QLatin1String("name")).toString(), definition);
}

QString WoowUpStore::indexKey(const QString &field, const QString &value)
{
    // E-mail addresses are matched without regard to case, as mail is.
    const QString normalized =
        field == QLatin1String("email") ? value.trimmed().toLower() : value.trimmed();
    return field + QLatin1Char(':') + normalized;
}

void WoowUpStore::index(const QJsonObject &record, bool add)
{
    const qint64 id = record.value(QLatin1String("userapp_id")).toInteger();
    for (const QString &field : WoowUpSchema::identifierFields()) {
        const QJsonValue value = record.value(field);
        if (!value.isString() || value.toString().isEmpty())
            continue;
        const QString key = indexKey(field, value.toString());
        if (add)
            m_identifierIndex.insert(key, id);
        else if (m_identifierIndex.value(key) == id)
            m_identifierIndex.remove(key);
    }
}

qint64 WoowUpStore::find(const QHash<QString, QString> &identifiers) const
{
    for (const QString &field : WoowUpSchema::identifierFields()) {
        const QString value = identifiers.value(field);
        if (value.trimmed().isEmpty())
            continue;
        const qint64 id = m_identifierIndex.value(indexKey(field, value), 0);
        if (id != 0)
            return id;
    }
    return 0;
}

QStringList WoowUpStore::conflictingIdentifiers(const QJsonObject &request, qint64 self) const
{
    QStringList conflicts;
    for (const QString &field : WoowUpSchema::identifierFields()) {
        const QJsonValue value = request.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            continue;
        const qint64 owner = m_identifierIndex.value(indexKey(field, value.toString()), 0);
        if (owner != 0 && owner != self)
            conflicts.append(field);
    }
    return conflicts;
}

QString WoowUpStore::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        + QStringLiteral("+00:00");
}

QJsonObject WoowUpStore::blankRecord(qint64 userappId, const QDateTime &createTime)
{
    QJsonObject record{
        {QStringLiteral("userapp_id"), userappId},
        {QStringLiteral("user_id"), userappId + userIdOffset},
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("service_uid"), QJsonValue::Null},
        {QStringLiteral("email"), QJsonValue::Null},
        {QStringLiteral("first_name"), QJsonValue::Null},
        {QStringLiteral("last_name"), QJsonValue::Null},
        {QStringLiteral("telephone"), QJsonValue::Null},
        {QStringLiteral("birthday"), QJsonValue::Null},
        {QStringLiteral("gender"), QJsonValue::Null},
        {QStringLiteral("document"), QJsonValue::Null},
        {QStringLiteral("document_type"), QJsonValue::Null},
        {QStringLiteral("state"), QJsonValue::Null},
        {QStringLiteral("city"), QJsonValue::Null},
        {QStringLiteral("department"), QJsonValue::Null},
        {QStringLiteral("country"), QJsonValue::Null},
        {QStringLiteral("address"), QJsonValue::Null},
        {QStringLiteral("postal_code"), QJsonValue::Null},
        {QStringLiteral("marital_status"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonValue::Null},
        {QStringLiteral("points"), 0},
        {QStringLiteral("customform"), QJsonArray()},
        {QStringLiteral("club_inscription_date"), QJsonValue::Null},
        {QStringLiteral("blocked"), false},
        {QStringLiteral("notes"), QJsonValue::Null},
        {QStringLiteral("custom_attributes"), QJsonArray()},
        {QStringLiteral("family"), QJsonArray()},
        {QStringLiteral("createtime"), isoTime(createTime)},
        {QStringLiteral("updatetime"), QJsonValue::Null},
    };
    for (const char *channel : channels) {
        const QString name = QLatin1String(channel);
        record.insert(name + QStringLiteral("_enabled"), true);
        record.insert(name + QStringLiteral("_enabled_reason"), QJsonValue::Null);
    }
    return record;
}

QJsonObject WoowUpStore::applyRequest(QJsonObject record, const QJsonObject &request)
{
    for (const char *rawField : plainStringFields) {
        const QString field = QLatin1String(rawField);
        if (request.contains(field))
            record.insert(responseField(field), stringOrNull(request.value(field)));
    }
    // "street" is the documented request name; "address" also appears in the
    // schema. When both come, street wins.
    if (request.contains(QLatin1String("street")))
        record.insert(QStringLiteral("address"),
                      stringOrNull(request.value(QLatin1String("street"))));

    if (request.contains(QLatin1String("email")) && record.value(QLatin1String("email")).isString())
        record.insert(QStringLiteral("email"),
                      record.value(QLatin1String("email")).toString().toLower());
    if (request.contains(QLatin1String("country"))
        && record.value(QLatin1String("country")).isString())
        record.insert(QStringLiteral("country"),
                      record.value(QLatin1String("country")).toString().toUpper());
    if (request.contains(QLatin1String("gender"))) {
        const QString gender = request.value(QLatin1String("gender")).toString().toUpper();
        record.insert(QStringLiteral("gender"),
                      gender.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gender));
    }
    if (request.contains(QLatin1String("tags")) || request.contains(QLatin1String("remove_tags"))) {
        // Tags merge into the customer's (WoowUp's PHP clients rely on it:
        // the older one sends its own tags on every update); remove_tags
        // takes some away. Both compare without regard to case.
        QStringList tags = tagList(record.value(QLatin1String("tags")));
        for (const QString &tag : tagList(request.value(QLatin1String("tags")))) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags.append(tag);
        }
        for (const QString &tag : tagList(request.value(QLatin1String("remove_tags"))))
            tags.removeIf([&tag](const QString &kept) {
                return kept.compare(tag, Qt::CaseInsensitive) == 0;
            });
        record.insert(QStringLiteral("tags"),
                      tags.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QJsonArray::fromStringList(tags)));
    }
    if (request.contains(QLatin1String("points")))
        record.insert(QStringLiteral("points"), request.value(QLatin1String("points")).toInteger());

    for (const char *channel : channels) {
        const QString name = QLatin1String(channel);
        const QString enabledField = name + QStringLiteral("_enabled");
        const QString requestReason = name + QStringLiteral("_disabled_reason");
        const QString responseReason = name + QStringLiteral("_enabled_reason");
        // The docs name the reason *_disabled_reason; WoowUp's older client
        // and its connectors send *_enabled_reason. Same meaning; the
        // documented name wins when both come.
        const QString reasonField =
            request.contains(requestReason) ? requestReason : responseReason;
        if (request.contains(enabledField)) {
            const bool enabled = request.value(enabledField).toString() == QLatin1String("enabled");
            record.insert(enabledField, enabled);
            if (enabled)
                record.insert(responseReason, QJsonValue::Null);
        }
        if (request.contains(reasonField) && !record.value(enabledField).toBool(true))
            record.insert(responseReason, request.value(reasonField));
    }

    if (request.contains(QLatin1String("custom_attributes"))) {
        // Values merge into the existing ones; null or "" removes one.
        QJsonObject attributes = record.value(QLatin1String("custom_attributes")).toObject();
        const QJsonObject changes = request.value(QLatin1String("custom_attributes")).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (it.value().isNull() || it.value() == QJsonValue(QString()))
                attributes.remove(it.key());
            else
                attributes.insert(it.key(), it.value());
        }
        // Empty comes back as [] (seen from the real API), which clients must accept.
        record.insert(QStringLiteral("custom_attributes"),
                      attributes.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(attributes));
    }
    return record;
}

QJsonObject WoowUpStore::create(const QJsonObject &request, const QDateTime &now)
{
    const QJsonObject record = applyRequest(blankRecord(m_nextId, now), request);
    insertRecord(record);
    return record;
}

QJsonObject WoowUpStore::update(qint64 userappId, const QJsonObject &request, const QDateTime &now)
{
    auto it = m_customers.find(userappId);
    if (it == m_customers.end())
        return QJsonObject();
    index(it->second, false);
    QJsonObject record = applyRequest(it->second, request);
    record.insert(QStringLiteral("updatetime"), isoTime(now));
    it->second = record;
    index(record, true);
    return record;
}

bool WoowUpStore::remove(qint64 userappId)
{
    auto it = m_customers.find(userappId);
    if (it == m_customers.end())
        return false;
    index(it->second, false);
    m_customers.erase(it);
    return true;
}

std::optional<QJsonObject> WoowUpStore::customer(qint64 userappId) const
{
    const auto it = m_customers.find(userappId);
    if (it == m_customers.end())
        return std::nullopt;
    return it->second;
}

void WoowUpStore::insertRecord(const QJsonObject &record)
{
    const qint64 id = record.value(QLatin1String("userapp_id")).toInteger();
    m_customers[id] = record;
    index(record, true);
    m_nextId = qMax(m_nextId, id + 1);
}

QList<QJsonObject> WoowUpStore::search(const QString &text,
                                       const std::function<bool(const QJsonObject &)> &filter,
                                       int offset, int limit) const
{
    static const QLatin1String fields[] = {
        QLatin1String("first_name"), QLatin1String("last_name"), QLatin1String("email"),
        QLatin1String("document"),   QLatin1String("telephone"), QLatin1String("service_uid")};
    const QString needle = text.trimmed();
    QList<QJsonObject> page;
    int skipped = 0;
    for (const auto &entry : m_customers) {
        const QJsonObject &record = entry.second;
        if (!needle.isEmpty()) {
            bool hit = false;
            for (const QLatin1String &field : fields) {
                if (record.value(field).toString().contains(needle, Qt::CaseInsensitive)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                // "Juan Pérez" should find the customer too.
                const QString fullName = record.value(QLatin1String("first_name")).toString()
                    + QLatin1Char(' ') + record.value(QLatin1String("last_name")).toString();
                hit = fullName.contains(needle, Qt::CaseInsensitive);
            }
            if (!hit)
                continue;
        }
        if (filter && !filter(record))
            continue;
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        page.append(record);
        if (page.size() >= limit)
            break;
    }
    return page;
}
