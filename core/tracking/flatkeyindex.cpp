#include "flatkeyindex.h"

namespace SyncLens {

namespace {

// Spreads numbers that are close (tokens 1, 2, 3, …) over the table.
quint64 mixed(quint64 key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
}

} // namespace

// Linear probing from the key's home slot; the table is a power of two and
// at most half full, so a probe ends soon.
size_t FlatKeyIndex::slotOf(quint64 key) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(mixed(key)) & mask;
    while (m_slots[slot].row >= 0 && m_slots[slot].key != key)
        slot = (slot + 1) & mask;
    return slot;
}

void FlatKeyIndex::insert(quint64 key, int row)
{
    if (2 * (size_t(m_size) + 1) > m_slots.size())
        grow();
    Slot &slot = m_slots[slotOf(key)];
    if (slot.row >= 0)
        return; // the first row stays
    slot = {key, row};
    ++m_size;
}

int FlatKeyIndex::find(quint64 key) const
{
    return m_slots.empty() ? -1 : m_slots[slotOf(key)].row;
}

void FlatKeyIndex::prefetch(quint64 key) const
{
    if (m_slots.empty())
        return;
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&m_slots[size_t(mixed(key)) & (m_slots.size() - 1)]);
#else
    Q_UNUSED(key);
#endif
}

void FlatKeyIndex::grow()
{
    std::vector<Slot> old(std::max<size_t>(16, m_slots.size() * 2));
    old.swap(m_slots);
    for (const Slot &slot : old) {
        if (slot.row >= 0)
            m_slots[slotOf(slot.key)] = slot;
    }
}

} // namespace SyncLens
