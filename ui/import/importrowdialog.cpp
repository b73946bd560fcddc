#include "importrowdialog.h"

#include "columnmapping.h"
#include "fieldsynonyms.h"
#include "importrow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ImportRowDialog::ImportRowDialog(const ColumnMapping &mapping, const ImportRow &row,
                                 const QList<int> &problemColumns, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Correct row %1").arg(row.number));
    auto *layout = new QVBoxLayout(this);
    auto *problems = new QLabel(this);
    problems->setObjectName(QStringLiteral("rowProblems"));
    problems->setWordWrap(true);
    problems->setTextFormat(Qt::PlainText);
    problems->setText(row.action == ImportRow::Action::Invalid ? row.error : QString());
    problems->setVisible(!problems->text().isEmpty());
    layout->addWidget(problems);

    auto *form = new QFormLayout;
    // Long headers go above their cell instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QLineEdit *firstProblem = nullptr;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString field = mapping.target(column);
        if (field.isEmpty())
            continue; // not imported: correcting it changes nothing
        const QString text = row.cells.value(column);
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QStringLiteral("cell%1").arg(column));
        if (problemColumns.contains(column)) {
            // Marked where the problem is, with the problem on the mark.
            QAction *mark = edit->addAction(warning, QLineEdit::TrailingPosition);
            mark->setToolTip(row.error);
            if (!firstProblem)
                firstProblem = edit;
        }
        const QString header = mapping.headers().value(column);
        auto *label = new QLabel(tr("%1 → %2:").arg(header, FieldSynonyms::label(field)), this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_edits.insert(column, edit);
        m_original.insert(column, text);
    }
    layout->addLayout(form);
    auto *note = new QLabel(tr("The file is not changed: the corrections are kept with this "
                               "import and sent with it."),
                            this);
    note->setObjectName(QStringLiteral("rowNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (firstProblem) {
        firstProblem->setFocus();
        firstProblem->selectAll();
    }
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

QHash<int, QString> ImportRowDialog::changedCells() const
{
    QHash<int, QString> changed;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        if (it.value()->text() != m_original.value(it.key()))
            changed.insert(it.key(), it.value()->text());
    }
    return changed;
}
