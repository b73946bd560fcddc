#include "customattributeeditor.h"

#include "fieldproblemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

enum Column { NameColumn, TypeColumn, ValueColumn, RemoveColumn, ColumnCount };

const QString attributePrefix = QStringLiteral("custom_attributes.");

// What a value looks like in a line edit.
QString displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1String(", "));
    case QMetaType::QVariantList: {
        QStringList items;
        for (const auto &item : value.toList())
            items.append(item.toString());
        return items.join(QLatin1String(", "));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

// Integers stay integers so that an "integer" attribute gets 5, not 5.0. The
// person's own locale is tried last, for "20,3".
QVariant parseNumber(const QString &text)
{
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return QVariant::fromValue(integer);
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (ok && std::isfinite(number))
        return number;
    return text;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

CustomAttributeEditor::CustomAttributeEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_nameBox(new QComboBox(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_problem(new FieldProblemLabel(this))
{
    m_table->setObjectName(QStringLiteral("attributeTable"));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("Type"), tr("Value"), QString()});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    header->resizeSection(NameColumn, 260);
    m_table->setMinimumHeight(130);

    m_nameBox->setObjectName(QStringLiteral("newAttributeName"));
    m_nameBox->setEditable(true);
    m_nameBox->setInsertPolicy(QComboBox::NoInsert);
    m_nameBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nameBox->setMinimumContentsLength(24);
    m_nameBox->lineEdit()->setPlaceholderText(tr("Choose an attribute or type a new name"));
    m_nameBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_nameBox->completer()->setFilterMode(Qt::MatchContains);
    m_nameBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_nameBox->lineEdit()->installEventFilter(this);
    m_addButton->setObjectName(QStringLiteral("addAttribute"));
    m_addButton->setAutoDefault(false);
    m_problem->setObjectName(QStringLiteral("attributesProblem"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_nameBox, 1);
    addRow->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Adding first: the table may be cut off in a short window, the way in must not.
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);

    connect(m_addButton, &QPushButton::clicked, this, &CustomAttributeEditor::addFromNameBox);
    connect(m_nameBox, &QComboBox::editTextChanged, this, &CustomAttributeEditor::updateAddButton);
    // Picking a defined attribute from the list is the whole choice: add it.
    connect(m_nameBox, &QComboBox::activated, this, [this] {
        QMetaObject::invokeMethod(this, &CustomAttributeEditor::addFromNameBox,
                                  Qt::QueuedConnection);
    });
    updateNameBox();
}

bool CustomAttributeEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the name box adds the attribute; without this the dialog would
    // take it as a press of its default button, Save.
    if (watched == m_nameBox->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addFromNameBox();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

CustomAttributeEditor::Kind
CustomAttributeEditor::kindOf(const CustomAttributeDefinition *definition)
{
    if (!definition)
        return Kind::Free;
    switch (definition->valueKind()) {
    case CustomAttributeDefinition::ValueKind::Select:
        return Kind::Select;
    case CustomAttributeDefinition::ValueKind::DateTime:
        return Kind::DateTime;
    case CustomAttributeDefinition::ValueKind::Boolean:
        return Kind::Checkbox;
    case CustomAttributeDefinition::ValueKind::Number:
        return Kind::Number;
    case CustomAttributeDefinition::ValueKind::List:
        return Kind::List;
    case CustomAttributeDefinition::ValueKind::Text:
        break;
    }
    return Kind::Text;
}

QString CustomAttributeEditor::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return tr("Text");
    case Kind::Select:
        return tr("Choice");
    case Kind::DateTime:
        return tr("Date and time");
    case Kind::Checkbox:
        return tr("Yes or no");
    case Kind::Number:
        return tr("Number");
    case Kind::List:
        return tr("List");
    case Kind::Free:
        break;
    }
    return tr("Not defined");
}

const CustomAttributeDefinition *CustomAttributeEditor::definition(const QString &name) const
{
    for (const auto &candidate : m_definitions) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QString CustomAttributeEditor::displayName(const QString &name) const
{
    const CustomAttributeDefinition *defined = definition(name);
    if (!defined || defined->label.isEmpty() || defined->label == name)
        return name;
    return tr("%1 (%2)").arg(defined->label, name);
}

int CustomAttributeEditor::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList CustomAttributeEditor::names() const
{
    QStringList result;
    for (const auto &row : m_rows)
        result.append(row.name);
    return result;
}

void CustomAttributeEditor::setDefinitions(const CustomAttributeDefinitions &definitions)
{
    m_definitions = definitions;
    // Definitions usually arrive after the form opened: retype the rows whose
    // editor no longer fits, keeping what the person typed.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const CustomAttributeDefinition *defined = definition(row.name);
        const Kind kind = kindOf(defined);
        const QStringList options = defined ? defined->options : QStringList();
        if (kind != row.kind || (kind == Kind::Select && options != row.options)) {
            const QVariant value = row.dirty || !row.hasOriginal ? valueOf(row) : row.original;
            setRowEditor(i, value);
        }
        updateRowLabels(i);
    }
    updateNameBox();
    emit changed();
}

void CustomAttributeEditor::setAttributes(const QVariantMap &attributes)
{
    m_loading = true;
    m_table->setRowCount(0);
    m_rows.clear();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        Row row;
        row.name = it.key();
        row.original = it.value();
        row.hasOriginal = true;
        insertRow(row, it.value());
    }
    m_loading = false;
    updateNameBox();
    emit changed();
}

