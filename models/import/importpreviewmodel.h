#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// The preview table of the import dialog: a few rows of cells under
// headers that say, once a mapping is chosen, which field each column fills.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QStringList &headers, const QList<QStringList> &rows);
    void setHeaderLabels(const QStringList &labels);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_columns = 0;
};
