#include "wazzupusertablemodel.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

WazzupUserTableModel::WazzupUserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WazzupUserTableModel::setUsers(const WazzupUserList &users)
{
    beginResetModel();
    m_users = users;
    // The list carries no phones: keep the ones read from the server, so
    // that a refresh does not make every phone look gone.
    for (WazzupUser &user : m_users) {
        if (user.phone.isEmpty())
            user.phone = m_readPhones.value(user.id);
    }
    endResetModel();
}

int WazzupUserTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

void WazzupUserTableModel::upsertUser(const WazzupUser &user)
{
    m_readPhones.insert(user.id, user.phone);
    const int row = rowOf(user.id);
    if (row >= 0) {
        m_users[row] = user;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto at = std::lower_bound(m_users.begin(), m_users.end(), user,
                                     [&](const WazzupUser &a, const WazzupUser &b) {
                                         return collator.compare(a.name, b.name) < 0;
                                     });
    const int insertRow = int(at - m_users.begin());
    beginInsertRows({}, insertRow, insertRow);
    m_users.insert(insertRow, user);
    endInsertRows();
}

void WazzupUserTableModel::removeUsers(const QStringList &ids)
{
    const QSet<QString> gone(ids.begin(), ids.end());
    // From the bottom so that earlier rows keep their numbers.
    for (int row = int(m_users.size()) - 1; row >= 0; --row) {
        if (gone.contains(m_users.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
        }
    }
}

int WazzupUserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int WazzupUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WazzupUserTableModel::text(const WazzupUser &user, int column)
{
    switch (column) {
    case NameColumn:
        return user.name;
    case IdColumn:
        return user.id;
    case PhoneColumn:
        return user.phone;
    default:
        return {};
    }
}

QVariant WazzupUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const WazzupUser &user = m_users.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == PhoneColumn && !m_readPhones.contains(user.id))
        return tr("Wazzup’s list of users does not include phones: open the employee to read "
                  "theirs.");
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(user, index.column());
    return {};
}

QVariant WazzupUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}
