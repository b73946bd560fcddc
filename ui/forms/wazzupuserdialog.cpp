#include "wazzupuserdialog.h"

#include "fieldproblemlabel.h"
#include "formfields.h"
#include "wazzupvalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using FormFields::textOf;

WazzupUserDialog::WazzupUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_fields(new QWidget(this))
    , m_id(new QLineEdit(m_fields))
    , m_name(new QLineEdit(m_fields))
    , m_phone(new QLineEdit(m_fields))
    , m_status(new QLabel(this))
    , m_generalProblem(new FieldProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_saveButton(m_buttons->button(QDialogButtonBox::Save))
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

    auto *phoneHint = new QLabel(
        tr("Only needed for the Wazzup mobile app. International format, digits only."), m_fields);
    phoneHint->setWordWrap(true);
    phoneHint->setEnabled(false);
    form->addRow(QString(), phoneHint);

    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_generalProblem->setObjectName(QStringLiteral("generalProblem"));
    m_problems.setGeneralLabel(m_generalProblem);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addStretch();
    layout->addWidget(m_generalProblem);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_saveButton, &QPushButton::clicked, this, &WazzupUserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    m_problems.addField(field, FormFields::titleFromLabel(labelText), problem);

    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        m_problems.clearServerErrors(field);
        validate();
    });
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
    m_problems.clearServerErrors();
    (editing ? m_name : m_id)->setFocus(Qt::OtherFocusReason);
    validate();
}

WazzupUser WazzupUserDialog::user() const
{
    WazzupUser result = m_user;
    result.id = textOf(m_id);
    result.name = textOf(m_name);
    result.phone = textOf(m_phone);
    return result;
}

void WazzupUserDialog::validate()
{
    m_problems.setIssues(WazzupValidator::validate(user()));
    updateSaveState();
}

QString WazzupUserDialog::saveBlockedReason() const
{
    if (m_busy)
        return tr("Saving…");
    return m_problems.blockingSummary();
}

void WazzupUserDialog::updateSaveState()
{
    const QString summary = m_problems.blockingSummary();
    m_saveButton->setEnabled(!m_busy && summary.isEmpty());
    m_saveButton->setToolTip(m_busy ? tr("Saving…") : m_problems.blockingDetails());
    m_status->setText(m_busy ? tr("Saving…") : summary);
    m_status->setVisible(!m_status->text().isEmpty());
}

void WazzupUserDialog::save()
{
    if (m_busy || !m_problems.blockingSummary().isEmpty())
        return;
    emit saveRequested();
}

void WazzupUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    // A new attempt: what the server said about the last one no longer holds.
    if (busy)
        m_problems.clearServerErrors();
    m_fields->setEnabled(!busy);
    updateSaveState();
}

void WazzupUserDialog::showServerError(const QString &field, const QString &message)
{
    if (m_busy)
        setBusy(false);
    m_problems.addServerError(field, message);
    updateSaveState();
}
