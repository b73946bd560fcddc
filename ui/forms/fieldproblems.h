#pragma once

#include "validationissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class FieldProblemLabel;

// Routes problems to the label next to the field they concern. Fields are the
// API's request names (ValidationIssue::field); the response spellings a server
// error may use are registered as aliases. Problems of unknown fields, and
// server errors naming no field, go to the general label.
//
// Client problems (from validation) decide whether Save is possible; server
// errors are only shown, since the person may well want to retry.
class FieldProblems
{
    Q_DECLARE_TR_FUNCTIONS(FieldProblems)

public:
    void setGeneralLabel(FieldProblemLabel *label) { m_general = label; }
    // title: what the person sees as the field's label, e.g. "E-mail".
    void addField(const QString &field, const QString &title, FieldProblemLabel *label);
    void addAlias(const QString &alias, const QString &field);
    // Every "<prefix>.<name>" field, e.g. "custom_attributes.edad". displayName
    // turns <name> into what the person knows it as.
    void addPrefix(const QString &prefix, const QString &titleFormat, FieldProblemLabel *label,
                   std::function<QString(const QString &)> displayName);

    // The request name for field, following aliases.
    QString canonicalField(const QString &field) const;
    bool isKnownField(const QString &field) const;
    QString titleFor(const QString &field) const;

    void setIssues(const ValidationIssues &issues);
    // Adds a server error; an empty field or one this form does not show goes
    // to the general label.
    void addServerError(const QString &field, const QString &message);
    void clearServerErrors();
    // Those about field and, for a prefix like "custom_attributes", its children.
    void clearServerErrors(const QString &field);

    ValidationIssues serverErrors() const { return m_serverErrors; }
    // Both, for highlighting; server errors count as errors here.
    ValidationIssues allIssues() const { return m_issues + m_serverErrors; }

    // Why Save is disabled, in one paragraph; empty when it is not.
    QString blockingSummary() const;
    // The same with every problem on its own line, for the Save tooltip.
    QString blockingDetails() const;

private:
    struct Target
    {
        QString title;
        FieldProblemLabel *label = nullptr;
    };
    struct Prefix
    {
        QString prefix;
        QString titleFormat;
        FieldProblemLabel *label = nullptr;
        std::function<QString(const QString &)> displayName;
    };

    const Prefix *prefixFor(const QString &field) const;
    FieldProblemLabel *labelFor(const QString &field) const;
    ValidationIssues blockingIssues() const;
    QString describe(const ValidationIssue &issue) const;
    void refresh();

    QHash<QString, Target> m_fields;
    QHash<QString, QString> m_aliases;
    QList<Prefix> m_prefixes;
    FieldProblemLabel *m_general = nullptr;
    ValidationIssues m_issues;
    ValidationIssues m_serverErrors;
};
