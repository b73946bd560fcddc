#include "woowupcustomertablemodel.h"

#include "consenticons.h"
#include "consentreasons.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {

PackedCustomer::Channel channelOf(int column)
{
    switch (column) {
    case WoowUpCustomerTableModel::MailingColumn:
        return PackedCustomer::Mailing;
    case WoowUpCustomerTableModel::WhatsAppColumn:
        return PackedCustomer::WhatsApp;
    default:
        return PackedCustomer::Sms;
    }
}

PackedCustomer::Text reasonOf(PackedCustomer::Channel channel)
{
    switch (channel) {
    case PackedCustomer::Mailing:
        return PackedCustomer::MailingReason;
    case PackedCustomer::WhatsApp:
        return PackedCustomer::WhatsAppReason;
    default:
        return PackedCustomer::SmsReason;
    }
}

// The locale's short date with the full year: "01.02.2019", "1/2/2019".
QString localDate(const QDate &date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

// An ISO date (or date-time) as the locale writes it; anything else as it is.
QString localDateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? localDate(date) : iso;
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
{ }

void WoowUpCustomerTableModel::setPageLoader(PageLoader loader)
{
    m_loader = std::move(loader);
}

void WoowUpCustomerTableModel::setSearch(const QString &search)
{
    m_keys.clear();
    m_search = search;
    reload();
}

void WoowUpCustomerTableModel::setIdentifierFilter(const QStringList &keys)
{
    m_search.clear();
    m_keys = QSet<QString>(keys.cbegin(), keys.cend());
    reload();
}

bool WoowUpCustomerTableModel::identifiedBy(const WoowUpCustomer &customer,
                                            const QSet<QString> &keys)
{
    const std::pair<const char *, const QString &> identifiers[] = {
        {"service_uid=", customer.serviceUid},
        {"email=", customer.email},
        {"document=", customer.document},
        {"telephone=", customer.telephone},
    };
    for (const auto &[field, value] : identifiers) {
        // As an import keys its rows: trimmed, e-mails in lower case.
        const QString key =
            qstrcmp(field, "email=") == 0 ? value.trimmed().toLower() : value.trimmed();
        if (!key.isEmpty() && keys.contains(QLatin1String(field) + key))
            return true;
    }
    return false;
}

void WoowUpCustomerTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_nextPage = 0;
    m_done = false;
    const bool wasFetching = m_fetching;
    m_fetching = false; // the older search's page no longer counts
    endResetModel();
    // A view may have asked for the first page during the reset already.
    if (!m_fetching)
        fetchMore();
    if (wasFetching && !m_fetching)
        emit loadingChanged(false);
}

void WoowUpCustomerTableModel::appendPage(quint64 generation, int page,
                                          const WoowUpCustomerList &customers)
{
    if (generation != m_generation || page != m_nextPage)
        return; // an answer to an older search or a page already counted
    ++m_nextPage;
    m_done = customers.size() < pageSize;
    WoowUpCustomerList kept;
    for (const WoowUpCustomer &customer : customers) {
        if (m_keys.isEmpty() || identifiedBy(customer, m_keys))
            kept.append(customer);
    }
    if (!kept.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + kept.size() - 1);
        for (const WoowUpCustomer &customer : std::as_const(kept))
            m_rows.append(PackedCustomer(customer));
        endInsertRows();
        // Under a sort arrow a page goes where the sort puts it, not at the end.
        if (!m_fetchingAll)
            sortRows();
    }
    setFetching(false);
    if (m_fetchingAll) {
        if (m_done)
            setFetchingAll(false);
        else
            fetchMore();
    }
}

void WoowUpCustomerTableModel::fetchAll()
{
    if (m_done || m_fetchingAll)
        return;
    setFetchingAll(true);
    // A page already on its way continues the chain when it arrives.
    if (!m_fetching)
        fetchMore();
}

void WoowUpCustomerTableModel::cancelFetchAll()
{
    setFetchingAll(false);
}

void WoowUpCustomerTableModel::setFetchingAll(bool fetchingAll)
{
    if (m_fetchingAll == fetchingAll)
        return;
    m_fetchingAll = fetchingAll;
    if (!fetchingAll)
        sortRows(); // what arrived unsorted meanwhile
    emit fetchingAllChanged(fetchingAll);
}

void WoowUpCustomerTableModel::pageFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    // Not done: the person can scroll or press F5 to try the same page again.
    setFetching(false);
    setFetchingAll(false);
    emit loadFailed(message);
}

