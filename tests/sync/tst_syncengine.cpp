#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "temporg.h"
#include "totext.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace SyncLens;

namespace {

// The engine's connection belongs to the engine's thread: no public way to it.
template<typename Engine>
concept HandsOutItsStore = requires(Engine &engine)
{
    engine.store();
};
static_assert(!HandsOutItsStore<SyncEngine>, "SyncEngine must not hand out its store");

} // namespace

// The engine on its own thread: driven by queued calls, reporting by signals,
// never blocking the thread that drives it.
class TestSyncEngine : public QObject
{
    Q_OBJECT

    Test::TempOrg m_org;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxSpec spec;
        spec.users = 4;
        spec.items = 1500;
        spec.seed = 5;
        SL_VERIFY_OK(SandboxGenerator::createFile(m_org.path(), spec, true));
    }

    void runsCyclesOnItsThreadAndReports()
    {
        SyncEngineThread host;
        SyncEngine *engine = host.engine();
        QVERIFY(engine->thread() != QThread::currentThread());
        QSignalSpy opened(engine, &SyncEngine::orgOpened);
        QSignalSpy finished(engine, &SyncEngine::cycleFinished);
        QSignalSpy decisions(engine, &SyncEngine::decisions);
        QSignalSpy mailboxes(engine, &SyncEngine::mailboxesChanged);
        QSignalSpy clock(engine, &SyncEngine::clockChanged);
        QSignalSpy busy(engine, &SyncEngine::busyChanged);

        QMetaObject::invokeMethod(engine, "openOrg", Q_ARG(QString, m_org.path()));
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(mailboxes.count() >= 1);
        QCOMPARE(mailboxes.last().first().value<QList<Mailbox>>().size(), 4);
        const QDateTime start = opened.first().at(1).toDateTime();

        QMetaObject::invokeMethod(engine, &SyncEngine::runCycle);
        QVERIFY(finished.wait(20000));
        const auto summary = finished.first().first().value<CycleSummary>();
        QCOMPARE(summary.cycle, 1);
        QCOMPARE(summary.time, start.addSecs(15 * 60));
        QVERIFY(summary.decisions > 0);
        qint64 handedOn = 0;
        for (const QList<QVariant> &batch : std::as_const(decisions))
            handedOn += batch.first().value<QList<JournalEntry>>().size();
        QCOMPARE(handedOn, summary.decisions);
        QCOMPARE(clock.last().first().toDateTime(), summary.time);
        QCOMPARE(busy.first().first().toBool(), true);
        QTRY_COMPARE(busy.last().first().toBool(), false);

        // Until a time: one cycle a step (15 min) apart.
        finished.clear();
        QMetaObject::invokeMethod(engine, "runUntil",
                                  Q_ARG(QDateTime, summary.time.addSecs(60 * 60)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 20000);
        QCOMPARE(finished.last().first().value<CycleSummary>().decisions, 0); // idle
    }

    void playAndPause()
    {
        SyncEngineThread host;
        SyncEngine *engine = host.engine();
        QSignalSpy opened(engine, &SyncEngine::orgOpened);
        QSignalSpy finished(engine, &SyncEngine::cycleFinished);
        QSignalSpy playing(engine, &SyncEngine::playingChanged);
        QMetaObject::invokeMethod(engine, "openOrg", Q_ARG(QString, m_org.path()));
        QVERIFY(opened.wait(10000));
        QMetaObject::invokeMethod(engine, "setStepMinutes", Q_ARG(int, 5));
        QMetaObject::invokeMethod(engine, "play", Q_ARG(int, 20));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 20000);
        QMetaObject::invokeMethod(engine, &SyncEngine::pause);
        QTRY_COMPARE(playing.count(), 2);
        QCOMPARE(playing.last().first().toBool(), false);
        const auto a = finished.at(0).first().value<CycleSummary>().time;
        const auto b = finished.at(1).first().value<CycleSummary>().time;
        QCOMPARE(a.secsTo(b), 5 * 60);
    }

    void mailboxActionsReachTheStore()
    {
        SyncEngineThread host;
        SyncEngine *engine = host.engine();
        QSignalSpy opened(engine, &SyncEngine::orgOpened);
        QSignalSpy mailboxes(engine, &SyncEngine::mailboxesChanged);
        QMetaObject::invokeMethod(engine, "openOrg", Q_ARG(QString, m_org.path()));
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!mailboxes.isEmpty());
        const QString id = mailboxes.last().first().value<QList<Mailbox>>().first().id;
        mailboxes.clear();
        QMetaObject::invokeMethod(engine, "disableMailbox", Q_ARG(QString, id));
        QTRY_VERIFY(!mailboxes.isEmpty());
        QVERIFY(!mailboxes.last().first().value<QList<Mailbox>>().first().enabled);
        mailboxes.clear();
        QMetaObject::invokeMethod(engine, "testAndEnable", Q_ARG(QString, id));
        QTRY_VERIFY(!mailboxes.isEmpty());
        QVERIFY(mailboxes.last().first().value<QList<Mailbox>>().first().enabled);
    }

    void cancelStopsALongRun()
    {
        SyncEngineThread host;
        SyncEngine *engine = host.engine();
        QSignalSpy opened(engine, &SyncEngine::orgOpened);
        QSignalSpy finished(engine, &SyncEngine::cycleFinished);
        QSignalSpy cancelled(engine, &SyncEngine::cancelled);
        QSignalSpy busy(engine, &SyncEngine::busyChanged);
        QMetaObject::invokeMethod(engine, "openOrg", Q_ARG(QString, m_org.path()));
        QVERIFY(opened.wait(10000));
        const QDateTime start = opened.first().at(1).toDateTime();
        // A year of cycles a minute apart: far more than the test waits for.
        QMetaObject::invokeMethod(engine, "setStepMinutes", Q_ARG(int, 1));
        QMetaObject::invokeMethod(engine, "runUntil", Q_ARG(QDateTime, start.addDays(365)));
        QTRY_VERIFY(finished.count() >= 2);
        engine->requestCancel(); // from this thread, while the engine works
        QVERIFY(cancelled.wait(10000));
        QTRY_COMPARE(busy.last().first().toBool(), false);
        QVERIFY(finished.count() < 365 * 24 * 60);
        // The engine still answers afterwards.
        const int before = int(finished.count());
        QMetaObject::invokeMethod(engine, &SyncEngine::runCycle);
        QTRY_COMPARE(finished.count(), before + 1);
    }

    // The engine itself refuses to simulate on a live org, whatever asks it.
    void aLiveOrgRunsNoCycles()
    {
        const QString live = m_org.dirPath() + QStringLiteral("/live.db");
        QVERIFY(QFile::copy(m_org.path(), live));
        {
            auto store = OrgStore::open(live);
            SL_VERIFY_OK(store);
            SL_VERIFY_OK((*store)->setMetaValue(QStringLiteral("source"), QStringLiteral("live")));
        }
        SyncEngineThread host;
        SyncEngine *engine = host.engine();
        QSignalSpy opened(engine, &SyncEngine::orgOpened);
        QSignalSpy failed(engine, &SyncEngine::failed);
        QSignalSpy started(engine, &SyncEngine::cycleStarted);
        QSignalSpy playing(engine, &SyncEngine::playingChanged);
        QMetaObject::invokeMethod(engine, "openOrg", Q_ARG(QString, live));
        QVERIFY(opened.wait(10000));
        QMetaObject::invokeMethod(engine, &SyncEngine::runCycle);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("live org")));
        QMetaObject::invokeMethod(engine, "play", Q_ARG(int, 10));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(started.count(), 0);
        QCOMPARE(playing.count(), 0);
        // It holds no write lock (the designer records its writes to the org
        // in the file), and changes no filter in the file alone.
        auto writer = OrgStore::open(live, OrgStore::Access::ReadWrite);
        SL_VERIFY_OK(writer);
        const SyncFilter filter = (*writer)->filters()->first();
        QSignalSpy refused(engine, &SyncEngine::filterChangeFailed);
        QMetaObject::invokeMethod(engine, [engine, filter] { engine->saveFilter(filter, {}); });
        QTRY_COMPARE(refused.count(), 1); // it may come before a wait() would start
        QVERIFY(refused.first().last().toString().contains(QStringLiteral("Dynamics 365")));
    }

    void badOrgIsReported()
    {
        SyncEngineThread host;
        QSignalSpy failed(host.engine(), &SyncEngine::failed);
        QMetaObject::invokeMethod(host.engine(), "openOrg",
                                  Q_ARG(QString, m_org.dirPath() + QStringLiteral("/none.db")));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("none.db")));
        QMetaObject::invokeMethod(host.engine(), &SyncEngine::runCycle);
        QTRY_COMPARE(failed.count(), 2); // no org open: said, not crashed
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
