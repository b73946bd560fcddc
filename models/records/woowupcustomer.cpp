#include "woowupcustomer.h"

QPair<QString, QString> WoowUpCustomer::bestIdentifier() const
{
    // The order of the API's own search priority: a CRM's external id is the
    // most stable, a telephone the least (people share and change them).
    const QPair<QString, QString> candidates[] = {
        {QStringLiteral("service_uid"), serviceUid},
        {QStringLiteral("email"), email},
        {QStringLiteral("document"), document},
        {QStringLiteral("telephone"), telephone},
    };
    for (const auto &candidate : candidates) {
        if (!candidate.second.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

bool operator==(const WoowUpCustomer &a, const WoowUpCustomer &b)
{
    return a.serviceUid == b.serviceUid && a.email == b.email && a.document == b.document
        && a.documentType == b.documentType && a.telephone == b.telephone
        && a.firstName == b.firstName && a.lastName == b.lastName && a.birthdate == b.birthdate
        && a.gender == b.gender && a.street == b.street && a.postcode == b.postcode
        && a.city == b.city && a.department == b.department && a.state == b.state
        && a.country == b.country && a.maritalStatus == b.maritalStatus && a.tags == b.tags
        && a.points == b.points && a.clubInscriptionDate == b.clubInscriptionDate
        && a.mailing == b.mailing && a.whatsapp == b.whatsapp && a.sms == b.sms
        && a.customAttributes == b.customAttributes && a.userappId == b.userappId
        && a.userId == b.userId && a.appId == b.appId && a.pointsPending == b.pointsPending
        && a.customform == b.customform && a.blocked == b.blocked && a.notes == b.notes
        && a.family == b.family && a.createtime == b.createtime && a.updatetime == b.updatetime;
}
