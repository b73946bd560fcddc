#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QTableView;

// File → Export…: writes the table as shown (visible columns in the view's
// order, header text as displayed, rows in the view's order) to a CSV file,
// all loaded rows or only the selected ones, in UTF-8 with or without a byte
// order mark. The choices are remembered; the file is written on Export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // suggestedName: the file's base name without extension, e.g. the account.
    ExportDialog(QTableView *view, const QString &suggestedName, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    bool selectionOnly() const;
    bool byteOrderMark() const;
    void setByteOrderMark(bool byteOrderMark);
    bool formulaGuard() const;
    void setFormulaGuard(bool formulaGuard);

    // Rows written by the last successful export.
    int exportedRowCount() const { return m_exportedRows; }

    // Writes the file now; false with a message in *errorString on failure.
    bool exportTable(QString *errorString);

    // Logical columns not hidden, in the order the header shows them.
    static QList<int> visibleColumns(const QTableView *view);
    // Selected rows in top-to-bottom order.
    static QList<int> selectedRows(const QTableView *view);

    void accept() override;

private:
    void browse();

    QTableView *m_view;
    QRadioButton *m_all;
    QRadioButton *m_selected;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
    QLineEdit *m_file;
    int m_exportedRows = 0;
};
