#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

// WoowUp customers, kept in the response shape of the docs (address,
// birthday, postal_code, *_enabled booleans, ...), plus the account's custom
// attribute definitions. Bodies must be validated (WoowUpSchema) before they
// reach create() or update().
class WoowUpStore
{
public:
    static constexpr int appId = 938;
    static constexpr qint64 firstUserappId = 10001;
    static constexpr qint64 userIdOffset = 2000000; // user_id = userapp_id + offset

    void clear(); // customers only; definitions stay
    int size() const { return int(m_customers.size()); }

    void setAttributeDefinitions(const QList<QJsonObject> &definitions);
    const QList<QJsonObject> &attributeDefinitions() const { return m_definitionList; }
    const QHash<QString, QJsonObject> &definitionsByName() const { return m_definitions; }

    // Looks a customer up by identifiers in the account's priority order
    // (service_uid, email, document, telephone); the first match wins. 0: none.
    qint64 find(const QHash<QString, QString> &identifiers) const;
    // Identifier fields of the request already used by a customer other than self.
    QStringList conflictingIdentifiers(const QJsonObject &request, qint64 self) const;

    QJsonObject create(const QJsonObject &request, const QDateTime &now);
    QJsonObject update(qint64 userappId, const QJsonObject &request, const QDateTime &now);
    bool remove(qint64 userappId);
    std::optional<QJsonObject> customer(qint64 userappId) const;

    // Customers in userapp_id order whose names, e-mail, document, telephone
    // or service_uid contain text (case-insensitive) and that pass filter.
    QList<QJsonObject> search(const QString &text,
                              const std::function<bool(const QJsonObject &)> &filter, int offset,
                              int limit) const;

    // Adds a complete record (demo seed); userapp_id must be set.
    void insertRecord(const QJsonObject &record);
    // A record with every response field, all empty, for a new customer.
    static QJsonObject blankRecord(qint64 userappId, const QDateTime &createTime);
    // Maps request fields (street, birthdate, postcode, "enabled", ...) onto a record.
    static QJsonObject applyRequest(QJsonObject record, const QJsonObject &request);
    static QString isoTime(const QDateTime &time); // 2019-02-01T21:26:18+00:00

private:
    static QString indexKey(const QString &field, const QString &value);
    void index(const QJsonObject &record, bool add);

    std::map<qint64, QJsonObject> m_customers;
    QHash<QString, qint64> m_identifierIndex; // "email:x@y" -> userapp_id
    qint64 m_nextId = firstUserappId;
    QList<QJsonObject> m_definitionList;
    QHash<QString, QJsonObject> m_definitions;
};