void WoowUpCustomerTableModel::upsertCustomer(const WoowUpCustomer &customer)
{
    const int row = customer.userappId != 0 ? rowOf(customer.userappId) : -1;
    if (row >= 0) {
        m_rows[row] = PackedCustomer(customer);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (!m_fetchingAll)
            sortRows(); // an edit may move it
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(PackedCustomer(customer));
    endInsertRows();
    if (!m_fetchingAll)
        sortRows();
}

void WoowUpCustomerTableModel::removeCustomer(qint64 userappId)
{
    const int row = rowOf(userappId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int WoowUpCustomerTableModel::rowOf(qint64 userappId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userappId() == userappId)
            return row;
    }
    return -1;
}

int WoowUpCustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

QString WoowUpCustomerTableModel::text(const PackedCustomer &row, int column)
{
    switch (column) {
    case NameColumn: {
        // The same text as displayName() gives for the unpacked record.
        const QString first = row.text(PackedCustomer::FirstName);
        const QString last = row.text(PackedCustomer::LastName);
        if (first.isEmpty())
            return last;
        if (last.isEmpty())
            return first;
        return first + QLatin1Char(' ') + last;
    }
    case EmailColumn:
        return row.text(PackedCustomer::Email);
    case TelephoneColumn:
        return row.text(PackedCustomer::Telephone);
    case DocumentColumn:
        return row.text(PackedCustomer::Document);
    case ServiceUidColumn:
        return row.text(PackedCustomer::ServiceUid);
    case CityColumn:
        return row.text(PackedCustomer::City);
    case CountryColumn:
        return row.text(PackedCustomer::Country);
    case PointsColumn: {
        const std::optional<qint64> points = row.points();
        return points ? QString::number(*points) : QString();
    }
    case TagsColumn:
        return row.tags().join(QStringLiteral(", "));
    case BirthdateColumn:
        return row.text(PackedCustomer::Birthdate);
    case CreatedColumn:
        return row.text(PackedCustomer::Createtime).left(10);
    default:
        return {};
    }
}

QString WoowUpCustomerTableModel::displayText(const PackedCustomer &row, int column)
{
    switch (column) {
    case PointsColumn: {
        const std::optional<qint64> points = row.points();
        return points ? QLocale().toString(*points) : QString();
    }
    case BirthdateColumn:
    case CreatedColumn:
        return localDateText(text(row, column));
    default:
        return text(row, column);
    }
}

QVariant WoowUpCustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PackedCustomer &row = m_rows.at(index.row());
    const int column = index.column();
    if (isConsentColumn(column)) {
        const PackedCustomer::Channel channel = channelOf(column);
        const std::optional<bool> enabled = row.consent(channel);
        switch (role) {
        case Qt::DecorationRole:
            return ConsentIcons::icon(enabled);
        case Qt::ToolTipRole: {
            if (!enabled)
                return tr("Not set");
            if (*enabled)
                return tr("Can receive messages");
            const QString reason = row.text(reasonOf(channel));
            return reason.isEmpty()
                ? tr("Can't receive messages")
                : tr("Can't receive messages: %1").arg(ConsentReasons::label(reason));
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::EditRole: // typed, for a workbook export: true, false or empty
            return enabled ? QVariant(*enabled) : QVariant();
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(row, column);
    case Qt::EditRole:
        // The value as WoowUp has it (ISO dates, plain numbers), for files.
        return text(row, column);
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
    // Named as everywhere else (glossary), not "Mailing": "E-mail" alone
    // would read as a second address column.
    case MailingColumn:
        return tr("E-mail consent");
    case WhatsAppColumn:
        return tr("WhatsApp consent");
    case SmsColumn:
        return tr("SMS consent");
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
    sortRows();
    emit sortChanged();
}

void WoowUpCustomerTableModel::sortRows()
{
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    if (column < 0 || m_rows.size() < 2)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();

    // Keys once per row. Numbers and consent compare as integers; text by
    // collation keys, far cheaper to compare than locale-aware comparison
    // inside the sort, and dropped when it ends: they would cost more memory
    // per row than the row itself.
    std::vector<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    const auto sortBy = [&](auto less) {
        std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? less(size_t(a), size_t(b))
                                               : less(size_t(b), size_t(a));
        });
    };
    if (isConsentColumn(column) || column == PointsColumn) {
        // Consent: not set, then disabled, then enabled; no points before 0.
        std::vector<qint64> keys;
        keys.reserve(m_rows.size());
        for (const PackedCustomer &row : std::as_const(m_rows)) {
            if (column == PointsColumn) {
                keys.push_back(row.points().value_or(-1));
            } else {
                const std::optional<bool> enabled = row.consent(channelOf(column));
                keys.push_back(!enabled ? 0 : (*enabled ? 2 : 1));
            }
        }
        sortBy([&](size_t a, size_t b) { return keys[a] < keys[b]; });
    } else {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (const PackedCustomer &row : std::as_const(m_rows))
            keys.push_back(collator.sortKey(text(row, column)));
        sortBy([&](size_t a, size_t b) { return keys[a].compare(keys[b]) < 0; });
    }

    QList<PackedCustomer> sorted;
    sorted.reserve(m_rows.size());
    std::vector<int> newRowOf(m_rows.size());
    for (size_t i = 0; i < permutation.size(); ++i) {
        sorted.append(std::move(m_rows[permutation[i]]));
        newRowOf[size_t(permutation[i])] = int(i);
    }
    m_rows = std::move(sorted);

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
