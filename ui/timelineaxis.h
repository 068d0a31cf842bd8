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
// and, in the corner above the mailbox names, the date the view is in and
// its zone (said there once). With no time to show (nothing loaded yet, no
// decisions), it draws the bare axis: an empty range is no instant, least of
// all 1 January 1970.
class TimelineAxis
{
public:
    TimelineAxis(const TimelineTicks &ticks, const TimelineScale &scale,
                 const TimelineLayout &layout, const QFont &font, const QString &zone,
                 bool hasTime = true);

    TimelineTicks::Step step() const { return m_step; }
    const QList<TimelineTicks::Tick> &ticks() const { return m_list; }
    // What the corner says ("Monday, 2 March 2026 · UTC"; empty without time).
    QString cornerLabel() const;

    void paintGrid(QPainter &painter, const QPalette &palette) const;
    void paintAxis(QPainter &painter, const QPalette &palette) const;

private:
    qreal xOf(qint64 time) const;
    QRectF cornerRect() const;

    const TimelineTicks &m_ticks;
    const TimelineScale &m_scale;
    const TimelineLayout &m_layout;
    QFont m_font;
    QFont m_bold;
    QString m_zone;
    bool m_hasTime = true;
    TimelineTicks::Step m_step;
    QList<TimelineTicks::Tick> m_list;
};

} // namespace SyncLens
