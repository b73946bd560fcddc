#include "customerpatch.h"

#include "woowupcodec.h"

#include <QJsonArray>

namespace CustomerPatch {

namespace {

const QString attributePrefix = QStringLiteral("custom_attributes.");
const char *const channels[] = {"mailing", "whatsapp", "sms"};

struct TextField
{
    const char *name;
    QString WoowUpCustomer::*member;
};

// In the form's order: identifiers, personal data, address.
const TextField textFields[] = {
    {"service_uid", &WoowUpCustomer::serviceUid},
    {"email", &WoowUpCustomer::email},
    {"document", &WoowUpCustomer::document},
    {"document_type", &WoowUpCustomer::documentType},
    {"telephone", &WoowUpCustomer::telephone},
    {"first_name", &WoowUpCustomer::firstName},
    {"last_name", &WoowUpCustomer::lastName},
    {"birthdate", &WoowUpCustomer::birthdate},
    {"gender", &WoowUpCustomer::gender},
    {"marital_status", &WoowUpCustomer::maritalStatus},
    {"club_inscription_date", &WoowUpCustomer::clubInscriptionDate},
    {"street", &WoowUpCustomer::street},
    {"postcode", &WoowUpCustomer::postcode},
    {"city", &WoowUpCustomer::city},
    {"department", &WoowUpCustomer::department},
    {"state", &WoowUpCustomer::state},
    {"country", &WoowUpCustomer::country},
};

ChannelConsent WoowUpCustomer::*consentMember(const QString &field)
{
    if (field == QLatin1String("mailing_enabled"))
        return &WoowUpCustomer::mailing;
    if (field == QLatin1String("whatsapp_enabled"))
        return &WoowUpCustomer::whatsapp;
    if (field == QLatin1String("sms_enabled"))
        return &WoowUpCustomer::sms;
    return nullptr;
}

QString WoowUpCustomer::*textMember(const QString &field)
{
    for (const TextField &text : textFields) {
        if (field == QLatin1String(text.name))
            return text.member;
    }
    return nullptr;
}

QStringList lowerTags(const QStringList &tags)
{
    QStringList lower;
    for (const QString &tag : tags)
        lower.append(tag.trimmed().toLower());
    lower.removeAll(QString());
    lower.sort();
    lower.removeDuplicates();
    return lower;
}

// Tags of a that b has not, compared without regard to case as WoowUp does.
QStringList tagsMissingFrom(const QStringList &a, const QStringList &b)
{
    const QStringList other = lowerTags(b);
    QStringList missing;
    for (const QString &tag : a) {
        if (!tag.trimmed().isEmpty() && !other.contains(tag.trimmed().toLower()))
            missing.append(tag.trimmed());
    }
    return missing;
}

QJsonValue attributeValue(const WoowUpCustomer &customer, const QString &name)
{
    if (!customer.customAttributes.contains(name))
        return QJsonValue(QJsonValue::Undefined);
    return WoowUpCodec::customValueToJson(customer.customAttributes.value(name));
}

// Every field's value, comparable with ==; unset fields are absent.
QJsonObject fieldValues(const WoowUpCustomer &customer)
{
    QJsonObject values;
    for (const TextField &text : textFields) {
        const QString &value = customer.*text.member;
        if (!value.isEmpty())
            values.insert(QLatin1String(text.name), value);
    }
    if (customer.points)
        values.insert(QStringLiteral("points"), *customer.points);
    const QStringList tags = lowerTags(customer.tags);
    if (!tags.isEmpty())
        values.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    for (const char *channel : channels) {
        const QString field = QLatin1String(channel) + QStringLiteral("_enabled");
        const ChannelConsent &consent = customer.*consentMember(field);
        if (consent.enabled)
            values.insert(field,
                          *consent.enabled ? QStringLiteral("enabled")
                                           : QStringLiteral("disabled:") + consent.disabledReason);
    }
    for (auto it = customer.customAttributes.begin(); it != customer.customAttributes.end(); ++it)
        values.insert(attributePrefix + it.key(), WoowUpCodec::customValueToJson(it.value()));
    return values;
}

// The order a form shows fields in, attributes last by name.
int rank(const QString &field)
{
    int index = 0;
    for (const TextField &text : textFields) {
        if (field == QLatin1String(text.name))
            return index;
        ++index;
    }
    const QStringList others{QStringLiteral("tags"), QStringLiteral("points"),
                             QStringLiteral("mailing_enabled"), QStringLiteral("whatsapp_enabled"),
                             QStringLiteral("sms_enabled")};
    const qsizetype other = others.indexOf(field);
    return other >= 0 ? index + int(other) : index + int(others.size());
}

} // namespace

QStringList changedFields(const WoowUpCustomer &a, const WoowUpCustomer &b)
{
    const QJsonObject valuesA = fieldValues(a);
    const QJsonObject valuesB = fieldValues(b);
    QStringList keys = valuesA.keys() + valuesB.keys();
    keys.removeDuplicates();
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (valuesA.value(key) != valuesB.value(key))
            changed.append(key);
    }
    std::stable_sort(changed.begin(), changed.end(), [](const QString &x, const QString &y) {
        const int rx = rank(x);
        const int ry = rank(y);
        return rx != ry ? rx < ry : x < y;
    });
    return changed;
}

