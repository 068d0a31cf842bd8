#include "totext.h"
#include "tracking/outgoingemail.h"
#include "tracking/trackingexplainer.h"
#include "trackingfixture.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test::Fixture;

namespace {

struct Case
{
    IncomingEmail email;
    EmailFiltering filtering = EmailFiltering::Responses;
    OrgSettings settings;
};

Case with(IncomingEmail email, EmailFiltering filtering = EmailFiltering::Responses,
          OrgSettings settings = smartMatchingOn())
{
    return {std::move(email), filtering, std::move(settings)};
}

TrackingDecision decide(const Case &c)
{
    return EmailTracker(c.settings).decide(c.email, context(c.filtering), index(c.settings));
}

} // namespace

Q_DECLARE_METATYPE(Case)

// Each reason code of sss-model §2 as a sentence with its facts.
class TestTrackingExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explain_data()
    {
        QTest::addColumn<Case>("input");
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QString>("regardingName"); // as the caller looks it up
        QTest::addColumn<QStringList>("fragments");
        using C = ReasonCode;
        const QString gary = address("gary");
        const IncomingEmail hello = incoming(QStringLiteral("Hello"), gary);
        auto manual = [](IncomingEmail e, const QString &regarding) {
            e.trackRequested = true;
            e.regardingId = regarding;
            return e;
        };
        IncomingEmail duplicate = hello;
        duplicate.messageId = QStringLiteral("<t1@crm>");
        IncomingEmail inFolder = hello;
        inFolder.folder = QStringLiteral("Inbox/Clients");
        IncomingEmail reply = hello;
        reply.inReplyTo = QStringLiteral("<t3@crm>");
        IncomingEmail replyWithToken = incoming(QStringLiteral("RE: x [CRM:000002]"));
        replyWithToken.inReplyTo = QStringLiteral("<t3@crm>");
        IncomingEmail moved = incoming(QStringLiteral("RE: Quote [CRM:000001]"));
        moved.folder = QStringLiteral("Inbox/Old");
        const QString sales = QStringLiteral("sales@contoso.com");
        IncomingEmail indexed = hello;
        indexed.conversationIndex = header(1) + block(4);
        OrgSettings delta = smartMatchingOn();
        delta.smartMatching.deltaSubjectCount = 1;
        OrgSettings allOff;
        allOff.tracking.enabled = false;
        allOff.correlation.enabled = false;
        allOff.smartMatching.enabled = false;
        OrgSettings noRecipients = smartMatchingOn();
        noRecipients.smartMatching.maxRecipientCount = 0;
        IncomingEmail ccd = incoming(QStringLiteral("RE: Renewal terms"), address("erin"));
        ccd.cc = QStringList{address("gary")};

        QTest::newRow("DUPLICATE_SUPPRESSED")
            << with(duplicate) << C::DuplicateSuppressed << QString()
            << QStringList{QStringLiteral("Not tracked again: the message <t1@crm> is already in "
                                          "CRM as 'Quote for 40 seats', so no second CRM email "
                                          "is made.")};
        QTest::newRow("MANUAL_TRACK")
            << with(manual(hello, QStringLiteral("acc-chosen"))) << C::ManualTrack
            << QStringLiteral("Contoso")
            << QStringList{QStringLiteral("Tracked because Alice tracked it in Outlook; "
                                          "regarding Contoso.")};
        QTest::newRow("MANUAL_TRACK without regarding")
            << with(manual(hello, {})) << C::ManualTrack << QString()
            << QStringList{QStringLiteral("with no regarding record")};
        QTest::newRow("TRACKED_FOLDER")
            << with(inFolder) << C::TrackedFolder << QString()
            << QStringList{QStringLiteral("Tracked because it arrived in Alice's tracked folder "
                                          "'Inbox/Clients'; regarding acc-clients.")};
        QTest::newRow("TOKEN")
            << with(incoming(QStringLiteral("RE: Quote for 40 seats [CRM:000001]"))) << C::Token
            << QStringLiteral("Dan Park")
            << QStringList{QStringLiteral("Tracked by its tracking token [CRM:000001], which "
                                          "belongs to 'Quote for 40 seats'; regarding Dan Park.")};
        QTest::newRow("TOKEN, several")
            << with(incoming(QStringLiteral("[CRM:000099] x [CRM:000002]"))) << C::Token
            << QString()
            << QStringList{QStringLiteral("token [CRM:000002], which belongs to 'Renewal terms'"),
                           QStringLiteral("Its subject holds 2 tokens ([CRM:000099], "
                                          "[CRM:000002]); the first that belongs to an email in "
                                          "CRM counts.")};
        QTest::newRow("IN_REPLY_TO")
            << with(reply) << C::InReplyTo << QString()
            << QStringList{QStringLiteral("Tracked because it replies to 'Project kickoff', an "
                                          "email in CRM: its In-Reply-To header names that email; "
                                          "regarding opp-kickoff.")};
        QTest::newRow("IN_REPLY_TO, a token of another email")
            << with(replyWithToken) << C::InReplyTo << QStringLiteral("Kickoff")
            << QStringList{QStringLiteral("replies to 'Project kickoff'"),
                           QStringLiteral("regarding Kickoff. Its subject also holds the tracking "
                                          "token [CRM:000002] of 'Renewal terms', but In-Reply-To "
                                          "is tried before the token.")};
        QTest::newRow("CONVERSATION, conversation index")
            << with(indexed) << C::Conversation << QString()
            << QStringList{QStringLiteral("its conversation index continues that of 'Quote for "
                                          "40 seats'"),
                           QStringLiteral("regarding con-dan")};
        QTest::newRow("SMART_MATCH")
            << with(ccd) << C::SmartMatch << QStringLiteral("Fabrikam")
            << QStringList{QStringLiteral(
                   "Tracked by smart matching: its subject matches 'Renewal terms' (the same "
                   "words) and it shares 2 addresses with it (2 needed): alice@contoso.com, "
                   "erin@fabrikam.com; regarding Fabrikam.")};
        QTest::newRow("SMART_MATCH, words differ")
            << with(incoming(QStringLiteral("Renewal term"), address("erin")),
                    EmailFiltering::Responses, delta)
            << C::SmartMatch << QString()
            << QStringList{QStringLiteral("(differing words: 1, at most 1)")};
        QTest::newRow("ALL_EMAIL")
            << with(hello, EmailFiltering::All) << C::AllEmail << QString()
            << QStringList{QStringLiteral("Tracked because Alice tracks all incoming email")};
        QTest::newRow("FROM_RECORD")
            << with(incoming(QStringLiteral("Hello")), EmailFiltering::Records) << C::FromRecord
            << QString()
            << QStringList{QStringLiteral(
                   "Tracked because Alice tracks email from contacts, leads and accounts, and the "
                   "sender dan@fabrikam.com is the contact Dan Park.")};
        QTest::newRow("FROM_EMAIL_ENABLED")
            << with(incoming(QStringLiteral("Hello"), address("support")),
                    EmailFiltering::EmailEnabled)
            << C::FromEmailEnabled << QString()
            << QStringList{QStringLiteral("any email-enabled record, and the sender "
                                          "support@contoso.com is the queue Support.")};
        QTest::newRow("NOT_TRACKED_NO_SIGNAL")
            << with(incoming(QStringLiteral("RE: Renewal terms"), gary)) << C::NotTrackedNoSignal
            << QString()
            << QStringList{QStringLiteral(
                   "Not tracked: Alice tracks only replies to CRM email, and this message has no "
                   "tracking token, does not reply to a tracked message, and shares only 1 "
                   "address with 'Renewal terms' (2 needed for smart matching).")};
        QTest::newRow("NOT_TRACKED_NO_SIGNAL, unknown token")
            << with(incoming(QStringLiteral("Hello [CRM:000099]"), gary)) << C::NotTrackedNoSignal
            << QString()
            << QStringList{QStringLiteral("has the token [CRM:000099], which belongs to no email "
                                          "in CRM"),
                           QStringLiteral("has a subject ('hello') that no email in CRM has")};
        QTest::newRow("NOT_TRACKED_NO_SIGNAL, all off")
            << with(hello, EmailFiltering::Responses, allOff) << C::NotTrackedNoSignal << QString()
            << QStringList{QStringLiteral("tracking tokens are switched off"),
                           QStringLiteral("correlation is switched off"),
                           QStringLiteral("smart matching is switched off")};
        QTest::newRow("NOT_TRACKED_NO_SIGNAL, too many recipients")
            << with(hello, EmailFiltering::Responses, noRecipients) << C::NotTrackedNoSignal
            << QString()
            << QStringList{
                   QStringLiteral("has more recipients (1) than smart matching allows (0)")};
        QTest::newRow("NOT_TRACKED_NO_RECORD")
            << with(hello, EmailFiltering::Records) << C::NotTrackedNoRecord << QString()
            << QStringList{QStringLiteral(
                   "Not tracked: Alice tracks email from contacts, leads and accounts, and the "
                   "sender gary@fabrikam.com is none of them; this message also has no tracking "
                   "token, does not reply to a tracked message, and has a subject ('hello') that "
                   "no email in CRM has.")};
        QTest::newRow("NOT_TRACKED_NO_RECORD, a user")
            << with(incoming(QStringLiteral("Hello"), address("bob")), EmailFiltering::Records)
            << C::NotTrackedNoRecord << QString()
            << QStringList{QStringLiteral("the sender bob@contoso.com is the user Bob Stone, "
                                          "which does not count")};
        QTest::newRow("NOT_TRACKED_NO_RECORD, email-enabled")
            << with(hello, EmailFiltering::EmailEnabled) << C::NotTrackedNoRecord << QString()
            << QStringList{QStringLiteral("tracks email from email-enabled records"),
                           QStringLiteral("gary@fabrikam.com is none of them")};
        QTest::newRow("NOT_TRACKED_NO_SIGNAL, smart matching off by default")
            << with(incoming(QStringLiteral("RE: Renewal terms"), gary), EmailFiltering::Responses,
                    OrgSettings{})
            << C::NotTrackedNoSignal << QString()
            << QStringList{QStringLiteral("smart matching is switched off")};
        QTest::newRow("NOT_TRACKED_FOLDER")
            << with(moved) << C::NotTrackedFolder << QString()
            << QStringList{QStringLiteral(
                   "Not tracked: it is in Alice's folder 'Inbox/Old', not in the Inbox, and "
                   "'Inbox/Old' is not a tracked folder. Server-Side Synchronization tracks email "
                   "automatically only in the Inbox; an Outlook rule may have moved it. Even its "
                   "tracking token [CRM:000001] is not used.")};
        QTest::newRow("NOT_TRACKED_NO_RECIPIENT, a list")
            << with(addressed(hello, {sales})) << C::NotTrackedNoRecipient << QString()
            << QStringList{QStringLiteral(
                   "Not tracked: it was sent to sales@contoso.com, which is not a CRM user's "
                   "address, so Alice received it through a distribution list or as a Bcc copy. "
                   "Server-Side Synchronization tracks email automatically only when a user of "
                   "the org is in To or Cc.")};
        QTest::newRow("NOT_TRACKED_NO_RECIPIENT, a list and a colleague")
            << with(addressed(hello, {sales}, {address("erin")})) << C::NotTrackedNoRecipient
            << QString()
            << QStringList{QStringLiteral("it was sent to sales@contoso.com and "
                                          "erin@fabrikam.com, none of which is a CRM user's "
                                          "address, so Alice received it")};
        QTest::newRow("NOT_TRACKED_NO_RECIPIENT, Bcc")
            << with(addressed(hello, {})) << C::NotTrackedNoRecipient << QString()
            << QStringList{QStringLiteral("Not tracked: it has no To or Cc address, so Alice "
                                          "received it as a Bcc copy.")};
        QTest::newRow("NOT_TRACKED_FILTERING_NONE")
            << with(incoming(QStringLiteral("RE: Quote [CRM:000001]")), EmailFiltering::None)
            << C::NotTrackedFilteringNone << QString()
            << QStringList{QStringLiteral("Not tracked: Alice tracks no email automatically "
                                          "(email filtering is set to none); only emails Alice "
                                          "tracks in Outlook or that arrive in a tracked folder "
                                          "go to CRM."),
                           QStringLiteral("Even its tracking token [CRM:000001] is not used.")};
    }

    void explain()
    {
        QFETCH(Case, input);
        QFETCH(ReasonCode, code);
        QFETCH(QString, regardingName);
        QFETCH(QStringList, fragments);
        TrackingDecision d = decide(input);
        QCOMPARE(d.code, code);
        d.facts.regardingName = regardingName;
        const QString text = TrackingExplainer::explain(d, QStringLiteral("Alice"));
        for (const QString &fragment : fragments)
            QVERIFY2(text.contains(fragment), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        // The journal keeps the facts as JSON: the same sentence from them.
        QCOMPARE(TrackingExplainer::explain(TrackingDecision::fromFacts(d.code, d.factsJson()),
                                            QStringLiteral("Alice")),
                 text);
    }

    // What would change it, for the codes that have advice.
    void advice_data()
    {
        QTest::addColumn<Case>("input");
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QStringList>("advice");
        using C = ReasonCode;
        IncomingEmail moved = incoming(QStringLiteral("Hello"), address("gary"));
        moved.folder = QStringLiteral("Inbox/Old");
        IncomingEmail reply = incoming(QStringLiteral("RE: x [CRM:000002]"));
        reply.inReplyTo = QStringLiteral("<t3@crm>");
        IncomingEmail plainReply = incoming(QStringLiteral("RE: x"));
        plainReply.inReplyTo = QStringLiteral("<t3@crm>");
        const QString sales = QStringLiteral("sales@contoso.com");
        QTest::newRow("NOT_TRACKED_FOLDER")
            << with(moved) << C::NotTrackedFolder
            << QStringList{QStringLiteral("Move it back to the Inbox or make the folder "
                                          "'Inbox/Old' a tracked folder."),
                           QStringLiteral("Or track it in Outlook by hand: an older email moved "
                                          "back into the Inbox is not read again.")};
        QTest::newRow("NOT_TRACKED_NO_RECIPIENT, a list")
            << with(addressed(incoming(QStringLiteral("Hi")), {sales})) << C::NotTrackedNoRecipient
            << QStringList{QStringLiteral("Track it in Outlook by hand, or move it to a tracked "
                                          "folder."),
                           QStringLiteral("For mail to be tracked automatically, Alice (or "
                                          "another CRM user) must be in To or Cc, not only "
                                          "sales@contoso.com.")};
        QTest::newRow("NOT_TRACKED_NO_RECIPIENT, Bcc")
            << with(addressed(incoming(QStringLiteral("Hi")), {})) << C::NotTrackedNoRecipient
            << QStringList{QStringLiteral("Track it in Outlook by hand, or move it to a tracked "
                                          "folder."),
                           QStringLiteral("For mail to be tracked automatically, Alice must be "
                                          "in To or Cc, not only in Bcc.")};
        QTest::newRow("IN_REPLY_TO, a token of another email")
            << with(reply) << C::InReplyTo
            << QStringList{QStringLiteral("If it belongs with 'Renewal terms', change its "
                                          "regarding in CRM: In-Reply-To always comes before a "
                                          "tracking token.")};
        QTest::newRow("IN_REPLY_TO") << with(plainReply) << C::InReplyTo << QStringList{};
        QTest::newRow("TOKEN") << with(incoming(QStringLiteral("x [CRM:000001]"))) << C::Token
                               << QStringList{};
    }

    void advice()
    {
        QFETCH(Case, input);
        QFETCH(ReasonCode, code);
        QFETCH(QStringList, advice);
        const TrackingDecision d = decide(input);
        QCOMPARE(d.code, code);
        QCOMPARE(TrackingExplainer::advice(d, QStringLiteral("Alice")), advice);
        QCOMPARE(TrackingExplainer::advice(TrackingDecision::fromFacts(d.code, d.factsJson()),
                                           QStringLiteral("Alice")),
                 advice);
    }

    // Journals written before In-Reply-To became a rule of its own (E3)
    // hold CONVERSATION with a header: they still read as they did.
    void olderJournalsKeepTheirSentence_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("In-Reply-To") << "In-Reply-To"
                                     << "it replies to 'Project kickoff' (In-Reply-To)";
        QTest::newRow("References") << "References"
                                    << "its References header names 'Project kickoff'";
    }

    void olderJournalsKeepTheirSentence()
    {
        QFETCH(QString, header);
        QFETCH(QString, fragment);
        const QJsonObject facts{
            {QStringLiteral("matchedHeader"), header},
            {QStringLiteral("correlatedSubject"), QStringLiteral("Project kickoff")},
            {QStringLiteral("regarding"), QStringLiteral("opp-kickoff")}};
        const QString text = TrackingExplainer::explain(
            TrackingDecision::fromFacts(ReasonCode::Conversation, facts), QStringLiteral("Alice"));
        QVERIFY2(text.contains(fragment), qPrintable(text));
    }

    // A subject that looks like a placeholder stays as it is.
    void subjectsAreNotPlaceholders()
    {
        TrackingIndex idx(OrgSettings{});
        idx.add(tracked(QStringLiteral("<p@crm>"), QStringLiteral("%2 off %1 [CRM:000005]"),
                        address("alice"), {address("dan")}, QStringLiteral("r"), 5));
        const TrackingDecision d =
            EmailTracker({}).decide(incoming(QStringLiteral("x [CRM:000005]")), context(), idx);
        QCOMPARE(TrackingExplainer::explain(d, QStringLiteral("Alice")),
                 QStringLiteral("Tracked by its tracking token [CRM:000005], which belongs to "
                                "'%2 off %1'; regarding r."));
    }

    void outgoing_data()
    {
        QTest::addColumn<bool>("tracking");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("SENT") << true << true << true
                              << "Sent from CRM through Alice's mailbox with the tracking token "
                                 "[CRM:000008], as 'Quote [CRM:000008]'.";
        QTest::newRow("SENT, tracking off")
            << false << true << true
            << "Sent from CRM through Alice's mailbox as 'Quote', without a tracking token "
               "(tracking tokens are switched off).";
        QTest::newRow("SEND_FAILED_MAILBOX") << true << false << true
                                             << "Not sent: Alice's mailbox is not approved; "
                                                "'Quote' waits in CRM and is sent once the "
                                                "mailbox can send.";
        QTest::newRow("SEND_FAILED_MAILBOX, two reasons")
            << true << false << false
            << "Not sent: Alice's mailbox is not approved and is disabled; 'Quote' waits in CRM "
               "and is sent once the mailbox can send.";
    }

    void outgoing()
    {
        QFETCH(bool, tracking);
        QFETCH(bool, approved);
        QFETCH(bool, enabled);
        QFETCH(QString, sentence);
        OrgSettings settings;
        settings.tracking.enabled = tracking;
        Mailbox box{QStringLiteral("m-alice"), QStringLiteral("alice")};
        box.approved = approved;
        box.enabled = enabled;
        const CrmRecord email{
            QStringLiteral("e1"), QStringLiteral("email"),
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Quote")},
                        {QStringLiteral("state"), QStringLiteral("pendingSend")}}};
        const auto d =
            OutgoingEmail(settings).decide(email, box, []() -> Result<qint64> { return 8; });
        SL_VERIFY_OK(d);
        QCOMPARE(TrackingExplainer::explain(*d, QStringLiteral("Alice")), sentence);
    }

    // Every code of §2 reads differently.
    void everyCodeHasItsOwnSentence()
    {
        QSet<QString> sentences;
        const QList<ReasonCode> codes{ReasonCode::DuplicateSuppressed,
                                      ReasonCode::ManualTrack,
                                      ReasonCode::TrackedFolder,
                                      ReasonCode::InReplyTo,
                                      ReasonCode::Token,
                                      ReasonCode::Conversation,
                                      ReasonCode::SmartMatch,
                                      ReasonCode::AllEmail,
                                      ReasonCode::FromRecord,
                                      ReasonCode::FromEmailEnabled,
                                      ReasonCode::NotTrackedNoSignal,
                                      ReasonCode::NotTrackedNoRecord,
                                      ReasonCode::NotTrackedFilteringNone,
                                      ReasonCode::NotTrackedFolder,
                                      ReasonCode::NotTrackedNoRecipient};
        for (ReasonCode code : codes) {
            TrackingDecision d;
            d.code = code;
            d.facts.emailFiltering = QStringLiteral("records");
            const QString text = TrackingExplainer::explain(d, QStringLiteral("Alice"));
            QVERIFY2(!text.isEmpty() && !sentences.contains(text), qPrintable(text));
            sentences.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrackingExplainer)
#include "tst_trackingexplainer.moc"
