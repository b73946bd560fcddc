#pragma once

#include <QString>

class FieldProblemLabel;
class QLineEdit;
class QWidget;

// What both dialogs do the same way with their fields.
namespace FormFields {

// A form label without its mnemonic and colon ("&E-mail:" -> "E-mail"): how
// problems name the field, so the person recognises it.
QString titleFromLabel(QString labelText);

// Text the person typed, trimmed; text loaded into the form and left alone
// comes back exactly as it was, so opening and saving a record never changes
// it behind the person's back.
QString textOf(const QLineEdit *edit);

// The input with its problem label right under it, as one form cell. Hidden
// labels take no room.
QWidget *withProblemLabel(QWidget *input, FieldProblemLabel *problem, QWidget *parent);

} // namespace FormFields
