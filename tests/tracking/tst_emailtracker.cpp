#include "totext.h"
#include "trackingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test::Fixture;

namespace {

OrgSettings settingsFrom(const QString &json)
{
    if (json.isEmpty())
        return {};
    auto s = OrgSettings{}.withOverrides(QJsonDocument::fromJson(json.toUtf8()).object());
    if (!s)
        qFatal("bad settings in a test row: %s", qPrintable(s.error().message));
    return *s;
}

const QString kTrackingOff = QStringLiteral(R"({"tracking":{"enabled":false}})");
const QString kCorrelationOff = QStringLiteral(R"({"correlation":{"enabled":false}})");
const QString kSmartOff = QStringLiteral(R"({"smartMatching":{"enabled":false}})");
const QString kAllOff = QStringLiteral(R"({"tracking":{"enabled":false},)"
                                       R"("correlation":{"enabled":false},)"
                                       R"("smartMatching":{"enabled":false}})");

// Builders for the rows: an email changed by one or two fields.
IncomingEmail withId(IncomingEmail e, const QString &id)
{
    e.messageId = id;
    return e;
}
IncomingEmail manual(IncomingEmail e, const QString &regarding)
{
    e.trackRequested = true;
    e.regardingId = regarding;
    return e;
}
IncomingEmail inFolder(IncomingEmail e, const QString &folder)
{
    e.folder = folder;
    return e;
}
IncomingEmail replyTo(IncomingEmail e, const QString &inReplyTo)
{
    e.inReplyTo = inReplyTo;
    return e;
}
IncomingEmail referring(IncomingEmail e, const QStringList &references)
{
    e.references = references;
    return e;
}
IncomingEmail indexed(IncomingEmail e, const QString &conversationIndex)
{
    e.conversationIndex = conversationIndex;
    return e;
}
IncomingEmail copying(IncomingEmail e, const QStringList &cc)
{
    e.cc = cc;
    return e;
}

struct Expect
{
    ReasonCode code;
    QString regarding;
    QString correlatedWith;
};

void row(const char *name, const IncomingEmail &email, EmailFiltering filtering,
         const QString &settings, const Expect &expect)
{
    QTest::newRow(name) << email << filtering << settings << expect.code << expect.regarding
                        << expect.correlatedWith;
}

const QString t1 = QStringLiteral("<t1@crm>");
const QString t2 = QStringLiteral("<t2@crm>");
const QString t3 = QStringLiteral("<t3@crm>");

} // namespace

// The rules of sss-model §2, one row per rule, setting and order between them.
class TestEmailTracker : public QObject
{
    Q_OBJECT

    static void addColumns()
    {
        QTest::addColumn<IncomingEmail>("email");
        QTest::addColumn<EmailFiltering>("filtering");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QString>("regarding");
        QTest::addColumn<QString>("correlatedWith");
    }

