#include "explain/daystory.h"
#include "explain/explainer.h"
#include "filterchangescenario.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// Answers that point at a moment: a person's day told in sentences with its
// causes in their place, and an explanation that names the change behind a
// decision.
class TestDayStory : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScenarioPlayer> m_player;
    const QDate m_day{2026, 3, 2};

    OrgEvent filterEvent()
    {
        const auto events = m_player->store().orgEvents();
        return events && events->size() == 1 ? events->first() : OrgEvent{};
    }

private Q_SLOTS:
    void init()
    {
        auto played = Test::playedFilterChange();
        SL_VERIFY_OK(played);
        m_player = std::move(played).value();
    }

    // Alice's day: her meetings reach Outlook at 08:00, she narrows her
    // filter at 09:07, and three of them leave scope at 09:15 — in that order.
    void aDayIsToldInOrderWithItsCause()
    {
        const auto story = DayStory::tell(m_player->store(), QStringLiteral("alice"), m_day);
        SL_VERIFY_OK(story);
        QCOMPARE(story->mailboxId, QStringLiteral("m-alice"));
        QStringList kinds;
        for (const DayStory::Line &line : story->lines)
            kinds.append(line.isCause ? QStringLiteral("cause")
                                      : line.time.toString(QStringLiteral("HH:mm")));
        QCOMPARE(kinds, (QStringList{QStringLiteral("08:00"), QStringLiteral("08:00"),
                                     QStringLiteral("08:00"), QStringLiteral("08:00"),
                                     QStringLiteral("cause"), QStringLiteral("09:15"),
                                     QStringLiteral("09:15"), QStringLiteral("09:15")}));
        const DayStory::Line &cause = story->lines.at(4);
        QCOMPARE(cause.causeEventId, filterEvent().id);
        QVERIFY(cause.title.contains(QStringLiteral("Alice Adams")));
        const DayStory::Line &left = story->lines.at(5);
        QVERIFY(left.sentence.contains(QStringLiteral("Left")));
        QVERIFY(!left.title.isEmpty() && left.title != left.itemId);
    }

    void anotherPersonsDayHasNotTheirCause()
    {
        const auto story = DayStory::tell(m_player->store(), QStringLiteral("bob"), m_day);
        SL_VERIFY_OK(story);
        QCOMPARE(story->lines.size(), 1); // b1 reached Outlook; nothing else
        QVERIFY(!story->lines.first().isCause);
        const auto quiet =
            DayStory::tell(m_player->store(), QStringLiteral("alice"), m_day.addDays(1));
        SL_VERIFY_OK(quiet);
        QVERIFY(quiet->lines.isEmpty());
    }

    void anUnknownPersonIsNamed()
    {
        const auto story = DayStory::tell(m_player->store(), QStringLiteral("zed"), m_day);
        QVERIFY(!story);
        QCOMPARE(story.error().code, Error::Code::NotFound);
        QVERIFY(story.error().message.contains(QStringLiteral("zed")));
    }

    // The explanation of a left-scope decision names the filter change and
    // points at it; the decisions before the change point at nothing.
    void anExplanationPointsAtItsCause()
    {
        const auto x = Explainer(m_player->store()).explain(QStringLiteral("a1"));
        SL_VERIFY_OK(x);
        QCOMPARE(x->decisions.size(), 2);
        QCOMPARE(x->decisions.first().causeEventId, qint64(0));
        const ExplainedDecision &left = x->decisions.last();
        QCOMPARE(left.entry.code, ReasonCode::LeftScope);
        QCOMPARE(left.causeEventId, filterEvent().id);
        QCOMPARE(left.causeTime, filterEvent().time);
        QVERIFY(left.cause.contains(QStringLiteral("Alice Adams changed their sync filter")));
        // Bob's meeting was not touched by Alice's change.
        const auto b1 = Explainer(m_player->store()).explain(QStringLiteral("b1"));
        SL_VERIFY_OK(b1);
        for (const ExplainedDecision &d : b1->decisions)
            QCOMPARE(d.causeEventId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDayStory)
#include "tst_daystory.moc"
