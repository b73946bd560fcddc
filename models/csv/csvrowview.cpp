#include "csvrowview.h"

#include <cstring>

void CsvRowView::copyTo(CsvRow &row) const
{
    row.line = line;
    row.number = number;
    row.problem = problem;
    row.problemColumn = problemColumn;
    if (row.fields.size() > fields.size())
        row.fields.resize(fields.size());
    while (row.fields.size() < fields.size())
        row.fields.append(QString());
    QString *cells = row.fields.data();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QStringView field = fields.at(i);
        QString &cell = cells[i];
        // No allocation when the cell is as long as the one before it in this
        // column and nobody kept that string; resize(0) makes a null string
        // empty, as the reader always gave them.
        if (cell.size() != field.size() || cell.isNull() || !cell.isDetached())
            cell.resize(field.size());
        if (!field.isEmpty()) {
            std::memcpy(static_cast<void *>(const_cast<QChar *>(cell.constData())), field.data(),
                        size_t(field.size()) * sizeof(char16_t));
        }
    }
}

CsvRowView CsvRowView::of(const CsvRow &row)
{
    CsvRowView view;
    view.line = row.line;
    view.number = row.number;
    view.problem = row.problem;
    view.problemColumn = row.problemColumn;
    view.fields.reserve(row.fields.size());
    for (const QString &field : row.fields)
        view.fields.append(field);
    return view;
}
