#pragma once

#include <QDialog>
#include <QHash>

class ColumnMapping;
class QLineEdit;
struct ImportRow;

// Corrects one row of an import file in the check step: the row's problems
// and, for every column the mapping imports, its cell as an editable
// field, the cells with a problem marked and the first of them focused.
// Nothing is written into the file: changedCells() are handed to the
// session, which keeps them as overrides and checks the row again.
//
// Object names: "rowProblems", "cell<column>" (0-based file column).
class ImportRowDialog : public QDialog
{
    Q_OBJECT

public:
    ImportRowDialog(const ColumnMapping &mapping, const ImportRow &row,
                    const QList<int> &problemColumns, QWidget *parent = nullptr);

    // The cells whose text was changed: file column → new text.
    QHash<int, QString> changedCells() const;

private:
    QHash<int, QLineEdit *> m_edits;
    QHash<int, QString> m_original;
};
