#include "model/translations.h"
#include "store/orgstore.h"
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

    // A fault on one channel: only that channel fails and is disabled (auth),
    // the others run at the same attempt; Test & Enable re-enables it.
    void authOnOneChannelDisablesThatChannelAlone_data()
    {
        QTest::addColumn<MailboxChannel>("channel");
        QTest::newRow("incoming") << MailboxChannel::Incoming;
        QTest::newRow("outgoing") << MailboxChannel::Outgoing;
        QTest::newRow("act") << MailboxChannel::Act;
    }

    void authOnOneChannelDisablesThatChannelAlone()
    {
        QFETCH(MailboxChannel, channel);
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.health(channel).fault = FaultKind::Auth;
        m.health(channel).faultCycles = 1;
        auto o = MailboxHealth::attempt(m, t0);
        QCOMPARE(o.verdict, MailboxHealth::Verdict::Runs);
        QCOMPARE(codes(o), QList<ReasonCode>{ReasonCode::MailboxDisabledAuth});
        QCOMPARE(o.alerts.first().channel(), mailboxChannelName(channel));
        for (MailboxChannel c : allMailboxChannels())
            QCOMPARE(o.channelRuns(c), c != channel);
        QVERIFY(codes(MailboxHealth::succeed(m, t0, o.runs)).isEmpty());
        QVERIFY(m.enabled);
        QCOMPARE(m.disabledChannels(), QList<MailboxChannel>{channel});
        for (MailboxChannel c : allMailboxChannels())
            QCOMPARE(m.status(c), c == channel ? ChannelStatus::Failure : ChannelStatus::Success);
        // Later cycles: still only the others.
        o = MailboxHealth::attempt(m, t0.addDays(1));
        QVERIFY(!o.channelRuns(channel));
        QVERIFY(o.alerts.isEmpty());
        MailboxHealth::enable(m);
        QVERIFY(m.disabledChannels().isEmpty());
        o = MailboxHealth::attempt(m, t0.addDays(2));
        QVERIFY(o.channelRuns(channel));
        const auto back = MailboxHealth::succeed(m, t0.addDays(2), o.runs);
        QCOMPARE(codes(back), QList<ReasonCode>{ReasonCode::Recovered});
        QCOMPARE(back.alerts.first().channel(), mailboxChannelName(channel));
        QCOMPARE(m.status(channel), ChannelStatus::Success);
    }

    void transientOnOneChannelBacksOffThatChannelThenDisablesIt()
    {
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.health(MailboxChannel::Act).fault = FaultKind::Transient;
        m.health(MailboxChannel::Act).faultCycles = 100;
        QDateTime now = t0;
        for (int n = 1; n <= 10; ++n) {
            auto o = MailboxHealth::attempt(m, now);
            QCOMPARE(o.verdict, MailboxHealth::Verdict::Runs);
            QVERIFY(o.channelRuns(MailboxChannel::Incoming));
            QVERIFY(!o.channelRuns(MailboxChannel::Act));
            QCOMPARE(o.alerts.first().code, ReasonCode::TransientFailure);
            QCOMPARE(o.alerts.first().channel(), QStringLiteral("act"));
            MailboxHealth::succeed(m, now, o.runs);
            QCOMPARE(m.health(MailboxChannel::Act).failures, n);
            QCOMPARE(m.consecutiveFailures, 0); // the mailbox itself is fine
            QVERIFY(!m.retryAfter.isValid());
            if (n < 10) {
                const QDateTime retry = now.addSecs(MailboxHealth::backOffSeconds(n));
                QCOMPARE(m.health(MailboxChannel::Act).retryAfter, retry);
                // Meanwhile the other channels go on, act waits.
                const auto between = MailboxHealth::attempt(m, retry.addSecs(-60));
                QVERIFY(between.channelRuns(MailboxChannel::Outgoing));
                QVERIFY(!between.channelRuns(MailboxChannel::Act));
                now = retry;
            } else {
                QCOMPARE(codes(o), (QList<ReasonCode>{ReasonCode::TransientFailure,
                                                      ReasonCode::MailboxDisabledTransient}));
                QCOMPARE(m.disabledChannels(), QList<MailboxChannel>{MailboxChannel::Act});
            }
        }
    }

    // Every channel with a fault of its own, and a fault without a channel:
    // the first fails each channel alone, the second the whole mailbox.
    void allChannelsTogether()
    {
        Mailbox each{QStringLiteral("m1"), QStringLiteral("u1")};
        for (ChannelHealth &h : each.channels) {
            h.fault = FaultKind::Auth;
            h.faultCycles = 1;
        }
        const auto o = MailboxHealth::attempt(each, t0);
        QCOMPARE(o.alerts.size(), 3);
        for (MailboxChannel c : allMailboxChannels())
            QVERIFY(!o.channelRuns(c));
        QVERIFY(each.enabled);
        QCOMPARE(each.disabledChannels(), allMailboxChannels());

        Mailbox whole{QStringLiteral("m2"), QStringLiteral("u1")};
        whole.act = ChannelMode::None;
        whole.fault = FaultKind::Auth;
        whole.faultCycles = 1;
        const auto w = MailboxHealth::attempt(whole, t0);
        QCOMPARE(w.verdict, MailboxHealth::Verdict::Failed);
        QVERIFY(w.alerts.first().channel().isEmpty());
        QVERIFY(!whole.enabled);
        QCOMPARE(whole.disabledChannels(),
                 (QList<MailboxChannel>{MailboxChannel::Incoming, MailboxChannel::Outgoing}));
    }

    // Issue 13 item 2: an alert keeps a code and facts, no sentence; it is
    // rendered in the language the program runs in when it is shown.
    void alertIsRenderedInTheLanguageOfTheMoment_data()
    {
        QTest::addColumn<QString>("writtenIn");
        QTest::addColumn<QString>("shownIn");
        QTest::newRow("German, then English") << "de"
                                              << "en";
        QTest::newRow("English, then German") << "en"
                                              << "de";
    }

    void alertIsRenderedInTheLanguageOfTheMoment()
    {
        QFETCH(QString, writtenIn);
        QFETCH(QString, shownIn);
        const QString english = QStringLiteral("The mailbox is not approved: nothing is "
                                               "synchronised until an administrator approves it.");
        const QString german =
            QStringLiteral("Das Postfach ist nicht genehmigt: Es wird nichts "
                           "synchronisiert, bis ein Administrator es genehmigt.");
        auto store = OrgStore::createInMemory(QStringLiteral("alerts"));
        SL_VERIFY_OK(store);
        Translations::install(writtenIn);
        Mailbox m{QStringLiteral("m1"), QStringLiteral("u1")};
        m.approved = false;
        const auto o = MailboxHealth::attempt(m, t0);
        SL_VERIFY_OK((*store)->addAlert(o.alerts.first()));
        QCOMPARE(MailboxHealth::message((*store)->alerts(QStringLiteral("m1"))->first()),
                 writtenIn == u"de" ? german : english);

        Translations::install(shownIn);
        const Alert stored = (*store)->alerts(QStringLiteral("m1"))->first();
        QVERIFY(!stored.facts.contains(QStringLiteral("text")));
        QCOMPARE(MailboxHealth::message(stored), shownIn == u"de" ? german : english);
        Translations::install(QStringLiteral("en"));
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
