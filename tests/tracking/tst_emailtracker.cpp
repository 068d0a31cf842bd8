#include "model/exchangeitem.h"
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
const QString kSmartOn = QStringLiteral(R"({"smartMatching":{"enabled":true}})");
const QString kSmartOff = QStringLiteral(R"({"smartMatching":{"enabled":false}})");
const QString kTrackingOffSmartOn = QStringLiteral(R"({"tracking":{"enabled":false},)"
                                                   R"("smartMatching":{"enabled":true}})");
const QString kCorrelationOffSmartOn = QStringLiteral(R"({"correlation":{"enabled":false},)"
                                                      R"("smartMatching":{"enabled":true}})");
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

        const QString list = QStringLiteral("sales@contoso.com");
        const IncomingEmail toList = addressed(tokenReply, {list});

        row("duplicate of a tracked email", withId(hello, t1), R, {},
            {C::DuplicateSuppressed, {}, t1});
        row("duplicate before a manual track", manual(withId(hello, t2), QStringLiteral("x")), R,
            {}, {C::DuplicateSuppressed, {}, t2});
        row("duplicate with filtering none", withId(hello, t3), EmailFiltering::None, {},
            {C::DuplicateSuppressed, {}, t3});
        row("duplicate outside the Inbox", inFolder(withId(hello, t1), QStringLiteral("Archive")),
            R, {}, {C::DuplicateSuppressed, {}, t1});
        row("duplicate without a recipient", withId(addressed(hello, {list}), t2), R, {},
            {C::DuplicateSuppressed, {}, t2});

        row("E1 manual track", manual(hello, QStringLiteral("acc-chosen")), R, {},
            {C::ManualTrack, QStringLiteral("acc-chosen")});
        row("E1 before a tracked folder and a token",
            manual(inFolder(tokenReply, QStringLiteral("Inbox/Clients")), QStringLiteral("opp-9")),
            R, {}, {C::ManualTrack, QStringLiteral("opp-9")});
        row("E1 with filtering none", manual(hello, QStringLiteral("acc-chosen")),
            EmailFiltering::None, {}, {C::ManualTrack, QStringLiteral("acc-chosen")});
        row("E1 with every automatic rule off", manual(hello, {}), R, kAllOff, {C::ManualTrack});
        row("E1 in a folder that is not tracked",
            manual(inFolder(hello, QStringLiteral("Inbox/Other")), QStringLiteral("acc-chosen")), R,
            {}, {C::ManualTrack, QStringLiteral("acc-chosen")});
        row("E1 without a recipient", manual(addressed(hello, {list}), QStringLiteral("acc-x")), R,
            {}, {C::ManualTrack, QStringLiteral("acc-x")});

        row("E2 tracked folder", inFolder(hello, QStringLiteral("Inbox/Clients")), R, {},
            {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 before a token", inFolder(tokenReply, QStringLiteral("Inbox/Clients")), R, {},
            {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 with filtering none", inFolder(hello, QStringLiteral("Inbox/Clients")),
            EmailFiltering::None, {}, {C::TrackedFolder, QStringLiteral("acc-clients")});
        row("E2 without a recipient", inFolder(toList, QStringLiteral("Inbox/Clients")), R, {},
            {C::TrackedFolder, QStringLiteral("acc-clients")});

        // Only the Inbox is read: Inbox vs no folder vs subfolder vs tracked folder.
        row("Inbox", inFolder(tokenReply, QStringLiteral("Inbox")), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("no folder is the Inbox", inFolder(tokenReply, {}), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("inbox in lower case", inFolder(tokenReply, QStringLiteral("inbox")), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("subfolder of the Inbox", inFolder(tokenReply, QStringLiteral("Inbox/Other")), R, {},
            {C::NotTrackedFolder});
        row("folder beside the Inbox", inFolder(replyTo(hello, t3), QStringLiteral("Archive")), R,
            {}, {C::NotTrackedFolder});
        row("subfolder, filtering all", inFolder(hello, QStringLiteral("Inbox/Other")),
            EmailFiltering::All, {}, {C::NotTrackedFolder});
        row("subfolder, filtering none", inFolder(hello, QStringLiteral("Inbox/Other")),
            EmailFiltering::None, {}, {C::NotTrackedFolder});
        row("subfolder before no recipient", inFolder(toList, QStringLiteral("Inbox/Other")), R, {},
            {C::NotTrackedFolder});

        // A recipient in the org: To vs Cc vs only a list vs Bcc.
        row("a user in To", tokenReply, R, {}, {C::Token, QStringLiteral("con-dan"), t1});
        row("a user in Cc only", addressed(tokenReply, {list}, {address("alice")}), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("another user in Cc", addressed(tokenReply, {list}, {address("bob")}), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("a user's address in another case",
            addressed(tokenReply, {QStringLiteral(" Alice@Contoso.COM ")}), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("only a list in To", toList, R, {}, {C::NotTrackedNoRecipient});
        row("a list in To and Cc",
            addressed(tokenReply, {list}, {QStringLiteral("all@contoso.com")}), R, {},
            {C::NotTrackedNoRecipient});
        row("Bcc: To someone else", addressed(tokenReply, {address("erin")}), R, {},
            {C::NotTrackedNoRecipient});
        row("Bcc: no To or Cc", addressed(tokenReply, {}), R, {}, {C::NotTrackedNoRecipient});
        row("a user as sender does not count",
            addressed(incoming(QStringLiteral("Hi"), address("bob")), {list}), R, {},
            {C::NotTrackedNoRecipient});
        row("no recipient, filtering all", addressed(hello, {list}), EmailFiltering::All, {},
            {C::NotTrackedNoRecipient});
        row("no recipient, filtering none", addressed(hello, {list}), EmailFiltering::None, {},
            {C::NotTrackedNoRecipient});
        row("no recipient before In-Reply-To", replyTo(addressed(hello, {list}), t3), R, {},
            {C::NotTrackedNoRecipient});

        row("E3 In-Reply-To", replyTo(hello, t3), R, {},
            {C::InReplyTo, QStringLiteral("opp-kickoff"), t3});
        row("E3 before a token of another email",
            replyTo(incoming(QStringLiteral("x [CRM:000002]")), t1), R, {},
            {C::InReplyTo, QStringLiteral("con-dan"), t1});
        row("E3 with the token of the same email", replyTo(tokenReply, t1), R, {},
            {C::InReplyTo, QStringLiteral("con-dan"), t1});
        row("E3 before the conversation index", indexed(replyTo(hello, t3), header(1) + block(5)),
            R, {}, {C::InReplyTo, QStringLiteral("opp-kickoff"), t3});
        row("E3 before smart match", replyTo(renewalReply, t3), R, kSmartOn,
            {C::InReplyTo, QStringLiteral("opp-kickoff"), t3});
        row("E3 tracking off", replyTo(tokenReply, t3), R, kTrackingOff,
            {C::InReplyTo, QStringLiteral("opp-kickoff"), t3});
        row("E3 unknown In-Reply-To, the token next",
            replyTo(tokenReply, QStringLiteral("<nobody@x>")), R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("E3 unknown In-Reply-To", replyTo(hello, QStringLiteral("<nobody@x>")), R, {},
            {C::NotTrackedNoSignal});
        row("E3 correlation off, the token next",
            replyTo(incoming(QStringLiteral("x [CRM:000002]")), t1), R, kCorrelationOff,
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E3 correlation off", replyTo(hello, t3), R, kCorrelationOff, {C::NotTrackedNoSignal});

        row("E4 token of a tracked email", tokenReply, R, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("E4 token from a stranger",
            incoming(QStringLiteral("Fwd: whatever [CRM:000002]"), stranger), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E4 first tracked token wins",
            incoming(QStringLiteral("[CRM:000099] [CRM:000002] [CRM:000001]"), stranger), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E4 before the conversation index",
            indexed(incoming(QStringLiteral("x [CRM:000002]")), header(1) + block(5)), R, {},
            {C::Token, QStringLiteral("acc-fabrikam"), t2});
        row("E4 unknown token", incoming(QStringLiteral("Hello [CRM:000099]"), stranger), R, {},
            {C::NotTrackedNoSignal});
        row("E4 look-alike token", incoming(QStringLiteral("Hello [CRM:01]"), stranger), R, {},
            {C::NotTrackedNoSignal});
        row("E4 tracking off, smart match", tokenReply, R, kTrackingOffSmartOn,
            {C::SmartMatch, QStringLiteral("con-dan"), t1});
        row("E4 tracking off, nothing else",
            incoming(QStringLiteral("Hello [CRM:000001]"), stranger), R, kTrackingOff,
            {C::NotTrackedNoSignal});

        // The conversation index alone, without In-Reply-To.
        row("E5 reply to a new thread", indexed(hello, header(1) + block(5)), R, {},
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E5 reply to a reply", indexed(hello, header(2) + block(1) + block(7)), R, {},
            {C::Conversation, QStringLiteral("acc-fabrikam"), t2});
        row("E5 same index", indexed(hello, header(1)), R, {},
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E5 sibling is no reply", indexed(hello, header(2) + block(9)), R, {},
            {C::NotTrackedNoSignal});
        row("E5 thread start is no reply", indexed(hello, header(2)), R, {},
            {C::NotTrackedNoSignal});
        row("E5 malformed index", indexed(hello, header(1) + block(5) + u'0'), R, {},
            {C::NotTrackedNoSignal});
        row("E5 before smart match", indexed(renewalReply, header(1) + block(5)), R, kSmartOn,
            {C::Conversation, QStringLiteral("con-dan"), t1});
        row("E5 correlation off", indexed(hello, header(1) + block(5)), R, kCorrelationOff,
            {C::NotTrackedNoSignal});
        row("E5 correlation off, smart match", indexed(renewalReply, header(1) + block(5)), R,
            kCorrelationOffSmartOn, {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});

        row("E6 smart match", renewalReply, R, kSmartOn,
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E6 prefixes, case and spaces",
            incoming(QStringLiteral("aw: Re:  RENEWAL   terms"), address("erin")), R, kSmartOn,
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E6 one shared address", incoming(QStringLiteral("RE: Renewal terms"), stranger), R,
            kSmartOn, {C::NotTrackedNoSignal});
        row("E6 cc counts",
            copying(incoming(QStringLiteral("RE: Renewal terms"), stranger), {address("frank")}), R,
            kSmartOn, {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E6 addresses ignore case",
            incoming(QStringLiteral("RE: Renewal terms"), QStringLiteral(" Erin@Fabrikam.COM ")), R,
            kSmartOn, {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E6 other subject", incoming(QStringLiteral("RE: Renewal dates"), address("erin")), R,
            kSmartOn, {C::NotTrackedNoSignal});
        row("E6 smart matching off by default", renewalReply, R, {}, {C::NotTrackedNoSignal});
        row("E6 smart matching switched off", renewalReply, R, kSmartOff, {C::NotTrackedNoSignal});

        row("E7 all email", hello, EmailFiltering::All, {}, {C::AllEmail});
        row("E7 correlation first", tokenReply, EmailFiltering::All, {},
            {C::Token, QStringLiteral("con-dan"), t1});
        row("E8 contact", incoming(QStringLiteral("Hello")), EmailFiltering::Records, {},
            {C::FromRecord});
        row("E8 sender ignores case",
            incoming(QStringLiteral("Hello"), QStringLiteral("DAN@fabrikam.com")),
            EmailFiltering::Records, {}, {C::FromRecord});
        row("E8 lead", incoming(QStringLiteral("Hello"), address("lee")), EmailFiltering::Records,
            {}, {C::FromRecord});
        row("E8 account", incoming(QStringLiteral("Hello"), address("fabrikam")),
            EmailFiltering::Records, {}, {C::FromRecord});
        row("E8 a user is no record", incoming(QStringLiteral("Hello"), address("bob")),
            EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E8 a queue is no record", incoming(QStringLiteral("Hello"), address("support")),
            EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E8 stranger", hello, EmailFiltering::Records, {}, {C::NotTrackedNoRecord});
        row("E8 correlation first", renewalReply, EmailFiltering::Records, kSmartOn,
            {C::SmartMatch, QStringLiteral("acc-fabrikam"), t2});
        row("E9 user", incoming(QStringLiteral("Hello"), address("bob")),
            EmailFiltering::EmailEnabled, {}, {C::FromEmailEnabled});
        row("E9 queue", incoming(QStringLiteral("Hello"), address("support")),
            EmailFiltering::EmailEnabled, {}, {C::FromEmailEnabled});
        row("E9 contact", incoming(QStringLiteral("Hello")), EmailFiltering::EmailEnabled, {},
            {C::FromEmailEnabled});
        row("E9 stranger", hello, EmailFiltering::EmailEnabled, {}, {C::NotTrackedNoRecord});
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

    // E3–E6 track only when emailFiltering is not none.
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
            {"In-Reply-To",
             replyTo(incoming(QStringLiteral("x"), stranger), t3),
             {ReasonCode::InReplyTo, QStringLiteral("opp-kickoff"), t3}},
            {"conversation index",
             indexed(incoming(QStringLiteral("x"), stranger), header(1) + block(3)),
             {ReasonCode::Conversation, QStringLiteral("con-dan"), t1}},
            {"smart match",
             incoming(QStringLiteral("Renewal terms"), address("erin")),
             {ReasonCode::SmartMatch, QStringLiteral("acc-fabrikam"), t2}}};
        for (const auto &[signal, email, expect] : signals) {
            for (const auto &[name, filtering] : filterings) {
                const QByteArray rowName = QByteArray(signal) + ", " + name;
                row(rowName.constData(), email, filtering, kSmartOn,
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
        OrgSettings s = smartMatchingOn();
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
        e.cc = {address("alice")}; // the recipient in the org; not on the tracked email
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
        OrgSettings s = smartMatchingOn();
        s.smartMatching.minAddressCount = 1;
        s.smartMatching.maxRecipientCount = maximum;
        TrackingIndex idx(s);
        idx.add(tracked(QStringLiteral("<b@crm>"), QStringLiteral("Budget review"),
                        QStringLiteral("p1@x.com"), {QStringLiteral("p2@x.com")},
                        QStringLiteral("acc-b")));
        IncomingEmail e = incoming(QStringLiteral("Budget review"), QStringLiteral("p1@x.com"));
        e.to.clear();
        for (int i = 0; i < recipients; ++i) // the first is alice, the mailbox's user
            (i % 2 ? e.cc : e.to)
                .append(i == 0 ? address("alice") : QStringLiteral("r%1@y.com").arg(i));
        const TrackingDecision d = EmailTracker(s).decide(e, context(), idx);
        QCOMPARE(d.facts.recipients, recipients);
        QCOMPARE(d.code, recipients == 0         ? ReasonCode::NotTrackedNoRecipient
                         : recipients <= maximum ? ReasonCode::SmartMatch
                                                 : ReasonCode::NotTrackedNoSignal);
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
        OrgSettings s = smartMatchingOn();
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
        const TrackingDecision d = EmailTracker(smartMatchingOn()).decide(e, context(), index());
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
        const TrackingDecision d =
            EmailTracker(smartMatchingOn())
                .decide(incoming(QStringLiteral("RE: Renewal terms"), address("gary")), context(),
                        index());
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
        const TrackingDecision byDefault =
            EmailTracker({}).decide(incoming(QStringLiteral("x")), context(), index());
        QVERIFY(byDefault.facts.trackingEnabled && byDefault.facts.correlationEnabled);
        QVERIFY(!byDefault.facts.smartMatchingEnabled); // off by default, as in Dataverse
        const TrackingDecision on = EmailTracker(smartMatchingOn())
                                        .decide(incoming(QStringLiteral("x")), context(), index());
        QVERIFY(on.facts.smartMatchingEnabled);
    }

    // The journal keeps facts as JSON; the explanation reads them back.
    void factsRoundTrip()
    {
        IncomingEmail e =
            incoming(QStringLiteral("RE: Renewal terms [CRM:000777]"), address("erin"));
        e.inReplyTo = QStringLiteral("<unknown@x>");
        const TrackingDecision d = EmailTracker(smartMatchingOn()).decide(e, context(), index());
        const TrackingDecision back = TrackingDecision::fromFacts(d.code, d.factsJson());
        QCOMPARE(back.code, d.code);
        QCOMPARE(back.regardingId, d.regardingId);
        QCOMPARE(back.correlatedWith, d.correlatedWith);
        QCOMPARE(back.factsJson(), d.factsJson());
        QCOMPARE(back.facts.sharedAddresses, d.facts.sharedAddresses);
        QCOMPARE(back.facts.inReplyTo, QStringLiteral("<unknown@x>"));
    }

    // The settings a decision was made under are facts too, but most emails
    // are decided under the defaults: a setting at its default is left out of
    // the journal's text, and reads back as that default.
    void settingsFactsLeaveOutTheirDefaults_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QStringList>("written");
        QTest::newRow("the defaults") << QString() << QStringList();
        QTest::newRow("every rule off")
            << kAllOff
            << QStringList{QStringLiteral("correlationEnabled"),
                           QStringLiteral("trackingEnabled")}; // smart matching is off by default
        QTest::newRow("smart matching, its thresholds moved")
            << QStringLiteral(R"({"smartMatching":{"enabled":true,"minAddressCount":3,)"
                              R"("maxRecipientCount":20,"deltaSubjectCount":1}})")
            << QStringList{QStringLiteral("deltaSubjectCount"), QStringLiteral("minAddressCount"),
                           QStringLiteral("smartMatchingEnabled")};
    }

    void settingsFactsLeaveOutTheirDefaults()
    {
        QFETCH(QString, settings);
        QFETCH(QStringList, written);
        const OrgSettings s = settingsFrom(settings);
        const TrackingDecision d =
            EmailTracker(s).decide(incoming(QStringLiteral("x")), context(), index());
        const QJsonObject json = d.factsJson();
        const QStringList settingKeys{
            QStringLiteral("correlationEnabled"),   QStringLiteral("deltaSubjectCount"),
            QStringLiteral("maxRecipientCount"),    QStringLiteral("minAddressCount"),
            QStringLiteral("smartMatchingEnabled"), QStringLiteral("trackingEnabled")};
        QStringList present;
        for (const QString &key : settingKeys) {
            if (json.contains(key))
                present.append(key);
        }
        QCOMPARE(present, written);
        const TrackingDecision back = TrackingDecision::fromFacts(d.code, json);
        QCOMPARE(back.facts.trackingEnabled, s.tracking.enabled);
        QCOMPARE(back.facts.correlationEnabled, s.correlation.enabled);
        QCOMPARE(back.facts.smartMatchingEnabled, s.smartMatching.enabled);
        QCOMPARE(back.facts.minAddressCount, s.smartMatching.minAddressCount);
        QCOMPARE(back.facts.maxRecipientCount, s.smartMatching.maxRecipientCount);
        QCOMPARE(back.facts.deltaSubjectCount, s.smartMatching.deltaSubjectCount);
        // An entry written before 8 December 2026 names every setting.
        QJsonObject everySetting = json;
        everySetting.insert(QStringLiteral("trackingEnabled"), s.tracking.enabled);
        everySetting.insert(QStringLiteral("correlationEnabled"), s.correlation.enabled);
        everySetting.insert(QStringLiteral("smartMatchingEnabled"), s.smartMatching.enabled);
        everySetting.insert(QStringLiteral("minAddressCount"), s.smartMatching.minAddressCount);
        everySetting.insert(QStringLiteral("maxRecipientCount"), s.smartMatching.maxRecipientCount);
        everySetting.insert(QStringLiteral("deltaSubjectCount"), s.smartMatching.deltaSubjectCount);
        QCOMPARE(TrackingDecision::fromFacts(d.code, everySetting).factsJson(), json);
    }

    // Emails are decided in arrival order: once tracked and added, a reply
    // to one correlates with it and takes its regarding.
    void trackedEmailsJoinTheIndex()
    {
        const EmailTracker tracker(smartMatchingOn());
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
        QCOMPARE(d2.code, ReasonCode::InReplyTo);
        QCOMPARE(d2.correlatedWith, first.messageId);
        QCOMPARE(d2.regardingId, QStringLiteral("acc-fabrikam"));
    }

    // In-Reply-To and a token pointing to different emails: In-Reply-To
    // wins, and the facts keep the token it passed over.
    void inReplyToFacts_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("passedToken");
        QTest::addColumn<QString>("passedSubject");
        QTest::newRow("a token of another email")
            << "RE: Renewal terms [CRM:000002]" << QString() << "[CRM:000002]"
            << "Renewal terms";
        QTest::newRow("an unknown token, then another email's")
            << "[CRM:000099] x [CRM:000002]" << QString() << "[CRM:000002]"
            << "Renewal terms";
        QTest::newRow("the token of the same email")
            << "RE: Quote for 40 seats [CRM:000001] [CRM:000002]" << QString() << QString()
            << QString();
        QTest::newRow("no token") << "RE: Quote" << QString() << QString() << QString();
        QTest::newRow("tracking off")
            << "RE: [CRM:000002]" << kTrackingOff << QString() << QString();
    }

    void inReplyToFacts()
    {
        QFETCH(QString, subject);
        QFETCH(QString, settings);
        QFETCH(QString, passedToken);
        QFETCH(QString, passedSubject);
        const OrgSettings s = settingsFrom(settings);
        const TrackingDecision d =
            EmailTracker(s).decide(replyTo(incoming(subject), t1), context(), index(s));
        QCOMPARE(d.code, ReasonCode::InReplyTo);
        QCOMPARE(d.correlatedWith, t1);
        QCOMPARE(d.regardingId, QStringLiteral("con-dan"));
        QCOMPARE(d.facts.matchedHeader, QStringLiteral("In-Reply-To"));
        QCOMPARE(d.facts.correlatedSubject, QStringLiteral("Quote for 40 seats"));
        QCOMPARE(d.facts.passedToken, passedToken);
        QCOMPARE(d.facts.passedTokenSubject, passedSubject);
        const TrackingDecision back = TrackingDecision::fromFacts(d.code, d.factsJson());
        QCOMPARE(back.facts.passedToken, passedToken);
        QCOMPARE(back.facts.passedTokenSubject, passedSubject);
    }

    void gateFacts()
    {
        const TrackingDecision folder = EmailTracker({}).decide(
            inFolder(incoming(QStringLiteral("RE: x [CRM:000001]")), QStringLiteral("Inbox/Old")),
            context(), index());
        QCOMPARE(folder.code, ReasonCode::NotTrackedFolder);
        QCOMPARE(folder.facts.folder, QStringLiteral("Inbox/Old"));
        QCOMPARE(folder.facts.tokensFound, QStringList{QStringLiteral("[CRM:000001]")});
        QVERIFY(!folder.isTracked());

        const TrackingDecision list = EmailTracker({}).decide(
            addressed(incoming(QStringLiteral("Hi")),
                      {QStringLiteral(" Sales@Contoso.com"), QStringLiteral("all@contoso.com")},
                      {QStringLiteral("sales@contoso.com"), address("erin")}),
            context(), index());
        QCOMPARE(list.code, ReasonCode::NotTrackedNoRecipient);
        QCOMPARE(list.facts.recipientAddresses,
                 QStringList({QStringLiteral("sales@contoso.com"),
                              QStringLiteral("all@contoso.com"), address("erin")}));
        QCOMPARE(list.facts.recipients, 4);
        QVERIFY(!list.isTracked());
        const TrackingDecision back = TrackingDecision::fromFacts(list.code, list.factsJson());
        QCOMPARE(back.facts.recipientAddresses, list.facts.recipientAddresses);
    }

    // Only In-Reply-To is read: a References header that names an email in
    // CRM correlates nothing (sss-model §2 has no rule for it).
    void referencesAreNotRead()
    {
        ExchangeItem item;
        item.mailboxId = QStringLiteral("m-alice");
        item.id = QStringLiteral("<r@mail>");
        item.type = QStringLiteral("email");
        item.folder = QStringLiteral("Inbox");
        item.fields = QJsonObject{{QStringLiteral("from"), address("gary")},
                                  {QStringLiteral("to"), address("alice")},
                                  {QStringLiteral("subject"), QStringLiteral("Hello")},
                                  {QStringLiteral("references"), t1 + u' ' + t3}};
        const TrackingDecision d =
            EmailTracker({}).decide(fromExchangeItem(item), context(), index());
        QCOMPARE(d.code, ReasonCode::NotTrackedNoSignal);
    }
};

QTEST_GUILESS_MAIN(TestEmailTracker)
#include "tst_emailtracker.moc"
