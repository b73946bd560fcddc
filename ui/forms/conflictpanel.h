#pragma once

#include <QFrame>
#include <QStringList>

class QVBoxLayout;

// Fields the person changed that were changed otherwise on the server while
// the form was open: each with both values and a choice, "Keep mine" or
// "Use the server's". A row goes once chosen; the panel hides when none is
// left.
//
// Object names: "conflictPanel"; per field "conflict_<field>", with buttons
// "keepMine_<field>" and "useServer_<field>".
class ConflictPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    // title: the field as the form labels it; values as the person reads them.
    void addConflict(const QString &field, const QString &title, const QString &serverValue,
                     const QString &yourValue);
    void clear();
    QStringList fields() const { return m_fields; }

signals:
    void chosen(const QString &field, bool keepMine);

private:
    void remove(const QString &field, QWidget *row);

    QVBoxLayout *m_rows;
    QStringList m_fields;
};
