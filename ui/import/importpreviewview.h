#pragma once

#include <QTableView>

class ImportPreviewModel;

// The first rows of the file, read-only, as the file and mapping pages
// show them. Columns take the width of their header and cells (up to a
// limit), so that "Nombre → First name" and "Анна Иванова" are not cut
// while most of the dialog stays empty.
class ImportPreviewView : public QTableView
{
    Q_OBJECT

public:
    explicit ImportPreviewView(ImportPreviewModel *model, QWidget *parent = nullptr);

    static constexpr int maxColumnWidth = 320;

private:
    void fitColumns();
};