QString valueText(const WoowUpCustomer &customer, const QString &field)
{
    if (QString WoowUpCustomer::*member = textMember(field))
        return customer.*member;
    if (field == QLatin1String("points"))
        return customer.points ? QString::number(*customer.points) : QString();
    if (field == QLatin1String("tags"))
        return customer.tags.join(QLatin1String(", "));
    if (field.startsWith(attributePrefix)) {
        const QVariant value = customer.customAttributes.value(field.mid(attributePrefix.size()));
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList().join(QLatin1String(", "));
        return value.toString();
    }
    return QString(); // consent: the form words it
}

WoowUpCustomer withFields(WoowUpCustomer base, const WoowUpCustomer &from,
                          const QStringList &fields)
{
    for (const QString &field : fields) {
        if (QString WoowUpCustomer::*member = textMember(field)) {
            base.*member = from.*member;
        } else if (ChannelConsent WoowUpCustomer::*consent = consentMember(field)) {
            base.*consent = from.*consent;
        } else if (field == QLatin1String("points")) {
            base.points = from.points;
        } else if (field == QLatin1String("tags")) {
            base.tags = from.tags;
        } else if (field.startsWith(attributePrefix)) {
            const QString name = field.mid(attributePrefix.size());
            if (from.customAttributes.contains(name))
                base.customAttributes.insert(name, from.customAttributes.value(name));
            else
                base.customAttributes.remove(name);
        }
    }
    return base;
}

QJsonObject body(const WoowUpCustomer &before, const WoowUpCustomer &after,
                 const QStringList &fields)
{
    const QJsonObject full = WoowUpCodec::customerToJson(after);
    QJsonObject result;
    QJsonObject attributes;
    for (const QString &field : fields) {
        if (field == QLatin1String("tags")) {
            const QStringList added = tagsMissingFrom(after.tags, before.tags);
            const QStringList removed = tagsMissingFrom(before.tags, after.tags);
            if (!added.isEmpty())
                result.insert(QStringLiteral("tags"), added.join(QLatin1String(", ")));
            if (!removed.isEmpty())
                result.insert(QStringLiteral("remove_tags"), removed.join(QLatin1String(", ")));
        } else if (consentMember(field)) {
            // A channel can't be set back to "not said": nothing to send then.
            const QString channel = field.chopped(int(qstrlen("_enabled")));
            const QString reason = channel + QStringLiteral("_disabled_reason");
            if (full.contains(field))
                result.insert(field, full.value(field));
            if (full.contains(reason))
                result.insert(reason, full.value(reason));
        } else if (field.startsWith(attributePrefix)) {
            const QString name = field.mid(attributePrefix.size());
            const QJsonValue value = attributeValue(after, name);
            attributes.insert(name, value.isUndefined() ? QJsonValue(QString()) : value);
        } else if (field == QLatin1String("points")) {
            // Points are a number: there is no empty value to send.
            if (full.contains(field))
                result.insert(field, full.value(field));
        } else if (textMember(field)) {
            result.insert(field, full.contains(field) ? full.value(field) : QJsonValue(QString()));
        }
    }
    if (!attributes.isEmpty())
        result.insert(QStringLiteral("custom_attributes"), attributes);
    return result;
}

QStringList setFields(const WoowUpCustomer &customer)
{
    return changedFields(WoowUpCustomer(), customer);
}

WoowUpCustomer afterImport(const WoowUpCustomer &server, const WoowUpCustomer &row)
{
    WoowUpCustomer after = withFields(server, row, setFields(row));
    after.tags = server.tags;
    after.tags.append(tagsMissingFrom(row.tags, server.tags));
    return after;
}

QJsonObject fieldsJson(const WoowUpCustomer &customer, const QStringList &fields)
{
    return WoowUpCodec::customerToJson(withFields(WoowUpCustomer(), customer, fields));
}

QStringList identifierFields(const QStringList &fields)
{
    QStringList identifiers;
    for (const QString &field : fields) {
        if (field == QLatin1String("service_uid") || field == QLatin1String("email")
            || field == QLatin1String("document") || field == QLatin1String("telephone"))
            identifiers.append(field);
    }
    return identifiers;
}

} // namespace CustomerPatch
