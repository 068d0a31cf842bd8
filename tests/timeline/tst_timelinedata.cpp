#include "timelinefixtures.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test;

namespace {

const QString kItem = QStringLiteral("a1");

std::shared_ptr<const TimelineData> oneMailbox(const QList<std::pair<qint64, ReasonCode>> &rows)
{
    TimelineDataBuilder builder;
    builder.addMailbox(QStringLiteral("mb1"), QStringLiteral("Ada"));
    qint64 cycle = 0;
    for (const auto &[time, code] : rows)
        builder.add(time, ++cycle, 0, kItem, code);
    return builder.build();
}

} // namespace

class TestTimelineData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionOnBothSidesIsTwoLinkedMarks()
    {
        const auto data = oneMailbox({{kT0, ReasonCode::OutCreate}});
        QCOMPARE(data->eventCount(), 2);
        const TimelineEvent &exchange = data->event(data->rowBegin(0));
        const TimelineEvent &crm = data->event(data->rowBegin(1));
        QCOMPARE(exchange.lane(), TimelineLane::Exchange);
        QCOMPARE(crm.lane(), TimelineLane::Crm);
        QCOMPARE(exchange.partner, quint32(data->rowBegin(1)));
        QCOMPARE(crm.partner, quint32(data->rowBegin(0)));
        QCOMPARE(data->itemId(exchange.item), kItem);
        QCOMPARE(exchange.reasonCode(), ReasonCode::OutCreate);
        QCOMPARE(exchange.mark(), TimelineMark::Tracked);
    }

    void oneSidedDecisionsOfACycleLinkUp()
    {
        TimelineDataBuilder builder;
        builder.add(kT0, 1, builder.addMailbox(QStringLiteral("mb1"), {}), kItem,
                    ReasonCode::InNotTracked);
        builder.add(kT0, 1, 0, kItem, ReasonCode::NotInScope);
        builder.add(kT0 + 1000, 2, 0, kItem, ReasonCode::NotInScope);    // next cycle: alone
        builder.add(kT0, 1, 0, QString(), ReasonCode::TransientFailure); // no item: alone
        const auto data = builder.build();
        QCOMPARE(data->eventCount(), 4);
        const TimelineEvent &exchange = data->event(0);
        QCOMPARE(exchange.reasonCode(), ReasonCode::InNotTracked);
        QCOMPARE(data->event(exchange.partner).reasonCode(), ReasonCode::NotInScope);
        QCOMPARE(data->event(exchange.partner).time, kT0);
        QVERIFY(!data->event(1).hasPartner()); // the health mark
        QVERIFY(!data->event(data->rowEnd(1) - 1).hasPartner());
    }

    void rowsAreSortedByTime()
    {
        const auto data = randomTimeline(5, 5000, 50, 1);
        QCOMPARE(data->rowCount(), 10);
        QCOMPARE(data->rowEnd(data->rowCount() - 1), data->eventCount());
        for (int row = 0; row < data->rowCount(); ++row) {
            for (qsizetype i = data->rowBegin(row); i < data->rowEnd(row); ++i) {
                QCOMPARE(TimelineData::rowOf(data->event(i)), row);
                if (i > data->rowBegin(row))
                    QVERIFY(data->event(i - 1).time <= data->event(i).time);
                if (data->event(i).hasPartner())
                    QCOMPARE(data->event(data->event(i).partner).partner, quint32(i));
            }
        }
        QCOMPARE(data->firstTime(), kT0);
        QCOMPARE(data->lastTime(), kT0 + 49 * 900'000LL);
    }

    void countsInEqualABruteCount_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("everything") << kT0 - 1 << kT0 + 100 * 900'000LL;
        QTest::newRow("one cycle") << kT0 + 900'000LL << kT0 + 900'001LL;
        QTest::newRow("just before a cycle") << kT0 << kT0 + 900'000LL;
        QTest::newRow("middle") << kT0 + 3'333'333LL << kT0 + 33'333'333LL;
        QTest::newRow("before the data") << kT0 - 5000 << kT0;
        QTest::newRow("after the data") << kT0 + 60 * 900'000LL << kT0 + 70 * 900'000LL;
        QTest::newRow("empty range") << kT0 << kT0;
    }

    void countsInEqualABruteCount()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto data = randomTimeline(3, 20000, 50, 2);
        for (int row = 0; row < data->rowCount(); ++row)
            QCOMPARE(data->countsIn(row, from, to), bruteCounts(*data, row, from, to));
    }

    void columnCountsEqualABruteCount_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const qint64 all = 50 * 900'000LL;
        QTest::newRow("1 column") << 1 << kT0 << kT0 + all;
        QTest::newRow("7 columns, odd span") << 7 << kT0 - 12345 << kT0 + all + 777;
        QTest::newRow("1600 columns") << 1600 << kT0 - all / 50 << kT0 + all + all / 50;
        QTest::newRow("more columns than ms")
            << 500 << kT0 + 900'000LL - 100 << kT0 + 900'000LL + 100;
        QTest::newRow("zoomed in on three cycles")
            << 800 << kT0 + 10 * 900'000LL << kT0 + 13 * 900'000LL;
        QTest::newRow("beyond the data") << 50 << kT0 + 2 * all << kT0 + 3 * all;
    }

    void columnCountsEqualABruteCount()
    {
        QFETCH(int, columns);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto data = randomTimeline(2, 30000, 50, 3);
        std::vector<TimelineMarkCounts> counts(static_cast<size_t>(columns));
        for (int row = 0; row < data->rowCount(); ++row) {
            data->columnCounts(row, from, to, counts);
            for (int c = 0; c < columns; ++c) {
                const qint64 start = TimelineData::columnStart(from, to, columns, c);
                const qint64 end = TimelineData::columnStart(from, to, columns, c + 1);
                QCOMPARE(counts[size_t(c)], bruteCounts(*data, row, start, end));
            }
        }
    }

    void columnCountsOfScatteredMarks_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("few marks per column") << 1600 << 3'600'000LL;
        QTest::newRow("hundreds per column") << 40 << 3'600'000LL;
        QTest::newRow("columns shorter than a ms") << 1000 << 500LL;
    }

    void columnCountsOfScatteredMarks()
    {
        QFETCH(int, columns);
        QFETCH(qint64, spanMs);
        const auto data = scatteredTimeline(3, 20000, spanMs, 5);
        std::vector<TimelineMarkCounts> counts(static_cast<size_t>(columns));
        const qint64 from = kT0 + spanMs / 10, to = kT0 + spanMs - spanMs / 7;
        for (int row = 0; row < data->rowCount(); ++row) {
            data->columnCounts(row, from, to, counts);
            for (int c = 0; c < columns; ++c) {
                const qint64 start = TimelineData::columnStart(from, to, columns, c);
                const qint64 end = TimelineData::columnStart(from, to, columns, c + 1);
                QCOMPARE(counts[size_t(c)], bruteCounts(*data, row, start, end));
            }
        }
    }

    void columnsCoverTheRangeWithoutGaps()
    {
        const qint64 from = 1000, to = 1000 + 12345;
        const int columns = 97;
        QCOMPARE(TimelineData::columnStart(from, to, columns, 0), from);
        QCOMPARE(TimelineData::columnStart(from, to, columns, columns), to);
        for (qint64 t = from; t < to; t += 7) {
            const qint64 c = (t - from) * columns / (to - from);
            QVERIFY(TimelineData::columnStart(from, to, columns, c) <= t);
            QVERIFY(t < TimelineData::columnStart(from, to, columns, c + 1));
        }
    }

    void findsItemsAndTheirMarks()
    {
        const auto data =
            oneMailbox({{kT0, ReasonCode::OutCreate}, {kT0 + 5000, ReasonCode::OutUpdate}});
        const auto item = data->findItem(kItem);
        QVERIFY(item);
        QVERIFY(!data->findItem(QStringLiteral("nothing")));
        QCOMPARE(data->event(data->findEvent(*item)).time, kT0);
        QCOMPARE(data->event(data->findEvent(*item, kT0 + 1)).time, kT0 + 5000);
        QCOMPARE(data->event(data->findEvent(*item, kT0 + 9000)).time, kT0 + 5000);
    }

    void findsTheNearestMarkOfARow_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("found");
        QTest::newRow("before all") << kT0 - 99 << kT0;
        QTest::newRow("exactly") << kT0 + 5000 << kT0 + 5000;
        QTest::newRow("nearer the earlier") << kT0 + 7000 << kT0 + 5000;
        QTest::newRow("a tie goes earlier") << kT0 + 7500 << kT0 + 5000;
        QTest::newRow("nearer the later") << kT0 + 9000 << kT0 + 10000;
        QTest::newRow("after all") << kT0 + 99999 << kT0 + 10000;
    }

    void findsTheNearestMarkOfARow()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, found);
        const auto data = oneMailbox({{kT0, ReasonCode::InNotTracked},
                                      {kT0 + 5000, ReasonCode::InNotTracked},
                                      {kT0 + 5000, ReasonCode::InNotTracked},
                                      {kT0 + 10000, ReasonCode::InNotTracked}});
        const qsizetype nearest = data->nearestInRow(0, time);
        QCOMPARE(data->event(nearest).time, found);
        if (nearest > 0) // the first of marks at the same time
            QVERIFY(data->event(nearest - 1).time < found);
        QCOMPARE(data->nearestInRow(1, time), -1); // the CRM lane is empty
    }

    void staysUnder200BytesPerMark()
    {
        const auto data = randomTimeline(20, 100000, 96, 4);
        const double perMark = double(data->bytes()) / double(data->eventCount());
        QVERIFY2(perMark <= 200, qPrintable(QString::number(perMark)));
        QVERIFY(perMark >= sizeof(TimelineEvent));
    }
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
