#pragma once

#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <memory>

// Values by the exact text they were made from, kept without a string of
// that text, for the conversions a large import repeats on every row: a
// column spells few values over and over (country names, tag lists).
// Direct-mapped: a text takes the slot of the one before it. Not shared
// between threads: hold one per thread (thread_local).
template<typename Value, std::size_t SlotCount, qsizetype MaxLength>
class TextCache
{
public:
    struct Slot
    {
        qsizetype size = -1;
        char16_t text[MaxLength];
        Value value;

        bool holds(QStringView wanted) const
        {
            if (size != wanted.size())
                return false;
            const char16_t *chars = wanted.utf16();
            for (qsizetype i = 0; i < size; ++i) {
                if (text[i] != chars[i])
                    return false;
            }
            return true;
        }

        void keep(QStringView kept, const Value &made)
        {
            size = kept.size();
            std::copy(kept.utf16(), kept.utf16() + size, text);
            value = made;
        }
    };

    // Where text's value is or goes; nullptr when text is too long to keep.
    Slot *slotFor(QStringView text)
    {
        const qsizetype size = text.size();
        if (size > MaxLength)
            return nullptr;
        // The length and a few characters at both ends tell most texts apart.
        const char16_t *chars = text.utf16();
        std::size_t hash = std::size_t(size);
        for (qsizetype i = 0; i < size && i < 4; ++i)
            hash = hash * 31 + chars[i] + chars[size - 1 - i] * 131u;
        return &m_slots[hash % SlotCount];
    }

private:
    std::unique_ptr<Slot[]> m_slots{new Slot[SlotCount]};
};
