#include "wazzupuserdialog.h"

#include "fieldproblemlabel.h"
#include "formfields.h"
#include "wazzupvalidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using FormFields::textOf;

WazzupUserDialog::WazzupUserDialog(QWidget *parent)
    : RecordFormDialog(parent)
    , m_fields(new QWidget(this))
    , m_id(new QLineEdit(m_fields))
    , m_name(new QLineEdit(m_fields))
    , m_phone(new QLineEdit(m_fields))
    , m_phoneNote(new QLabel(m_fields))
{
    setWindowTitle(tr("Employee"));
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setPlaceholderText(tr("The CRM's ID for this employee"));
    m_name->setObjectName(QStringLiteral("name"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 79261234567 (optional)"));

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, tr("&ID:"), m_id, QStringLiteral("id"));
    addField(form, tr("&Name:"), m_name, QStringLiteral("name"));
    addField(form, tr("&Phone:"), m_phone, QStringLiteral("phone"));

    m_phoneHint = new QLabel(m_fields);
    m_phoneHint->setObjectName(QStringLiteral("phoneHint"));
    m_phoneHint->setWordWrap(true);
    m_phoneHint->setEnabled(false);
    form->addRow(QString(), m_phoneHint);
    m_phoneNote->setObjectName(QStringLiteral("phoneNote"));
    m_phoneNote->setWordWrap(true);
    m_phoneNote->setText(tr("Saving removes this employee’s phone from Wazzup."));
    m_phoneNote->setVisible(false);
    form->addRow(QString(), m_phoneNote);
    connect(m_phone, &QLineEdit::textChanged, this, &WazzupUserDialog::updatePhoneNote);

    setFormArea(m_fields, m_fields, 0);
    setMinimumWidth(480);
    validate();
}

void WazzupUserDialog::addField(QFormLayout *form, const QString &labelText, QLineEdit *edit,
                                const QString &field)
{
    auto *problem = new FieldProblemLabel(m_fields);
    problem->setObjectName(field + QStringLiteral("Problem"));
    auto *label = new QLabel(labelText, m_fields);
    label->setBuddy(edit);
    form->addRow(label, FormFields::withProblemLabel(edit, problem, m_fields));
    problems().addField(field, FormFields::titleFromLabel(labelText), problem);

    connect(edit, &QLineEdit::textChanged, this, [this, field] { fieldEdited(field); });
}

void WazzupUserDialog::setUser(const WazzupUser &user, bool editing)
{
    m_user = user;
    m_editing = editing;
    m_id->setText(user.id);
    m_name->setText(user.name);
    m_phone->setText(user.phone);
    m_id->setReadOnly(editing);
    m_id->setToolTip(editing ? tr("Wazzup knows the employee by this ID, so it can't be changed.")
                             : QString());
    problems().clearServerErrors();
    (editing ? m_name : m_id)->setFocus(Qt::OtherFocusReason);
    updatePhoneNote();
    validate();
}

void WazzupUserDialog::updatePhoneNote()
{
    // Clearing is the one way to remove a phone: say so, so it is never a
    // surprise.
    m_phoneNote->setVisible(m_editing && !m_user.phone.isEmpty() && textOf(m_phone).isEmpty());
}

WazzupUser WazzupUserDialog::user() const
{
    WazzupUser result = m_user;
    result.id = textOf(m_id);
    result.name = textOf(m_name);
    const QString typed = textOf(m_phone);
    const QString normalized = WazzupValidator::normalizedPhone(typed);
    result.phone = normalized.isEmpty() ? typed : normalized;
    return result;
}

void WazzupUserDialog::validate()
{
    // What will be sent, when it is not what was typed.
    const QString phone = user().phone;
    m_phoneHint->setText(!phone.isEmpty() && phone != textOf(m_phone)
                             ? tr("Saved as %1, the international format Wazzup keeps.").arg(phone)
                             : tr("Only needed for the Wazzup mobile app. International format, "
                                  "digits only."));
    problems().setIssues(WazzupValidator::validate(user()));
    updateSaveState();
}

bool WazzupUserDialog::hasChanges() const
{
    return user() != m_user;
}
