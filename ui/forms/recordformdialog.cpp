#include "recordformdialog.h"

#include "fieldproblemlabel.h"
#include "growtofit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RecordFormDialog::RecordFormDialog(QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_status(new QLabel(this))
    , m_generalProblem(new FieldProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_saveButton(m_buttons->button(QDialogButtonBox::Save))
{
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_generalProblem->setObjectName(QStringLiteral("generalProblem"));
    m_problems.setGeneralLabel(m_generalProblem);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_layout->addWidget(m_generalProblem);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &RecordFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Problems and notes come and go while editing, and wrap.
    GrowToFit::install(this);
}

void RecordFormDialog::setFormArea(QWidget *area, QWidget *editable, int stretch)
{
    m_editable = editable;
    m_layout->insertWidget(0, area, stretch);
    if (stretch == 0)
        m_layout->insertStretch(1);
}

void RecordFormDialog::serverErrorShown(const QString &)
{ }

void RecordFormDialog::fieldEdited(const QString &field)
{
    m_problems.clearServerErrors(field);
    validate();
}

QString RecordFormDialog::saveBlockedReason() const
{
    if (m_busy)
        return m_busyText;
    return m_problems.blockingSummary();
}

void RecordFormDialog::updateSaveState()
{
    const QString summary = m_problems.blockingSummary();
    m_saveButton->setEnabled(!m_busy && summary.isEmpty());
    m_saveButton->setToolTip(m_busy ? m_busyText : m_problems.blockingDetails());
    m_status->setText(m_busy ? m_busyText : summary);
    m_status->setVisible(!m_status->text().isEmpty());
}

void RecordFormDialog::save()
{
    if (m_busy || !m_problems.blockingSummary().isEmpty())
        return;
    emit saveRequested();
}

void RecordFormDialog::setBusy(bool busy)
{
    setBusy(busy, tr("Saving…"));
}

void RecordFormDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_busyText = status;
    // A new attempt: what the server said about the last one no longer holds.
    if (busy)
        m_problems.clearServerErrors();
    if (m_editable)
        m_editable->setEnabled(!busy);
    updateSaveState();
}

void RecordFormDialog::showServerError(const QString &field, const QString &message)
{
    if (m_busy)
        setBusy(false);
    m_problems.addServerError(field, message);
    serverErrorShown(field);
    updateSaveState();
}

void RecordFormDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    askToDiscard();
}

void RecordFormDialog::askToDiscard()
{
    if (!m_discardQuestion) {
        m_discardQuestion = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                                            tr("Discard changes?"), QMessageBox::NoButton, this);
        m_discardQuestion->setObjectName(QStringLiteral("discardQuestion"));
        m_discardQuestion->setInformativeText(tr("What you changed in this form is not saved."));
        auto *discard =
            m_discardQuestion->addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardButton"));
        auto *keep = m_discardQuestion->addButton(tr("Keep editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        // Keeping is the safe answer, for Enter and for Esc alike.
        m_discardQuestion->setDefaultButton(keep);
        m_discardQuestion->setEscapeButton(keep);
        connect(m_discardQuestion, &QMessageBox::buttonClicked, this,
                [this, discard](QAbstractButton *clicked) {
                    if (clicked == discard)
                        QDialog::reject();
                });
    }
    m_discardQuestion->open();
}
