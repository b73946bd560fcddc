#include "fieldproblemlabel.h"

#include "statuscolors.h"

#include <QGuiApplication>
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

// From the application's palette, so they stay readable on a dark theme.
QColor FieldProblemLabel::errorColor()
{
    return StatusColors::error(QGuiApplication::palette());
}

QColor FieldProblemLabel::warningColor()
{
    return StatusColors::warning(QGuiApplication::palette());
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
