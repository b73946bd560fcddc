#include "clirecordjson.h"

#include "wazzupcodec.h"
#include "woowupcodec.h"

#include <QJsonArray>

namespace CliRecordJson {

QJsonObject wazzupUser(const WazzupUser &user)
{
    return WazzupCodec::userToJson(user);
}

QJsonObject woowUpCustomer(const WoowUpCustomer &c)
{
    // Start from the codec's strict writing, then rename to the response's
    // names and add the read-only fields the codec never writes.
    QJsonObject o = WoowUpCodec::customerToJson(c);
    const auto rename = [&o](const char *from, const char *to) {
        const QString key = QLatin1String(from);
        if (o.contains(key))
            o.insert(QLatin1String(to), o.take(key));
    };
    rename("street", "address");
    rename("postcode", "postal_code");
    rename("birthdate", "birthday");
    const auto consent = [&o](const char *channel, const ChannelConsent &value) {
        const QString name = QLatin1String(channel);
        o.remove(name + QLatin1String("_disabled_reason"));
        if (value.enabled)
            o.insert(name + QLatin1String("_enabled"), *value.enabled);
        o.insert(name + QLatin1String("_enabled_reason"),
                 value.disabledReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(value.disabledReason));
    };
    consent("mailing", c.mailing);
    consent("whatsapp", c.whatsapp);
    consent("sms", c.sms);
    if (!c.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(c.tags));

    if (c.userappId)
        o.insert(QStringLiteral("userapp_id"), c.userappId);
    if (c.userId)
        o.insert(QStringLiteral("user_id"), c.userId);
    if (c.appId)
        o.insert(QStringLiteral("app_id"), c.appId);
    if (c.pointsPending)
        o.insert(QStringLiteral("points_pending"), *c.pointsPending);
    o.insert(QStringLiteral("blocked"), c.blocked);
    if (!c.notes.isEmpty())
        o.insert(QStringLiteral("notes"), c.notes);
    if (!c.customform.isEmpty())
        o.insert(QStringLiteral("customform"), QJsonObject::fromVariantMap(c.customform));
    if (!c.family.isEmpty())
        o.insert(QStringLiteral("family"), c.family);
    if (!c.createtime.isEmpty())
        o.insert(QStringLiteral("createtime"), c.createtime);
    if (!c.updatetime.isEmpty())
        o.insert(QStringLiteral("updatetime"), c.updatetime);
    return o;
}

} // namespace CliRecordJson
