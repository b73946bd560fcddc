#include "consenteditor.h"

#include "consentreasons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace {

const char *const reasons[] = {"bounce", "unsubscribe", "spamreport", "dropped", "other"};

} // namespace

ConsentEditor::ConsentEditor(QWidget *parent)
    : QWidget(parent)
    , m_state(new QComboBox(this))
    , m_reasonLabel(new QLabel(tr("Reason:"), this))
    , m_reason(new QComboBox(this))
{
    m_state->setObjectName(QStringLiteral("consentState"));
    m_state->addItem(tr("Not set"), int(NotSet));
    m_state->addItem(tr("Can receive"), int(CanReceive));
    m_state->addItem(tr("Can't receive"), int(CannotReceive));
    m_state->setToolTip(
        tr("“Not set” sends nothing for this channel, so WoowUp keeps what it has."));

    m_reason->setObjectName(QStringLiteral("disabledReason"));
    m_reason->addItem(tr("—"), QString());
    m_reason->setItemData(0, tr("No reason given"), Qt::ToolTipRole);
    for (const char *reason : reasons) {
        const QString value = QLatin1String(reason);
        m_reason->addItem(reasonText(value), value);
    }
    m_reasonLabel->setBuddy(m_reason);
    // The state must be read whole; the reason takes what is left of the row,
    // which in half of the customer form is not much.
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ConsentEditor::stateChanged);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ConsentEditor::changed);
    updateReasonEnabled();
}

void ConsentEditor::setNotSetOffered(bool offered)
{
    const int index = m_state->findData(int(NotSet));
    if (offered && index < 0) {
        const QSignalBlocker blocker(m_state);
        m_state->insertItem(0, tr("Not set"), int(NotSet));
    } else if (!offered && index >= 0) {
        if (m_state->currentIndex() == index)
            m_state->setCurrentIndex(m_state->findData(int(CanReceive)));
        m_state->removeItem(m_state->findData(int(NotSet)));
    }
    m_state->setToolTip(offered
                            ? tr("“Not set” sends nothing for this channel, so WoowUp keeps what "
                                 "it has.")
                            : tr("WoowUp stores “Can receive” for a new customer unless you "
                                 "choose otherwise."));
}

QString ConsentEditor::reasonText(const QString &reason)
{
    return ConsentReasons::label(reason);
}

void ConsentEditor::selectReason(const QString &given)
{
    const QString reason = ConsentReasons::canonical(given);
    int index = m_reason->findData(reason);
    if (index < 0) {
        // A value this version does not know: show it as it is rather than
        // lose it on save.
        m_reason->addItem(reason, reason);
        index = m_reason->count() - 1;
    }
    m_reason->setCurrentIndex(index);
}

void ConsentEditor::setConsent(const ChannelConsent &consent)
{
    {
        const QSignalBlocker stateBlocker(m_state);
        const QSignalBlocker reasonBlocker(m_reason);
        State state = !consent.enabled ? NotSet : *consent.enabled ? CanReceive : CannotReceive;
        if (state == NotSet && m_state->findData(int(NotSet)) < 0)
            state = CanReceive; // WoowUp's own default, when "not set" is no choice
        m_state->setCurrentIndex(m_state->findData(int(state)));
        // The server may keep an old reason on a channel that is enabled again.
        // It can't be sent back (a reason is only valid for a disabled channel),
        // but it is offered again if the person disables the channel.
        if (state == CannotReceive) {
            selectReason(consent.disabledReason);
            m_parkedReason.clear();
        } else {
            m_reason->setCurrentIndex(0);
            m_parkedReason = consent.disabledReason;
        }
        updateReasonEnabled();
    }
    emit changed();
}

ChannelConsent ConsentEditor::consent() const
{
    ChannelConsent result;
    switch (State(m_state->currentData().toInt())) {
    case NotSet:
        break;
    case CanReceive:
        result.enabled = true;
        break;
    case CannotReceive:
        result.enabled = false;
        break;
    }
    if (result.enabled == false)
        result.disabledReason = m_reason->currentData().toString();
    return result;
}

void ConsentEditor::stateChanged()
{
    const QSignalBlocker blocker(m_reason);
    if (State(m_state->currentData().toInt()) == CannotReceive) {
        if (m_reason->currentData().toString().isEmpty() && !m_parkedReason.isEmpty())
            selectReason(m_parkedReason);
    } else {
        // A reason only means something for a disabled channel; one the person
        // left behind by switching the channel on must not be sent.
        const QString reason = m_reason->currentData().toString();
        if (!reason.isEmpty())
            m_parkedReason = reason;
        m_reason->setCurrentIndex(0);
    }
    updateReasonEnabled();
    emit changed();
}

void ConsentEditor::updateReasonEnabled()
{
    const bool disabled = State(m_state->currentData().toInt()) == CannotReceive;
    m_reason->setEnabled(disabled);
    m_reasonLabel->setEnabled(disabled);
}
