#pragma once

#include "validationissue.h"

#include <QLabel>

// The small line under a field that says what is wrong with it: errors in red,
// warnings in amber, hidden when there is nothing to say. Colour is not the only
// cue: warnings say so in words, so they read right in any theme.
class FieldProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldProblemLabel(QWidget *parent = nullptr);

    void setIssues(const ValidationIssues &issues);
    ValidationIssues issues() const { return m_issues; }
    bool hasError() const { return hasErrors(m_issues); }
    // The messages without markup, one per line, for tests and accessibility.
    QString plainText() const;

    static QColor errorColor();
    static QColor warningColor();

private:
    ValidationIssues m_issues;
};
