#pragma once

#include "packedcustomer.h"
#include "woowupcustomer.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>

// WoowUp customers for a table view, loaded page by page from the server
// (canFetchMore/fetchMore) for the current search text. Each load carries a
// generation number so that a late page of an older search is dropped.
class WoowUpCustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        TelephoneColumn,
        DocumentColumn,
        ServiceUidColumn,
        MailingColumn,
        WhatsAppColumn,
        SmsColumn,
        CityColumn,
        CountryColumn,
        PointsColumn,
        TagsColumn,
        BirthdateColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { CustomerIndexRole = Qt::UserRole + 1 };

    static constexpr int pageSize = 100;

    // Asks for page `page` (0-based) of `search`; the answer comes back
    // through appendPage()/pageFailed() with the same generation.
    using PageLoader = std::function<void(quint64 generation, int page, const QString &search)>;

    explicit WoowUpCustomerTableModel(QObject *parent = nullptr);

    void setPageLoader(PageLoader loader);
    // Starts over with a new search (empty: everyone), without an
    // identifier filter.
    void setSearch(const QString &search);
    QString search() const { return m_search; }
    // Starts over with the same search and filter.
    void reload();
    // Starts over with only the customers one of these identifiers names,
    // each "field=value" as an import sends it (service_uid, email,
    // document, telephone). The server cannot search for a list, so every
    // page is read and the others are left out: call fetchAll().
    void setIdentifierFilter(const QStringList &keys);
    bool hasIdentifierFilter() const { return !m_keys.isEmpty(); }
    static bool identifiedBy(const WoowUpCustomer &customer, const QSet<QString> &keys);

    void appendPage(quint64 generation, int page, const WoowUpCustomerList &customers);
    void pageFailed(quint64 generation, const QString &message);

    bool isLoading() const { return m_fetching; }
    bool isComplete() const { return m_done; }
    int pagesLoaded() const { return m_nextPage; }

    // Asks for page after page until the search is complete, so that a sort
    // covers every customer. Rows arrive unsorted and are sorted once at the
    // end (or when cancelled): re-sorting after every page would cost
    // O(n² log n) on a large account.
    void fetchAll();
    void cancelFetchAll();
    bool isFetchingAll() const { return m_fetchingAll; }

    // The column the rows are sorted by, -1 for the server's order. Pages
    // loaded later go into sorted position.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rebuilt from the packed row: copy what you need, don't keep a reference.
    WoowUpCustomer customerAt(int row) const { return m_rows.at(row).unpack(); }
    // Replaces the row of the same customer (userapp_id) or adds it at the top.
    void upsertCustomer(const WoowUpCustomer &customer);
    // Only after the server confirmed the deletion.
    void removeCustomer(qint64 userappId);
    int rowOf(qint64 userappId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString displayName(const WoowUpCustomer &customer);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void fetchingAllChanged(bool fetchingAll);
    void sortChanged();

private:
    // Sort text: dates as ISO (they sort as text), numbers plain.
    static QString text(const PackedCustomer &row, int column);
    // What the cell shows (DisplayRole): dates and numbers in the default
    // locale. EditRole gives text(), which is what an export writes.
    static QString displayText(const PackedCustomer &row, int column);
    void setFetching(bool fetching);
    void setFetchingAll(bool fetchingAll);
    void sortRows();

    PageLoader m_loader;
    // Packed: a full WoowUpCustomer per row costs over 2 KB of memory (bench/).
    QList<PackedCustomer> m_rows;
    QString m_search;
    QSet<QString> m_keys; // the identifier filter; empty: none
    quint64 m_generation = 0;
    int m_nextPage = 0;
    bool m_fetching = false;
    bool m_done = false;
    bool m_fetchingAll = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
