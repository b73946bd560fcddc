#pragma once

#include <QTableView>

class QLineEdit;

// A table of records with the habits people expect: a column chooser on the
// header's context menu, columns sized from a sample of rows, Enter to edit,
// and a layout that can be saved and restored.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Sizes columns from the first rows only, so a 100,000-row table is as
    // quick as a 100-row one. Done once per model unless forced.
    void sizeColumnsFromSample(bool force = false);

    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);

    QMenu *columnMenu();

    // Said in the empty view instead of a blank table, e.g. "No customers
    // match “x”." Empty: nothing is said.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // Down, Enter or Return in the search box move into the results.
    void followFrom(QLineEdit *search);
    // Selects the current row, or the first one when there is none.
    void selectCurrentOrFirst();
    // Selects the row and shows it.
    void selectAndShow(int row);

signals:
    void activatedRow(int row);
    void deleteRequested();
    void contextMenuRequestedAt(const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_sized = false;
    QString m_emptyText;
    QLineEdit *m_search = nullptr;
};
