#pragma once

#include "customattributedefinition.h"
#include "validationissue.h"

#include <QVariantMap>
#include <QWidget>

class FieldProblemLabel;
class QComboBox;
class QPushButton;
class QTableWidget;

// A customer's custom attributes as rows of name and value. "Add" offers the
// account's defined attributes and takes any other name too. Each value is
// edited the way its definition's type asks:
//   text -> QString, select -> QString (one of the options),
//   datetime -> QString "yyyy-MM-dd HH:mm:ss", checkbox -> bool,
//   number -> qint64 or double, list -> QStringList (typed comma-separated),
//   not defined -> QString (numbers stay text: nothing says they are numbers).
// An emptied number, date-time or choice is a null QVariant, which clears the
// attribute; text that does not parse as its type is returned as the QString
// typed, for the validator to name. A value the person did not touch is
// returned exactly as it was given.
//
// Object names: "newAttributeName" (the editable name box), "addAttribute",
// "attributeTable", "attributesProblem", and per row "value_<name>" (the value
// editor) and "remove_<name>".
class CustomAttributeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CustomAttributeEditor(QWidget *parent = nullptr);

    void setDefinitions(const CustomAttributeDefinitions &definitions);
    CustomAttributeDefinitions definitions() const { return m_definitions; }

    void setAttributes(const QVariantMap &attributes);
    QVariantMap attributes() const;

    // Adds a row for name (or goes to the row it already has) and returns the
    // value editor; nullptr when name is empty.
    QWidget *addAttribute(const QString &name);
    void removeAttribute(const QString &name);
    QStringList names() const;

    // Marks the rows whose "custom_attributes.<name>" has a problem; the
    // messages themselves go to problemLabel(), which the owner fills.
    void markIssues(const ValidationIssues &issues);
    FieldProblemLabel *problemLabel() const { return m_problem; }

    // "Label (name)" for a defined attribute, the name alone otherwise.
    QString displayName(const QString &name) const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Text, Select, DateTime, Checkbox, Number, List, Free };
    struct Row
    {
        QString name;
        Kind kind = Kind::Free;
        QStringList options; // for Select, to notice when they change
        QVariant original;
        bool hasOriginal = false; // came from setAttributes()
        bool dirty = false; // the person changed the value
        QWidget *editor = nullptr;
    };

    static Kind kindOf(const CustomAttributeDefinition *definition);
    static QString kindText(Kind kind);

    const CustomAttributeDefinition *definition(const QString &name) const;
    int rowOf(const QString &name) const;
    void insertRow(Row row, const QVariant &value);
    void setRowEditor(int index, const QVariant &value);
    void updateRowLabels(int index);
    void markDirty(const QString &name);
    QVariant valueOf(const Row &row) const;
    void addFromNameBox();
    void updateNameBox();
    void updateAddButton();

    CustomAttributeDefinitions m_definitions;
    QList<Row> m_rows;
    QTableWidget *m_table;
    QComboBox *m_nameBox;
    QPushButton *m_addButton;
    FieldProblemLabel *m_problem;
    bool m_loading = false;
};
