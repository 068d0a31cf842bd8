#include "timelinedatabuilder.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace SyncLens {

int TimelineDataBuilder::addMailbox(const QString &mailboxId, const QString &label)
{
    const qsizetype known = m_mailboxIds.indexOf(mailboxId);
    if (known >= 0)
        return int(known);
    m_mailboxIds.append(mailboxId);
    m_mailboxLabels.append(label.isEmpty() ? mailboxId : label);
    return int(m_mailboxIds.size() - 1);
}

void TimelineDataBuilder::reserve(qsizetype decisions)
{
    // Most decisions concern both sides: two marks each.
    m_staged.reserve(size_t(decisions) * 2);
}

quint32 TimelineDataBuilder::intern(const QString &itemId)
{
    const auto found = m_itemIndex.constFind(itemId);
    if (found != m_itemIndex.constEnd())
        return *found;
    const auto index = quint32(m_itemIds.size());
    m_itemIds.append(itemId);
    m_itemIndex.insert(itemId, index);
    return index;
}

void TimelineDataBuilder::add(const JournalEntry &entry)
{
    const int mailbox = addMailbox(entry.mailboxId, {});
    add(entry.time.toMSecsSinceEpoch(), entry.cycle, mailbox, entry.itemId, entry.code);
}

void TimelineDataBuilder::add(qint64 timeMs, qint64 cycle, int mailbox, const QString &itemId,
                              ReasonCode code)
{
    const TimelinePlacement placement = timelinePlacement(code);
    Staged staged;
    staged.event.time = timeMs;
    staged.event.item = intern(itemId);
    staged.event.mailbox = quint16(mailbox);
    staged.event.code = quint8(code);
    staged.cycle = cycle;
    staged.entry = m_entries++;
    const auto pos = quint32(m_staged.size());
    for (TimelineLane lane : {TimelineLane::Exchange, TimelineLane::Crm}) {
        if (!placement.onLane(lane))
            continue;
        staged.event.laneAndMark = TimelineEvent::pack(lane, placement.mark);
        m_staged.push_back(staged);
    }
    if (m_staged.size() == pos + 2u) { // one decision, both copies: linked
        m_staged[pos].event.partner = pos + 1;
        m_staged[pos + 1].event.partner = pos;
    }
}

// Marks of one decision link to each other (add()). A mark on one lane only
// links to the first unlinked mark on the other lane of the same item,
// mailbox and cycle: the other copy, decided separately in that cycle.
void TimelineDataBuilder::link()
{
    std::vector<quint32> single;
    for (quint32 i = 0; i < m_staged.size(); ++i) {
        const TimelineEvent &e = m_staged[i].event;
        if (!e.hasPartner() && !m_itemIds.at(e.item).isEmpty()) // health marks have no item
            single.push_back(i);
    }
    const auto copyOf = [this](quint32 i) {
        const Staged &s = m_staged[i];
        return std::tuple(s.event.mailbox, s.event.item, s.cycle);
    };
    std::sort(single.begin(), single.end(), [&](quint32 a, quint32 b) {
        return std::tuple(copyOf(a), m_staged[a].entry) < std::tuple(copyOf(b), m_staged[b].entry);
    });
    for (size_t first = 0; first < single.size();) {
        size_t last = first + 1;
        while (last < single.size() && copyOf(single[last]) == copyOf(single[first]))
            ++last;
        linkGroup(std::span(single).subspan(first, last - first));
        first = last;
    }
}

void TimelineDataBuilder::linkGroup(std::span<const quint32> group)
{
    std::vector<quint32> lanes[TimelineLaneCount];
    for (quint32 i : group)
        lanes[int(m_staged[i].event.lane())].push_back(i);
    const size_t pairs = std::min(lanes[0].size(), lanes[1].size());
    for (size_t k = 0; k < pairs; ++k) {
        m_staged[lanes[0][k]].event.partner = lanes[1][k];
        m_staged[lanes[1][k]].event.partner = lanes[0][k];
    }
}

void TimelineDataBuilder::sortInto(TimelineData &data)
{
    std::vector<quint32> order(m_staged.size());
    std::iota(order.begin(), order.end(), 0u);
    const auto key = [this](quint32 i) {
        const Staged &s = m_staged[i];
        return std::tuple(TimelineData::rowOf(s.event), s.event.time, s.entry);
    };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return key(a) < key(b); });
    std::vector<quint32> position(m_staged.size());
    for (quint32 p = 0; p < order.size(); ++p)
        position[order[p]] = p;

    data.m_events.reserve(order.size());
    data.m_rowBegin.assign(size_t(data.rowCount()) + 1, 0);
    for (quint32 i : order) {
        TimelineEvent e = m_staged[i].event;
        if (e.hasPartner())
            e.partner = position[e.partner];
        data.m_events.push_back(e);
        ++data.m_rowBegin[size_t(TimelineData::rowOf(e)) + 1];
    }
    std::partial_sum(data.m_rowBegin.begin(), data.m_rowBegin.end(), data.m_rowBegin.begin());
}

void TimelineDataBuilder::countCheckpoints(TimelineData &data)
{
    const qsizetype n = data.eventCount();
    data.m_checkpoints.assign(size_t(n / TimelineData::CheckpointStride) + 1, {});
    data.m_checkpointTimes.resize(
        size_t((n + TimelineData::CheckpointStride - 1) / TimelineData::CheckpointStride));
    for (size_t k = 0; k < data.m_checkpointTimes.size(); ++k)
        data.m_checkpointTimes[k] = data.m_events[k * TimelineData::CheckpointStride].time;
    TimelineMarkCounts counts{};
    for (qsizetype i = 0; i < n; ++i) {
        if (i % TimelineData::CheckpointStride == 0)
            data.m_checkpoints[size_t(i / TimelineData::CheckpointStride)] = counts;
        ++counts[int(data.m_events[size_t(i)].mark())];
    }
    if (n % TimelineData::CheckpointStride == 0)
        data.m_checkpoints.back() = counts;
}

void TimelineDataBuilder::indexItems(TimelineData &data)
{
    data.m_itemIds = std::exchange(m_itemIds, {});
    data.m_itemOrder.resize(size_t(data.m_itemIds.size()));
    std::iota(data.m_itemOrder.begin(), data.m_itemOrder.end(), 0u);
    std::sort(data.m_itemOrder.begin(), data.m_itemOrder.end(),
              [&](quint32 a, quint32 b) { return data.m_itemIds.at(a) < data.m_itemIds.at(b); });
}

std::shared_ptr<const TimelineData> TimelineDataBuilder::build()
{
    auto data = std::make_shared<TimelineData>();
    data->m_mailboxIds = std::exchange(m_mailboxIds, {});
    data->m_mailboxLabels = std::exchange(m_mailboxLabels, {});
    link();
    sortInto(*data);
    countCheckpoints(*data);
    if (!m_staged.empty()) {
        const auto [first, last] = std::minmax_element(
            m_staged.begin(), m_staged.end(),
            [](const Staged &a, const Staged &b) { return a.event.time < b.event.time; });
        data->m_firstTime = first->event.time;
        data->m_lastTime = last->event.time;
    }
    indexItems(*data);
    std::stable_sort(
        m_causes.begin(), m_causes.end(),
        [](const TimelineCause &a, const TimelineCause &b) { return a.time < b.time; });
    data->m_causes = std::exchange(m_causes, {});
    m_staged = {};
    m_itemIndex.clear();
    m_entries = 0;
    return data;
}

} // namespace SyncLens
