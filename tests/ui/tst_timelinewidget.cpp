#include "timelinetestdata.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace SyncLens;
using namespace SyncLens::Test;

namespace {

void sendWheel(QWidget &widget, QPointF pos, QPoint angle, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

void sendMouse(QWidget &widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget.mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

} // namespace

// The timeline widget driven as a person would: wheel, drag, pinch, clicks,
// keys and tooltips, offscreen.
class TestTimelineWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<TimelineWidget> m_widget;

    TimelineWidget &widget() { return *m_widget; }
    qreal plotX(double time) const
    {
        return m_widget->timelineLayout().plotRect().left() + m_widget->scale().xOf(time);
    }

private Q_SLOTS:
    void init()
    {
        m_widget = std::make_unique<TimelineWidget>();
        m_widget->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_widget->setTimeZone(QTimeZone::utc());
        m_widget->resize(900, 400);
        m_widget->setData(sparseTimeline());
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup() { m_widget.reset(); }

    void isAccessibleAndFocusable()
    {
        QCOMPARE(widget().accessibleName(), QStringLiteral("Timeline"));
        // "2 mailbox(es)" until lupdate gives English its plural forms.
        QVERIFY2(widget().accessibleDescription().contains(QStringLiteral("2 mailbox")),
                 qPrintable(widget().accessibleDescription()));
        QCOMPARE(widget().focusPolicy(), Qt::StrongFocus);
    }

    void startsFitted()
    {
        QVERIFY(widget().scale().isFitted());
        QVERIFY(widget().visibleFrom().toMSecsSinceEpoch() < kTimelineT0);
        QVERIFY(widget().visibleTo().toMSecsSinceEpoch() > kTimelineT0 + 9 * kCycleMs);
    }

    void wheelZoomsAroundThePointer()
    {
        QSignalSpy range(&widget(), &TimelineWidget::visibleRangeChanged);
        const QPointF pos(plotX(kTimelineT0 + 3 * kCycleMs), 60);
        const double under =
            widget().scale().timeAt(pos.x() - widget().timelineLayout().plotRect().left());
        const double span = widget().scale().span();
        sendWheel(widget(), pos, QPoint(0, 120));
        QVERIFY(widget().scale().span() < span);
        QVERIFY(
            qAbs(widget().scale().timeAt(pos.x() - widget().timelineLayout().plotRect().left()) -
                 under) < 2);
        QCOMPARE(range.count(), 1);
        sendWheel(widget(), pos, QPoint(0, -120));
        QVERIFY(qAbs(widget().scale().span() - span) < 1);
    }

    void shiftWheelPans()
    {
        widget().zoomBy(4);
        const double start = widget().scale().start();
        sendWheel(widget(), QPointF(400, 60), QPoint(0, -120), Qt::ShiftModifier);
        QVERIFY(widget().scale().start() > start);
    }

    void dragPans()
    {
        widget().zoomBy(4);
        const double start = widget().scale().start();
        const double perPixel = widget().scale().msPerPixel();
        sendMouse(widget(), QEvent::MouseButtonPress, QPointF(500, 200), Qt::LeftButton);
        sendMouse(widget(), QEvent::MouseMove, QPointF(520, 200), Qt::LeftButton);
        sendMouse(widget(), QEvent::MouseMove, QPointF(600, 200), Qt::LeftButton);
        sendMouse(widget(), QEvent::MouseButtonRelease, QPointF(600, 200), Qt::NoButton);
        QVERIFY(qAbs(widget().scale().start() - (start - 100 * perPixel)) < 1);
    }

    void pinchZooms()
    {
        const double span = widget().scale().span();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, QPointF(400, 60), QPointF(400, 60), QPointF(400, 60), 0.5,
                                  QPointF());
        QApplication::sendEvent(&widget(), &pinch);
        QVERIFY(qAbs(widget().scale().span() - span / 1.5) < 1);
    }

    void clickOnAMarkActivatesItsItem()
    {
        QSignalSpy activated(&widget(), &TimelineWidget::itemActivated);
        QSignalSpy selected(&widget(), &TimelineWidget::selectionChanged);
        const auto &data = *widget().data();
        const qsizetype event = data.rowBegin(TimelineData::rowOf(1, TimelineLane::Crm)) + 1;
        QTest::mouseClick(&widget(), Qt::LeftButton, {}, widget().markPosition(event).toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("c3"));
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("mb2"));
        QCOMPARE(widget().selectedEvent(), event);
        QCOMPARE(selected.count(), 1);
        // A click on nothing clears the selection and opens nothing.
        QTest::mouseClick(&widget(), Qt::LeftButton, {}, QPoint(plotX(kTimelineT0) - 8, 300));
        QCOMPARE(widget().selectedEvent(), -1);
        QCOMPARE(activated.count(), 1);
    }

