#include "deleteconfirmdialog.h"

#include "typedcountconfirmation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DeleteConfirmDialog::DeleteConfirmDialog(QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(this))
    , m_note(new QLabel(this))
    , m_names(new QLabel(this))
    , m_typedCount(new TypedCountConfirmation(this))
{
    setWindowTitle(tr("Delete records"));
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_names->setTextFormat(Qt::PlainText);
    m_names->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("restoreNote"));
    m_note->setText(tr("A copy of each record is kept on this computer first, so that you can "
                       "restore it later from “Recently deleted…”."));
    m_note->setWordWrap(true);
    m_typedCount->setObjectName(QStringLiteral("typedCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typedCount, &TypedCountConfirmation::confirmedChanged, m_deleteButton,
            &QPushButton::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_names);
    layout->addWidget(m_note);
    layout->addWidget(m_typedCount);
    layout->addWidget(buttons);
}

void DeleteConfirmDialog::setRestoreNote(const QString &note)
{
    m_note->setText(note);
}

void DeleteConfirmDialog::setRecords(const QString &question, const QStringList &names, int count)
{
    m_question->setText(question);
    QStringList lines;
    for (const QString &name : names.mid(0, namesShown))
        lines.append(tr("• %1").arg(name));
    if (count > namesShown)
        lines.append(
            tr("…and %n more.", "", count - int(qMin<qsizetype>(names.size(), namesShown))));
    m_names->setText(lines.join(QLatin1Char('\n')));
    m_typedCount->setCount(count);
}
