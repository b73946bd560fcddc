#pragma once

#include "woowupcustomer.h"

#include <array>
#include <optional>

struct ImportPlan;

// What an import sends for a NEW customer's channel (mailing, WhatsApp,
// SMS) when the file leaves its consent blank. WoowUp's create stores
// "can receive" for every channel it is not sent (the docs' create example
// answers "mailing_enabled": true), so a blank cell would be a consent
// nobody gave unless the person chooses: per channel, WoowUp's default
// (unset here), "can receive", or "can't receive" with a reason.
//
// Updates are never touched: a blank cell on an update is not sent, so the
// server keeps its value.
class ConsentDefaults
{
public:
    enum class Channel { Mailing, Whatsapp, Sms };
    static constexpr std::array<Channel, 3> channels{Channel::Mailing, Channel::Whatsapp,
                                                     Channel::Sms};

    // "mailing", "whatsapp", "sms": the API's prefix of the channel's fields.
    static QString key(Channel channel);
    static std::optional<Channel> channelFromKey(const QString &key);
    static ChannelConsent &consentOf(WoowUpCustomer &customer, Channel channel);
    static const ChannelConsent &consentOf(const WoowUpCustomer &customer, Channel channel);

    // Unset: WoowUp's own default ("can receive").
    const std::optional<ChannelConsent> &value(Channel channel) const;
    void set(Channel channel, const std::optional<ChannelConsent> &consent);
    bool isEmpty() const;

    // Gives every create of the plan whose channel is blank the chosen
    // default; a reason the file gives is kept.
    void apply(ImportPlan *plan) const;

    // Rows of the plan that will be created (or updated) with this
    // channel's consent blank in the file.
    static int blankCreates(const ImportPlan &plan, Channel channel);
    static int blankUpdates(const ImportPlan &plan, Channel channel);

private:
    std::array<std::optional<ChannelConsent>, 3> m_values;
};
