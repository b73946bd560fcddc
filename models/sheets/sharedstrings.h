#pragma once

#include <QList>
#include <QString>

// The shared-strings table of an .xlsx (every text cell refers to it by
// number), kept as one run of characters with offsets: a million short
// strings cost their characters and eight bytes each, not a QString each.
class SharedStrings
{
public:
    void clear();
    void reserve(qsizetype strings, qsizetype characters);

    // Appends to the string being built; finish() closes it.
    void append(QStringView text) { m_text.append(text); }
    void finish() { m_ends.append(m_text.size()); }

    qsizetype count() const { return m_ends.size(); }
    qsizetype characterCount() const { return m_text.size(); }
    bool contains(qint64 index) const { return index >= 0 && index < m_ends.size(); }
    QString at(qsizetype index) const { return view(index).toString(); }
    // The string without a copy, valid while the table is.
    QStringView view(qsizetype index) const
    {
        const qsizetype begin = index == 0 ? 0 : m_ends.at(index - 1);
        return QStringView(m_text).mid(begin, m_ends.at(index) - begin);
    }
    // Characters of the string being built (not finished yet).
    qsizetype pendingLength() const
    {
        return m_text.size() - (m_ends.isEmpty() ? 0 : m_ends.last());
    }

private:
    QString m_text;
    QList<qsizetype> m_ends; // where each string ends in m_text
};
