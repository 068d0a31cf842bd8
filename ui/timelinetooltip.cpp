#include "timelinetooltip.h"

#include "timelinemarkstyle.h"

namespace SyncLens {

QString TimelineToolTip::text(const TimelineData &data, const TimelineHit &hit,
                              const TimelineTicks &ticks)
{
    switch (hit.kind) {
    case TimelineHit::Kind::None:
        return {};
    case TimelineHit::Kind::Mark:
        return markText(data, hit, ticks);
    case TimelineHit::Kind::Aggregate:
        return countsText(data, hit, ticks);
    }
    return {};
}

QString TimelineToolTip::where(const TimelineData &data, int row)
{
    //: A mailbox's user, then the side: "Ada Hansen · Exchange".
    return tr("%1 · %2").arg(data.mailboxLabel(TimelineData::mailboxOfRow(row)),
                             TimelineMarkStyle::laneLabel(TimelineData::laneOfRow(row)));
}

QString TimelineToolTip::markText(const TimelineData &data, const TimelineHit &hit,
                                  const TimelineTicks &ticks)
{
    const TimelineEvent &e = data.event(hit.event);
    const QString item = data.itemId(e.item);
    QStringList lines;
    lines.append(item.isEmpty() ? tr("The mailbox itself") : item);
    //: A kind of mark and the engine's reason code: "Tracked (OUT_CREATE)".
    lines.append(
        tr("%1 (%2)").arg(TimelineMarkStyle::markLabel(e.mark()), reasonCodeName(e.reasonCode())));
    lines.append(where(data, hit.row));
    lines.append(ticks.instantLabel(e.time));
    if (hit.total() > 1) {
        lines.append(tr("and %n more mark(s) at this point; Ctrl+Left and Ctrl+Right step "
                        "through them",
                        nullptr, int(hit.total() - 1)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineToolTip::countsText(const TimelineData &data, const TimelineHit &hit,
                                    const TimelineTicks &ticks)
{
    QStringList lines;
    lines.append(where(data, hit.row));
    //: How many decisions a bar stands for, and when: "812 decisions, 3/2/26 9:15:00 AM – …".
    lines.append(tr("%n decision(s), %1 – %2", nullptr, int(hit.total()))
                     .arg(ticks.instantLabel(hit.from), ticks.instantLabel(hit.to - 1)));
    for (TimelineMark mark : allTimelineMarks()) {
        const quint32 n = hit.counts[size_t(mark)];
        if (n > 0)
            //: A kind of mark and how many: "Tracked: 600".
            lines.append(tr("%1: %2").arg(TimelineMarkStyle::markLabel(mark)).arg(n));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace SyncLens
