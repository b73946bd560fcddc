#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

// A row's cells as read, kept for the error report and the journal, packed
// into one string: each cell is its length (two UTF-16 units) and its text.
// A plan holds one of these per row of the file; as a list of strings, the
// 18 cells of a customers file took 18 allocations and about 1.3 KB a row,
// packed they take one and about 0.45 KB.
class ImportCells
{
public:
    ImportCells() = default;
    ImportCells(const QStringList &cells); // implicit: a row's cells as a list
    ImportCells(std::initializer_list<QString> cells);
    explicit ImportCells(const QList<QStringView> &cells);

    qsizetype size() const;
    bool isEmpty() const { return m_packed.isEmpty(); }
    // Empty when out of range, as value() and first() (QStringList's names).
    QString at(qsizetype index) const;
    QString value(qsizetype index) const { return at(index); }
    QString first() const { return at(0); }
    QStringList toList() const;

    friend bool operator==(const ImportCells &a, const ImportCells &b)
    {
        return a.m_packed == b.m_packed;
    }

private:
    template<typename Cells>
    void pack(const Cells &cells);
    void append(QStringView cell);

    QString m_packed;
};

Q_DECLARE_TYPEINFO(ImportCells, Q_RELOCATABLE_TYPE);
