#include "fieldproblemlabel.h"

#include <QStringList>

FieldProblemLabel::FieldProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long server message must wrap inside the form, never widen it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(120);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    setVisible(false);
}

QColor FieldProblemLabel::errorColor()
{
    return QColor(0xb0, 0x20, 0x20);
}

QColor FieldProblemLabel::warningColor()
{
    // Amber dark enough to read on a light window background.
    return QColor(0x9a, 0x5b, 0x00);
}

void FieldProblemLabel::setIssues(const ValidationIssues &issues)
{
    // Errors first: they are what stands between the person and Save.
    m_issues.clear();
    for (const auto &issue : issues) {
        if (issue.isError())
            m_issues.append(issue);
    }
    for (const auto &issue : issues) {
        if (!issue.isError())
            m_issues.append(issue);
    }

    QStringList lines;
    QStringList accessible;
    for (const auto &issue : std::as_const(m_issues)) {
        const QString text = issue.isError() ? issue.message : tr("Warning: %1").arg(issue.message);
        const QColor colour = issue.isError() ? errorColor() : warningColor();
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(colour.name(), text.toHtmlEscaped()));
        accessible.append(text);
    }
    setText(lines.join(QStringLiteral("<br>")));
    setAccessibleDescription(accessible.join(QLatin1Char('\n')));
    setVisible(!m_issues.isEmpty());
}

QString FieldProblemLabel::plainText() const
{
    QStringList messages;
    for (const auto &issue : m_issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}
