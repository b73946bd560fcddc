#include "importpreviewview.h"

#include "importpreviewmodel.h"

#include <QHeaderView>
#include <QTimer>

ImportPreviewView::ImportPreviewView(ImportPreviewModel *model, QWidget *parent)
    : QTableView(parent)
{
    setModel(model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The model is reset for each file and delimiter, its header changes
    // with the mapping: fit once the change is complete.
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    fit->setInterval(0);
    connect(fit, &QTimer::timeout, this, &ImportPreviewView::fitColumns);
    const auto later = [fit] {
        fit->start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
}

void ImportPreviewView::fitColumns()
{
    resizeColumnsToContents();
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        if (columnWidth(column) > maxColumnWidth)
            setColumnWidth(column, maxColumnWidth);
    }
}
