#pragma once

#include <QTableView>

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

signals:
    void activatedRow(int row);
    void deleteRequested();
    void contextMenuRequestedAt(const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool m_sized = false;
};
