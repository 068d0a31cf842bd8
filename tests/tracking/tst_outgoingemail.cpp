#include "sync/mailboxhealth.h"
#include "temporg.h"
#include "totext.h"
#include "tracking/outgoingemail.h"

#include <QJsonArray>
#include <QTest>

using namespace SyncLens;

namespace {

CrmRecord pending(const QString &id, const QString &subject,
                  const QString &state = QStringLiteral("pendingSend"))
{
    return CrmRecord{id, QStringLiteral("email"),
                     QJsonObject{{QStringLiteral("subject"), subject},
                                 {QStringLiteral("from"), QStringLiteral("alice@contoso.com")},
                                 {QStringLiteral("state"), state}}};
}

Mailbox mailbox(ChannelMode outgoing, bool approved, bool enabled)
{
    Mailbox m{QStringLiteral("m-alice"), QStringLiteral("alice")};
    m.outgoing = outgoing;
    m.approved = approved;
    m.enabled = enabled;
    return m;
}

using Reasons = QList<OutgoingDecision::Reason>;

} // namespace

Q_DECLARE_METATYPE(std::optional<SyncLens::Mailbox>)

// CRM emails waiting to be sent: SENT with a new token, or SEND_FAILED_MAILBOX.
class TestOutgoingEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        using R = OutgoingDecision::Reason;
        QTest::addColumn<std::optional<Mailbox>>("box");
        QTest::addColumn<QStringList>("reasons");
        const auto sss = ChannelMode::Sss;
        const auto none = ChannelMode::None;
        auto names = [](const Reasons &reasons) {
            QStringList list;
            for (R r : reasons)
                list.append(OutgoingDecision::reasonName(r));
            return list;
        };
        QTest::newRow("ready") << std::optional(mailbox(sss, true, true)) << QStringList();
        QTest::newRow("outgoing none")
            << std::optional(mailbox(none, true, true)) << names({R::OutgoingNone});
        QTest::newRow("not approved")
            << std::optional(mailbox(sss, false, true)) << names({R::NotApproved});
        QTest::newRow("disabled") << std::optional(mailbox(sss, true, false))
                                  << names({R::Disabled});
        QTest::newRow("all three") << std::optional(mailbox(none, false, false))
                                   << names({R::OutgoingNone, R::NotApproved, R::Disabled});
        QTest::newRow("no mailbox") << std::optional<Mailbox>() << names({R::NoMailbox});
    }

    void decide()
    {
        QFETCH(std::optional<Mailbox>, box);
        QFETCH(QStringList, reasons);
        int drawn = 0;
        const auto d =
            OutgoingEmail(OrgSettings{})
                .decide(pending(QStringLiteral("e1"), QStringLiteral("Quote for 40 seats")), box,
                        [&]() -> Result<qint64> { return qint64(++drawn + 41); });
        SL_VERIFY_OK(d);
        const bool sent = reasons.isEmpty();
        QCOMPARE(d->code, sent ? ReasonCode::Sent : ReasonCode::SendFailedMailbox);
        QCOMPARE(drawn, sent ? 1 : 0); // a failed send wastes no token
        QCOMPARE(d->subject, sent ? QStringLiteral("Quote for 40 seats [CRM:000042]")
                                  : QStringLiteral("Quote for 40 seats"));
        QCOMPARE(d->token, sent ? QStringLiteral("[CRM:000042]") : QString());
        QCOMPARE(d->emailId, QStringLiteral("e1"));
        QCOMPARE(d->mailboxId, box ? box->id : QString());
        const QJsonObject facts = d->factsJson();
        QStringList factReasons;
        for (const QJsonValue &r : facts.value(QStringLiteral("reasons")).toArray())
            factReasons.append(r.toString());
        QCOMPARE(factReasons, reasons);
        QCOMPARE(facts.value(QStringLiteral("reason")).toString(), reasons.value(0));
        QCOMPARE(d->alert.has_value(), !sent);
        if (!sent) {
            QCOMPARE(d->alert->severity, AlertSeverity::Error);
            QCOMPARE(d->alert->code, ReasonCode::SendFailedMailbox);
            QCOMPARE(d->alert->mailboxId, d->mailboxId);
            // The alert keeps facts; the sentence shown names the email.
            const QString shown = MailboxHealth::message(*d->alert);
            QVERIFY2(shown.contains(QStringLiteral("Quote for 40 seats")), qPrintable(shown));
        }
    }

    void trackingOffSendsTheSubjectAsItIs()
    {
        OrgSettings settings;
        settings.tracking.enabled = false;
        int drawn = 0;
        const auto d = OutgoingEmail(settings).decide(
            pending(QStringLiteral("e1"), QStringLiteral("Quote [CRM:000001]")),
            mailbox(ChannelMode::Sss, true, true), [&]() -> Result<qint64> { return ++drawn; });
        SL_VERIFY_OK(d);
        QCOMPARE(d->code, ReasonCode::Sent);
        QCOMPARE(d->subject, QStringLiteral("Quote [CRM:000001]"));
        QVERIFY(d->token.isEmpty());
        QCOMPARE(drawn, 0);
    }

    void aReplyGetsItsOwnToken()
    {
        const auto d =
            OutgoingEmail(OrgSettings{})
                .decide(pending(QStringLiteral("e1"), QStringLiteral("RE: Quote [CRM:000001] ")),
                        mailbox(ChannelMode::Sss, true, true),
                        []() -> Result<qint64> { return 7; });
        SL_VERIFY_OK(d);
        QCOMPARE(d->subject, QStringLiteral("RE: Quote [CRM:000007]"));
        QCOMPARE(d->replacedTokens, QStringList{QStringLiteral("[CRM:000001]")});
    }

    void onlyPendingEmailsAreDecided_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("sent") << "sent";
        QTest::newRow("received") << "received";
        QTest::newRow("tracked") << "tracked";
        QTest::newRow("no state") << "";
    }

    void onlyPendingEmailsAreDecided()
    {
        QFETCH(QString, state);
        const auto d = OutgoingEmail(OrgSettings{})
                           .decide(pending(QStringLiteral("e1"), QStringLiteral("Quote"), state),
                                   mailbox(ChannelMode::Sss, true, true),
                                   []() -> Result<qint64> { return 1; });
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(QStringLiteral("e1")), qPrintable(d.error().message));
    }

    void aTokenThatCannotBeDrawnIsAnError()
    {
        const auto d = OutgoingEmail(OrgSettings{})
                           .decide(pending(QStringLiteral("e1"), QStringLiteral("Quote")),
                                   mailbox(ChannelMode::Sss, true, true), []() -> Result<qint64> {
                                       return makeError(Error::Code::Io, QStringLiteral("disk"));
                                   });
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, Error::Code::Io);
    }

    // Tokens come from the org's sequence and go on after a reopen.
    void tokensFromTheStore()
    {
        Test::TempOrg org;
        const OutgoingEmail outgoing{OrgSettings{}};
        const Mailbox box = mailbox(ChannelMode::Sss, true, true);
        {
            auto store = org.create();
            QVERIFY(store);
            SL_VERIFY_OK(store->setSequenceValue(QStringLiteral("token"), 10));
            auto d =
                outgoing.decide(pending(QStringLiteral("e1"), QStringLiteral("A")), box, *store);
            SL_VERIFY_OK(d);
            QCOMPARE(d->subject, QStringLiteral("A [CRM:000011]"));
        }
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        auto d = outgoing.decide(pending(QStringLiteral("e2"), QStringLiteral("B")), box, **store);
        SL_VERIFY_OK(d);
        QCOMPARE(d->subject, QStringLiteral("B [CRM:000012]"));
        QCOMPARE(d->factsJson().value(QStringLiteral("token")).toString(),
                 QStringLiteral("[CRM:000012]"));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingEmail)
#include "tst_outgoingemail.moc"
