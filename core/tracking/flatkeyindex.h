#pragma once

#include <QtGlobal>

#include <vector>

namespace SyncLens {

// 64-bit keys to row numbers in one flat, open-addressed table: a lookup
// reads one cache line, where a QHash of strings reads the table, then the
// key's characters. The first row added for a key is kept. Keys are hashes
// or numbers; the caller checks a hit against the row when keys can collide.
class FlatKeyIndex
{
public:
    void insert(quint64 key, int row); // no effect if the key is there
    int find(quint64 key) const;       // -1 when absent
    // Starts loading the line where `key` would be, so that several lookups
    // of one decision wait for memory together rather than one by one.
    void prefetch(quint64 key) const;
    int size() const { return m_size; }
    qint64 bytes() const { return qint64(m_slots.capacity() * sizeof(Slot)); }

private:
    struct Slot
    {
        quint64 key = 0;
        int row = -1; // -1: empty
    };
    size_t slotOf(quint64 key) const;
    void grow();

    std::vector<Slot> m_slots;
    int m_size = 0;
};

} // namespace SyncLens
