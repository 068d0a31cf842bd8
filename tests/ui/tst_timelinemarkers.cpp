#include "causedialog.h"
#include "explainpanel.h"
#include "explanationmodel.h"
#include "filterchangescenario.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "totext.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace SyncLens;

// The markers of causes in the Timeline dock, with real widgets: a filter
// change in a scenario is one marker on its user's rows; hovering it tells
// the change; clicking it opens the version it made, before and after.
class TestTimelineMarkers : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScenarioPlayer> m_player;
    std::unique_ptr<StoreSource> m_source;
    std::unique_ptr<TimelinePanel> m_panel;

private Q_SLOTS:
    void init()
    {
        auto played = Test::playedFilterChange();
        SL_VERIFY_OK(played);
        m_player = std::move(played).value();
        m_source = std::make_unique<StoreSource>();
        m_panel = std::make_unique<TimelinePanel>(m_source.get());
        m_panel->setScope(TimelinePanel::Scope::AllMailboxes);
        m_panel->resize(1100, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_source->setScenario(&m_player->store(), m_player->scenario().title);
        QTRY_VERIFY(!m_panel->isLoading() && m_panel->timeline()->data()->mailboxCount() == 2);
    }

    void cleanup()
    {
        m_panel.reset();
        m_source.reset();
        m_player.reset();
    }

    void oneMarkerOnTheUsersRowsAtThatTime()
    {
        TimelineWidget *timeline = m_panel->timeline();
        QCOMPARE(timeline->data()->causes().size(), size_t(1));
        QVERIFY(timeline->showCause(0));
        const QPointF onMarker = timeline->causePosition(0);
        QCOMPARE(timeline->causeAt(onMarker), 0);
        const int bob = timeline->data()->mailboxIndex(QStringLiteral("m-bob"));
        const QRectF bobsRow =
            timeline->timelineLayout().rowRect(TimelineData::rowOf(bob, TimelineLane::Crm));
        QCOMPARE(timeline->causeAt(QPointF(onMarker.x(), bobsRow.center().y())), qsizetype(-1));
        const QString tip = timeline->toolTipAt(onMarker);
        QVERIFY(tip.contains(QStringLiteral("Alice Adams")));
        QVERIFY(tip.contains(timeline->timeLabel(Test::kFilterChangeAt)));
    }

    void clickingTheMarkerOpensTheVersion()
    {
        TimelineWidget *timeline = m_panel->timeline();
        QVERIFY(timeline->showCause(0));
        timeline->highlightCause(-1);
        QVERIFY(!m_panel->causeDialog());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->causePosition(0).toPoint());
        QTRY_VERIFY(m_panel->causeDialog() && m_panel->causeDialog()->isVisible());
        QCOMPARE(timeline->highlightedCause(), 0);
        const CauseDialog *dialog = m_panel->causeDialog();
        const auto versions = m_player->store().filterVersions(QStringLiteral("f-alice"));
        SL_VERIFY_OK(versions);
        QCOMPARE(dialog->cause().versionId, versions->last().id);
        const TimelineCause &cause = timeline->data()->causes().front();
        QCOMPARE(dialog->beforeText(), cause.before);
        QCOMPARE(dialog->afterText(), cause.after);
        QVERIFY(!dialog->beforeText().isEmpty() && dialog->beforeText() != dialog->afterText());
        // Nothing was selected or explained by that click.
        QVERIFY(timeline->selectedItemId().isEmpty());
    }

    // Explain's answer for a meeting that left scope points at the filter
    // change: its button asks for that moment, and the timeline zooms to it
    // with the marker highlighted.
    void anAnswerPointsAtItsMoment()
    {
        ExplainPanel explain;
        explain.setOrg(&m_player->store(), QString());
        explain.showItem(QStringLiteral("a1"));
        QTreeView *tree = explain.explanationView();
        QCOMPARE(tree->model()->rowCount(), 2);
        auto *button = explain.findChild<QPushButton *>(QStringLiteral("showCauseButton"));
        QVERIFY(button);
        tree->setCurrentIndex(tree->model()->index(0, 1)); // reached Outlook: no cause
        QVERIFY(!button->isEnabled());
        const QModelIndex left = tree->model()->index(1, 1);
        QVERIFY(left.data().toString().contains(QStringLiteral("This followed a change")));
        tree->setCurrentIndex(left);
        QVERIFY(button->isEnabled());
        QSignalSpy asked(&explain, &ExplainPanel::causeRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const qint64 eventId = asked.first().at(0).toLongLong();
        QCOMPARE(eventId, left.data(ExplanationModel::CauseRole).toLongLong());

        TimelineWidget *timeline = m_panel->timeline();
        timeline->fitAll();
        m_panel->showCause(eventId, asked.first().at(1).toString());
        QCOMPARE(timeline->highlightedCause(), 0);
        QVERIFY(timeline->visibleFrom().toMSecsSinceEpoch() < Test::kFilterChangeAt);
        QVERIFY(timeline->visibleTo().toMSecsSinceEpoch() > Test::kBurstAt);
        QVERIFY(timeline->visibleTo().toMSecsSinceEpoch() -
                    timeline->visibleFrom().toMSecsSinceEpoch() <=
                6 * 3600 * 1000);
        QCOMPARE(timeline->causeAt(timeline->causePosition(0)), 0);
    }
};

QTEST_MAIN(TestTimelineMarkers)
#include "tst_timelinemarkers.moc"
