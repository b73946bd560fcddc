#include "importpreviewmodel.h"

#include "csvexport.h"
#include "wazzupvalidator.h"

void ImportPreviewModel::setRows(const QStringList &headers, const QList<QStringList> &rows,
                                 int firstNumber)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_firstNumber = firstNumber;
    m_phoneColumns.clear();
    m_columns = int(headers.size());
    for (const QStringList &row : rows)
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

void ImportPreviewModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void ImportPreviewModel::setMapping(const ColumnMapping &mapping)
{
    QSet<int> phones;
    if (mapping.service() == Service::Wazzup) {
        for (int column = 0; column < m_columns; ++column) {
            if (mapping.target(column) == QLatin1String("phone"))
                phones.insert(column);
        }
    }
    if (phones == m_phoneColumns)
        return;
    m_phoneColumns = phones;
    if (!m_rows.isEmpty() && m_columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString cell = m_rows.at(index.row()).value(index.column());
    if (!m_phoneColumns.contains(index.column()) || cell.trimmed().isEmpty())
        return cell;
    // As the row mapper reads it: trimmed, a formula guard taken off.
    const QString phone = WazzupValidator::normalizedPhone(CsvExport::unguarded(cell.trimmed()));
    if (role == Qt::DisplayRole)
        return phone.isEmpty() ? cell : phone;
    if (phone.isEmpty())
        return tr("“%1” is not a phone number Wazzup accepts: the row will be skipped.").arg(cell);
    return phone == cell ? cell : tr("In the file: %1").arg(cell);
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + m_firstNumber;
    return m_headers.value(section);
}
