#pragma once

#include "timeline/timelinescale.h"
#include "timeline/timelineticks.h"
#include "timelinelayout.h"

#include <QFont>
#include <QPalette>

class QPainter;

namespace SyncLens {

// The time axis above the plot and the grid lines through it: picks a tick
// step whose labels fit the font, then draws ticks, labels (major ones bold)
// and, in the corner above the mailbox names, the date the view is in.
class TimelineAxis
{
public:
    TimelineAxis(const TimelineTicks &ticks, const TimelineScale &scale,
                 const TimelineLayout &layout, const QFont &font);

    TimelineTicks::Step step() const { return m_step; }
    const QList<TimelineTicks::Tick> &ticks() const { return m_list; }

    void paintGrid(QPainter &painter, const QPalette &palette) const;
    void paintAxis(QPainter &painter, const QPalette &palette) const;

private:
    qreal xOf(qint64 time) const;

    const TimelineTicks &m_ticks;
    const TimelineScale &m_scale;
    const TimelineLayout &m_layout;
    QFont m_font;
    QFont m_bold;
    TimelineTicks::Step m_step;
    QList<TimelineTicks::Tick> m_list;
};

} // namespace SyncLens