QVariantMap CustomAttributeEditor::attributes() const
{
    QVariantMap result;
    for (const auto &row : m_rows)
        result.insert(row.name, valueOf(row));
    return result;
}

QWidget *CustomAttributeEditor::addAttribute(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    int index = rowOf(trimmed);
    if (index < 0) {
        Row row;
        row.name = trimmed;
        row.dirty = true; // a new value is the person's, whatever its editor shows
        insertRow(row, QVariant());
        index = int(m_rows.size()) - 1;
        updateNameBox();
        emit changed();
    }
    QWidget *editor = m_rows.at(index).editor;
    m_table->scrollTo(m_table->model()->index(index, ValueColumn));
    editor->setFocus(Qt::OtherFocusReason);
    return editor;
}

void CustomAttributeEditor::removeAttribute(const QString &name)
{
    const int index = rowOf(name);
    if (index < 0)
        return;
    m_table->removeRow(index);
    m_rows.removeAt(index);
    updateNameBox();
    emit changed();
}

void CustomAttributeEditor::insertRow(Row row, const QVariant &value)
{
    const int index = m_table->rowCount();
    m_table->insertRow(index);
    m_table->setItem(index, NameColumn, new QTableWidgetItem);
    m_table->setItem(index, TypeColumn, new QTableWidgetItem);

    auto *remove = new QToolButton(m_table);
    remove->setObjectName(QStringLiteral("remove_") + row.name);
    remove->setText(tr("Clear"));
    remove->setToolTip(tr("Clear this attribute's value on the customer: saving sends an empty "
                          "value for it"));
    remove->setAutoRaise(true);
    const QString name = row.name;
    connect(remove, &QToolButton::clicked, this, [this, name] { removeAttribute(name); });
    m_table->setCellWidget(index, RemoveColumn, remove);

    m_rows.append(row);
    setRowEditor(index, value);
    updateRowLabels(index);
}

void CustomAttributeEditor::updateRowLabels(int index)
{
    const Row &row = m_rows.at(index);
    QTableWidgetItem *nameItem = m_table->item(index, NameColumn);
    nameItem->setText(displayName(row.name));
    nameItem->setData(Qt::UserRole, row.name);
    nameItem->setToolTip(displayName(row.name));
    QFont font = m_table->font();
    font.setItalic(row.kind == Kind::Free);
    nameItem->setFont(font);

    const CustomAttributeDefinition *defined = definition(row.name);
    QString type = kindText(row.kind);
    // An unknown field type is shown as the server names it.
    if (defined && row.kind == Kind::Text && !defined->fieldType.isEmpty()
        && defined->fieldType.toLower() != QLatin1String("text")
        && defined->fieldType.toLower() != QLatin1String("select")) {
        type = defined->fieldType;
    }
    QTableWidgetItem *typeItem = m_table->item(index, TypeColumn);
    typeItem->setText(type);
    typeItem->setToolTip(row.kind == Kind::Free && !m_definitions.isEmpty()
                             ? tr("This account does not define this attribute.")
                             : QString());
}

void CustomAttributeEditor::markDirty(const QString &name)
{
    if (m_loading)
        return;
    const int index = rowOf(name);
    if (index >= 0)
        m_rows[index].dirty = true;
    emit changed();
}

