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
