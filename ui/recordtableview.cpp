#include "recordtableview.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>

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

void RecordTableView::setEmptyText(const QString &text)
{
    if (m_emptyText == text)
        return;
    m_emptyText = text;
    viewport()->update();
}

void RecordTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const QRect area = viewport()->rect().adjusted(12, 24, -12, -12);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void RecordTableView::followFrom(QLineEdit *search)
{
    m_search = search;
    search->installEventFilter(this);
}

bool RecordTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            setFocus(Qt::OtherFocusReason);
            selectCurrentOrFirst();
            // Return still reaches the search box, which may search at once.
            return key == Qt::Key_Down;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void RecordTableView::selectCurrentOrFirst()
{
    if (!model() || model()->rowCount() == 0 || !selectionModel())
        return;
    if (selectionModel()->hasSelection())
        return;
    const QModelIndex current = currentIndex();
    selectAndShow(current.isValid() ? current.row() : 0);
}

void RecordTableView::selectAndShow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    // The column at the left edge, so that showing the row does not scroll sideways.
    const QModelIndex index = model()->index(row, qMax(0, horizontalHeader()->logicalIndexAt(0)));
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void RecordTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Tab into the table lands on a row the actions can act on.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        selectCurrentOrFirst();
}
