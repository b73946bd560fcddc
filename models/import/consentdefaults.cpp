#include "consentdefaults.h"

#include "importplan.h"

namespace {

int blankRows(const ImportPlan &plan, ConsentDefaults::Channel channel, ImportRow::Action action)
{
    // The rows keep which channels their cells give (no record is made).
    const quint8 bit = quint8(1 << int(channel));
    int count = 0;
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        if (plan.rows.action(i) == action && !(plan.rows.consentGiven(i) & bit))
            ++count;
    }
    return count;
}

} // namespace

QString ConsentDefaults::key(Channel channel)
{
    switch (channel) {
    case Channel::Mailing:
        return QStringLiteral("mailing");
    case Channel::Whatsapp:
        return QStringLiteral("whatsapp");
    case Channel::Sms:
        return QStringLiteral("sms");
    }
    return QString();
}

std::optional<ConsentDefaults::Channel> ConsentDefaults::channelFromKey(const QString &key)
{
    for (const Channel channel : channels) {
        if (ConsentDefaults::key(channel) == key)
            return channel;
    }
    return std::nullopt;
}

ChannelConsent &ConsentDefaults::consentOf(WoowUpCustomer &customer, Channel channel)
{
    switch (channel) {
    case Channel::Mailing:
        return customer.mailing;
    case Channel::Whatsapp:
        return customer.whatsapp;
    case Channel::Sms:
        break;
    }
    return customer.sms;
}

const ChannelConsent &ConsentDefaults::consentOf(const WoowUpCustomer &customer, Channel channel)
{
    return consentOf(const_cast<WoowUpCustomer &>(customer), channel);
}

const std::optional<ChannelConsent> &ConsentDefaults::value(Channel channel) const
{
    return m_values.at(size_t(channel));
}

void ConsentDefaults::set(Channel channel, const std::optional<ChannelConsent> &consent)
{
    m_values[size_t(channel)] = consent;
}

bool ConsentDefaults::isEmpty() const
{
    for (const auto &value : m_values) {
        if (value)
            return false;
    }
    return true;
}

void ConsentDefaults::apply(ImportPlan *plan) const
{
    if (isEmpty())
        return;
    for (qsizetype i = 0; i < plan->rows.size(); ++i) {
        if (plan->rows.action(i) != ImportRow::Action::Create)
            continue;
        ImportRow row = plan->rows.at(i);
        bool changed = false;
        for (const Channel channel : channels) {
            const std::optional<ChannelConsent> &chosen = value(channel);
            ChannelConsent &consent = consentOf(row.customer, channel);
            if (!chosen || !chosen->enabled || consent.enabled.has_value())
                continue;
            consent.enabled = chosen->enabled;
            changed = true;
            if (!*chosen->enabled)
                consent.disabledReason = consent.disabledReason.isEmpty() ? chosen->disabledReason
                                                                          : consent.disabledReason;
            else
                consent.disabledReason.clear();
        }
        if (changed)
            plan->rows.replace(i, row);
    }
}

int ConsentDefaults::blankCreates(const ImportPlan &plan, Channel channel)
{
    return blankRows(plan, channel, ImportRow::Action::Create);
}

int ConsentDefaults::blankUpdates(const ImportPlan &plan, Channel channel)
{
    return blankRows(plan, channel, ImportRow::Action::Update);
}
