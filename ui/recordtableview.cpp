#include "recordtableview.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace {
constexpr int sampleRows = 100;
constexpr int maxColumnWidth = 320;
} // namespace

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    // Fixed row height: the view never measures rows, which keeps it fast.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setResizeContentsPrecision(sampleRows);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    sortByColumn(-1, Qt::AscendingOrder);

    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QMenu *menu = columnMenu();
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(horizontalHeader()->mapToGlobal(pos));
            });
    connect(this, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { emit activatedRow(index.row()); });
}

QMenu *RecordTableView::columnMenu()
{
    auto *menu = new QMenu(tr("Columns"), this);
    if (!model())
        return menu;
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            // Keep at least one column: a table with none looks empty, not configured.
            if (!visible
                && horizontalHeader()->count() - horizontalHeader()->hiddenSectionCount() <= 1)
                return;
            setColumnHidden(column, !visible);
        });
    }
    return menu;
}

void RecordTableView::sizeColumnsFromSample(bool force)
{
    if (!model() || (m_sized && !force) || model()->rowCount() == 0)
        return;
    m_sized = true;
    resizeColumnsToContents();
    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnWidth(column, qMin(columnWidth(column) + 12, maxColumnWidth));
}

QByteArray RecordTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool RecordTableView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    m_sized = true;
    return true;
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    const bool hasRow = currentIndex().isValid();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && hasRow) {
        emit activatedRow(currentIndex().row());
        return;
    }
    if (event->key() == Qt::Key_Delete && selectionModel() && selectionModel()->hasSelection()) {
        emit deleteRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), {}))
        selectRow(index.row());
    emit contextMenuRequestedAt(event->globalPos());
}