void CustomAttributeEditor::setRowEditor(int index, const QVariant &value)
{
    Row &row = m_rows[index];
    const CustomAttributeDefinition *defined = definition(row.name);
    row.kind = kindOf(defined);
    row.options = defined ? defined->options : QStringList();
    const QString name = row.name;
    const QString objectName = QStringLiteral("value_") + name;
    const bool wasLoading = m_loading;
    m_loading = true;

    QWidget *editor = nullptr;
    switch (row.kind) {
    case Kind::Select: {
        auto *box = new QComboBox(m_table);
        box->addItem(tr("— choose —"), QString());
        for (const auto &option : std::as_const(row.options))
            box->addItem(option, option);
        const QString current = displayText(value);
        int selected = value.isValid() ? box->findData(current) : 0;
        if (selected < 0) {
            // Not one of the options: kept and shown, so the validator can say so.
            box->addItem(current, current);
            selected = box->count() - 1;
        }
        box->setCurrentIndex(selected);
        connect(box, &QComboBox::currentIndexChanged, this, [this, name] { markDirty(name); });
        editor = box;
        break;
    }
    case Kind::Checkbox: {
        auto *check = new QCheckBox(tr("Yes"), m_table);
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, [this, name] { markDirty(name); });
        editor = check;
        break;
    }
    case Kind::Text:
    case Kind::DateTime:
    case Kind::Number:
    case Kind::List:
    case Kind::Free: {
        auto *edit = new QLineEdit(displayText(value), m_table);
        if (row.kind == Kind::DateTime) {
            edit->setPlaceholderText(tr("yyyy-mm-dd hh:mm:ss"));
            edit->setToolTip(tr("A date like 2017-08-03, or a date and time like "
                                "2017-08-03 14:00:00. Leave it empty to clear the value."));
        } else if (row.kind == Kind::Number) {
            edit->setPlaceholderText(tr("e.g. 5 or 20.3"));
            edit->setToolTip(tr("Leave it empty to clear the value."));
        } else if (row.kind == Kind::List) {
            edit->setPlaceholderText(tr("values separated by commas"));
        }
        connect(edit, &QLineEdit::textEdited, this, [this, name] { markDirty(name); });
        editor = edit;
        break;
    }
    }
    editor->setObjectName(objectName);
    editor->setAccessibleName(displayName(name));
    // Replacing a cell widget deletes the old one.
    m_table->setCellWidget(index, ValueColumn, editor);
    row.editor = editor;
    m_loading = wasLoading;
}

QVariant CustomAttributeEditor::valueOf(const Row &row) const
{
    if (row.hasOriginal && !row.dirty)
        return row.original;
    switch (row.kind) {
    case Kind::Select: {
        const QString value = static_cast<QComboBox *>(row.editor)->currentData().toString();
        return value.isEmpty() ? QVariant() : QVariant(value);
    }
    case Kind::Checkbox:
        return static_cast<QCheckBox *>(row.editor)->isChecked();
    case Kind::Text:
    case Kind::Free:
        return static_cast<QLineEdit *>(row.editor)->text().trimmed();
    case Kind::DateTime:
    case Kind::Number:
    case Kind::List:
        break;
    }
    const QString text = static_cast<QLineEdit *>(row.editor)->text().trimmed();
    if (row.kind == Kind::List)
        return splitList(text);
    if (text.isEmpty())
        return {};
    return row.kind == Kind::Number ? parseNumber(text) : QVariant(text);
}

void CustomAttributeEditor::markIssues(const ValidationIssues &issues)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString field = attributePrefix + m_rows.at(i).name;
        QStringList messages;
        bool error = false;
        for (const auto &issue : issues) {
            if (issue.field == field) {
                messages.append(issue.message);
                error = error || issue.isError();
            }
        }
        QTableWidgetItem *nameItem = m_table->item(i, NameColumn);
        if (messages.isEmpty()) {
            nameItem->setData(Qt::ForegroundRole, QVariant());
        } else {
            nameItem->setForeground(error ? FieldProblemLabel::errorColor()
                                          : FieldProblemLabel::warningColor());
        }
        const QString tip = messages.join(QLatin1Char('\n'));
        nameItem->setToolTip(tip.isEmpty() ? displayName(m_rows.at(i).name) : tip);
        m_rows.at(i).editor->setToolTip(tip);
    }
}

void CustomAttributeEditor::updateNameBox()
{
    const QString typed = m_nameBox->currentText();
    m_nameBox->blockSignals(true);
    m_nameBox->clear();
    for (const auto &defined : std::as_const(m_definitions)) {
        if (rowOf(defined.name) < 0)
            m_nameBox->addItem(displayName(defined.name), defined.name);
    }
    m_nameBox->setCurrentIndex(-1);
    m_nameBox->setEditText(typed);
    m_nameBox->blockSignals(false);
    updateAddButton();
}

void CustomAttributeEditor::updateAddButton()
{
    m_addButton->setEnabled(!m_nameBox->currentText().trimmed().isEmpty());
}

void CustomAttributeEditor::addFromNameBox()
{
    const QString typed = m_nameBox->currentText().trimmed();
    if (typed.isEmpty())
        return;
    // What the list shows, a defined name, or a defined label; anything else
    // is a name of the person's own.
    QString name = typed;
    const int index = m_nameBox->findText(typed);
    if (index >= 0) {
        name = m_nameBox->itemData(index).toString();
    } else {
        for (const auto &defined : std::as_const(m_definitions)) {
            if (defined.name == typed || defined.label.compare(typed, Qt::CaseInsensitive) == 0) {
                name = defined.name;
                break;
            }
        }
    }
    m_nameBox->setEditText(QString());
    addAttribute(name);
}
