#include "timeline/timelineticks.h"

#include <QTest>

using namespace SyncLens;

using Unit = TimelineTicks::Unit;
using Step = TimelineTicks::Step;
Q_DECLARE_METATYPE(Step)

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestTimelineTicks : public QObject
{
    Q_OBJECT

    const TimelineTicks m_en{QLocale(QLocale::English, QLocale::UnitedStates), QTimeZone::utc()};

private Q_SLOTS:
    void stepForSpacing_data()
    {
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<Step>("step");
        // 80 pixels apart at least.
        QTest::newRow("10 ms/px: a second") << 10.0 << Step{Unit::Second, 1};
        QTest::newRow("100 ms/px: 10 s") << 100.0 << Step{Unit::Second, 10};
        QTest::newRow("1 s/px: 1 min") << 1000.0 << Step{Unit::Minute, 5};
        QTest::newRow("1 min/px: 3 h") << 60'000.0 << Step{Unit::Hour, 3};
        QTest::newRow("1 h/px: a week") << 3'600'000.0 << Step{Unit::Week, 1};
        QTest::newRow("1 day/px: a quarter") << 86'400'000.0 << Step{Unit::Month, 3};
    }

    void stepForSpacing()
    {
        QFETCH(double, msPerPixel);
        QFETCH(Step, step);
        const Step chosen = TimelineTicks::stepFor(msPerPixel, 80);
        QCOMPARE(int(chosen.unit), int(step.unit));
        QCOMPARE(chosen.count, step.count);
        QVERIFY(chosen.approxMs() / msPerPixel >= 80);
    }

    void ticksAreAlignedAndEven_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("firstTick");
        QTest::addColumn<int>("count");
        QTest::newRow("quarter hours")
            << at("2026-03-02T10:07:00Z") << at("2026-03-02T12:55:00Z") << Step{Unit::Minute, 15}
            << at("2026-03-02T10:15:00Z") << 11;
        QTest::newRow("six hours over midnight")
            << at("2026-03-02T13:00:00Z") << at("2026-03-04T01:00:00Z") << Step{Unit::Hour, 6}
            << at("2026-03-02T18:00:00Z") << 6;
        QTest::newRow("days") << at("2026-02-27T12:00:00Z") << at("2026-03-03T12:00:00Z")
                              << Step{Unit::Day, 1} << at("2026-02-28T00:00:00Z") << 4;
        QTest::newRow("weeks start on Sunday in the US")
            << at("2026-03-02T00:00:00Z") << at("2026-03-30T00:00:00Z") << Step{Unit::Week, 1}
            << at("2026-03-08T00:00:00Z") << 4;
        QTest::newRow("quarters") << at("2025-11-15T00:00:00Z") << at("2026-12-31T00:00:00Z")
                                  << Step{Unit::Month, 3} << at("2026-01-01T00:00:00Z") << 4;
        QTest::newRow("decades") << at("1995-06-01T00:00:00Z") << at("2031-01-01T00:00:00Z")
                                 << Step{Unit::Year, 10} << at("2000-01-01T00:00:00Z") << 4;
    }

    void ticksAreAlignedAndEven()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(Step, step);
        QFETCH(qint64, firstTick);
        QFETCH(int, count);
        const auto ticks = m_en.ticks(double(start), double(end), step);
        QCOMPARE(ticks.size(), count);
        QCOMPARE(ticks.first().time, firstTick);
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            QVERIFY(ticks[i - 1].time < ticks[i].time);
            QVERIFY(!ticks[i].label.isEmpty());
        }
    }

    void majorTicksNameTheLargerUnit()
    {
        const auto ticks = m_en.ticks(double(at("2026-03-02T18:00:00Z")),
                                      double(at("2026-03-03T06:00:00Z")), Step{Unit::Hour, 6});
        QCOMPARE(ticks.size(), 3);
        QVERIFY(!ticks[0].major);
        QVERIFY2(ticks[0].label.startsWith(QStringLiteral("6:00")), qPrintable(ticks[0].label));
        QVERIFY(ticks[1].major);
        QCOMPARE(ticks[1].label, QStringLiteral("Tue, Mar 3"));
        const auto months = m_en.ticks(double(at("2025-11-15T00:00:00Z")),
                                       double(at("2026-02-15T00:00:00Z")), Step{Unit::Month, 1});
        QCOMPARE(months.size(), 3);
        QCOMPARE(months[0].label, QStringLiteral("Dec"));
        QVERIFY(months[1].major);
        QCOMPARE(months[1].label, QStringLiteral("2026"));
    }

    void labelsFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("day");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("18:00")
                            << QStringLiteral("Di., 3. März");
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("18:00")
                            << QStringLiteral("mar. 3 mars");
    }

    void labelsFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, time);
        QFETCH(QString, day);
        const TimelineTicks ticks(locale, QTimeZone::utc());
        const auto list = ticks.ticks(double(at("2026-03-02T18:00:00Z")),
                                      double(at("2026-03-03T00:00:00Z")), Step{Unit::Hour, 6});
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].label, time);
        QCOMPARE(list[1].label, day);
        QVERIFY(!ticks.sampleLabel(Step{Unit::Hour, 6}).isEmpty());
        QVERIFY(
            ticks.contextLabel(list[0].time, Step{Unit::Hour, 6}).contains(QStringLiteral("2026")));
    }

    void followsTheZoneAcrossDaylightSaving()
    {
        const TimelineTicks berlin(QLocale(QLocale::German), QTimeZone("Europe/Berlin"));
        // Clocks go forward at 02:00 on 2026-03-29.
        const auto ticks = berlin.ticks(double(at("2026-03-28T22:30:00Z")),
                                        double(at("2026-03-29T06:00:00Z")), Step{Unit::Hour, 1});
        QVERIFY(ticks.size() >= 7);
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].time - ticks[i - 1].time == 3'600'000);
        QCOMPARE(ticks.first().time, at("2026-03-28T23:00:00Z")); // midnight in Berlin
        QVERIFY(ticks.first().major);
    }
};

QTEST_GUILESS_MAIN(TestTimelineTicks)
#include "tst_timelineticks.moc"
