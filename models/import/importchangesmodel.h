#pragma once

#include "importplan.h"

#include <QAbstractItemModel>
#include <QPointer>

// The check step's table of planned changes: one top-level item per row of
// the file (and per Wazzup user a sync deletes), with its action, the
// record and a summary; an update has one child per changed field, its
// old and new values ("Rosario → Córdoba", a cleared one "Paz → (empty)").
// Shown filtered by action. Reads the plan in place (the session's, which
// must outlive the model or be replaced with setPlan()): a million rows
// are not copied.
class ImportChangesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Filter { All, Create, Update, Unchanged, Delete, Problem };
    Q_ENUM(Filter)
    enum Column { RowColumn, ActionColumn, RecordColumn, ChangeColumn, ColumnCount };
    // The row's ImportRow::actionName ("create", "update", "unchanged",
    // "delete", "invalid") on top-level items; the field on a change.
    static constexpr int KeyRole = Qt::UserRole + 1;

    using QAbstractItemModel::QAbstractItemModel;

    // Null clears. Call again when the plan changed (a new check, the
    // sync's deletes switched on or off).
    void setPlan(const ImportPlan *plan);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Items the filter would show.
    int count(Filter filter) const;

    // The index into the plan's rows of the file row an item shows (a
    // change item: its row's), -1 for a sync's delete or no item.
    int planRow(const QModelIndex &index) const;

    // "old → new", "(empty)" for no value.
    static QString changeText(const FieldChange &change);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // An entry is an index into the plan's rows, or -1 - i for missing[i].
    bool accepts(int entry, Filter filter) const;
    ImportRow rowOf(int entry) const;
    const FieldChanges *changesOf(int entry) const;
    QVariant entryData(int entry, int column, int role) const;
    void rebuild();

    const ImportPlan *m_plan = nullptr;
    Filter m_filter = Filter::All;
    QList<int> m_entries;
};
