#include "sheetrowbuilder.h"

void SheetRowBuilder::startRow(qint64 line)
{
    m_text.resize(0);
    m_cells.resize(0);
    m_row.line = line;
    m_row.problem = CsvRow::Problem::None;
    m_row.problemColumn = -1;
    m_empty = true;
}

void SheetRowBuilder::setCell(int column, QStringView value, int repeat)
{
    if (value.isEmpty() || column < 0 || repeat < 1)
        return;
    if (value.size() > m_maxFieldLength) {
        value = value.left(m_maxFieldLength);
        if (m_row.problem == CsvRow::Problem::None) {
            m_row.problem = CsvRow::Problem::FieldTooLong;
            m_row.problemColumn = column;
        }
    }
    const Span span{m_text.size(), value.size()};
    m_text.append(value);
    const qsizetype end = qsizetype(column) + repeat;
    if (end > m_cells.size())
        m_cells.resize(end);
    for (qsizetype i = column; i < end; ++i)
        m_cells[i] = span;
    m_empty = false;
}

const CsvRowView &SheetRowBuilder::finishRow()
{
    if (m_width < 0)
        m_width = m_cells.size();
    const qsizetype width = qMax(m_width, m_cells.size());
    m_row.fields.resize(width);
    const QStringView text(m_text);
    for (qsizetype i = 0; i < width; ++i)
        m_row.fields[i] =
            i < m_cells.size() ? text.mid(m_cells.at(i).begin, m_cells.at(i).size) : QStringView();
    m_row.number = ++m_count;
    return m_row;
}
