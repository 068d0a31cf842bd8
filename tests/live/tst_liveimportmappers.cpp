#include "live/liveimportmappers.h"
#include "model/reasoncode.h"

#include <QTest>

using namespace SyncLens;

// Dataverse rows turned into the model's values, without network or store:
// how a tracked email was correlated, and a mailbox's health per channel.
class TestLiveImportMappers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correlationMethodNamesTheRule_data()
    {
        QTest::addColumn<QJsonValue>("method");
        QTest::addColumn<QString>("correlation"); // empty: no rule of the model
        QTest::newRow("0 None") << QJsonValue(0) << QString();
        QTest::newRow("1 Skipped") << QJsonValue(1) << QString();
        QTest::newRow("2 XHeader") << QJsonValue(2) << QString();
        QTest::newRow("3 InReplyTo") << QJsonValue(3) << QStringLiteral("IN_REPLY_TO");
        QTest::newRow("4 TrackingToken") << QJsonValue(4) << QStringLiteral("TOKEN");
        QTest::newRow("5 ConversationIndex") << QJsonValue(5) << QStringLiteral("CONVERSATION");
        QTest::newRow("6 SmartMatching") << QJsonValue(6) << QStringLiteral("SMART_MATCH");
        QTest::newRow("7 CustomCorrelation") << QJsonValue(7) << QString();
        QTest::newRow("unknown 42") << QJsonValue(42) << QString();
        QTest::newRow("as a string") << QJsonValue(QStringLiteral("4")) << QStringLiteral("TOKEN");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    }

    void correlationMethodNamesTheRule()
    {
        QFETCH(QJsonValue, method);
        QFETCH(QString, correlation);
        QJsonObject row{{QStringLiteral("activityid"), QStringLiteral("a1")},
                        {QStringLiteral("messageid"), QStringLiteral("<m1@contoso.com>")}};
        if (!method.isUndefined())
            row.insert(QStringLiteral("correlationmethod"), method);
        const CrmRecord email = LiveImportMappers::email(row);
        QCOMPARE(email.id, QStringLiteral("<m1@contoso.com>"));
        QCOMPARE(email.fields.contains(QStringLiteral("correlation")), !correlation.isEmpty());
        QCOMPARE(email.field(QStringLiteral("correlation")), correlation);
        if (!correlation.isEmpty())
            QVERIFY(reasonCodeFromName(correlation).has_value());
    }

    void mailboxHealthPerChannel_data()
    {
        QTest::addColumn<int>("incoming");
        QTest::addColumn<int>("act");
        QTest::addColumn<bool>("actEnabled");
        QTest::addColumn<int>("wholeFailures");
        QTest::addColumn<int>("actFailures");
        QTest::addColumn<bool>("actDisabled");
        // Statuses 1 Success, 2 Failure; lastsyncerrorcount is 4.
        QTest::newRow("act fails, email works") << 1 << 2 << true << 0 << 4 << false;
        QTest::newRow("act disabled alone") << 1 << 2 << false << 0 << 4 << true;
        QTest::newRow("every channel fails") << 2 << 2 << true << 4 << 0 << false;
        QTest::newRow("all well") << 1 << 1 << true << 0 << 0 << false;
    }

    void mailboxHealthPerChannel()
    {
        QFETCH(int, incoming);
        QFETCH(int, act);
        QFETCH(bool, actEnabled);
        QFETCH(int, wholeFailures);
        QFETCH(int, actFailures);
        QFETCH(bool, actDisabled);
        const QString receiving = QStringLiteral("2026-03-01T10:00:00Z");
        const QString forAct = QStringLiteral("2026-03-01T11:00:00Z");
        const QJsonObject row{{QStringLiteral("mailboxid"), QStringLiteral("mb1")},
                              {QStringLiteral("_regardingobjectid_value"), QStringLiteral("u1")},
                              {QStringLiteral("incomingemailstatus"), incoming},
                              {QStringLiteral("outgoingemailstatus"), incoming},
                              {QStringLiteral("actstatus"), act},
                              {QStringLiteral("emailrouteraccessapproval"), 1},
                              {QStringLiteral("enabledforincomingemail"), true},
                              {QStringLiteral("enabledforoutgoingemail"), true},
                              {QStringLiteral("enabledforact"), actEnabled},
                              {QStringLiteral("lastsyncerrorcount"), 4},
                              {QStringLiteral("receivingpostponeduntil"), receiving},
                              {QStringLiteral("receivingpostponeduntilforact"), forAct}};
        const Mailbox m = LiveImportMappers::mailbox(LiveImportMappers::liveMailbox(row));
        QVERIFY(m.enabled);
        QCOMPARE(m.consecutiveFailures, wholeFailures);
        QCOMPARE(m.health(MailboxChannel::Act).failures, actFailures);
        QCOMPARE(m.health(MailboxChannel::Incoming).failures, 0);
        QCOMPARE(m.health(MailboxChannel::Act).disabled, actDisabled);
        QVERIFY(!m.health(MailboxChannel::Incoming).disabled);
        QCOMPARE(m.health(MailboxChannel::Incoming).retryAfter, LiveImportMappers::time(receiving));
        QCOMPARE(m.health(MailboxChannel::Act).retryAfter, LiveImportMappers::time(forAct));
        QVERIFY(!m.health(MailboxChannel::Outgoing).retryAfter.isValid());
        // Kept through the store's column and back.
        Mailbox back;
        back.setChannelState(m.channelStateJson());
        QCOMPARE(back.channels, m.channels);
    }

    void aDisabledMailboxIsNotDisabledPerChannel()
    {
        const QJsonObject row{{QStringLiteral("mailboxid"), QStringLiteral("mb1")},
                              {QStringLiteral("enabledforincomingemail"), false},
                              {QStringLiteral("enabledforoutgoingemail"), false},
                              {QStringLiteral("enabledforact"), false}};
        const Mailbox m = LiveImportMappers::mailbox(LiveImportMappers::liveMailbox(row));
        QVERIFY(!m.enabled);
        for (MailboxChannel c : allMailboxChannels())
            QVERIFY(!m.health(c).disabled);
        QCOMPARE(m.disabledChannels().size(), 3); // each SSS channel of a disabled mailbox
    }
};

QTEST_GUILESS_MAIN(TestLiveImportMappers)
#include "tst_liveimportmappers.moc"
