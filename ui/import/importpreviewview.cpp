#include "importpreviewview.h"

#include "importpreviewmodel.h"

#include <QHeaderView>

ImportPreviewView::ImportPreviewView(ImportPreviewModel *model, QWidget *parent)
    : QTableView(parent)
{
    setModel(model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
}