    static TrackingDecision decideRow()
    {
        QFETCH(IncomingEmail, email);
        QFETCH(EmailFiltering, filtering);
        QFETCH(QString, settings);
        const OrgSettings s = settingsFrom(settings);
        return EmailTracker(s).decide(email, context(filtering), index(s));
    }

private Q_SLOTS:
    void rules_data()
    {
        addColumns();
        using C = ReasonCode;
        const auto R = EmailFiltering::Responses;
        const auto stranger = address("gary");
        const IncomingEmail hello = incoming(QStringLiteral("Hello"), stranger);
        const IncomingEmail tokenReply =
            incoming(QStringLiteral("RE: Quote for 40 seats [CRM:000001]"));
        const IncomingEmail renewalReply =
            incoming(QStringLiteral("RE: Renewal terms"), address("erin"));

        row("duplicate of a tracked email", withId(hello, t1), R, {},
            {C::DuplicateSuppressed, {}, t1});
        row("duplicate before a manual track", manual(withId(hello, t2), QStringLiteral("x")), R,
            {}, {C::DuplicateSuppressed, {}, t2});
        row("duplicate with filtering none", withId(hello, t3), EmailFiltering::None, {},
            {C::DuplicateSuppressed, {}, t3});

        row("E1 manual track", manual(hello, QStringLiteral("acc-chosen")), R, {},
            {C::ManualTrack, QStringLiteral("acc-chosen")});
        row("E1 before a tracked folder and a token",
            manual(inFolder(tokenReply, QStringLiteral("Inbox/Clients")), QStringLiteral("opp-9")),
            R, {}, {C::ManualTrack, QStringLiteral("opp-9")});
        row("E1 with filtering none", manual(hello, QStringLiteral("acc-chosen")),
            EmailFiltering::None, {}, {C::ManualTrack, QStringLiteral("acc-chosen")});
        row("E1 with every automatic rule off", manual(hello, {}), R, kAllOff, {C::ManualTrack});

        row("E2 tracked folder", inFolder(hello, QStringLiteral("Inbox/Clients")), R, {},
            {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 before a token", inFolder(tokenReply, QStringLiteral("Inbox/Clients")), R, {},
            {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 with filtering none", inFolder(hello, QStringLiteral("Inbox/Clients")),
            EmailFiltering::None, {}, {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 other folder is not tracked", inFolder(hello, QStringLiteral("Inbox/Other")), R, {},
            {C::NotTrackedNoSignal});

        row("E3 token of a tracked email", tokenReply, R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("E3 token from a stranger",
            incoming(QStringLiteral("Fwd: whatever [CRM:000002]"), stranger), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E3 first tracked token wins",
            incoming(QStringLiteral("[CRM:000099] [CRM:000002] [CRM:000001]"), stranger), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E3 before In-Reply-To", replyTo(incoming(QStringLiteral("x [CRM:000002]")), t1), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E3 unknown token", incoming(QStringLiteral("Hello [CRM:000099]"), stranger), R, {},
            {C::NotTrackedNoSignal});
        row("E3 look-alike token", incoming(QStringLiteral("Hello [CRM:01]"), stranger), R, {},
            {C::NotTrackedNoSignal});
        row("E3 tracking off, In-Reply-To", replyTo(tokenReply, t3), R, kTrackingOff,
            {C::Conversation, QStringLiteral("opp-kickoff"), t3});
        row("E3 tracking off, smart match", tokenReply, R, kTrackingOff,
            {C::SmartMatch, QStringLiteral("con-dan"), t1});
        row("E3 tracking off, nothing else",
            incoming(QStringLiteral("Hello [CRM:000001]"), stranger), R, kTrackingOff,
            {C::NotTrackedNoSignal});

        row("E4 In-Reply-To", replyTo(hello, t3), R, {},
            {C::Conversation, QStringLiteral("opp-kickoff"), t3});
        row("E4 References, nearest first",
            referring(hello, {t1, QStringLiteral("<x@y>"), t3, QStringLiteral("<z@y>")}), R, {},
            {C::Conversation, QStringLiteral("opp-kickoff"), t3});
        row("E4 In-Reply-To before References", referring(replyTo(hello, t1), {t3}), R, {},
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E4 reply to a new thread", indexed(hello, header(1) + block(5)), R, {},
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E4 reply to a reply", indexed(hello, header(2) + block(1) + block(7)), R, {},
            {C::Conversation, QStringLiteral("acc-fabrikam"), t2});
        row("E4 same index", indexed(hello, header(1)), R, {},
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E4 sibling is no reply", indexed(hello, header(2) + block(9)), R, {},
            {C::NotTrackedNoSignal});
        row("E4 thread start is no reply", indexed(hello, header(2)), R, {},
            {C::NotTrackedNoSignal});
        row("E4 malformed index", indexed(hello, header(1) + block(5) + u'0'), R, {},
            {C::NotTrackedNoSignal});
        row("E4 unknown In-Reply-To", replyTo(hello, QStringLiteral("<nobody@x>")), R, {},
            {C::NotTrackedNoSignal});
        row("E4 before smart match", replyTo(renewalReply, t3), R, {},
            {C::Conversation, QStringLiteral("opp-kickoff"), t3});
        row("E4 correlation off",
            indexed(replyTo(referring(hello, {t1}), t3), header(1) + block(5)), R, kCorrelationOff,
            {C::NotTrackedNoSignal});
        row("E4 correlation off, smart match", replyTo(renewalReply, t3), R, kCorrelationOff,
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});

        row("E5 smart match", renewalReply, R, {},
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E5 prefixes, case and spaces",
            incoming(QStringLiteral("aw: Re:  RENEWAL   terms"), address("erin")), R, {},
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E5 one shared address", incoming(QStringLiteral("RE: Renewal terms"), stranger), R, {},
            {C::NotTrackedNoSignal});
        row("E5 cc counts",
            copying(incoming(QStringLiteral("RE: Renewal terms"), stranger), {address("frank")}), R,
            {}, {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E5 addresses ignore case",
            incoming(QStringLiteral("RE: Renewal terms"), QStringLiteral(" Erin@Fabrikam.COM ")), R,
            {}, {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E5 other subject", incoming(QStringLiteral("RE: Renewal dates"), address("erin")), R,
            {}, {C::NotTrackedNoSignal});
        row("E5 smart matching off", renewalReply, R, kSmartOff, {C::NotTrackedNoSignal});

        row("E6 all email", hello, EmailFiltering::All, {}, {C::AllEmail});
        row("E6 correlation first", tokenReply, EmailFiltering::All, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("E7 contact", incoming(QStringLiteral("Hello")), EmailFiltering::Records, {},
            {C::FromRecord});
        row("E7 sender ignores case",
            incoming(QStringLiteral("Hello"), QStringLiteral("DAN@fabrikam.com")),
            EmailFiltering::Records, {}, {C::FromRecord});
        row("E7 lead", incoming(QStringLiteral("Hello"), address("lee")), EmailFiltering::Records,
            {}, {C::FromRecord});
        row("E7 account", incoming(QStringLiteral("Hello"), address("fabrikam")),
            EmailFiltering::Records, {}, {C::FromRecord});
        row("E7 a user is no record", incoming(QStringLiteral("Hello"), address("bob")),
            EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E7 a queue is no record", incoming(QStringLiteral("Hello"), address("support")),
            EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E7 stranger", hello, EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E7 correlation first", renewalReply, EmailFiltering::Records, {},
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E8 user", incoming(QStringLiteral("Hello"), address("bob")),
            EmailFiltering::EmailEnabled, {}, {C::FromEmailEnabled});
        row("E8 queue", incoming(QStringLiteral("Hello"), address("support")),
            EmailFiltering::EmailEnabled, {}, {C::FromEmailEnabled});
        row("E8 contact", incoming(QStringLiteral("Hello")), EmailFiltering::EmailEnabled, {},
            {C::FromEmailEnabled});
        row("E8 stranger", hello, EmailFiltering::EmailEnabled, {}, {C::NotTrackedNoRecord});
        row("responses, stranger", hello, R, {}, {C::NotTrackedNoSignal});
        row("responses, a contact", incoming(QStringLiteral("Hello")), R, {},
            {C::NotTrackedNoSignal});
        row("none, stranger", hello, EmailFiltering::None, {}, {C::NotTrackedFilteringNone});
        row("none, a contact", incoming(QStringLiteral("Hello")), EmailFiltering::None, {},
            {C::NotTrackedFilteringNone});
    }

    void rules()
    {
        QFETCH(ReasonCode, code);
        QFETCH(QString, regarding);
        QFETCH(QString, correlatedWith);
        const TrackingDecision d = decideRow();
        QCOMPARE(d.code, code);
        QCOMPARE(d.regardingId, regarding);
        QCOMPARE(d.correlatedWith, correlatedWith);
        QCOMPARE(d.isTracked(), code != ReasonCode::DuplicateSuppressed &&
                                    !reasonCodeName(code).startsWith(u"NOT_TRACKED"));
    }

    // E3–E5 track only when emailFiltering is not none.
    void correlationNeedsFilteringOtherThanNone_data()
    {
        addColumns();
        const QList<std::pair<const char *, EmailFiltering>> filterings{
            {"all", EmailFiltering::All},
            {"responses", EmailFiltering::Responses},
            {"records", EmailFiltering::Records},
            {"emailEnabled", EmailFiltering::EmailEnabled},
            {"none", EmailFiltering::None}};
        const QString stranger = address("gary");
        const QList<std::tuple<const char *, IncomingEmail, Expect>> signals{
            {"token",
             incoming(QStringLiteral("x [CRM:000001]"), stranger),
             {ReasonCode::Token, QStringLiteral("con-dan"), t1}},
            {"conversation",
             replyTo(incoming(QStringLiteral("x"), stranger), t3),
             {ReasonCode::Conversation, QStringLiteral("opp-kickoff"), t3}},
            {"smart match",
             incoming(QStringLiteral("Renewal terms"), address("erin")),
             {ReasonCode::SmartMatch, QStringLiteral("acc-fabrikam"), t2}}};
        for (const auto &[signal, email, expect] : signals) {
            for (const auto &[name, filtering] : filterings) {
                const QByteArray rowName = QByteArray(signal) + ", " + name;
                row(rowName.constData(), email, filtering, {},
                    filtering == EmailFiltering::None
                        ? Expect{ReasonCode::NotTrackedFilteringNone, {}, {}}
                        : expect);
            }
        }
    }

    void correlationNeedsFilteringOtherThanNone() { rules(); }

    // minAddressCount: tracked "Budget review" from p1 to p2, p3; the new
    // email shares exactly `shared` of them and keeps two recipients.
    void minAddressCount_data()
    {
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("shared");
        for (int minimum = 0; minimum <= 3; ++minimum) {
            for (int shared = 0; shared <= 3; ++shared)
                QTest::addRow("min %d, shared %d", minimum, shared) << minimum << shared;
        }
    }

    void minAddressCount()
    {
        QFETCH(int, minimum);
        QFETCH(int, shared);
        OrgSettings s;
        s.smartMatching.minAddressCount = minimum;
        TrackingIndex idx(s);
        idx.add(tracked(
            QStringLiteral("<b@crm>"), QStringLiteral("Budget review"), QStringLiteral("p1@x.com"),
            {QStringLiteral("p2@x.com"), QStringLiteral("p3@x.com")}, QStringLiteral("acc-b")));
        IncomingEmail e =
            incoming(QStringLiteral("RE: Budget review"),
                     shared >= 1 ? QStringLiteral("p1@x.com") : QStringLiteral("q1@y.com"));
        e.to = {shared >= 2 ? QStringLiteral("p2@x.com") : QStringLiteral("q2@y.com"),
                shared >= 3 ? QStringLiteral("P3@x.com") : QStringLiteral("q3@y.com")};
        const TrackingDecision d = EmailTracker(s).decide(e, context(), idx);
        QCOMPARE(d.code,
                 shared >= minimum ? ReasonCode::SmartMatch : ReasonCode::NotTrackedNoSignal);
        if (d.code == ReasonCode::SmartMatch)
            QCOMPARE(d.facts.sharedAddresses.size(), shared);
        else
            QCOMPARE(d.facts.nearestSharedAddresses, shared);
    }

    // maxRecipientCount: the sender alone is shared (minAddressCount 1); the
    // new email has `recipients` addresses in To and Cc.
    void maxRecipientCount_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("recipients");
        for (const auto &[maximum, recipients] :
             {std::pair{0, 0}, {0, 1}, {2, 1}, {2, 2}, {2, 3}, {20, 20}, {20, 21}, {20, 0}})
            QTest::addRow("max %d, %d recipients", maximum, recipients) << maximum << recipients;
    }

    void maxRecipientCount()
    {
        QFETCH(int, maximum);
        QFETCH(int, recipients);
        OrgSettings s;
        s.smartMatching.minAddressCount = 1;
        s.smartMatching.maxRecipientCount = maximum;
        TrackingIndex idx(s);
        idx.add(tracked(QStringLiteral("<b@crm>"), QStringLiteral("Budget review"),
                        QStringLiteral("p1@x.com"), {QStringLiteral("p2@x.com")},
                        QStringLiteral("acc-b")));
        IncomingEmail e = incoming(QStringLiteral("Budget review"), QStringLiteral("p1@x.com"));
        e.to.clear();
        for (int i = 0; i < recipients; ++i)
            (i % 2 ? e.cc : e.to).append(QStringLiteral("r%1@y.com").arg(i));
        const TrackingDecision d = EmailTracker(s).decide(e, context(), idx);
        QCOMPARE(d.facts.recipients, recipients);
        QCOMPARE(d.code,
                 recipients <= maximum ? ReasonCode::SmartMatch : ReasonCode::NotTrackedNoSignal);
    }

    // deltaSubjectCount: words differing position by position, plus the
    // difference in word count.
    void deltaSubjectCount_data()
    {
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("trackedSubject");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("differing");
        QTest::newRow("0, same") << 0 << "Renewal terms"
                                 << "RE: renewal terms" << 0;
        QTest::newRow("0, one word other") << 0 << "Renewal terms"
                                           << "Renewal term" << 1;
        QTest::newRow("1, one word other") << 1 << "Renewal terms"
                                           << "Renewal term" << 1;
        QTest::newRow("1, one word more") << 1 << "Renewal terms"
                                          << "Renewal terms 2026" << 1;
        QTest::newRow("1, one word fewer") << 1 << "Renewal terms"
                                           << "Renewal" << 1;
        QTest::newRow("1, one more and one other") << 1 << "Renewal terms"
                                                   << "Renewal term 2026" << 2;
        QTest::newRow("2, one more and one other") << 2 << "Renewal terms"
                                                   << "Renewal term 2026" << 2;
        QTest::newRow("1, two words swapped") << 1 << "Renewal terms"
                                              << "terms Renewal" << 2;
        QTest::newRow("3, three words more") << 3 << "Renewal"
                                             << "Renewal terms for 2026" << 3;
        QTest::newRow("2, three words more") << 2 << "Renewal"
                                             << "Renewal terms for 2026" << 3;
        QTest::newRow("5, empty subject never matches") << 5 << "Renewal"
                                                        << "RE:" << 1;
    }

    void deltaSubjectCount()
    {
        QFETCH(int, delta);
        QFETCH(QString, trackedSubject);
        QFETCH(QString, subject);
        QFETCH(int, differing);
        OrgSettings s;
        s.smartMatching.deltaSubjectCount = delta;
        TrackingIndex idx(s);
        idx.add(tracked(QStringLiteral("<r@crm>"), trackedSubject, address("alice"),
                        {address("erin")}, QStringLiteral("acc-r")));
        const TrackingDecision d =
            EmailTracker(s).decide(incoming(subject, address("erin")), context(), idx);
        const bool matches = differing <= delta && !d.facts.subject.isEmpty();
        QCOMPARE(d.code, matches ? ReasonCode::SmartMatch : ReasonCode::NotTrackedNoSignal);
        if (matches) {
            QCOMPARE(d.facts.wordsDiffering, differing);
            QCOMPARE(d.facts.matchedSubject, trackedSubject.toLower());
        }
    }

    void tokenFacts()
    {
        const IncomingEmail e =
            incoming(QStringLiteral("[CRM:000099] RE: [CRM:000002] x [CRM:01] [CRM:000001]"));
        const TrackingDecision d = EmailTracker({}).decide(e, context(), index());
        QCOMPARE(d.code, ReasonCode::Token);
        QCOMPARE(d.facts.tokensFound,
                 QStringList({QStringLiteral("[CRM:000099]"), QStringLiteral("[CRM:000002]"),
                              QStringLiteral("[CRM:000001]")}));
        QCOMPARE(d.facts.tokenUsed, QStringLiteral("[CRM:000002]"));
        QCOMPARE(d.facts.correlatedSubject, QStringLiteral("Renewal terms"));
        const QJsonObject json = d.factsJson();
        QCOMPARE(json.value(QStringLiteral("token")).toString(), QStringLiteral("[CRM:000002]"));
        QCOMPARE(json.value(QStringLiteral("tokensFound")).toArray().size(), 3);
    }

    void smartMatchFacts()
    {
        IncomingEmail e = incoming(QStringLiteral("RE: Renewal terms [CRM:000777]"),
                                   QStringLiteral("Frank@Fabrikam.com"));
        e.cc = QStringList{address("erin")};
        const TrackingDecision d = EmailTracker({}).decide(e, context(), index());
        QCOMPARE(d.code, ReasonCode::SmartMatch);
        QCOMPARE(d.facts.tokensFound, QStringList{QStringLiteral("[CRM:000777]")});
        QCOMPARE(d.facts.tokenUsed, QString());
        QCOMPARE(d.facts.subject, QStringLiteral("renewal terms"));
        QCOMPARE(d.facts.matchedSubject, QStringLiteral("renewal terms"));
        QCOMPARE(d.facts.sharedAddresses,
                 QStringList({address("alice"), address("erin"), address("frank")}));
        QCOMPARE(d.facts.wordsDiffering, 0);
        QCOMPARE(d.facts.recipients, 2);
        QCOMPARE(d.facts.sender, QStringLiteral("frank@fabrikam.com"));
    }

    void nearestMissFacts()
    {
        const TrackingDecision d = EmailTracker({}).decide(
            incoming(QStringLiteral("RE: Renewal terms"), address("gary")), context(), index());
        QCOMPARE(d.code, ReasonCode::NotTrackedNoSignal);
        QCOMPARE(d.facts.nearestSubject, QStringLiteral("Renewal terms"));
        QCOMPARE(d.facts.nearestMessageId, t2);
        QCOMPARE(d.facts.nearestSharedAddresses, 1);
        QCOMPARE(d.facts.minAddressCount, 2);
        QCOMPARE(d.facts.emailFiltering, QStringLiteral("responses"));
    }

    void senderFacts()
    {
        const TrackingDecision d =
            EmailTracker({}).decide(incoming(QStringLiteral("Hello"), address("bob")),
                                    context(EmailFiltering::Records), index());
        QCOMPARE(d.code, ReasonCode::NotTrackedNoRecord);
        QCOMPARE(d.facts.senderRecordId, QStringLiteral("bob"));
        QCOMPARE(d.facts.senderRecordType, QStringLiteral("systemuser"));
        QCOMPARE(d.facts.senderRecordName, QStringLiteral("Bob Stone"));
    }

    void settingsInFacts()
    {
        const TrackingDecision d = EmailTracker(settingsFrom(kAllOff))
                                       .decide(incoming(QStringLiteral("x")), context(), index());
        QVERIFY(!d.facts.trackingEnabled);
        QVERIFY(!d.facts.correlationEnabled);
        QVERIFY(!d.facts.smartMatchingEnabled);
        const TrackingDecision on =
            EmailTracker({}).decide(incoming(QStringLiteral("x")), context(), index());
        QVERIFY(on.facts.trackingEnabled && on.facts.correlationEnabled &&
                on.facts.smartMatchingEnabled);
    }

    // The journal keeps facts as JSON; the explanation reads them back.
    void factsRoundTrip()
    {
        IncomingEmail e =
            incoming(QStringLiteral("RE: Renewal terms [CRM:000777]"), address("erin"));
        e.inReplyTo = QStringLiteral("<unknown@x>");
        const TrackingDecision d = EmailTracker({}).decide(e, context(), index());
        const TrackingDecision back = TrackingDecision::fromFacts(d.code, d.factsJson());
        QCOMPARE(back.code, d.code);
        QCOMPARE(back.regardingId, d.regardingId);
        QCOMPARE(back.correlatedWith, d.correlatedWith);
        QCOMPARE(back.factsJson(), d.factsJson());
        QCOMPARE(back.facts.sharedAddresses, d.facts.sharedAddresses);
        QCOMPARE(back.facts.inReplyTo, QStringLiteral("<unknown@x>"));
    }

    // Emails are decided in arrival order: once tracked and added, a reply
    // to one correlates with it and takes its regarding.
    void trackedEmailsJoinTheIndex()
    {
        const EmailTracker tracker({});
        TrackingIndex idx = index();
        const IncomingEmail first = incoming(QStringLiteral("RE: Renewal terms"), address("erin"));
        const TrackingDecision d1 = tracker.decide(first, context(), idx);
        QCOMPARE(d1.code, ReasonCode::SmartMatch);
        TrackedEmail now =
            tracked(first.messageId, first.subject, first.from, first.to, d1.regardingId);
        idx.add(now);
        QCOMPARE(tracker.decide(first, context(), idx).code, ReasonCode::DuplicateSuppressed);
        const TrackingDecision d2 = tracker.decide(
            replyTo(incoming(QStringLiteral("Thanks")), first.messageId), context(), idx);
        QCOMPARE(d2.code, ReasonCode::Conversation);
        QCOMPARE(d2.correlatedWith, first.messageId);
        QCOMPARE(d2.regardingId, QStringLiteral("acc-fabrikam"));
    }
};

QTEST_GUILESS_MAIN(TestEmailTracker)
#include "tst_emailtracker.moc"
