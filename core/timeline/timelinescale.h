#pragma once

#include <QtGlobal>

namespace SyncLens {

// The timeline's horizontal maths, without a window: which time range is
// visible in how many pixels, time ↔ x, zoom around a point, pan, fit, and
// the limits that keep the view near the data. Times are ms since the epoch
// (doubles, so that deep zooms stay smooth); x is in device-independent
// pixels from the left edge of the plot.
class TimelineScale
{
public:
    // The shortest visible span: a second, so marks of one cycle never spread
    // further apart than the journal's resolution can tell.
    static constexpr double MinSpan = 1000.0;
    // Room left around the data when fitted, as a share of its span.
    static constexpr double FitMargin = 0.02;

    void setWidth(double pixels);
    double width() const { return m_width; }
    // The data's extent: the view never moves or zooms out far beyond it.
    void setBounds(qint64 first, qint64 last);
    double boundsStart() const { return m_boundsStart; }
    double boundsEnd() const { return m_boundsEnd; }

    double start() const { return m_start; }
    double end() const { return m_start + m_span; }
    double span() const { return m_span; }
    double msPerPixel() const { return m_span / m_width; }
    void setVisible(double start, double end);
    // The whole data, with a margin.
    void fit();
    bool isFitted() const;

    double xOf(double time) const { return (time - m_start) / m_span * m_width; }
    double timeAt(double x) const { return m_start + x / m_width * m_span; }

    // factor > 1 zooms in; the time under `x` stays under `x` unless a limit
    // is reached.
    void zoom(double factor, double x);
    // Moves the view by `dx` pixels (positive: the content moves right, so
    // earlier times come into view).
    void pan(double dx);
    // Shows `time` at `x`, keeping the span.
    void moveTo(double time, double x);

private:
    double maxSpan() const;
    void clamp();

    double m_width = 1000;
    double m_boundsStart = 0;
    double m_boundsEnd = 3600'000; // an hour until there is data
    double m_start = 0;
    double m_span = 3600'000;
};

} // namespace SyncLens
