#include "dayview.h"
#include "filterchangescenario.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "store/orgstore.h"
#include "timelinewidget.h"
#include "totext.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

// The day view, with real widgets: one person's rows for one day, large,
// and what happened that day in sentences, the change among them.
class TestDayView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScenarioPlayer> m_player;
    std::unique_ptr<DayView> m_view;

private Q_SLOTS:
    void init()
    {
        auto played = Test::playedFilterChange();
        SL_VERIFY_OK(played);
        m_player = std::move(played).value();
        m_view = std::make_unique<DayView>();
        m_view->setOrg(&m_player->store());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_player.reset();
    }

    void showsOnePersonsDay()
    {
        QVERIFY(m_view->showDay(QStringLiteral("alice"), QDate(2026, 3, 2)));
        TimelineWidget *timeline = m_view->timeline();
        QCOMPARE(timeline->data()->mailboxCount(), 1);
        QCOMPARE(timeline->data()->mailboxId(0), QStringLiteral("m-alice"));
        QCOMPARE(timeline->data()->causes().size(), size_t(1));
        QListWidget *list = m_view->storyList();
        QCOMPARE(list->count(), 8);
        QVERIFY(list->item(4)->text().contains(QStringLiteral("changed their sync filter")));
        QVERIFY(list->item(4)->font().bold());
        QVERIFY(m_view->statusText().contains(QStringLiteral("Alice Adams")));
        // Larger than the dock's timeline: an end user reads it.
        QVERIFY(timeline->font().pointSizeF() > m_view->font().pointSizeF());
    }

    // Choosing the change in the list shows its marker; choosing a meeting
    // asks for its explanation.
    void theListLeadsToTheTimelineAndToExplain()
    {
        QVERIFY(m_view->showDay(QStringLiteral("alice"), QDate(2026, 3, 2)));
        QListWidget *list = m_view->storyList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(4)).center());
        QCOMPARE(m_view->timeline()->highlightedCause(), 0);
        QSignalSpy explain(m_view.get(), &DayView::itemActivated);
        list->scrollToItem(list->item(5));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(5)).center());
        QVERIFY(explain.size() >= 1);
        QCOMPARE(explain.first().at(1).toString(), QStringLiteral("m-alice"));
        QCOMPARE(m_view->timeline()->selectedItemId(), explain.first().at(0).toString());
    }

    void choosingAnotherPersonShowsTheirDay()
    {
        QVERIFY(m_view->showDay(QStringLiteral("alice"), QDate(2026, 3, 2)));
        auto *person = m_view->findChild<QComboBox *>(QStringLiteral("dayPerson"));
        person->setCurrentIndex(person->findData(QStringLiteral("bob")));
        QCOMPARE(m_view->timeline()->data()->mailboxId(0), QStringLiteral("m-bob"));
        QVERIFY(m_view->timeline()->data()->causes().empty());
        QCOMPARE(m_view->storyList()->count(), 1);
    }

    void anUnknownPersonIsSaidSo()
    {
        QVERIFY(!m_view->showDay(QStringLiteral("zed"), QDate(2026, 3, 2)));
        QVERIFY(m_view->statusText().contains(QStringLiteral("zed")));
    }
};

QTEST_MAIN(TestDayView)
#include "tst_dayview.moc"
