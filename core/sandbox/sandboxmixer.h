#pragma once

#include <QtGlobal>

#include <cstdint>

namespace SyncLens {

// Deterministic pseudo-random numbers as a pure function of (seed, index,
// salt): the generator can compute record i — or re-derive a field of record
// j that record i refers to — without keeping earlier records in memory.
class SandboxMixer
{
public:
    explicit SandboxMixer(quint64 seed)
        : m_seed(seed)
    {}

    // splitmix64 of the three inputs
    quint64 value(quint64 index, quint64 salt) const
    {
        quint64 z = m_seed * 0x9E3779B97F4A7C15ull + index * 0xBF58476D1CE4E5B9ull +
                    salt * 0x94D049BB133111EBull + 0x2545F4914F6CDD1Dull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // A number in [0, bound).
    int pick(quint64 index, quint64 salt, int bound) const
    {
        return bound <= 0 ? 0 : int(value(index, salt) % quint64(bound));
    }

    // True with the given percentage.
    bool chance(quint64 index, quint64 salt, int percent) const
    {
        return pick(index, salt, 100) < percent;
    }

private:
    quint64 m_seed;
};

} // namespace SyncLens
