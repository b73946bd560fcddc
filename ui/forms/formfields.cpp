#include "formfields.h"

#include "fieldproblemlabel.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace FormFields {

QString titleFromLabel(QString labelText)
{
    labelText.remove(QLatin1Char('&'));
    labelText = labelText.trimmed();
    if (labelText.endsWith(QLatin1Char(':')))
        labelText.chop(1);
    return labelText.trimmed();
}

QString textOf(const QLineEdit *edit)
{
    return edit->isModified() ? edit->text().trimmed() : edit->text();
}

QWidget *withProblemLabel(QWidget *input, FieldProblemLabel *problem, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(problem);
    return cell;
}

} // namespace FormFields
