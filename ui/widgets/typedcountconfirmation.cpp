#include "typedcountconfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

TypedCountConfirmation::TypedCountConfirmation(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QLabel(this))
    , m_typedCount(new QLineEdit(this))
{
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_typedCount);
    m_typedCount->setObjectName(QStringLiteral("typedCount"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_typedCount);
    connect(m_typedCount, &QLineEdit::textChanged, this, [this] {
        const bool confirmed = isConfirmed();
        if (confirmed != m_confirmed) {
            m_confirmed = confirmed;
            emit confirmedChanged(confirmed);
        }
    });
    m_prompt->setVisible(false);
    m_typedCount->setVisible(false);
}

void TypedCountConfirmation::setCount(int count)
{
    m_count = count;
    m_prompt->setText(tr("To confirm, type the number of records to delete (%1):").arg(count));
    {
        const QSignalBlocker blocker(m_typedCount);
        m_typedCount->clear();
    }
    m_prompt->setVisible(needsTyping(count));
    m_typedCount->setVisible(needsTyping(count));
    m_confirmed = isConfirmed();
    emit confirmedChanged(m_confirmed);
}

bool TypedCountConfirmation::isConfirmed() const
{
    return m_count > 0
        && (!needsTyping(m_count) || m_typedCount->text().trimmed() == QString::number(m_count));
}
