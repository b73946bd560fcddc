#include "woowupcustomertablemodel.h"

#include "consenticons.h"
#include "consentreasons.h"

#include <QCollator>
#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace {

const ChannelConsent &consentOf(const WoowUpCustomer &customer, int column)
{
    switch (column) {
    case WoowUpCustomerTableModel::MailingColumn:
        return customer.mailing;
    case WoowUpCustomerTableModel::WhatsAppColumn:
        return customer.whatsapp;
    default:
        return customer.sms;
    }
}

bool isConsentColumn(int column)
{
    return column == WoowUpCustomerTableModel::MailingColumn
        || column == WoowUpCustomerTableModel::WhatsAppColumn
        || column == WoowUpCustomerTableModel::SmsColumn;
}

} // namespace

WoowUpCustomerTableModel::WoowUpCustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WoowUpCustomerTableModel::setPageLoader(PageLoader loader)
{
    m_loader = std::move(loader);
}

void WoowUpCustomerTableModel::setSearch(const QString &search)
{
    beginResetModel();
    m_search = search;
    ++m_generation;
    m_customers.clear();
    m_nextPage = 0;
    m_done = false;
    endResetModel();
    setFetching(false);
    fetchMore();
}

void WoowUpCustomerTableModel::appendPage(quint64 generation, int page,
                                          const WoowUpCustomerList &customers)
{
    if (generation != m_generation || page != m_nextPage)
        return; // an answer to an older search or a page already counted
    ++m_nextPage;
    m_done = customers.size() < pageSize;
    if (!customers.isEmpty()) {
        beginInsertRows({}, m_customers.size(), m_customers.size() + customers.size() - 1);
        m_customers.append(customers);
        endInsertRows();
    }
    setFetching(false);
}

void WoowUpCustomerTableModel::pageFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    // Not done: the person can scroll or press F5 to try the same page again.
    setFetching(false);
    emit loadFailed(message);
}

void WoowUpCustomerTableModel::upsertCustomer(const WoowUpCustomer &customer)
{
    const int row = customer.userappId != 0 ? rowOf(customer.userappId) : -1;
    if (row >= 0) {
        m_customers[row] = customer;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_customers.prepend(customer);
    endInsertRows();
}

void WoowUpCustomerTableModel::removeCustomer(qint64 userappId)
{
    const int row = rowOf(userappId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_customers.removeAt(row);
    endRemoveRows();
}

int WoowUpCustomerTableModel::rowOf(qint64 userappId) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).userappId == userappId)
            return row;
    }
    return -1;
}

int WoowUpCustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int WoowUpCustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WoowUpCustomerTableModel::displayName(const WoowUpCustomer &customer)
{
    if (customer.firstName.isEmpty())
        return customer.lastName;
    if (customer.lastName.isEmpty())
        return customer.firstName;
    return customer.firstName + QLatin1Char(' ') + customer.lastName;
}

QString WoowUpCustomerTableModel::text(const WoowUpCustomer &customer, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(customer);
    case EmailColumn:
        return customer.email;
    case TelephoneColumn:
        return customer.telephone;
    case DocumentColumn:
        return customer.document;
    case ServiceUidColumn:
        return customer.serviceUid;
    case CityColumn:
        return customer.city;
    case CountryColumn:
        return customer.country;
    case PointsColumn:
        return customer.points ? QString::number(*customer.points) : QString();
    case TagsColumn:
        return customer.tags.join(QStringLiteral(", "));
    case BirthdateColumn:
        return customer.birthdate;
    case CreatedColumn:
        return customer.createtime.left(10);
    default:
        return {};
    }
}

QVariant WoowUpCustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const WoowUpCustomer &customer = m_customers.at(index.row());
    const int column = index.column();
    if (isConsentColumn(column)) {
        const ChannelConsent &consent = consentOf(customer, column);
        switch (role) {
        case Qt::DecorationRole:
            return ConsentIcons::icon(consent.enabled);
        case Qt::ToolTipRole:
            if (!consent.enabled)
                return tr("Not set");
            if (*consent.enabled)
                return tr("Can receive messages");
            return consent.disabledReason.isEmpty()
                ? tr("Can't receive messages")
                : tr("Can't receive messages: %1").arg(ConsentReasons::label(consent.disabledReason));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(customer, column);
    case Qt::TextAlignmentRole:
        if (column == PointsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CustomerIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant WoowUpCustomerTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isConsentColumn(section)) {
        switch (section) {
        case MailingColumn:
            return tr("E-mail consent");
        case WhatsAppColumn:
            return tr("WhatsApp consent");
        default:
            return tr("SMS consent");
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case TelephoneColumn:
        return tr("Telephone");
    case DocumentColumn:
        return tr("Document");
    case ServiceUidColumn:
        return tr("External ID");
    // Short: the columns hold one icon; the tooltip says what they mean.
    case MailingColumn:
        return tr("Mailing");
    case WhatsAppColumn:
        return tr("WhatsApp");
    case SmsColumn:
        return tr("SMS");
    case CityColumn:
        return tr("City");
    case CountryColumn:
        return tr("Country");
    case PointsColumn:
        return tr("Points");
    case TagsColumn:
        return tr("Tags");
    case BirthdateColumn:
        return tr("Birth date");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool WoowUpCustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_done && !m_fetching && m_loader;
}

void WoowUpCustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setFetching(true);
    m_loader(m_generation, m_nextPage, m_search);
}

void WoowUpCustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();

    // Sort keys once per row; comparing collation keys is far cheaper than
    // locale-aware comparison inside the sort.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(m_customers.size());
    for (const WoowUpCustomer &customer : std::as_const(m_customers)) {
        QString key;
        if (isConsentColumn(column)) {
            const auto &enabled = consentOf(customer, column).enabled;
            key = !enabled ? QStringLiteral("0") : (*enabled ? QStringLiteral("2") : QStringLiteral("1"));
        } else if (column == PointsColumn) {
            key = QStringLiteral("%1").arg(customer.points.value_or(-1) + 1, 20, 10, QLatin1Char('0'));
        } else {
            key = text(customer, column);
        }
        keys.push_back(collator.sortKey(key));
    }
    std::vector<int> permutation(m_customers.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
        const int c = keys[size_t(a)].compare(keys[size_t(b)]);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });

    WoowUpCustomerList sorted;
    sorted.reserve(m_customers.size());
    std::vector<int> newRowOf(m_customers.size());
    for (size_t i = 0; i < permutation.size(); ++i) {
        sorted.append(std::move(m_customers[permutation[i]]));
        newRowOf[size_t(permutation[i])] = int(i);
    }
    m_customers = std::move(sorted);

    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf[size_t(index.row())], index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WoowUpCustomerTableModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    emit loadingChanged(fetching);
}
