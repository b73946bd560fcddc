#pragma once

#include "woowupcustomer.h"

#include <QByteArray>

#include <optional>

// A WoowUpCustomer packed into one byte array: what a row of the customer
// table keeps. The record itself is ~700 bytes of QString, list and map
// headers before any text, and each non-empty string is one more allocation;
// packed, a typical shop's customer is one allocation of ~300 bytes (text as
// UTF-8, numbers as varints). The table reads the fields it shows straight
// from the bytes; unpack() rebuilds the whole record for whoever opens it.
class PackedCustomer
{
public:
    // The columns the table shows come first: reading a field skips the
    // ones before it.
    enum Text : quint8 {
        FirstName,
        LastName,
        Email,
        Telephone,
        Document,
        ServiceUid,
        City,
        Country,
        Birthdate,
        Createtime,
        DocumentType,
        Gender,
        Street,
        Postcode,
        Department,
        State,
        MaritalStatus,
        ClubInscriptionDate,
        MailingReason,
        WhatsAppReason,
        SmsReason,
        Notes,
        Updatetime,
        TextCount
    };
    enum Channel : quint8 { Mailing, WhatsApp, Sms };

    PackedCustomer() = default;
    explicit PackedCustomer(const WoowUpCustomer &customer);

    WoowUpCustomer unpack() const;

    qint64 userappId() const;
    std::optional<qint64> points() const;
    std::optional<bool> consent(Channel channel) const;
    QString text(Text field) const;
    QStringList tags() const;

    // Bytes the packed record holds (without the array's own header).
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};
