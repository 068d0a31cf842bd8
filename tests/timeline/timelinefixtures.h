#pragma once

#include "timeline/timelinedatabuilder.h"

#include <QRandomGenerator>
#include <QTest>

namespace SyncLens::Test {

// Start of the generated histories: 2026-03-02 08:00 UTC, like the sandbox.
inline constexpr qint64 kT0 = 1'772'438'400'000;

// `decisions` random decisions over `mailboxes` mailboxes and `cycles` cycles
// 15 minutes apart; each decision at its cycle's time, as the engine writes
// them, so many marks share one instant.
inline std::shared_ptr<const TimelineData> randomTimeline(int mailboxes, int decisions, int cycles,
                                                          quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<ReasonCode> codes = allReasonCodes();
    TimelineDataBuilder builder;
    for (int m = 0; m < mailboxes; ++m)
        builder.addMailbox(QStringLiteral("mb%1").arg(m), QStringLiteral("User %1").arg(m));
    for (int i = 0; i < decisions; ++i) {
        const int cycle = random.bounded(cycles);
        const ReasonCode code = codes.at(random.bounded(int(codes.size())));
        builder.add(kT0 + cycle * 900'000LL, cycle, random.bounded(mailboxes),
                    QStringLiteral("item%1").arg(random.bounded(decisions / 2 + 1)), code);
    }
    return builder.build();
}

// `decisions` random decisions at random milliseconds within `spanMs`: few
// share a time, so column boundaries fall between marks.
inline std::shared_ptr<const TimelineData> scatteredTimeline(int mailboxes, int decisions,
                                                             qint64 spanMs, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<ReasonCode> codes = allReasonCodes();
    TimelineDataBuilder builder;
    for (int m = 0; m < mailboxes; ++m)
        builder.addMailbox(QStringLiteral("mb%1").arg(m), {});
    for (int i = 0; i < decisions; ++i) {
        builder.add(kT0 + qint64(random.bounded(double(spanMs))), i, random.bounded(mailboxes),
                    QStringLiteral("item%1").arg(i), codes.at(random.bounded(int(codes.size()))));
    }
    return builder.build();
}

// Counts by looking at every event of the row: what the fast paths must equal.
inline TimelineMarkCounts bruteCounts(const TimelineData &data, int row, qint64 from, qint64 to)
{
    TimelineMarkCounts counts{};
    for (const TimelineEvent &e : data.events())
        if (TimelineData::rowOf(e) == row && e.time >= from && e.time < to)
            ++counts[int(e.mark())];
    return counts;
}

} // namespace SyncLens::Test

// Readable counts in QCOMPARE failures: "[3, 0, 1, …]".
namespace QTest {
template<> inline char *toString(const SyncLens::TimelineMarkCounts &counts)
{
    QStringList parts;
    for (quint32 n : counts)
        parts.append(QString::number(n));
    return QTest::toString(QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']'));
}
} // namespace QTest
