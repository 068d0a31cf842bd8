#include "timelinescale.h"

#include <algorithm>
#include <cmath>

namespace SyncLens {

void TimelineScale::setWidth(double pixels)
{
    // Resizing keeps the time at the left edge and the scale (ms per pixel),
    // so marks do not jump while a window is dragged wider.
    const double perPixel = msPerPixel();
    m_width = std::max(1.0, pixels);
    m_span = perPixel * m_width;
    clamp();
}

void TimelineScale::setBounds(qint64 first, qint64 last)
{
    m_boundsStart = double(std::min(first, last));
    m_boundsEnd = double(std::max(first, last));
    // A single instant still gets a readable range around it.
    if (m_boundsEnd - m_boundsStart < MinSpan * 60) {
        const double middle = (m_boundsStart + m_boundsEnd) / 2;
        m_boundsStart = middle - MinSpan * 30;
        m_boundsEnd = middle + MinSpan * 30;
    }
    clamp();
}

void TimelineScale::setVisible(double start, double end)
{
    m_start = std::min(start, end);
    m_span = std::abs(end - start);
    clamp();
}

void TimelineScale::fit()
{
    const double margin = (m_boundsEnd - m_boundsStart) * FitMargin;
    m_start = m_boundsStart - margin;
    m_span = maxSpan();
}

bool TimelineScale::isFitted() const
{
    return m_span >= maxSpan() * (1 - 1e-9);
}

double TimelineScale::maxSpan() const
{
    return (m_boundsEnd - m_boundsStart) * (1 + 2 * FitMargin);
}

void TimelineScale::clamp()
{
    m_span = std::clamp(m_span, MinSpan, maxSpan());
    const double margin = (m_boundsEnd - m_boundsStart) * FitMargin;
    m_start = std::clamp(m_start, m_boundsStart - margin, m_boundsEnd + margin - m_span);
}

void TimelineScale::zoom(double factor, double x)
{
    if (!(factor > 0))
        return;
    const double anchor = timeAt(x);
    m_span = std::clamp(m_span / factor, MinSpan, maxSpan());
    m_start = anchor - x / m_width * m_span;
    clamp();
}

void TimelineScale::pan(double dx)
{
    m_start -= dx * msPerPixel();
    clamp();
}

void TimelineScale::moveTo(double time, double x)
{
    m_start = time - x * msPerPixel();
    clamp();
}

} // namespace SyncLens
