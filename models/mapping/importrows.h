#pragma once

#include "importrow.h"
#include "importrowchecker.h"

#include <QList>
#include <QSharedDataPointer>

#include <initializer_list>
#include <iterator>
#include <memory>

// The rows of an import, in order, held compactly: what a plan of a million
// rows keeps is, per row, its numbers, action and state and its cells
// packed as UTF-8 (40 bytes and the cells' own length), not the record.
// The record, its key and its cleared fields are made again, by the
// checker that made them, when a row is read (at()): a record held per
// row cost about 2 KB, 2 GB for a million rows.
//
// What changes after checking (action, state, error, the server's record)
// is kept beside the cells and put back into the row made. Rows that did
// not come from the checker (a sync's deletes, rows resumed from the
// journal, rows corrected one by one) are held whole.
//
// Copies share the rows until one of them changes (as QList).
class ImportRows
{
public:
    ImportRows();
    ImportRows(const QList<ImportRow> &rows); // implicit, as a list: held whole
    ImportRows(std::initializer_list<ImportRow> rows)
        : ImportRows(QList<ImportRow>(rows))
    { }
    ImportRows(const ImportRows &other);
    ImportRows(ImportRows &&other) noexcept;
    ImportRows &operator=(const ImportRows &other);
    ImportRows &operator=(ImportRows &&other) noexcept;
    ~ImportRows();

    // Rows given to appendChecked() are made again by this checker.
    void setChecker(std::shared_ptr<const ImportRowChecker> checker);

    qsizetype size() const;
    qsizetype count() const { return size(); }
    bool isEmpty() const { return size() == 0; }
    // The row as made again, with what changed since; by value.
    ImportRow at(qsizetype index) const;
    ImportRow first() const { return at(0); }
    ImportRow last() const { return at(size() - 1); }

    // Without making the row again.
    qint64 number(qsizetype index) const;
    qint64 line(qsizetype index) const;
    ImportRow::Action action(qsizetype index) const;
    ImportRow::State state(qsizetype index) const;
    bool needsSending(qsizetype index) const;
    // ImportRowChecker::consentGiven() of the row's record.
    quint8 consentGiven(qsizetype index) const;

    void setAction(qsizetype index, ImportRow::Action action);
    void setState(qsizetype index, ImportRow::State state);
    void setError(qsizetype index, const QString &error);
    void setServerCustomer(qsizetype index, std::shared_ptr<const WoowUpCustomer> customer);
    void setServerUser(qsizetype index, std::shared_ptr<const WazzupUser> user);

    // A row of the file with the checker's verdict on it: its cells are
    // packed (what changes later goes through the setters). Needs the
    // checker.
    void appendChecked(const CsvRowView &row, const ImportRowChecker::Verdict &verdict);
    // Any row: held whole.
    void append(const ImportRow &row);
    void append(const ImportRows &rows);
    void replace(qsizetype index, const ImportRow &row);
    void clear();

    bool isSharedWith(const ImportRows &other) const { return d == other.d; }
    // How many rows are packed (made again when read), not held whole.
    qsizetype packedCount() const;

    // Iterates made rows (by value), for range-for over the rows.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ImportRow;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = ImportRow;

        const_iterator(const ImportRows *rows, qsizetype index)
            : m_rows(rows)
            , m_index(index)
        { }
        ImportRow operator*() const { return m_rows->at(m_index); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index == b.m_index;
        }
        friend bool operator!=(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index != b.m_index;
        }

    private:
        const ImportRows *m_rows;
        qsizetype m_index;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

private:
    struct Data;
    struct Slot;
    const Slot &slot(qsizetype index) const;
    Slot &slotForWrite(qsizetype index);

    QSharedDataPointer<Data> d;
};
