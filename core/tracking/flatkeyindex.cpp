#include "flatkeyindex.h"

namespace SyncLens {

namespace {

// Spreads keys that are close (tokens 1, 2, 3, …) over 32 bits: a slot
// keeps them, and their low bits choose the slot.
quint32 bitsOf(quint64 key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ULL;
    key ^= key >> 33;
    return quint32(key);
}

} // namespace

// Linear probing from the home slot; the table is a power of two and at
// most half full, so a probe ends soon.
size_t FlatKeyIndex::slotOf(quint32 bits) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = bits & mask;
    while (m_slots[slot].row >= 0 && m_slots[slot].bits != bits)
        slot = (slot + 1) & mask;
    return slot;
}

int FlatKeyIndex::insert(quint64 key, int row)
{
    if (2 * (size_t(m_size) + 1) > m_slots.size())
        grow();
    const quint32 bits = bitsOf(key);
    Slot &slot = m_slots[slotOf(bits)];
    if (slot.row >= 0)
        return slot.row; // the first row stays
    slot = {bits, row};
    ++m_size;
    return -1;
}

int FlatKeyIndex::find(quint64 key) const
{
    return m_slots.empty() ? -1 : m_slots[slotOf(bitsOf(key))].row;
}

void FlatKeyIndex::prefetch(quint64 key) const
{
    if (m_slots.empty())
        return;
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&m_slots[bitsOf(key) & (m_slots.size() - 1)]);
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
            m_slots[slotOf(slot.bits)] = slot;
    }
}

} // namespace SyncLens
