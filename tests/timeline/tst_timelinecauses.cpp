#include "filterchangescenario.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "store/orgstore.h"
#include "timeline/timelineloader.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// The causes on the timeline: each change that makes the engine decide again
// is loaded as one marker on the rows it concerns, at its time, told in
// plain language, with the decisions it set off right after it.
class TestTimelineCauses : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScenarioPlayer> m_player;

private Q_SLOTS:
    void init()
    {
        auto played = Test::playedFilterChange();
        SL_VERIFY_OK(played);
        m_player = std::move(played).value();
    }

    void aFilterChangeIsOneMarkerOnItsUsersRows()
    {
        auto data = TimelineLoader::load(m_player->store());
        SL_VERIFY_OK(data);
        const auto &causes = (*data)->causes();
        QCOMPARE(causes.size(), size_t(1));
        const TimelineCause &c = causes.front();
        QCOMPARE(c.kind, TimelineCause::Kind::Filter);
        QCOMPARE(c.time, Test::kFilterChangeAt);
        QCOMPARE((*data)->mailboxId(c.mailbox), QStringLiteral("m-alice"));
        QVERIFY(c.title.contains(QStringLiteral("Alice Adams")));
        QVERIFY(c.title.contains(QStringLiteral("My appointments")));
        QVERIFY(!c.before.isEmpty() && !c.after.isEmpty() && c.before != c.after);
        const auto versions = m_player->store().filterVersions(QStringLiteral("f-alice"));
        SL_VERIFY_OK(versions);
        QCOMPARE(c.versionId, versions->last().id);
    }

    // The burst of left-scope marks hangs from the marker: the next cycle,
    // on the same user's rows, and nowhere else.
    void theLeftScopeBurstFollowsItsMarker()
    {
        auto data = TimelineLoader::load(m_player->store());
        SL_VERIFY_OK(data);
        const int alice = (*data)->mailboxIndex(QStringLiteral("m-alice"));
        int left = 0;
        for (const TimelineEvent &e : (*data)->events()) {
            if (e.mark() != TimelineMark::LeftScope)
                continue;
            QCOMPARE(int(e.mailbox), alice);
            QCOMPARE(e.time, Test::kBurstAt);
            ++left;
        }
        QVERIFY(left >= 3);
    }

    // A view of Bob alone, or of a time before the change, has no marker.
    void otherRowsAndTimesHaveNone()
    {
        auto bob = TimelineLoader::load(m_player->store(), {QStringLiteral("m-bob")});
        SL_VERIFY_OK(bob);
        QVERIFY((*bob)->causes().empty());
        auto before = TimelineLoader::load(
            m_player->store(), {}, {},
            QDateTime::fromMSecsSinceEpoch(Test::kFilterChangeAt, QTimeZone::utc()));
        SL_VERIFY_OK(before);
        QVERIFY((*before)->causes().empty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineCauses)
#include "tst_timelinecauses.moc"
