#pragma once

#include "timelinemarkstyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

namespace SyncLens {

// The key below the plot: each kind of mark with its shape and name, the
// link between copies, and how to read the bars; the entries flow into as
// many lines as the width needs.
class TimelineLegend
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimelineLegend)

public:
    TimelineLegend(const TimelineMarkStyle &style, const QFont &font, qreal width);

    qreal height() const { return m_height; }
    // `aggregated`: whether any row shows bars; if none does, their entry is left out.
    void paint(QPainter &painter, const QRectF &rect, const QPalette &palette,
               bool aggregated) const;

private:
    struct Entry
    {
        int mark = -1; // a TimelineMark, or -1 for the link, -2 for the bars
        QString text;
        QRectF rect; // relative to the legend's top left
    };

    void paintSymbol(QPainter &painter, const Entry &entry, QPointF centre,
                     const QPalette &palette) const;

    const TimelineMarkStyle &m_style;
    QFont m_font;
    QList<Entry> m_entries;
    qreal m_height = 0;
};

} // namespace SyncLens
