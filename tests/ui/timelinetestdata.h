#pragma once

#include "timeline/timelinedatabuilder.h"

#include <QDateTime>
#include <QTimeZone>

namespace SyncLens::Test {

inline const qint64 kTimelineT0 =
    QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
inline constexpr qint64 kCycleMs = 15 * 60'000;

// Two mailboxes, ten cycles: Ada (mb1) has a tracked appointment "a<k>" at
// even cycles and an untracked email "e<k>" at odd ones; Bea (mb2) has an
// out-of-scope contact "c<k>" at every third cycle.
inline std::shared_ptr<const TimelineData> sparseTimeline()
{
    TimelineDataBuilder builder;
    builder.addMailbox(QStringLiteral("mb1"), QStringLiteral("Ada"));
    builder.addMailbox(QStringLiteral("mb2"), QStringLiteral("Bea"));
    for (int k = 0; k < 10; ++k) {
        const qint64 t = kTimelineT0 + k * kCycleMs;
        if (k % 2 == 0)
            builder.add(t, k, 0, QStringLiteral("a%1").arg(k), ReasonCode::OutCreate);
        else
            builder.add(t, k, 0, QStringLiteral("e%1").arg(k), ReasonCode::NotTrackedNoSignal);
        if (k % 3 == 0)
            builder.add(t, k, 1, QStringLiteral("c%1").arg(k), ReasonCode::NotInScope);
    }
    return builder.build();
}

// One mailbox with `count` decisions spread over a day, cycle by cycle:
// far more than a row can show one by one.
inline std::shared_ptr<const TimelineData> denseTimeline(int count)
{
    TimelineDataBuilder builder;
    builder.addMailbox(QStringLiteral("mb1"), QStringLiteral("Ada"));
    for (int i = 0; i < count; ++i) {
        const int cycle = i % 96;
        builder.add(kTimelineT0 + cycle * kCycleMs, cycle, 0, QStringLiteral("x%1").arg(i),
                    i % 7 == 0 ? ReasonCode::InNotTracked : ReasonCode::OutCreate);
    }
    return builder.build();
}

} // namespace SyncLens::Test
