#pragma once

#include "timeline/timelinedata.h"
#include "timeline/timelinescale.h"
#include "timeline/timelineticks.h"
#include "timelinelayout.h"

#include <QCoreApplication>

#include <QFont>
#include <QPalette>
#include <QStaticText>
#include <optional>

#include <array>

class QPainter;

namespace SyncLens {

// The causes on the timeline: each a labelled vertical marker across the
// rows of the mailbox it concerns (every row for an org setting), drawn over
// the marks so that the decisions it set off hang from it. Positions,
// hit-testing, painting and the hover text, in widget coordinates; the
// widget owns which marker is hovered and which is highlighted.
class TimelineCauseLayer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimelineCauseLayer)

public:
    static constexpr qreal HitSlop = 4; // pixels either side of a marker's line

    TimelineCauseLayer(const TimelineData &data, const TimelineScale &scale,
                       const TimelineLayout &layout, const QFont &font);

    // The markers in the visible time range, [first, last) into causes().
    std::pair<qsizetype, qsizetype> visible() const;
    qreal xOf(qsizetype cause) const;
    // The line's extent: its mailbox's two lanes, or the whole plot.
    QRectF span(qsizetype cause) const;
    QRectF labelRect(qsizetype cause) const;
    // The marker under `pos` (its line or its label), or -1.
    qsizetype hitTest(QPointF pos) const;

    void paint(QPainter &painter, const QPalette &palette, qsizetype highlighted,
               qsizetype hovered) const;

    // A word on the marker: "Filter", "Setting", "Failing" …
    static QString label(TimelineCause::Kind kind);
    static QColor colour(TimelineCause::Kind kind);
    // What hovering says: what changed, by whom, when, before and after.
    static QString toolTip(const TimelineCause &cause, const TimelineTicks &ticks);

private:
    const TimelineData &m_data;
    const TimelineScale &m_scale;
    const TimelineLayout &m_layout;
    QFont m_font;
    static constexpr size_t KindCount = size_t(TimelineCause::Kind::Recovered) + 1;
    // Each kind's label, laid out once per paint (hundreds of markers, six words).
    mutable std::array<std::optional<QStaticText>, KindCount> m_labels;
    std::array<qreal, KindCount> m_labelWidths{};
    qreal m_labelHeight = 0;
};

} // namespace SyncLens
