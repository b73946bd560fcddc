#include "fieldproblems.h"

#include "fieldproblemlabel.h"

#include <QSet>

namespace {

// The visible line names at most this many problems; the tooltip names all.
constexpr int summaryLimit = 2;

} // namespace

void FieldProblems::addField(const QString &field, const QString &title, FieldProblemLabel *label)
{
    m_fields.insert(field, {title, label});
}

void FieldProblems::addAlias(const QString &alias, const QString &field)
{
    m_aliases.insert(alias, field);
}

void FieldProblems::addPrefix(const QString &prefix, const QString &titleFormat,
                              FieldProblemLabel *label,
                              std::function<QString(const QString &)> displayName)
{
    m_prefixes.append({prefix, titleFormat, label, std::move(displayName)});
}

QString FieldProblems::canonicalField(const QString &field) const
{
    const QString trimmed = field.trimmed();
    return m_aliases.value(trimmed, trimmed);
}

const FieldProblems::Prefix *FieldProblems::prefixFor(const QString &field) const
{
    for (const auto &prefix : m_prefixes) {
        if (field == prefix.prefix || field.startsWith(prefix.prefix + QLatin1Char('.')))
            return &prefix;
    }
    return nullptr;
}

bool FieldProblems::isKnownField(const QString &field) const
{
    const QString canonical = canonicalField(field);
    return m_fields.contains(canonical) || prefixFor(canonical);
}

QString FieldProblems::titleFor(const QString &field) const
{
    const QString canonical = canonicalField(field);
    if (const auto it = m_fields.constFind(canonical); it != m_fields.constEnd())
        return it->title;
    if (const Prefix *prefix = prefixFor(canonical)) {
        const QString name = canonical.mid(prefix->prefix.size() + 1);
        if (name.isEmpty())
            return prefix->titleFormat.arg(QString()).trimmed();
        return prefix->titleFormat.arg(prefix->displayName ? prefix->displayName(name) : name);
    }
    return canonical;
}

FieldProblemLabel *FieldProblems::labelFor(const QString &field) const
{
    const QString canonical = canonicalField(field);
    if (const auto it = m_fields.constFind(canonical); it != m_fields.constEnd())
        return it->label;
    if (const Prefix *prefix = prefixFor(canonical))
        return prefix->label;
    return m_general;
}

void FieldProblems::setIssues(const ValidationIssues &issues)
{
    m_issues = issues;
    refresh();
}

void FieldProblems::addServerError(const QString &field, const QString &message)
{
    const QString canonical = canonicalField(field);
    m_serverErrors.append({isKnownField(canonical) ? canonical : field.trimmed(),
                           ValidationIssue::Severity::Error, message});
    refresh();
}

void FieldProblems::clearServerErrors()
{
    if (m_serverErrors.isEmpty())
        return;
    m_serverErrors.clear();
    refresh();
}

void FieldProblems::clearServerErrors(const QString &field)
{
    const QString canonical = canonicalField(field);
    const QString children = canonical + QLatin1Char('.');
    const auto removed = m_serverErrors.removeIf([&](const ValidationIssue &issue) {
        return issue.field == canonical || issue.field.startsWith(children);
    });
    if (removed > 0)
        refresh();
}

QString FieldProblems::describe(const ValidationIssue &issue) const
{
    if (issue.field.isEmpty())
        return issue.message;
    return tr("%1: %2").arg(titleFor(issue.field), issue.message);
}

void FieldProblems::refresh()
{
    QHash<FieldProblemLabel *, ValidationIssues> shown;
    const auto route = [this, &shown](const ValidationIssue &issue) {
        FieldProblemLabel *label = labelFor(issue.field);
        if (!label)
            return;
        ValidationIssue display = issue;
        // A label that gathers several fields (the general line, the custom
        // attributes) must say which one each line is about.
        const bool ownLabel = m_fields.contains(canonicalField(issue.field));
        if (!ownLabel && !issue.field.isEmpty()) {
            const QString title = titleFor(issue.field);
            if (!issue.message.contains(title))
                display.message = describe(issue);
        }
        shown[label].append(display);
    };
    for (const auto &issue : std::as_const(m_issues))
        route(issue);
    for (const auto &issue : std::as_const(m_serverErrors))
        route(issue);

    QSet<FieldProblemLabel *> labels;
    for (const auto &target : std::as_const(m_fields))
        labels.insert(target.label);
    for (const auto &prefix : std::as_const(m_prefixes))
        labels.insert(prefix.label);
    if (m_general)
        labels.insert(m_general);
    for (FieldProblemLabel *label : std::as_const(labels)) {
        if (label)
            label->setIssues(shown.value(label));
    }
}

ValidationIssues FieldProblems::blockingIssues() const
{
    ValidationIssues errors;
    for (const auto &issue : m_issues) {
        if (issue.isError())
            errors.append(issue);
    }
    return errors;
}

QString FieldProblems::blockingSummary() const
{
    const ValidationIssues errors = blockingIssues();
    if (errors.isEmpty())
        return {};
    QStringList named;
    for (qsizetype i = 0; i < errors.size() && i < summaryLimit; ++i)
        named.append(describe(errors.at(i)));
    QString summary = tr("Fix %n problem(s) before saving: %1", "", int(errors.size()))
                          .arg(named.join(QLatin1Char(' ')));
    const int more = int(errors.size()) - summaryLimit;
    if (more > 0)
        summary = tr("%1 (and %n more)", "", more).arg(summary);
    return summary;
}

QString FieldProblems::blockingDetails() const
{
    const ValidationIssues errors = blockingIssues();
    if (errors.isEmpty())
        return {};
    QStringList lines;
    lines.append(tr("Fix %n problem(s) before saving:", "", int(errors.size())));
    for (const auto &issue : errors)
        lines.append(tr("• %1").arg(describe(issue)));
    return lines.join(QLatin1Char('\n'));
}
