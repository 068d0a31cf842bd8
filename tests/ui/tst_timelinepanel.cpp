#include "explainpanel.h"
#include "mailboxespanel.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "sync/syncengine.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "uitest.h"

#include <QDockWidget>
#include <QStandardPaths>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// The Timeline dock in the window: it loads off the UI thread, follows the
// mailbox chosen in Mailboxes, reloads after each cycle, and a click on a
// mark explains its item.
class TestTimelinePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;

    // Zooms in around `event` until a mark is under the pointer there
    // (zoomed out, a row draws per-column aggregates). A cycle's decisions
    // share its time: the mark on top of that pile is the one clicked.
    static QPointF clickablePoint(TimelineWidget *timeline, qsizetype event)
    {
        const auto &data = timeline->data();
        const qint64 at = data->event(event).time;
        // Scrolls the mark's row into view.
        timeline->selectItem(data->itemId(data->event(event).item),
                             data->mailboxId(data->event(event).mailbox));
        qint64 half = 3600 * 1000;
        for (int i = 0; i < 12; ++i, half /= 4) {
            timeline->setVisibleRange(QDateTime::fromMSecsSinceEpoch(at - half, QTimeZone::utc()),
                                      QDateTime::fromMSecsSinceEpoch(at + half, QTimeZone::utc()));
            const QPointF pos = timeline->markPosition(event);
            const TimelineHit hit = timeline->hitAt(pos);
            if (hit.kind == TimelineHit::Kind::Mark)
                return pos;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_org = m_dir.filePath(QStringLiteral("org.db"));
        SL_VERIFY_OK(createSyncedOrg(m_org, spec(4, 400)));
    }

    void init() { QSettings().clear(); }

    void theDockHoldsTheTimeline()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QCOMPARE(window.timelineDock()->widget(), window.timelinePanel());
        QVERIFY(!window.timelinePanel()->timeline()->accessibleName().isEmpty());
    }

    void followsTheChosenMailbox()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        TimelinePanel *panel = window.timelinePanel();
        QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, QStringLiteral("follow.db"))));
        auto mailboxes = window.store()->mailboxes();
        SL_VERIFY_OK(mailboxes);
        const QString chosen = mailboxes->last().id; // not the first, chosen by default
        QVERIFY(window.mailboxesPanel()->selectMailbox(chosen));
        QTRY_VERIFY(!panel->isLoading() && panel->timeline()->data() &&
                    panel->timeline()->data()->mailboxCount() == 1 &&
                    panel->timeline()->data()->mailboxId(0) == chosen);
        QCOMPARE(panel->wantedMailboxes(), QStringList{chosen});

        // All mailboxes, stacked.
        panel->setScope(TimelinePanel::Scope::AllMailboxes);
        QTRY_VERIFY(!panel->isLoading() && panel->timeline()->data()->mailboxCount() == 4);
    }

    void reloadsAfterEachCycle()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        TimelinePanel *panel = window.timelinePanel();
        QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, QStringLiteral("cycle.db"))));
        panel->setScope(TimelinePanel::Scope::AllMailboxes);
        QTRY_VERIFY(!panel->isLoading() && panel->timeline()->data()->mailboxCount() == 4);
        QSignalSpy loaded(panel, &TimelinePanel::loaded);
        QSignalSpy finished(engine.engine(), &SyncEngine::cycleFinished);
        // Nothing reloads by itself: once the engine's thread has handled all
        // it was asked and its signals are delivered, no load is under way.
        QMetaObject::invokeMethod(
            engine.engine(), [] {}, Qt::BlockingQueuedConnection);
        QCoreApplication::processEvents();
        QVERIFY(!panel->isLoading());
        QCOMPARE(loaded.count(), 0);
        QMetaObject::invokeMethod(engine.engine(), &SyncEngine::runCycle, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTRY_VERIFY(loaded.count() >= 1 && !panel->isLoading());
        QCOMPARE(panel->timeline()->data()->mailboxCount(), 4); // the same rows, read again
    }

    void clickingAMarkExplainsItsItem()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(showActive(window));
        TimelinePanel *panel = window.timelinePanel();
        QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, QStringLiteral("click.db"))));
        panel->setScope(TimelinePanel::Scope::AllMailboxes);
        QTRY_VERIFY(!panel->isLoading() && panel->timeline()->data()->mailboxCount() == 4);
        TimelineWidget *timeline = panel->timeline();
        const auto &data = timeline->data();
        QVERIFY(data->eventCount() > 10);
        const QPointF pos = clickablePoint(timeline, data->eventCount() / 2);
        QVERIFY(!pos.isNull());
        const QString itemId = data->itemId(data->event(timeline->hitAt(pos).event).item);
        timeline->clearSelection();
        QVERIFY(window.explainPanel()->currentItemId() != itemId);

        QSignalSpy activated(panel, &TimelinePanel::itemActivated);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, pos.toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), itemId);
        QCOMPARE(window.explainPanel()->currentItemId(), itemId);
        QVERIFY(window.explainDock()->isVisible());
        QCOMPARE(timeline->selectedItemId(), itemId);
    }

    // An org just opened: while its timeline loads, the plot says so over an
    // axis without time (never 1969), then the org's days appear.
    void anOrgLoadingShowsNoTime()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineWidget *timeline = window.timelinePanel()->timeline();
        bool loading = false;
        QString placeholder;
        QStringList labels;
        // After the panel's own slot: the moment the new org's load starts.
        connect(window.storeSource(), &StoreSource::switched, this, [&] {
            loading = timeline->isLoading();
            placeholder = timeline->placeholderText();
            labels = timeline->axisLabels();
        });
        QVERIFY(openAndWait(window, copyOrg(m_org, m_dir, QStringLiteral("loading.db"))));
        QTRY_VERIFY(!labels.isEmpty());
        QVERIFY(loading);
        QCOMPARE(placeholder, QStringLiteral("Loading the timeline…"));
        QCOMPARE(labels, QStringList{QString()});
        QTRY_VERIFY(!timeline->isLoading());
        QVERIFY2(timeline->axisLabels().first().contains(QStringLiteral("2026")),
                 qPrintable(timeline->axisLabels().first()));
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
