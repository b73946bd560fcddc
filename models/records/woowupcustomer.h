#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// Consent for one channel (mailing, WhatsApp, SMS). `enabled` is unset when the
// record says nothing about the channel (then nothing is sent for it).
struct ChannelConsent
{
    std::optional<bool> enabled;
    QString disabledReason; // bounce | unsubscribe | spamreport | dropped | other

    friend bool operator==(const ChannelConsent &a, const ChannelConsent &b)
    {
        return a.enabled == b.enabled && a.disabledReason == b.disabledReason;
    }
    friend bool operator!=(const ChannelConsent &a, const ChannelConsent &b) { return !(a == b); }
};

// A WoowUp customer ("user"). Field names follow the API's *request* names;
// the codec (woowupcodec.h) maps the response names onto them.
struct WoowUpCustomer
{
    // Identifiers: at least one of serviceUid, email, document, telephone.
    QString serviceUid;
    QString email;
    QString document;
    QString documentType;
    QString telephone;

    QString firstName;
    QString lastName;
    QString birthdate; // yyyy-mm-dd
    QString gender; // "F" or "M"

    QString street; // response: "address"
    QString postcode; // response: "postal_code"
    QString city;
    QString department;
    QString state;
    QString country; // ISO 3166-1 alpha-3

    QString maritalStatus; // single | commited | married | divorced | widowed
    QStringList tags; // sent as "a, b, c"
    std::optional<qint64> points;
    QString clubInscriptionDate;

    ChannelConsent mailing;
    ChannelConsent whatsapp;
    ChannelConsent sms;

    // Values are QString (text, date-time as text), qint64 or double (number),
    // bool (checkbox) or QStringList (list).
    QVariantMap customAttributes;

    // Read-only: what the server returns and never accepts back.
    qint64 userappId = 0;
    qint64 userId = 0;
    qint64 appId = 0;
    std::optional<qint64> pointsPending;
    QVariantMap customform;
    bool blocked = false;
    QString notes;
    QJsonArray family;
    QString createtime;
    QString updatetime;

    // The identifier that names this customer best, in the API's priority
    // order, as {query parameter name, value}; empty when it has none.
    QPair<QString, QString> bestIdentifier() const;

    friend bool operator==(const WoowUpCustomer &a, const WoowUpCustomer &b);
    friend bool operator!=(const WoowUpCustomer &a, const WoowUpCustomer &b) { return !(a == b); }
};

using WoowUpCustomerList = QList<WoowUpCustomer>;
