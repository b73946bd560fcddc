#pragma once

#include "woowupaccount.h"

#include <QDialog>

#include <functional>

class Account;
class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QLocale;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

// File → Export…: writes the table as shown (visible columns in the view's
// order, header text as displayed, rows in the view's order) to a CSV file
// or an .xlsx workbook: all loaded rows, only the selected ones, or (for a
// WoowUp account, whose table loads page by page) every customer in the
// account, paged from the server with progress and Cancel. CSV in UTF-8
// with or without a byte order mark, with the delimiter the system's Excel
// expects by default. The choices are remembered; the file is written on
// Export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx };
    enum class Rows { Loaded, Selected, Every };

    // suggestedName: the file's base name without extension, e.g. the account.
    ExportDialog(QTableView *view, const QString &suggestedName, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The account the table shows: offers "every customer in the account"
    // when its table loads page by page (WoowUp).
    void setAccount(Account *account);

    QString fileName() const;
    void setFileName(const QString &fileName);
    bool selectionOnly() const;
    Rows rows() const;
    void setRows(Rows rows);
    Format format() const;
    void setFormat(Format format);
    QChar delimiter() const;
    void setDelimiter(QChar delimiter);
    bool byteOrderMark() const;
    void setByteOrderMark(bool byteOrderMark);
    bool formulaGuard() const;
    void setFormulaGuard(bool formulaGuard);

    // Rows written by the last successful export.
    int exportedRowCount() const { return m_exportedRows; }
    // Loading every customer from the server (Export pressed with Rows::Every).
    bool isLoading() const { return bool(m_cancelLoad); }

    // Writes the loaded or selected rows now; false with a message in
    // *errorString on failure. With Rows::Every use accept(), which loads first.
    bool exportTable(QString *errorString);

    // Logical columns not hidden, in the order the header shows them.
    static QList<int> visibleColumns(const QTableView *view);
    // Selected rows in top-to-bottom order.
    static QList<int> selectedRows(const QTableView *view);
    // The delimiter Excel uses in that locale: ';' where the decimal
    // separator is a comma (Spanish, Russian, German…), else ','.
    static QChar excelDelimiter(const QLocale &locale);
    // Documents, created when missing; the home folder when it cannot be.
    static QString defaultDirectory();

    void accept() override;
    void reject() override;

signals:
    // Export with Rows::Every has ended: written, failed (message) or cancelled.
    void everyRowExportFinished(bool ok, const QString &message);

private:
    void browse();
    void formatChanged();
    void loadEverything();
    void everythingLoaded(const WoowUpAccount::Outcome &outcome,
                          const WoowUpCustomerList &customers);
    bool write(const QAbstractItemModel *model, const QList<int> &rows, QString *errorString);
    void finishEveryExport(bool ok, const QString &message);

    QTableView *m_view;
    Account *m_account = nullptr;
    QRadioButton *m_all;
    QRadioButton *m_selected;
    QRadioButton *m_every;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
    QLineEdit *m_file;
    QProgressBar *m_progress;
    QPushButton *m_exportButton = nullptr;
    std::function<void()> m_cancelLoad;
    int m_exportedRows = 0;
};
