#include "columnmapping.h"

#include "customerpatch.h"
#include "fieldsynonyms.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1String customPrefix("custom_attributes.");
const QLatin1String tagsField("tags");
const QLatin1String clearBlankKey("clearBlank");

// WoowUp's text fields whose schema takes an empty string: identifiers,
// the enumeration marital_status, points, tags and consent are not here.
const char *const clearableWoowUpFields[] = {
    "document_type", "first_name", "last_name",  "birthdate", "gender",  "street",
    "postcode",      "city",       "department", "state",     "country", "club_inscription_date",
};

} // namespace

ColumnMapping::ColumnMapping(Service service, const QStringList &headers)
    : m_service(service)
    , m_headers(headers)
{
    // A stray byte-order mark at the start of a header cell (a file saved
    // twice with a BOM, or files concatenated) is never part of the name, and
    // Qt's JSON parser drops it from the start of a string: kept, a saved
    // mapping would not come back equal to itself (found by fuzz_importmapping).
    for (QString &header : m_headers) {
        while (header.startsWith(QChar(QChar::ByteOrderMark)))
            header.remove(0, 1);
    }
    m_targets.resize(headers.size());
}

ColumnMapping ColumnMapping::automatic(Service service, const QStringList &headers,
                                       const CustomAttributeDefinitions &definitions)
{
    ColumnMapping mapping(service, headers);
    QHash<QString, QString> customByName;
    if (service == Service::WoowUp) {
        // Labels first so that a name, the more exact of the two, wins a clash.
        for (const CustomAttributeDefinition &definition : definitions) {
            if (!definition.label.isEmpty())
                customByName.insert(FieldSynonyms::normalize(definition.label),
                                    customAttributeField(definition.name));
        }
        for (const CustomAttributeDefinition &definition : definitions)
            customByName.insert(FieldSynonyms::normalize(definition.name),
                                customAttributeField(definition.name));
    }
    const QStringList &fields = FieldSynonyms::fields(service);
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = FieldSynonyms::normalize(headers.at(column));
        if (key.isEmpty())
            continue;
        // A header spelled exactly like a request field is that field, even
        // when the account also has an attribute of that name.
        QString field;
        for (const QString &candidate : fields) {
            if (FieldSynonyms::normalize(candidate) == key)
                field = candidate;
        }
        if (field.isEmpty())
            field = customByName.value(key);
        if (field.isEmpty())
            field = FieldSynonyms::match(service, headers.at(column));
        if (!field.isEmpty() && (field == tagsField || !mapping.isMapped(field)))
            mapping.m_targets[column] = field;
    }
    return mapping;
}

void ColumnMapping::setTarget(int column, const QString &field)
{
    if (column < 0 || column >= m_targets.size())
        return;
    if (!field.isEmpty() && field != tagsField) {
        for (QString &target : m_targets) {
            if (target == field)
                target.clear();
        }
    }
    m_targets[column] = field;
}

int ColumnMapping::columnOf(const QString &field) const
{
    return int(m_targets.indexOf(field));
}

QList<int> ColumnMapping::columnsOf(const QString &field) const
{
    QList<int> columns;
    for (int column = 0; column < m_targets.size(); ++column) {
        if (m_targets.at(column) == field)
            columns.append(column);
    }
    return columns;
}

QStringList ColumnMapping::missingRequirements() const
{
    QStringList missing;
    if (m_service == Service::Wazzup) {
        if (!isMapped(QStringLiteral("id")))
            missing.append(tr("Choose the column with the user ID: Wazzup needs it."));
        if (!isMapped(QStringLiteral("name")))
            missing.append(tr("Choose the column with the user’s name: Wazzup needs it."));
    } else {
        const bool identified = isMapped(QStringLiteral("service_uid"))
            || isMapped(QStringLiteral("email")) || isMapped(QStringLiteral("document"))
            || isMapped(QStringLiteral("telephone"));
        if (!identified) {
            missing.append(tr("Choose at least one column that identifies the customer: an "
                              "external ID, an e-mail address, a document number or a "
                              "telephone number."));
        }
    }
    return missing;
}

bool ColumnMapping::canClearBlank(Service service, const QString &field)
{
    if (service == Service::Wazzup)
        return field == QLatin1String("phone");
    if (isCustomAttributeField(field))
        return true;
    for (const char *name : clearableWoowUpFields) {
        if (field == QLatin1String(name))
            return true;
    }
    return false;
}

void ColumnMapping::setClearsBlank(const QString &field, bool clears)
{
    m_clearBlank.removeAll(field);
    if (clears && canClearBlank(m_service, field))
        m_clearBlank.append(field);
}

