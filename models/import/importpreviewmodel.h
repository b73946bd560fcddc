#pragma once

#include "columnmapping.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

// The preview table of the import dialog: a few rows of cells under
// headers that say, once a mapping is chosen, which field each column fills.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Rows as read; cells shown as they are until setMapping(). Rows are
    // numbered as a spreadsheet shows the file, from firstNumber (2 after a
    // header row): the number the check step's messages use.
    void setRows(const QStringList &headers, const QList<QStringList> &rows, int firstNumber = 1);
    void setHeaderLabels(const QStringList &labels);
    // Cells of a Wazzup phone column are then shown as they will be sent
    // (the form's and the import's rule, WazzupValidator::normalizedPhone),
    // with the file's text in the tooltip; a phone that cannot be sent keeps
    // its text, and its tooltip says the row will be skipped.
    void setMapping(const ColumnMapping &mapping);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_firstNumber = 1;
    int m_columns = 0;
    QSet<int> m_phoneColumns;
};
