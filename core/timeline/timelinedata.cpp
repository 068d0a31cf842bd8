#include "timelinedata.h"

#include <algorithm>

namespace SyncLens {

std::optional<quint32> TimelineData::findItem(const QString &itemId) const
{
    const auto found = std::lower_bound(
        m_itemOrder.begin(), m_itemOrder.end(), itemId,
        [this](quint32 item, const QString &id) { return m_itemIds.at(item) < id; });
    if (found == m_itemOrder.end() || m_itemIds.at(*found) != itemId)
        return std::nullopt;
    return *found;
}

qsizetype TimelineData::findEvent(quint32 item, qint64 time, int mailbox) const
{
    // A linear scan: it runs once per selection, and an index per item would
    // cost more memory than the events themselves.
    qsizetype best = -1;
    for (qsizetype i = 0; i < eventCount(); ++i) {
        const TimelineEvent &e = m_events[size_t(i)];
        if (e.item != item || (mailbox >= 0 && e.mailbox != mailbox))
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const qint64 bestTime = m_events[size_t(best)].time;
        // Prefer the earliest event at or after `time`, else the latest before it.
        const bool atOrAfter = e.time >= time;
        const bool bestAtOrAfter = bestTime >= time;
        if ((atOrAfter && (!bestAtOrAfter || e.time < bestTime)) ||
            (!atOrAfter && !bestAtOrAfter && e.time > bestTime))
            best = i;
    }
    return best;
}

qsizetype TimelineData::nearestInRow(int row, qint64 time) const
{
    const qsizetype begin = rowBegin(row), end = rowEnd(row);
    if (begin == end)
        return -1;
    const qsizetype after = eventsIn(row, time, time).first; // first at or after `time`
    if (after == end)
        return end - 1;
    if (after == begin)
        return begin;
    // Of a run of marks at the same time, the first one.
    const qint64 before = m_events[size_t(after - 1)].time;
    if (time - before <= m_events[size_t(after)].time - time)
        return eventsIn(row, before, before + 1).first;
    return after;
}

std::pair<qsizetype, qsizetype> TimelineData::eventsIn(int row, qint64 from, qint64 to) const
{
    const auto begin = m_events.begin() + rowBegin(row);
    const auto end = m_events.begin() + rowEnd(row);
    const auto byTime = [](const TimelineEvent &e, qint64 t) { return e.time < t; };
    const auto first = std::lower_bound(begin, end, from, byTime);
    const auto last = std::lower_bound(first, end, std::max(from, to), byTime);
    return {first - m_events.begin(), last - m_events.begin()};
}

TimelineMarkCounts TimelineData::countsBefore(qsizetype index) const
{
    const qsizetype checkpoint = index / CheckpointStride;
    TimelineMarkCounts counts = m_checkpoints[size_t(checkpoint)];
    for (qsizetype i = checkpoint * CheckpointStride; i < index; ++i)
        ++counts[m_events[size_t(i)].laneAndMark & 0x7f];
    return counts;
}

TimelineMarkCounts TimelineData::countsBetween(qsizetype first, qsizetype last) const
{
    TimelineMarkCounts counts{};
    if (last - first <= CheckpointStride) { // short: counting is cheaper than two lookups
        for (qsizetype i = first; i < last; ++i)
            ++counts[m_events[size_t(i)].laneAndMark & 0x7f];
        return counts;
    }
    const TimelineMarkCounts before = countsBefore(first);
    counts = countsBefore(last);
    for (int k = 0; k < TimelineMarkCount; ++k)
        counts[k] -= before[k];
    return counts;
}

TimelineMarkCounts TimelineData::countsIn(int row, qint64 from, qint64 to) const
{
    const auto [first, last] = eventsIn(row, from, to);
    return countsBetween(first, last);
}

qint64 TimelineData::columnStart(qint64 from, qint64 to, qsizetype columns, qsizetype column)
{
    // ceil(column × span / columns): an event at t falls in column
    // floor((t − from) × columns / span), with no gaps and no overlaps.
    const qint64 span = to - from;
    return from + (qint64(column) * span + qint64(columns) - 1) / qint64(columns);
}

qsizetype TimelineData::seek(qsizetype first, qsizetype end, qint64 time) const
{
    // Search the checkpoints' times (compact, so they stay in the cache)
    // outwards from `first`: 1, 2, 4, … checkpoints ahead, then within the
    // last step. The next column boundary is usually near. Then scan the one
    // block of events the answer is in: the same events countsBefore() reads.
    const qsizetype lowBlock = first / CheckpointStride + 1;  // checkpoints after `first`
    const qsizetype highBlock = (end - 1) / CheckpointStride; // ... and before `end`
    qsizetype block = lowBlock;
    if (lowBlock <= highBlock && m_checkpointTimes[size_t(lowBlock)] < time) {
        qsizetype step = 1;
        while (block + step <= highBlock && m_checkpointTimes[size_t(block + step)] < time) {
            block += step;
            step *= 2;
        }
        const auto times = m_checkpointTimes.begin();
        block = std::lower_bound(times + block + 1, times + std::min(block + step, highBlock) + 1,
                                 time) -
                times;
    }
    qsizetype i = block == lowBlock ? first : (block - 1) * CheckpointStride;
    const qsizetype stop = block > highBlock ? end : block * CheckpointStride;
    while (i < stop && m_events[size_t(i)].time < time)
        ++i;
    return i;
}

void TimelineData::columnCounts(int row, qint64 from, qint64 to,
                                std::span<TimelineMarkCounts> columns) const
{
    const qsizetype n = qsizetype(columns.size());
    const qsizetype end = rowEnd(row);
    qsizetype first = eventsIn(row, from, from).first;
    // The counts before a column's first event: one column's end is the next
    // one's start, so each boundary is counted once.
    std::optional<TimelineMarkCounts> before;
    for (qsizetype c = 0; c < n; ++c) {
        const qint64 next = columnStart(from, to, n, c + 1);
        const qsizetype last =
            first < end && m_events[size_t(first)].time < next ? seek(first + 1, end, next) : first;
        TimelineMarkCounts &out = columns[size_t(c)];
        if (last - first <= CheckpointStride) { // short: count the events themselves
            out = countsBetween(first, last);
            if (before && last != first)
                for (int k = 0; k < TimelineMarkCount; ++k)
                    (*before)[k] += out[k];
        } else {
            if (!before)
                before = countsBefore(first);
            const TimelineMarkCounts after = countsBefore(last);
            for (int k = 0; k < TimelineMarkCount; ++k)
                out[k] = after[k] - (*before)[k];
            before = after;
        }
        first = last;
    }
}

qsizetype TimelineData::bytes() const
{
    qsizetype total = sizeof(*this);
    total += qsizetype(m_events.capacity() * sizeof(TimelineEvent));
    total += qsizetype(m_rowBegin.capacity() * sizeof(qsizetype));
    total += qsizetype(m_checkpoints.capacity() * sizeof(TimelineMarkCounts));
    total += qsizetype(m_checkpointTimes.capacity() * sizeof(qint64));
    total += qsizetype(m_itemOrder.capacity() * sizeof(quint32));
    for (const QStringList *ids : {&m_itemIds, &m_mailboxIds, &m_mailboxLabels}) {
        total += ids->capacity() * qsizetype(sizeof(QString));
        // Each string's heap block: a header of three pointers and UTF-16 text.
        for (const QString &id : *ids)
            total += id.isEmpty() ? 0 : qsizetype(3 * sizeof(void *)) + (id.capacity() + 1) * 2;
    }
    return total;
}

std::pair<qsizetype, qsizetype> TimelineData::causesIn(qint64 from, qint64 to) const
{
    auto byTime = [](const TimelineCause &c, qint64 t) { return c.time < t; };
    const auto first = std::lower_bound(m_causes.begin(), m_causes.end(), from, byTime);
    const auto last = std::lower_bound(first, m_causes.end(), to, byTime);
    return {first - m_causes.begin(), last - m_causes.begin()};
}

qsizetype TimelineData::findCause(qint64 eventId) const
{
    const auto it =
        std::find_if(m_causes.begin(), m_causes.end(),
                     [eventId](const TimelineCause &c) { return c.eventId == eventId; });
    return it == m_causes.end() ? -1 : it - m_causes.begin();
}

} // namespace SyncLens
