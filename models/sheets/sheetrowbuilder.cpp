#include "sheetrowbuilder.h"

void SheetRowBuilder::startRow(qint64 line)
{
    m_row.fields.clear();
    m_row.line = line;
    m_row.problem = CsvRow::Problem::None;
    m_row.problemColumn = -1;
    m_empty = true;
}

void SheetRowBuilder::setCell(int column, const QString &value)
{
    if (value.isEmpty() || column < 0)
        return;
    if (column >= m_row.fields.size())
        m_row.fields.resize(column + 1);
    if (value.size() > m_maxFieldLength) {
        m_row.fields[column] = value.left(m_maxFieldLength);
        if (!m_row.hasProblem()) {
            m_row.problem = CsvRow::Problem::FieldTooLong;
            m_row.problemColumn = column;
        }
    } else {
        m_row.fields[column] = value;
    }
    m_empty = false;
}

const CsvRow &SheetRowBuilder::finishRow()
{
    if (m_width < 0)
        m_width = m_row.fields.size();
    else if (m_row.fields.size() < m_width)
        m_row.fields.resize(m_width);
    m_row.number = ++m_count;
    return m_row;
}
