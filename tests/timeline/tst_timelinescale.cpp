#include "timeline/timelinescale.h"

#include <QTest>

using namespace SyncLens;

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kT0 = 1'772'438'400'000; // 2026-03-02 08:00 UTC

// A scale over ten days of data, 1000 pixels wide, fitted.
TimelineScale tenDays()
{
    TimelineScale scale;
    scale.setWidth(1000);
    scale.setBounds(kT0, kT0 + 10 * kDay);
    scale.fit();
    return scale;
}

} // namespace

class TestTimelineScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitShowsTheDataWithAMargin()
    {
        const TimelineScale scale = tenDays();
        QVERIFY(scale.isFitted());
        QVERIFY(scale.start() < kT0);
        QVERIFY(scale.end() > kT0 + 10 * kDay);
        QCOMPARE(scale.xOf(kT0), 1000 - scale.xOf(kT0 + 10 * kDay)); // centred
        QVERIFY(scale.xOf(kT0) > 5);
    }

    void timeAndXAreInverse_data()
    {
        QTest::addColumn<double>("x");
        QTest::newRow("left edge") << 0.0;
        QTest::newRow("inside") << 123.25;
        QTest::newRow("right edge") << 1000.0;
        QTest::newRow("outside") << -50.0;
    }

    void timeAndXAreInverse()
    {
        QFETCH(double, x);
        const TimelineScale scale = tenDays();
        QCOMPARE(scale.xOf(scale.timeAt(x)), x);
    }

    void zoomKeepsTheTimeUnderTheCursor_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at the middle") << 500.0 << 2.0;
        QTest::newRow("in near the left") << 10.0 << 1.25;
        QTest::newRow("in near the right") << 990.0 << 8.0;
        QTest::newRow("far in") << 321.0 << 10000.0;
    }

    void zoomKeepsTheTimeUnderTheCursor()
    {
        QFETCH(double, x);
        QFETCH(double, factor);
        TimelineScale scale = tenDays();
        const double before = scale.timeAt(x);
        const double span = scale.span();
        scale.zoom(factor, x);
        QCOMPARE(scale.span(), span / factor);
        QVERIFY(qAbs(scale.timeAt(x) - before) < 1.0); // within a millisecond
        // ... and out again, back to where it was.
        scale.zoom(1 / factor, x);
        QVERIFY(qAbs(scale.timeAt(x) - before) < 1.0);
        QVERIFY(scale.isFitted());
    }

    void zoomStopsAtItsLimits()
    {
        TimelineScale scale = tenDays();
        scale.zoom(1e12, 400);
        QCOMPARE(scale.span(), TimelineScale::MinSpan);
        scale.zoom(1e-12, 400);
        QVERIFY(scale.isFitted());
        QCOMPARE(scale.start(), tenDays().start());
    }

    void panStopsAtTheData()
    {
        TimelineScale scale = tenDays();
        scale.zoom(10, 500);
        const double span = scale.span();
        scale.pan(1e9); // far to the right: earlier times come into view
        QCOMPARE(scale.start(), tenDays().start());
        QCOMPARE(scale.span(), span);
        scale.pan(-1e9);
        QCOMPARE(scale.end(), tenDays().end());
        scale.pan(100);
        QCOMPARE(scale.end(), tenDays().end() - 100 * scale.msPerPixel());
    }

    void setVisibleIsClamped()
    {
        TimelineScale scale = tenDays();
        scale.setVisible(kT0 + kDay, kT0 + 2 * kDay);
        QCOMPARE(scale.start(), double(kT0 + kDay));
        QCOMPARE(scale.end(), double(kT0 + 2 * kDay));
        scale.setVisible(kT0 - 100 * kDay, kT0 + 100 * kDay);
        QVERIFY(scale.isFitted());
        scale.setVisible(kT0 + 2 * kDay, kT0 + kDay); // reversed: the same range
        QCOMPARE(scale.start(), double(kT0 + kDay));
    }

    void resizingKeepsTheScale()
    {
        TimelineScale scale = tenDays();
        scale.zoom(4, 0);
        const double perPixel = scale.msPerPixel();
        const double start = scale.start();
        scale.setWidth(500);
        QCOMPARE(scale.msPerPixel(), perPixel);
        QCOMPARE(scale.start(), start);
    }

    void anInstantGetsARange()
    {
        TimelineScale scale;
        scale.setWidth(800);
        scale.setBounds(kT0, kT0);
        scale.fit();
        QVERIFY(scale.span() >= 60'000);
        QVERIFY(scale.start() < kT0 && kT0 < scale.end());
    }
};

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
