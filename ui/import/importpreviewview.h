#pragma once

#include <QTableView>

class ImportPreviewModel;

// The first rows of the file, read-only, as the file and mapping pages
// show them.
class ImportPreviewView : public QTableView
{
    Q_OBJECT

public:
    explicit ImportPreviewView(ImportPreviewModel *model, QWidget *parent = nullptr);
};
