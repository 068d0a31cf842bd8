#pragma once

#include <QtGlobal>

#include <vector>

namespace SyncLens {

// 64-bit keys to row numbers in one flat, open-addressed table of 8-byte
// slots: a lookup reads one cache line (and, the table being small, rarely
// misses the TLB), where a QHash of strings reads the table, then the key's
// characters.
//
// A slot keeps 32 bits of a hash of its key, so `find` answers the first row
// added whose key has those bits: the caller checks the row against what it
// looks for, and keeps the rare key that loses its slot to another elsewhere.
class FlatKeyIndex
{
public:
    // Adds `row` under `key` unless a row with the same 32 key bits is
    // there; returns that row, or -1 when `row` went in.
    int insert(quint64 key, int row);
    int find(quint64 key) const; // -1 when absent
    // Starts loading the line where `key` would be, so that several lookups
    // of one decision wait for memory together rather than one by one.
    void prefetch(quint64 key) const;
    int size() const { return m_size; }
    qint64 bytes() const { return qint64(m_slots.capacity() * sizeof(Slot)); }

private:
    struct Slot
    {
        quint32 bits = 0;
        qint32 row = -1; // -1: empty
    };
    size_t slotOf(quint32 bits) const;
    void grow();

    std::vector<Slot> m_slots;
    int m_size = 0;
};

} // namespace SyncLens
