#pragma once

#include "wazzupuser.h"

#include <QAbstractTableModel>
#include <QHash>

// All Wazzup users of an account (at most 1,000), sorted by name as the
// server sends them. The page shows it through a QSortFilterProxyModel, which
// sorts by itself, so the model has no sort() of its own.
class WazzupUserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, PhoneColumn, ColumnCount };

    explicit WazzupUserTableModel(QObject *parent = nullptr);

    void setUsers(const WazzupUserList &users);
    const WazzupUserList &users() const { return m_users; }
    const WazzupUser &userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &id) const;
    // Replaces the user with the same id, or inserts it in name order. The
    // user is as the server has it (read one by one, with its phone).
    void upsertUser(const WazzupUser &user);
    // Only after the server confirmed the deletion.
    void removeUsers(const QStringList &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString text(const WazzupUser &user, int column);

    WazzupUserList m_users;
    // Phones by user id, as read one user at a time (the list has none).
    QHash<QString, QString> m_readPhones;
};