    void keysZoomPanAndFit_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("zoomsIn");
        QTest::addColumn<int>("panDirection"); // -1 earlier, +1 later, 0 none
        QTest::newRow("+") << int(Qt::Key_Plus) << true << 0;
        QTest::newRow("=") << int(Qt::Key_Equal) << true << 0;
        QTest::newRow("-") << int(Qt::Key_Minus) << false << 0;
        QTest::newRow("left") << int(Qt::Key_Left) << false << -1;
        QTest::newRow("right") << int(Qt::Key_Right) << false << 1;
        QTest::newRow("home") << int(Qt::Key_Home) << false << -1;
        QTest::newRow("end") << int(Qt::Key_End) << false << 1;
    }

    void keysZoomPanAndFit()
    {
        QFETCH(int, key);
        QFETCH(bool, zoomsIn);
        QFETCH(int, panDirection);
        widget().zoomBy(3);
        const double span = widget().scale().span();
        const double start = widget().scale().start();
        QTest::keyClick(&widget(), Qt::Key(key));
        if (zoomsIn)
            QVERIFY(widget().scale().span() < span);
        else if (key == Qt::Key_Minus)
            QVERIFY(widget().scale().span() > span);
        else
            QCOMPARE(widget().scale().span(), span);
        if (panDirection != 0)
            QVERIFY(panDirection < 0 ? widget().scale().start() < start
                                     : widget().scale().start() > start);
        QTest::keyClick(&widget(), Qt::Key_0);
        QVERIFY(widget().scale().isFitted());
    }

    void ctrlArrowsMoveTheSelectionAndEnterActivates()
    {
        QSignalSpy activated(&widget(), &TimelineWidget::itemActivated);
        QVERIFY(widget().selectItem(QStringLiteral("a0"), QStringLiteral("mb1")));
        QCOMPARE(widget().selectedItemId(), QStringLiteral("a0"));
        QTest::keyClick(&widget(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(widget().selectedItemId(), QStringLiteral("e1"));
        QTest::keyClick(&widget(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(widget().selectedItemId(), QStringLiteral("a0"));
        QTest::keyClick(&widget(), Qt::Key_Down, Qt::ControlModifier); // Ada's CRM lane
        QCOMPARE(widget().selectedItemId(), QStringLiteral("a0"));
        QCOMPARE(widget().data()->event(widget().selectedEvent()).lane(), TimelineLane::Crm);
        QTest::keyClick(&widget(), Qt::Key_Down,
                        Qt::ControlModifier); // Bea: empty Exchange lane skipped
        QCOMPARE(widget().selectedItemId(), QStringLiteral("c0"));
        QCOMPARE(widget().selectedMailboxId(), QStringLiteral("mb2"));
        QTest::keyClick(&widget(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("c0"));
        QTest::keyClick(&widget(), Qt::Key_Escape);
        QCOMPARE(widget().selectedEvent(), -1);
    }

    void selectItemScrollsItIntoView()
    {
        widget().setVisibleRange(QDateTime::fromMSecsSinceEpoch(kTimelineT0),
                                 QDateTime::fromMSecsSinceEpoch(kTimelineT0 + kCycleMs));
        QVERIFY(widget().selectItem(QStringLiteral("e9")));
        const QPointF pos = widget().markPosition(widget().selectedEvent());
        QVERIFY(widget().timelineLayout().plotRect().contains(pos));
        QVERIFY(!widget().selectItem(QStringLiteral("nothing")));
        QVERIFY(!widget().selectItem(QStringLiteral("e9"), QStringLiteral("mb2")));
    }

    void newDataKeepsTheSelection()
    {
        QVERIFY(widget().selectItem(QStringLiteral("c6")));
        QSignalSpy selected(&widget(), &TimelineWidget::selectionChanged);
        widget().setData(sparseTimeline());
        QCOMPARE(widget().selectedItemId(), QStringLiteral("c6"));
        QCOMPARE(selected.count(), 0);
        widget().setData(denseTimeline(10));
        QCOMPARE(widget().selectedEvent(), -1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toString(), QString());
    }

    void tooltipNamesTheMark()
    {
        const auto &data = *widget().data();
        const qsizetype event = data.rowBegin(0); // a0, Tracked, Ada's Exchange lane
        const QPointF pos = widget().markPosition(event);
        const QString text = widget().toolTipAt(pos);
        QVERIFY2(text.contains(QStringLiteral("a0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("OUT_CREATE")));
        QVERIFY(text.contains(QStringLiteral("Tracked")));
        QVERIFY(text.contains(QStringLiteral("Ada · Exchange")));
        QVERIFY(text.contains(QStringLiteral("8:00:00")));
        QHelpEvent help(QEvent::ToolTip, pos.toPoint(), widget().mapToGlobal(pos.toPoint()));
        QApplication::sendEvent(&widget(), &help);
        QTRY_COMPARE(QToolTip::text(), text);
        QVERIFY(widget().toolTipAt(QPointF(5, 5)).isEmpty());
    }

    void tooltipCountsAColumn()
    {
        widget().setData(denseTimeline(5000));
        const auto &data = *widget().data();
        const QPointF pos = widget().markPosition(data.rowBegin(0));
        const TimelineHit hit = widget().hitAt(pos);
        QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Aggregate));
        const QString text = widget().toolTipAt(pos);
        QVERIFY2(text.contains(QStringLiteral("%1 decision").arg(hit.total())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Tracked: ")));
        QVERIFY(text.contains(QStringLiteral("Not tracked: ")));
    }

    void paintsAtEveryZoomLevel_data()
    {
        QTest::addColumn<int>("decisions");
        QTest::newRow("nothing") << 0;
        QTest::newRow("sparse") << -1;
        QTest::newRow("dense") << 50000;
    }

    void paintsAtEveryZoomLevel()
    {
        QFETCH(int, decisions);
        widget().setData(decisions < 0 ? sparseTimeline() : denseTimeline(decisions));
        widget().selectItem(QStringLiteral("x3"));
        for (int level = 0;
             level < 20 && !qFuzzyCompare(widget().scale().span(), TimelineScale::MinSpan);
             ++level) {
            const QPixmap pixmap = widget().grab();
            QCOMPARE(pixmap.size(), widget().size() * pixmap.devicePixelRatio());
            widget().zoomBy(4, 300);
        }
        QImage hiDpi(widget().size() * 2, QImage::Format_ARGB32_Premultiplied);
        hiDpi.setDevicePixelRatio(2);
        widget().render(&hiDpi);
        QPalette dark = widget().palette();
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::Base, Qt::black);
        widget().setPalette(dark);
        QVERIFY(!widget().grab().isNull());
    }

    void nullDataShowsNothing()
    {
        widget().setData(nullptr);
        QVERIFY(widget().data());
        QCOMPARE(widget().data()->eventCount(), 0);
        QVERIFY(widget().accessibleDescription().contains(QStringLiteral("No decisions")));
        QVERIFY(!widget().grab().isNull());
    }

    // While loading, or with nothing to show, the axis places no time at all
    // (an empty range once read "Wednesday, 31 December 1969 23:59:30"), and
    // the plot says why it is blank.
    void anEmptyRangeShowsNoTime_data()
    {
        QTest::addColumn<bool>("loading");
        QTest::addColumn<QString>("placeholder");
        QTest::newRow("loading") << true << QStringLiteral("Loading the timeline…");
        QTest::newRow("no decisions")
            << false
            << QStringLiteral("No decisions to show yet: run a sync cycle, or choose other "
                              "mailboxes.");
    }

    void anEmptyRangeShowsNoTime()
    {
        QFETCH(bool, loading);
        QFETCH(QString, placeholder);
        widget().setLoading(loading);
        widget().setData(nullptr);
        QCOMPARE(widget().isLoading(), loading);
        QCOMPARE(widget().placeholderText(), placeholder);
        QCOMPARE(widget().axisLabels(), QStringList{QString()}); // no date, no ticks
        QVERIFY(!widget().grab().isNull());

        widget().setLoading(false);
        widget().resize(1400, 400); // room for the long date and the zone
        widget().setData(sparseTimeline());
        QVERIFY(widget().placeholderText().isEmpty());
        const QStringList labels = widget().axisLabels();
        QVERIFY(labels.size() > 2);
        QCOMPARE(labels.first(), QStringLiteral("Monday, March 2, 2026 · UTC"));
        QVERIFY(!labels.join(u' ').contains(QStringLiteral("1970")));
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
