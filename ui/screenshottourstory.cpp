// ScreenshotTour: the shots of "The timeline tells a story" in the README —
// the demo org's month, one day zoomed in on a filter change and the burst
// of decisions that hangs from it, and an end user's day view.
#include "screenshottour.h"

#include "dayview.h"
#include "mainwindow.h"
#include "timelinepanel.h"
#include "timelinewidget.h"

#include <QDockWidget>
#include <QTimer>

namespace SyncLens {

void ScreenshotTour::addStoryShots(const QString &userId, const QDate &day)
{
    addShot({QStringLiteral("screenshot-story-month.png"),
             [this](const Ready &ready) { showTimeline(ready); },
             [this] { return m_window.timelineDock(); }});
    addShot({QStringLiteral("screenshot-story-cause.png"),
             [this, day](const Ready &ready) { showFilterChange(day, ready); },
             [this] { return m_window.timelineDock(); }});
    addShot({QStringLiteral("screenshot-story-day.png"),
             [this, userId, day](const Ready &ready) {
                 if (!m_window.openDayView(userId, day)) {
                     fail(tr("There is no user %1 to show a day of.").arg(userId));
                     return;
                 }
                 QTimer::singleShot(100, this, ready);
             },
             [this] { return static_cast<QWidget *>(m_window.findChild<DayView *>()); }});
}

// The first filter change on `day` (or after it), every mailbox stacked.
void ScreenshotTour::showFilterChange(const QDate &day, const Ready &ready)
{
    TimelineWidget *timeline = m_window.timelinePanel()->timeline();
    const qint64 from = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const auto &causes = timeline->data()->causes();
    const auto it = std::find_if(causes.begin(), causes.end(), [from](const TimelineCause &c) {
        return c.kind == TimelineCause::Kind::Filter && c.time >= from;
    });
    if (it == causes.end()) {
        fail(tr("The org has no filter change on or after %1.").arg(day.toString(Qt::ISODate)));
        return;
    }
    timeline->showCause(it - causes.begin());
    QTimer::singleShot(50, this, ready);
}

} // namespace SyncLens