bool ColumnMapping::clearsBlank(const QString &field) const
{
    return m_clearBlank.contains(field) && isMapped(field);
}

QStringList ColumnMapping::clearedBlankFields() const
{
    QStringList fields;
    for (const QString &target : m_targets) {
        if (!target.isEmpty() && m_clearBlank.contains(target) && !fields.contains(target))
            fields.append(target);
    }
    return fields;
}

QStringList ColumnMapping::blankClears(const WazzupUser &user, const WoowUpCustomer &customer) const
{
    QStringList cleared;
    for (const QString &field : clearedBlankFields()) {
        const bool blank = m_service == Service::Wazzup
            ? user.phone.isEmpty()
            : CustomerPatch::valueText(customer, field).isEmpty();
        if (blank)
            cleared.append(field);
    }
    return cleared;
}

QString ColumnMapping::customAttributeField(const QString &name)
{
    return customPrefix + name;
}

bool ColumnMapping::isCustomAttributeField(const QString &field)
{
    return field.startsWith(customPrefix) && field.size() > customPrefix.size();
}

QString ColumnMapping::customAttributeName(const QString &field)
{
    return isCustomAttributeField(field) ? field.mid(customPrefix.size()) : QString();
}

QString ColumnMapping::headerKey(const QStringList &headers)
{
    QStringList normalized;
    normalized.reserve(headers.size());
    for (const QString &header : headers)
        normalized.append(FieldSynonyms::normalize(header));
    normalized.sort();
    const QByteArray hash =
        QCryptographicHash::hash(normalized.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32));
}

QVariantMap ColumnMapping::toVariantMap() const
{
    QVariantList columns;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_targets.at(column).isEmpty())
            continue;
        columns.append(QVariantMap{
            {QStringLiteral("column"), column},
            {QStringLiteral("header"), m_headers.at(column)},
            {QStringLiteral("field"), m_targets.at(column)},
        });
    }
    QVariantMap map{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("service"), serviceKey(m_service)},
        {QStringLiteral("headerKey"), headerKey()},
        {QStringLiteral("headers"), m_headers},
        {QStringLiteral("columns"), columns},
    };
    // Absent unless chosen: a mapping saved before it existed keeps the
    // server's values, as it did then.
    const QStringList cleared = clearedBlankFields();
    if (!cleared.isEmpty())
        map.insert(clearBlankKey, cleared);
    return map;
}

ColumnMapping ColumnMapping::fromVariantMap(const QVariantMap &map, bool *ok)
{
    if (ok)
        *ok = false;
    Service service;
    if (map.value(QStringLiteral("version")).toInt() != formatVersion
        || !serviceFromKey(map.value(QStringLiteral("service")).toString(), &service))
        return {};
    ColumnMapping mapping(service, map.value(QStringLiteral("headers")).toStringList());
    const QVariantList columns = map.value(QStringLiteral("columns")).toList();
    for (const QVariant &entry : columns) {
        const QVariantMap column = entry.toMap();
        bool isInt = false;
        const int index = column.value(QStringLiteral("column")).toInt(&isInt);
        if (!isInt || index < 0 || index >= mapping.columnCount())
            return {};
        mapping.setTarget(index, column.value(QStringLiteral("field")).toString());
    }
    for (const QString &field : map.value(clearBlankKey).toStringList())
        mapping.setClearsBlank(field, true);
    if (ok)
        *ok = true;
    return mapping;
}

QString ColumnMapping::toJson() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(toVariantMap())).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QString &json, bool *ok)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject()) {
        if (ok)
            *ok = false;
        return {};
    }
    return fromVariantMap(document.object().toVariantMap(), ok);
}

ColumnMapping ColumnMapping::adaptedTo(const QStringList &headers) const
{
    ColumnMapping adapted(m_service, headers);
    QList<bool> used(headers.size(), false);
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString &field = m_targets.at(column);
        if (field.isEmpty())
            continue;
        const QString key = FieldSynonyms::normalize(m_headers.at(column));
        // The same position first, so that duplicate headers keep their order.
        int match = -1;
        if (column < headers.size() && !used.at(column)
            && FieldSynonyms::normalize(headers.at(column)) == key) {
            match = column;
        } else {
            for (int candidate = 0; candidate < headers.size(); ++candidate) {
                if (!used.at(candidate) && FieldSynonyms::normalize(headers.at(candidate)) == key) {
                    match = candidate;
                    break;
                }
            }
        }
        if (match >= 0) {
            used[match] = true;
            adapted.m_targets[match] = field;
        }
    }
    adapted.m_clearBlank = m_clearBlank;
    return adapted;
}
