#pragma once

#include "customattributedefinition.h"
#include "service.h"
#include "wazzupuser.h"
#include "woowupcustomer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

// Which CSV column fills which request field of a service ("email",
// "custom_attributes.edad_mascota"…). A value type the import dialog edits
// and the app saves per profile, to offer again when the same headers come back.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    static constexpr int formatVersion = 1;

    ColumnMapping() = default;
    ColumnMapping(Service service, const QStringList &headers);

    // Headers matched by FieldSynonyms, and custom attributes by name or
    // label. Each field goes to the first column that names it.
    static ColumnMapping automatic(Service service, const QStringList &headers,
                                   const CustomAttributeDefinitions &definitions = {});

    Service service() const { return m_service; }
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }

    // Empty when the column is not imported.
    QString target(int column) const { return m_targets.value(column); }
    // A field fills one column only, so an earlier column loses it, except
    // "tags" which several columns may add to. Empty clears.
    void setTarget(int column, const QString &field);
    int columnOf(const QString &field) const; // the first one, -1 when unmapped
    QList<int> columnsOf(const QString &field) const;
    bool isMapped(const QString &field) const { return columnOf(field) >= 0; }

    // What must be mapped before importing: Wazzup's id and name, one of
    // WoowUp's identifiers. Empty when the mapping can be used.
    QStringList missingRequirements() const;

    // Blank cells. By default a blank cell keeps the server's value (the
    // field is not sent); a field set to clear sends the API's "no value"
    // for it instead. Offered only where the API has one and never for an
    // identifier a row may be matched on: Wazzup's phone; WoowUp's text
    // fields and custom attributes, not its identifiers, marital status
    // (an enumeration), points (a number), consent or tags (merged).
    static bool canClearBlank(Service service, const QString &field);
    void setClearsBlank(const QString &field, bool clears);
    bool clearsBlank(const QString &field) const;
    // The mapped fields set to clear, in column order.
    QStringList clearedBlankFields() const;
    // The fields a row clears: those set to clear that its record has no
    // value for (their cells were blank).
    QStringList blankClears(const WazzupUser &user, const WoowUpCustomer &customer) const;

    static QString customAttributeField(const QString &name);
    static bool isCustomAttributeField(const QString &field);
    static QString customAttributeName(const QString &field);

    // The same for the same set of headers, whatever their order, case,
    // accents or punctuation: what a saved mapping is looked up by.
    static QString headerKey(const QStringList &headers);
    QString headerKey() const { return headerKey(m_headers); }

    QVariantMap toVariantMap() const;
    static ColumnMapping fromVariantMap(const QVariantMap &map, bool *ok = nullptr);
    QString toJson() const;
    static ColumnMapping fromJson(const QString &json, bool *ok = nullptr);

    // This mapping carried over to a file whose headers are the same names,
    // possibly in another order; columns it does not know stay unmapped.
    ColumnMapping adaptedTo(const QStringList &headers) const;

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.m_service == b.m_service && a.m_headers == b.m_headers
            && a.m_targets == b.m_targets && a.clearedBlankFields() == b.clearedBlankFields();
    }
    friend bool operator!=(const ColumnMapping &a, const ColumnMapping &b) { return !(a == b); }

private:
    Service m_service = Service::WoowUp;
    QStringList m_headers;
    QStringList m_targets; // one per header
    QStringList m_clearBlank; // fields whose blank cells clear, whether mapped or not
};
