#include "sandbox/sandboxgenerator.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "totext.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

// A process running sync cycles is killed with SIGKILL at random moments.
// After each kill the file passes integrity_check, holds no part of an
// unfinished cycle, no CRM email twice, and the next cycle finishes the work
// that was pending: nothing is lost.
class TestSyncCrash : public QObject
{
    Q_OBJECT

    // What a finished cycle leaves behind: nothing pending that it could do.
    static void verifyNothingPending(OrgStore &store, const QString &path)
    {
        SyncCycle cycle(store);
        const QDateTime next = SyncCycle::clock(store)->addSecs(15 * 60);
        auto summary = cycle.run(next);
        SL_VERIFY_OK(summary);
        // Every email that can go has gone; every arrival is decided.
        QCOMPARE(
            Test::sqlNumber(
                path, QStringLiteral("SELECT count(*) FROM crm_records r JOIN mailboxes m"
                                     " ON m.user_id = json_extract(r.fields, '$.from')"
                                     " WHERE r.type = 'email' AND json_extract(r.fields, '$.state')"
                                     " = 'pendingSend' AND m.enabled AND m.approved"
                                     " AND m.outgoing = 'sss'")),
            0);
        QCOMPARE(Test::sqlNumber(
                     path, QStringLiteral("SELECT count(*) FROM exchange_items i JOIN mailboxes m"
                                          " ON m.id = i.mailbox_id WHERE i.type = 'email'"
                                          " AND m.enabled AND m.approved AND m.incoming = 'sss'"
                                          " AND NOT EXISTS (SELECT 1 FROM links l WHERE"
                                          " l.mailbox_id = i.mailbox_id AND l.item_id = i.id)")),
                 0);
        // And a cycle after that finds nothing left to decide. At the same
        // time: relative-date filters may move records at midnight.
        auto idle = cycle.run(next);
        SL_VERIFY_OK(idle);
        QCOMPARE(idle->decisions, 0);
    }

private Q_SLOTS:
    void killedCyclesLoseNothing()
    {
        constexpr int kKills = 30;
        Test::TempOrg org;
        SandboxSpec spec;
        spec.users = 6;
        spec.items = 3000;
        spec.seed = 11;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), spec, true));
        QRandomGenerator random(20261125); // fixed: a failure can be replayed
        qint64 cyclesBefore = 0;

        for (int kill = 0; kill < kKills; ++kill) {
            QProcess runner;
            runner.start(QStringLiteral(SYNCRUNNER_PATH), {org.path()});
            QVERIFY(runner.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(runner.canReadLine() || runner.state() != QProcess::Running,
                                     20000);
            QCOMPARE(runner.readLine().trimmed(), QByteArray("ready"));
            // Every other run first commits a cycle (so the org moves on
            // however slow the machine is), then dies at a random moment —
            // in the work it adds or the cycle after; the others die in the
            // first cycle, the one that reads its caches.
            if (kill % 2 == 0)
                QTRY_VERIFY_WITH_TIMEOUT(runner.canReadLine(), 60000);
            QTest::qWait(int(random.bounded(5, 120)));
            runner.kill(); // SIGKILL
            QVERIFY(runner.waitForFinished());
            QVERIFY2(runner.readAllStandardError().isEmpty(), "the runner failed by itself");

            QCOMPARE(Test::sqlOnFile(org.path(), {QStringLiteral("PRAGMA integrity_check")})
                         .join(QLatin1Char('\n')),
                     QStringLiteral("ok"));
            // No part of an unfinished cycle: every journal entry belongs to
            // a cycle whose number was committed with it.
            const qint64 cycles = Test::sqlNumber(
                org.path(), QStringLiteral("SELECT coalesce((SELECT value FROM sequences"
                                           " WHERE name = 'cycle'), 0)"));
            QVERIFY2(cycles >= cyclesBefore, "a committed cycle was lost");
            QVERIFY(Test::sqlNumber(
                        org.path(),
                        QStringLiteral("SELECT coalesce(max(cycle), 0) FROM journal")) <= cycles);
            // No CRM email twice, no token twice.
            QCOMPARE(Test::sqlNumber(
                         org.path(),
                         QStringLiteral("SELECT count(json_extract(fields, '$.messageid')) - "
                                        "count(DISTINCT json_extract(fields,"
                                        " '$.messageid')) FROM crm_records WHERE type = 'email'")),
                     0);
            QCOMPARE(
                Test::sqlNumber(org.path(),
                                QStringLiteral("SELECT count(json_extract(fields, '$.token')) -"
                                               " count(DISTINCT json_extract(fields, '$.token'))"
                                               " FROM crm_records WHERE type = 'email'")),
                0);
            cyclesBefore = cycles;
            if (kill % 10 == 9) {
                auto store = OrgStore::open(org.path());
                SL_VERIFY_OK(store);
                verifyNothingPending(**store, org.path());
            }
        }
        QVERIFY(cyclesBefore >= kKills / 2);
        qInfo("%lld cycles committed across %d kills", cyclesBefore, kKills);
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        verifyNothingPending(**store, org.path());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
