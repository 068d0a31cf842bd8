#include "sync/mailboxhealth.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// sss-model §4, state by state.
class TestMailboxHealth : public QObject
{
    Q_OBJECT

    const QDateTime t0{QDate(2026, 3, 2), QTime(8, 0), Qt::UTC};

    static QList<ReasonCode> codes(const MailboxHealth::Outcome &o)
    {
        QList<ReasonCode> list;
        for (const Alert &a : o.alerts)
            list.append(a.code);
        return list;
    }

private Q_SLOTS:
    void healthyMailboxRunsAndSucceeds()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.outgoing = ChannelMode::None;
        QCOMPARE(MailboxHealth::attempt(m, t0).verdict, MailboxHealth::Verdict::Runs);
        const auto done = MailboxHealth::succeed(m, t0);
        QVERIFY(done.alerts.isEmpty()); // nothing failed before: no RECOVERED
        QCOMPARE(m.incomingStatus, ChannelStatus::Success);
        QCOMPARE(m.outgoingStatus, ChannelStatus::NotRun); // channel off
        QCOMPARE(m.actStatus, ChannelStatus::Success);
        QCOMPARE(m.lastCycle, t0);
    }

    void notApprovedFailsEveryChannelAndAlertsOnce()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.approved = false;
        auto first = MailboxHealth::attempt(m, t0);
        QCOMPARE(first.verdict, MailboxHealth::Verdict::NotApproved);
        QCOMPARE(codes(first), QList<ReasonCode>{ReasonCode::MailboxNotApproved});
        QCOMPARE(first.alerts.first().severity, AlertSeverity::Error);
        QCOMPARE(m.incomingStatus, ChannelStatus::Failure);
        QCOMPARE(m.actStatus, ChannelStatus::Failure);
        QVERIFY(codes(MailboxHealth::attempt(m, t0.addSecs(60))).isEmpty());
        m.approved = true;
        QCOMPARE(MailboxHealth::attempt(m, t0.addSecs(120)).verdict, MailboxHealth::Verdict::Runs);
        QCOMPARE(codes(MailboxHealth::succeed(m, t0.addSecs(120))),
                 QList<ReasonCode>{ReasonCode::Recovered});
    }

    void authFaultDisablesUntilTestAndEnable()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.fault = FaultKind::Auth;
        m.faultCycles = 1;
        auto failed = MailboxHealth::attempt(m, t0);
        QCOMPARE(failed.verdict, MailboxHealth::Verdict::Failed);
        QCOMPARE(codes(failed), QList<ReasonCode>{ReasonCode::MailboxDisabledAuth});
        QVERIFY(!m.enabled);
        QCOMPARE(m.fault, FaultKind::None);
        QCOMPARE(MailboxHealth::attempt(m, t0.addDays(1)).verdict, MailboxHealth::Verdict::Skipped);
        MailboxHealth::enable(m);
        QCOMPARE(m.consecutiveFailures, 0);
        QCOMPARE(MailboxHealth::attempt(m, t0.addDays(1)).verdict, MailboxHealth::Verdict::Runs);
        QCOMPARE(codes(MailboxHealth::succeed(m, t0.addDays(1))),
                 QList<ReasonCode>{ReasonCode::Recovered});
        QCOMPARE(m.actStatus, ChannelStatus::Success);
    }

    void backOff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("1st: 5 min") << 1 << qint64(300);
        QTest::newRow("2nd: 10 min") << 2 << qint64(600);
        QTest::newRow("3rd: 20 min") << 3 << qint64(1200);
        QTest::newRow("4th: 40 min") << 4 << qint64(2400);
        QTest::newRow("5th: capped at 1 h") << 5 << qint64(3600);
        QTest::newRow("9th: capped at 1 h") << 9 << qint64(3600);
    }

    void backOff()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(MailboxHealth::backOffSeconds(failures), seconds);
    }

    void transientFaultsBackOffThenDisable()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.fault = FaultKind::Throttle;
        m.faultCycles = 100;
        QDateTime now = t0;
        for (int n = 1; n <= 10; ++n) {
            auto o = MailboxHealth::attempt(m, now);
            QCOMPARE(o.verdict, MailboxHealth::Verdict::Failed);
            QCOMPARE(o.alerts.first().code, ReasonCode::TransientFailure);
            QCOMPARE(o.alerts.first().severity, AlertSeverity::Warning);
            QCOMPARE(m.consecutiveFailures, n);
            if (n < 10) {
                QVERIFY(m.enabled);
                const QDateTime retry = now.addSecs(MailboxHealth::backOffSeconds(n));
                QCOMPARE(m.retryAfter, retry);
                // Before the back-off ends, cycles skip it and use no fault.
                QCOMPARE(MailboxHealth::attempt(m, retry.addSecs(-1)).verdict,
                         MailboxHealth::Verdict::Skipped);
                QCOMPARE(m.faultCycles, 100 - n);
                now = retry;
            } else {
                QCOMPARE(codes(o), (QList<ReasonCode>{ReasonCode::TransientFailure,
                                                      ReasonCode::MailboxDisabledTransient}));
                QVERIFY(!m.enabled);
            }
        }
    }

    void successResetsTheFailureCount()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.fault = FaultKind::Transient;
        m.faultCycles = 2;
        QCOMPARE(MailboxHealth::attempt(m, t0).verdict, MailboxHealth::Verdict::Failed);
        QCOMPARE(MailboxHealth::attempt(m, m.retryAfter).verdict, MailboxHealth::Verdict::Failed);
        QCOMPARE(m.consecutiveFailures, 2);
        QCOMPARE(MailboxHealth::attempt(m, m.retryAfter).verdict, MailboxHealth::Verdict::Runs);
        QCOMPARE(codes(MailboxHealth::succeed(m, m.retryAfter)),
                 QList<ReasonCode>{ReasonCode::Recovered});
        QCOMPARE(m.consecutiveFailures, 0);
        QVERIFY(!m.retryAfter.isValid());
    }
};

QTEST_GUILESS_MAIN(TestMailboxHealth)
#include "tst_mailboxhealth.moc"
