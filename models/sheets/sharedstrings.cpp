#include "sharedstrings.h"

void SharedStrings::clear()
{
    m_text.clear();
    m_ends.clear();
}

void SharedStrings::reserve(qsizetype strings, qsizetype characters)
{
    m_ends.reserve(strings);
    m_text.reserve(characters);
}

QString SharedStrings::at(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_ends.at(index - 1);
    return m_text.mid(begin, m_ends.at(index) - begin);
}
