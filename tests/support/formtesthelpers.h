#pragma once

// Driving the forms the way a person does, for the widget tests.

#include "woowupcustomer.h"

#include <QComboBox>
#include <QDebug>
#include <QLineEdit>
#include <QStringList>
#include <QTest>

namespace FormTest {

// QTest::keyClicks only knows ASCII; "Pérez" needs the text of the key event.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Types into a line edit as a person would: select what is there, replace it.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        typeText(edit, text);
}

// Chooses an item of a closed combo with the arrow keys.
inline bool chooseItem(QComboBox *box, const QString &text)
{
    if (!box || box->findText(text) < 0)
        return false;
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != text; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentText() == text;
}

inline QString describeValue(const QVariant &value)
{
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

// Every field on its own line, so a failing comparison shows what differs.
inline QString describe(const WoowUpCustomer &c)
{
    const auto consent = [](const ChannelConsent &channel) {
        return QStringLiteral("%1/%2").arg(!channel.enabled       ? QStringLiteral("unset")
                                               : *channel.enabled ? QStringLiteral("on")
                                                                  : QStringLiteral("off"),
                                           channel.disabledReason);
    };
    const auto optional = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QStringLiteral("unset");
    };
    QStringList lines{
        QStringLiteral("serviceUid=") + c.serviceUid,
        QStringLiteral("email=") + c.email,
        QStringLiteral("document=") + c.document,
        QStringLiteral("documentType=") + c.documentType,
        QStringLiteral("telephone=") + c.telephone,
        QStringLiteral("firstName=") + c.firstName,
        QStringLiteral("lastName=") + c.lastName,
        QStringLiteral("birthdate=") + c.birthdate,
        QStringLiteral("gender=") + c.gender,
        QStringLiteral("street=") + c.street,
        QStringLiteral("postcode=") + c.postcode,
        QStringLiteral("city=") + c.city,
        QStringLiteral("department=") + c.department,
        QStringLiteral("state=") + c.state,
        QStringLiteral("country=") + c.country,
        QStringLiteral("maritalStatus=") + c.maritalStatus,
        QStringLiteral("tags=") + c.tags.join(QLatin1Char('|')),
        QStringLiteral("points=") + optional(c.points),
        QStringLiteral("club=") + c.clubInscriptionDate,
        QStringLiteral("mailing=") + consent(c.mailing),
        QStringLiteral("whatsapp=") + consent(c.whatsapp),
        QStringLiteral("sms=") + consent(c.sms),
        QStringLiteral("userappId=") + QString::number(c.userappId),
        QStringLiteral("userId=") + QString::number(c.userId),
        QStringLiteral("appId=") + QString::number(c.appId),
        QStringLiteral("pointsPending=") + optional(c.pointsPending),
        QStringLiteral("customform=") + describeValue(c.customform),
        QStringLiteral("blocked=") + (c.blocked ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("notes=") + c.notes,
        QStringLiteral("family size=") + QString::number(c.family.size()),
        QStringLiteral("createtime=") + c.createtime,
        QStringLiteral("updatetime=") + c.updatetime,
    };
    // Types included: 5 (qint64) and 5.0 (double) compare equal as QVariants.
    for (auto it = c.customAttributes.begin(); it != c.customAttributes.end(); ++it) {
        lines.append(
            QStringLiteral("custom %1 = %2 (%3)")
                .arg(it.key(), describeValue(it.value()), QLatin1String(it.value().typeName())));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace FormTest
