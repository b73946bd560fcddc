#include "woowupsegments.h"

namespace {

struct Segment
{
    const char *name;
    const char *rule;
};

const Segment segments[] = {
    {"Todos los clientes", "every customer"},
    {"Suscriptos a email", "mailing_enabled is true"},
    {"Suscriptos a WhatsApp", "whatsapp_enabled is true"},
    {"Suscriptos a SMS", "sms_enabled is true"},
    {"Mujeres", "gender is F"},
    {"Hombres", "gender is M"},
    {"Clientes VIP", "points >= 500"},
    {"Argentina", "country is ARG"},
    {"Con mascota", "custom_attributes has nombre_mascota"},
    {"Sin canales", "mailing, whatsapp and sms all disabled"},
};

} // namespace

int WoowUpSegments::count()
{
    return int(std::size(segments));
}

bool WoowUpSegments::contains(qint64 segmentId, const QJsonObject &customer)
{
    const auto enabled = [&customer](const char *field) {
        return customer.value(QLatin1String(field)).toBool(true);
    };
    switch (segmentId) {
    case 1:
        return true;
    case 2:
        return enabled("mailing_enabled");
    case 3:
        return enabled("whatsapp_enabled");
    case 4:
        return enabled("sms_enabled");
    case 5:
        return customer.value(QLatin1String("gender")).toString() == QLatin1String("F");
    case 6:
        return customer.value(QLatin1String("gender")).toString() == QLatin1String("M");
    case 7:
        return customer.value(QLatin1String("points")).toInteger() >= 500;
    case 8:
        return customer.value(QLatin1String("country")).toString() == QLatin1String("ARG");
    case 9:
        return customer.value(QLatin1String("custom_attributes"))
            .toObject()
            .contains(QLatin1String("nombre_mascota"));
    case 10:
        return !enabled("mailing_enabled") && !enabled("whatsapp_enabled")
            && !enabled("sms_enabled");
    default:
        return false;
    }
}

QJsonArray WoowUpSegments::describe()
{
    QJsonArray list;
    for (int i = 0; i < count(); ++i) {
        list.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                {QStringLiteral("name"), QString::fromUtf8(segments[i].name)},
                                {QStringLiteral("rule"), QLatin1String(segments[i].rule)}});
    }
    return list;
}
