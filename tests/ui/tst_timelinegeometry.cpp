#include "timelinegeometry.h"
#include "timelinetestdata.h"

#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test;

namespace {

// A layout and a scale like a 1000 × 500 widget's, fitted to `data`.
struct View
{
    explicit View(const TimelineData &data)
    {
        layout.setTextMetrics(16, 120);
        layout.setLegendHeight(30);
        layout.setMailboxCount(data.mailboxCount());
        layout.setSize(1000, 500);
        scale.setWidth(layout.plotRect().width());
        scale.setBounds(data.firstTime(), data.lastTime());
        scale.fit();
    }
    TimelineLayout layout;
    TimelineScale scale;
};

} // namespace

// The timeline's hit-testing and layout maths, without a window.
class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsStackByMailboxAndLane()
    {
        TimelineLayout layout;
        layout.setTextMetrics(16, 120);
        layout.setMailboxCount(3);
        layout.setSize(800, 400);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(layout.rowAt(layout.rowCentre(row)), row);
            if (row > 0)
                QVERIFY(layout.rowTop(row) >= layout.rowTop(row - 1) + layout.laneHeight());
        }
        QCOMPARE(layout.rowAt(layout.plotRect().top() - 1), -1); // on the axis
        QCOMPARE(layout.rowAt(layout.rowTop(2) - 1), -1);        // between mailboxes
        QCOMPARE(layout.visibleRows(), std::pair(0, 6));
        QVERIFY(!layout.needsScrollBar());
    }

    void rowsScrollWhenTheyDoNotFit()
    {
        TimelineLayout layout;
        layout.setTextMetrics(16, 120);
        layout.setMailboxCount(40);
        layout.setSize(800, 300);
        QVERIFY(layout.needsScrollBar());
        const qreal top = layout.rowTop(10);
        layout.setVerticalOffset(100);
        QCOMPARE(layout.rowTop(10), top - 100);
        QVERIFY(layout.visibleRows().first > 0);
        layout.setVerticalOffset(1e9);
        QCOMPARE(layout.verticalOffset(), layout.maxVerticalOffset());
        QCOMPARE(layout.visibleRows().second, 80);
    }

    void hitsTheMarkUnderThePointer()
    {
        const auto data = sparseTimeline();
        const View view(*data);
        const TimelineGeometry geometry(*data, view.scale, view.layout, 12);
        QVERIFY(geometry.showsMarks(0));
        for (qsizetype i = 0; i < data->eventCount(); ++i) {
            const QPointF centre = geometry.markCentre(i);
            for (const QPointF nudge : {QPointF(0, 0), QPointF(4, 0), QPointF(-3, 3)}) {
                const TimelineHit hit = geometry.hitTest(centre + nudge);
                QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Mark));
                QCOMPARE(hit.event, i);
                QCOMPARE(hit.total(), 1);
                QCOMPARE(hit.row, TimelineData::rowOf(data->event(i)));
            }
        }
    }

    void missesBetweenMarks()
    {
        const auto data = sparseTimeline();
        const View view(*data);
        const TimelineGeometry geometry(*data, view.scale, view.layout, 12);
        const QPointF a = geometry.markCentre(0), b = geometry.markCentre(1);
        QCOMPARE(int(geometry.hitTest((a + b) / 2).kind), int(TimelineHit::Kind::None));
        QCOMPARE(int(geometry.hitTest(QPointF(10, a.y())).kind), int(TimelineHit::Kind::None));
        QCOMPARE(int(geometry.hitTest(QPointF(a.x(), 2)).kind), int(TimelineHit::Kind::None));
    }

    void aPileHitsItsTopMarkAndCountsAll()
    {
        TimelineDataBuilder builder;
        builder.addMailbox(QStringLiteral("mb1"), {});
        for (int i = 0; i < 3; ++i)
            builder.add(kTimelineT0, 1, 0, QStringLiteral("p%1").arg(i), ReasonCode::InNotTracked);
        builder.add(kTimelineT0 + kCycleMs, 2, 0, QStringLiteral("q"), ReasonCode::InNotTracked);
        const auto data = builder.build();
        const View view(*data);
        const TimelineGeometry geometry(*data, view.scale, view.layout, 12);
        const TimelineHit hit = geometry.hitTest(geometry.markCentre(0));
        QCOMPARE(hit.event, 2); // drawn last, so on top
        QCOMPARE(hit.total(), 3);
        QCOMPARE(hit.counts[size_t(TimelineMark::NotTracked)], 3u);
    }

    void zoomedOutRowsHitColumns()
    {
        const auto data = denseTimeline(20000);
        const View view(*data);
        const TimelineGeometry geometry(*data, view.scale, view.layout, 12);
        QVERIFY(!geometry.showsMarks(0));
        const QPointF centre = geometry.markCentre(data->rowBegin(0) + 500);
        const TimelineHit hit = geometry.hitTest(centre);
        QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Aggregate));
        QVERIFY(hit.total() > 1);
        // The counts are those of the column's time range.
        TimelineMarkCounts brute{};
        for (qsizetype i = data->rowBegin(0); i < data->rowEnd(0); ++i)
            if (data->event(i).time >= hit.from && data->event(i).time < hit.to)
                ++brute[size_t(data->event(i).mark())];
        QCOMPARE(hit.counts, brute);
        QVERIFY(hit.from <= data->event(hit.event).time && data->event(hit.event).time < hit.to);
        // Before the first cycle (in the margin of the fitted view) there is nothing.
        const qreal x = view.layout.plotRect().left() + view.scale.xOf(kTimelineT0) - 10;
        QVERIFY(x > view.layout.plotRect().left());
        QCOMPARE(int(geometry.hitTest(QPointF(x, centre.y())).kind), int(TimelineHit::Kind::None));
    }

    void columnsMatchPixels()
    {
        const auto data = denseTimeline(100);
        const View view(*data);
        const TimelineGeometry geometry(*data, view.scale, view.layout, 12);
        for (int c = 0; c < geometry.columnCount(); c += 37) {
            QCOMPARE(geometry.columnAt(geometry.columnLeft(c) + 0.5), c);
            // A column's time range starts where its pixels start, to the millisecond.
            const double x = geometry.columnLeft(c) - view.layout.plotRect().left();
            QVERIFY(qAbs(double(geometry.columnStart(c)) - view.scale.timeAt(x)) <=
                    view.scale.msPerPixel() * 0.5 + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
