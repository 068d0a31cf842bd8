#include "dayview.h"
#include "explainpanel.h"
#include "explanationmodel.h"
#include "mainwindow.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "uitest.h"

#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>

using namespace SyncLens;
using namespace SyncLens::UiTest;

// A sandbox that has lived, in the window: Explain's answer for a meeting
// that left scope after a filter change points at that moment on the
// timeline, and the day view (Explain's Day View, synclens --user --day)
// tells the person's day.
class TestTimelineStory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;
    OrgEvent m_change;
    JournalEntry m_left;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_org = m_dir.filePath(QStringLiteral("lived.db"));
        SandboxSpec spec = UiTest::spec(8, 1500);
        spec.historyDays = 10;
        SL_VERIFY_OK(SandboxGenerator::createFile(m_org, spec, false));
        // A filter change and a meeting that left scope at the cycle after it.
        auto store = OrgStore::open(m_org, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        auto mailboxes = (*store)->mailboxes();
        SL_VERIFY_OK(mailboxes);
        for (const OrgEvent &e : *(*store)->orgEvents()) {
            if (e.kind != OrgEvent::Kind::FilterChanged || m_left.id > 0)
                continue;
            const QString mailbox = QStringLiteral("m-") + e.userId;
            for (const JournalEntry &j :
                 *(*store)->journalForMailbox(mailbox, e.time, e.time.addSecs(900))) {
                if (j.code == ReasonCode::LeftScope) {
                    m_change = e;
                    m_left = j;
                    break;
                }
            }
        }
        QVERIFY2(m_left.id > 0, "the lived org has no filter change with a left-scope burst");
    }

    void init() { QSettings().clear(); }

    void explainShowsTheChangeOnTheTimeline()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        window.resize(1400, 900);
        QVERIFY(showActive(window));
        QVERIFY(openAndWait(window, m_org));
        ExplainPanel *explain = window.explainPanel();
        explain->showItem(m_left.itemId);
        QTreeView *tree = explain->explanationView();
        QModelIndex left;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 1);
            if (index.data(ExplanationModel::EntryIdRole).toLongLong() == m_left.id)
                left = index;
        }
        QVERIFY(left.isValid());
        QCOMPARE(left.data(ExplanationModel::CauseRole).toLongLong(), m_change.id);
        tree->setCurrentIndex(left);
        auto *show = explain->findChild<QPushButton *>(QStringLiteral("showCauseButton"));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        TimelineWidget *timeline = window.timelinePanel()->timeline();
        QTRY_VERIFY(timeline->highlightedCause() >= 0);
        const TimelineCause &cause =
            timeline->data()->causes()[size_t(timeline->highlightedCause())];
        QCOMPARE(cause.eventId, m_change.id);
        QVERIFY(timeline->visibleFrom().toMSecsSinceEpoch() <= cause.time);
        QVERIFY(timeline->visibleTo().toMSecsSinceEpoch() >= m_left.time.toMSecsSinceEpoch());
    }

    void theDayViewTellsThePersonsDay()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(openAndWait(window, m_org));
        DayView *day = window.openDayView(m_change.userId, m_change.time.date());
        QVERIFY(day);
        QVERIFY(day->isVisible());
        QCOMPARE(day->timeline()->data()->mailboxCount(), 1);
        QCOMPARE(day->timeline()->data()->mailboxId(0), m_left.mailboxId);
        QVERIFY(day->timeline()->data()->findCause(m_change.id) >= 0);
        bool toldTheChange = false;
        for (int i = 0; i < day->storyList()->count(); ++i)
            toldTheChange |= day->storyList()->item(i)->font().bold();
        QVERIFY(toldTheChange);
        QVERIFY(!window.openDayView(QStringLiteral("nobody"), m_change.time.date()));
    }
};

QTEST_MAIN(TestTimelineStory)
#include "tst_timelinestory.moc"
