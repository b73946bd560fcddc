#pragma once

#include "woowupcustomer.h"

#include <QWidget>

class QComboBox;
class QLabel;

// Consent for one channel: whether the customer can receive it (or the record
// does not say), and why not when they can't. The reason is only active, and
// only part of consent(), when the channel is disabled: WoowUp refuses a reason
// for an enabled channel. A reason set aside that way comes back if the person
// disables the channel again.
//
// Child object names: "consentState" (the three-way choice) and
// "disabledReason".
class ConsentEditor : public QWidget
{
    Q_OBJECT

public:
    enum State { NotSet, CanReceive, CannotReceive };

    explicit ConsentEditor(QWidget *parent = nullptr);

    void setConsent(const ChannelConsent &consent);
    // Whether "Not set" is a choice. A new customer can't have it: WoowUp
    // stores "can receive" for a channel the create does not mention, so
    // the editor then starts at "Can receive" and says why.
    void setNotSetOffered(bool offered);
    ChannelConsent consent() const;

    QComboBox *stateBox() const { return m_state; }
    QComboBox *reasonBox() const { return m_reason; }

    // The reason as a support manager says it; the API value itself when unknown.
    static QString reasonText(const QString &reason);

signals:
    void changed();

private:
    void stateChanged();
    void selectReason(const QString &reason);
    void updateReasonEnabled();

    QComboBox *m_state;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    // The reason chosen before the channel was switched away from "can't
    // receive", so switching back does not make the person choose it again.
    QString m_parkedReason;
};
