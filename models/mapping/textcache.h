#pragma once

#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <utility>

// Values by the exact text they were made from, kept without a string of
// that text, for the conversions a large import repeats on every row: a
// column spells few values over and over (country names, tag lists).
// Two-way: a text takes the older of its set's two entries. Not shared
// between threads: hold one per thread (thread_local).
template<typename Value, std::size_t SetCount, qsizetype MaxLength>
class TextCache
{
public:
    // The value kept for text, or nullptr.
    const Value *find(QStringView text) const
    {
        if (text.size() > MaxLength)
            return nullptr;
        const Entry *set = &m_entries[2 * setOf(text)];
        for (int way = 0; way < 2; ++way) {
            if (set[way].holds(text))
                return &set[way].value;
        }
        return nullptr;
    }

    // Keeps value for text, when text is short enough.
    void keep(QStringView text, const Value &value)
    {
        if (text.size() > MaxLength)
            return;
        Entry *set = &m_entries[2 * setOf(text)];
        std::swap(set[0], set[1]); // the newer one stays
        set[0].size = text.size();
        std::copy(text.utf16(), text.utf16() + text.size(), set[0].text);
        set[0].value = value;
    }

private:
    struct Entry
    {
        qsizetype size = -1;
        char16_t text[MaxLength];
        Value value;

        bool holds(QStringView wanted) const
        {
            return size == wanted.size() && std::equal(text, text + size, wanted.utf16());
        }
    };

    static std::size_t setOf(QStringView text)
    {
        std::size_t hash = std::size_t(text.size());
        const char16_t *chars = text.utf16();
        for (qsizetype i = 0; i < text.size(); ++i)
            hash = hash * 31 + chars[i];
        // Fibonacci hashing: the high bits of the product mix all of them.
        return std::size_t((quint64(hash) * 0x9e3779b97f4a7c15ULL) >> 32) % SetCount;
    }

    std::unique_ptr<Entry[]> m_entries{new Entry[2 * SetCount]};
};
