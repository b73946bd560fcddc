#include "importcells.h"

namespace {

// Lengths take two units: a cell may be longer than 65,535 characters.
constexpr qsizetype lengthUnits = 2;

qsizetype lengthAt(const QString &packed, qsizetype position)
{
    return (qsizetype(packed.at(position).unicode()) << 16) | packed.at(position + 1).unicode();
}

} // namespace

template<typename Cells>
void ImportCells::pack(const Cells &cells)
{
    qsizetype total = 0;
    for (const auto &cell : cells)
        total += lengthUnits + cell.size();
    m_packed.reserve(total);
    for (const auto &cell : cells)
        append(cell);
}

ImportCells::ImportCells(const QStringList &cells)
{
    pack(cells);
}

ImportCells::ImportCells(const QList<QStringView> &cells)
{
    pack(cells);
}

ImportCells::ImportCells(std::initializer_list<QString> cells)
{
    for (const QString &cell : cells)
        append(cell);
}

void ImportCells::append(QStringView cell)
{
    const auto length = quint32(cell.size());
    m_packed.append(QChar(char16_t(length >> 16)));
    m_packed.append(QChar(char16_t(length & 0xffff)));
    m_packed.append(cell);
}

qsizetype ImportCells::size() const
{
    qsizetype count = 0;
    for (qsizetype position = 0; position < m_packed.size();
         position += lengthUnits + lengthAt(m_packed, position))
        ++count;
    return count;
}

QString ImportCells::at(qsizetype index) const
{
    qsizetype position = 0;
    for (; position < m_packed.size() && index > 0; --index)
        position += lengthUnits + lengthAt(m_packed, position);
    if (index != 0 || position >= m_packed.size())
        return QString();
    return m_packed.mid(position + lengthUnits, lengthAt(m_packed, position));
}

QStringList ImportCells::toList() const
{
    QStringList cells;
    for (qsizetype position = 0; position < m_packed.size();) {
        const qsizetype length = lengthAt(m_packed, position);
        cells.append(m_packed.mid(position + lengthUnits, length));
        position += lengthUnits + length;
    }
    return cells;
}
