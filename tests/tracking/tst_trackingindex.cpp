#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "referencetracker.h"
#include "temporg.h"
#include "totext.h"
#include "trackingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test::Fixture;
using namespace Qt::StringLiterals;

namespace {

// A generated org's mail: tracked emails and new ones that reply, lose
// tokens, continue conversations, share subjects and addresses, or not —
// drawn from small pools so that every rule and every tie happens often.
class MailGenerator
{
public:
    explicit MailGenerator(quint32 seed)
        : m_random(seed)
    {}

    TrackedEmail tracked(int i, const QList<TrackedEmail> &before)
    {
        TrackedEmail e;
        e.messageId = QStringLiteral("<m%1@crm>").arg(chance(5) ? pick(i + 1) : i);
        e.subject = subject();
        e.from = address();
        e.to = addresses(1 + pick(3));
        if (chance(30))
            e.cc = addresses(1 + pick(2));
        e.regardingId = QStringLiteral("reg-%1").arg(pick(50));
        e.token = chance(70) ? 1 + pick(i + 10) : 0; // some tokens twice
        if (chance(60))
            e.conversation = ConversationIndex::fromHex(conversation(before));
        return e;
    }

    IncomingEmail incoming(int i, const QList<TrackedEmail> &tracked)
    {
        IncomingEmail e;
        e.messageId = chance(3) ? tracked.at(pick(int(tracked.size()))).messageId
                                : QStringLiteral("<new%1@mail>").arg(i);
        e.from = address();
        e.to = addresses(pick(4));
        if (chance(30))
            e.cc = addresses(1 + pick(3));
        e.subject = subject();
        if (chance(35))
            e.subject += QStringLiteral(" [CRM:%1]")
                             .arg(1 + pick(int(tracked.size()) * 2), 6, 10, QLatin1Char('0'));
        if (chance(10))
            e.subject =
                QStringLiteral("[CRM:%1] ").arg(1 + pick(9), 6, 10, QLatin1Char('0')) + e.subject;
        if (chance(20))
            e.inReplyTo = QStringLiteral("<m%1@crm>").arg(pick(int(tracked.size()) * 2));
        if (chance(50))
            e.conversationIndex = conversation(tracked);
        static const QStringList folders{
            QStringLiteral("Inbox"),       QString(),
            QStringLiteral("inbox"),       QStringLiteral("Inbox/Clients"),
            QStringLiteral("Inbox/Other"), QStringLiteral("Archive")};
        e.folder = chance(70) ? folders.first() : folders.at(pick(int(folders.size())));
        e.trackRequested = chance(3);
        return e;
    }

    EmailFiltering filtering()
    {
        static const EmailFiltering all[] = {EmailFiltering::All, EmailFiltering::Responses,
                                             EmailFiltering::Records, EmailFiltering::EmailEnabled,
                                             EmailFiltering::None};
        return all[pick(5)];
    }

private:
    int pick(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return pick(100) < percent; }

    QString subject()
    {
        static const QStringList prefixes{QString(), QStringLiteral("RE: "), QStringLiteral("FW: "),
                                          QStringLiteral("AW: Re: "), QStringLiteral("re:")};
        static const QStringList vocabulary{QStringLiteral("Renewal"), QStringLiteral("terms"),
                                            QStringLiteral("Quote"),   QStringLiteral("seats"),
                                            QStringLiteral("for"),     QStringLiteral("2026"),
                                            QStringLiteral("kickoff"), QStringLiteral("TERMS")};
        QString s = prefixes.at(pick(int(prefixes.size())));
        for (int w = 1 + pick(4); w > 0; --w)
            s += vocabulary.at(pick(int(vocabulary.size()))) +
                 (chance(10) ? QStringLiteral("  ") : QStringLiteral(" "));
        return s;
    }

    QString address()
    {
        const QString a = QStringLiteral("p%1@x.com").arg(pick(12));
        return chance(10) ? a.toUpper() : a;
    }

    QStringList addresses(int n)
    {
        QStringList list;
        for (int k = 0; k < n; ++k)
            list.append(address());
        return list;
    }

    // A new thread (few headers, so they repeat) or a reply below a tracked
    // email's index (few block values, so equal indexes happen).
    QString conversation(const QList<TrackedEmail> &tracked)
    {
        QList<const TrackedEmail *> withIndex;
        for (const TrackedEmail &t : tracked) {
            if (t.conversation.isValid())
                withIndex.append(&t);
        }
        if (withIndex.isEmpty() || chance(30))
            return header(1 + pick(20));
        QString hex = withIndex.at(pick(int(withIndex.size())))->conversation.toHex();
        for (int depth = 1 + pick(2); depth > 0; --depth)
            hex += block(pick(3));
        return chance(3) ? hex.left(hex.size() - 1) : hex; // now and then a broken one
    }

    QRandomGenerator m_random;
};

// The index's participant keys of these addresses.
std::vector<quint64> keysOf(const QStringList &addresses)
{
    std::vector<quint64> keys;
    for (const QString &a : addresses)
        keys.push_back(TrackingIndex::addressKey(a));
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString settingsName(const OrgSettings &s)
{
    return QStringLiteral("delta %1, min %2, max %3, tracking %4, correlation %5, smart %6")
        .arg(s.smartMatching.deltaSubjectCount)
        .arg(s.smartMatching.minAddressCount)
        .arg(s.smartMatching.maxRecipientCount)
        .arg(s.tracking.enabled)
        .arg(s.correlation.enabled)
        .arg(s.smartMatching.enabled);
}

} // namespace

Q_DECLARE_METATYPE(SyncLens::OrgSettings)

// The indexes answer what a scan of every tracked email answers, and load
// what the store holds.
class TestTrackingIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Addresses compare trimmed and lower case; an address already so is
    // returned as it is.
    void addressesAreNormalized_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("already") << u"ana@contoso.com"_s << u"ana@contoso.com"_s;
        QTest::newRow("upper case") << u"Ana@Contoso.COM"_s << u"ana@contoso.com"_s;
        QTest::newRow("spaces") << u"  ana@contoso.com\t"_s << u"ana@contoso.com"_s;
        QTest::newRow("non-ASCII") << u"ÅSA@Contoso.com"_s << u"åsa@contoso.com"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void addressesAreNormalized()
    {
        QFETCH(QString, address);
        QFETCH(QString, normalized);
        QCOMPARE(normalizedAddress(address), normalized);
    }

    // Sender and recipients: normalised, sorted, each once, blanks left out.
    void participantsAreSortedOnce()
    {
        const QStringList participants = sortedParticipants(
            u" Zoe@Fabrikam.com"_s, {u"ana@contoso.com"_s, u"ZOE@fabrikam.com"_s, u" "_s},
            {u"bob@contoso.com"_s, u"Ana@Contoso.com"_s});
        QCOMPARE(participants,
                 QStringList({u"ana@contoso.com"_s, u"bob@contoso.com"_s, u"zoe@fabrikam.com"_s}));
    }
    void sameAsBruteForce_data()
    {
        QTest::addColumn<OrgSettings>("settings");
        QTest::addColumn<quint32>("seed");
        QList<OrgSettings> all;
        all.append(OrgSettings{}); // smart matching off
        const OrgSettings on = smartMatchingOn();
        all.append(on);
        for (int delta : {1, 2, 4}) {
            OrgSettings s = on;
            s.smartMatching.deltaSubjectCount = delta;
            s.smartMatching.minAddressCount = delta == 4 ? 1 : 2;
            all.append(s);
        }
        OrgSettings few = on;
        few.smartMatching.maxRecipientCount = 2;
        few.smartMatching.minAddressCount = 3;
        all.append(few);
        OrgSettings off = on;
        off.tracking.enabled = false;
        off.correlation.enabled = false;
        all.append(off);
        quint32 seed = 1;
        for (const OrgSettings &s : all)
            QTest::newRow(qPrintable(settingsName(s))) << s << seed++;
    }

    void sameAsBruteForce()
    {
        QFETCH(OrgSettings, settings);
        QFETCH(quint32, seed);
        MailGenerator generate(seed);
        TrackingIndex index(settings);
        Test::ReferenceTracker reference(settings);
        QList<TrackedEmail> tracked;
        for (int i = 0; i < 1500; ++i) {
            tracked.append(generate.tracked(i, tracked));
            index.add(tracked.last());
            reference.add(tracked.last());
        }
        const EmailTracker tracker(settings);
        QHash<ReasonCode, int> seen;
        for (int i = 0; i < 4000; ++i) {
            const IncomingEmail e = generate.incoming(i, tracked);
            TrackingContext c = context(generate.filtering());
            c.userAddresses = {QStringLiteral("p0@x.com"), QStringLiteral("p1@x.com"),
                               QStringLiteral("p2@x.com")};
            const TrackingDecision ours = tracker.decide(e, c, index);
            const TrackingDecision theirs = reference.decide(e, c);
            const QByteArray what = "email " + QByteArray::number(i) + ": " + e.subject.toUtf8();
            QVERIFY2(ours.code == theirs.code, what + " " + reasonCodeName(ours.code).toLatin1() +
                                                   " vs " + reasonCodeName(theirs.code).toLatin1());
            QVERIFY2(ours.correlatedWith == theirs.correlatedWith, what);
            QVERIFY2(ours.regardingId == theirs.regardingId, what);
            QVERIFY2(ours.facts.tokenUsed == theirs.facts.tokenUsed, what);
            QVERIFY2(ours.facts.matchedHeader == theirs.facts.matchedHeader, what);
            QVERIFY2(ours.facts.sharedAddresses == theirs.facts.sharedAddresses, what);
            QVERIFY2(ours.facts.nearestSharedAddresses == theirs.facts.nearestSharedAddresses,
                     what);
            QVERIFY2(ours.facts.nearestMessageId == theirs.facts.nearestMessageId, what);
            QVERIFY2(ours.facts.passedToken == theirs.facts.passedToken, what);
            ++seen[ours.code];
        }
        // The generated mail reaches the rules that the settings leave on.
        QVERIFY(seen.value(ReasonCode::DuplicateSuppressed) > 0);
        QVERIFY(seen.value(ReasonCode::NotTrackedFilteringNone) > 0);
        if (settings.tracking.enabled)
            QVERIFY(seen.value(ReasonCode::Token) > 0);
        if (settings.correlation.enabled) {
            QVERIFY(seen.value(ReasonCode::InReplyTo) > 0);
            QVERIFY(seen.value(ReasonCode::Conversation) > 0);
        }
        QCOMPARE(seen.value(ReasonCode::SmartMatch) > 0, settings.smartMatching.enabled);
        QVERIFY(seen.value(ReasonCode::TrackedFolder) > 0);
        QVERIFY(seen.value(ReasonCode::NotTrackedFolder) > 0);
        QVERIFY(seen.value(ReasonCode::NotTrackedNoRecipient) > 0);
    }

    void firstAddedAnswers()
    {
        TrackingIndex index(OrgSettings{});
        index.add(tracked(QStringLiteral("<a@x>"), QStringLiteral("One"), address("alice"), {},
                          QStringLiteral("r1"), 7));
        index.add(tracked(QStringLiteral("<a@x>"), QStringLiteral("Two"), address("alice"), {},
                          QStringLiteral("r2"), 7));
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.byMessageId(QStringLiteral("<a@x>")), 0);
        QCOMPARE(index.byToken(7), 0);
        QCOMPARE(index.byToken(8), -1);
        QCOMPARE(index.byMessageId(QString()), -1);
        QCOMPARE(index.byMessageId(QStringLiteral("<b@x>")), -1);
    }

    void precomputed()
    {
        TrackingIndex index(OrgSettings{});
        TrackedEmail e =
            tracked(QStringLiteral("<a@x>"), QStringLiteral("RE:  Quote [CRM:000001]"),
                    QStringLiteral("Dan@Fabrikam.com"),
                    {QStringLiteral("alice@contoso.com"), QStringLiteral("DAN@fabrikam.com")},
                    QStringLiteral("r1"), 1);
        e.cc = QStringList{QStringLiteral("bob@contoso.com")};
        index.add(e);
        QCOMPARE(index.normalizedSubject(0), QStringLiteral("quote"));
        QCOMPARE(index.normalizedWords(0), QStringList{QStringLiteral("quote")});
        QCOMPARE(index.participantKeys(0),
                 keysOf({QStringLiteral("alice@contoso.com"), QStringLiteral("bob@contoso.com"),
                         QStringLiteral("dan@fabrikam.com")}));
    }

    void ancestorsAndSubjects()
    {
        MailGenerator generate(99);
        OrgSettings settings;
        TrackingIndex index(settings);
        QList<TrackedEmail> tracked;
        for (int i = 0; i < 800; ++i) {
            tracked.append(generate.tracked(i, tracked));
            index.add(tracked.last());
        }
        int found = 0;
        for (int i = 0; i < 800; ++i) {
            const ConversationIndex c =
                ConversationIndex::fromHex(generate.incoming(i, tracked).conversationIndex);
            QList<int> expected;
            for (int t = 0; t < tracked.size(); ++t) {
                if (c.descendsFrom(tracked.at(t).conversation))
                    expected.append(t);
            }
            QCOMPARE(index.ancestorsOf(c), expected);
            found += int(expected.size());
        }
        QVERIFY(found > 0);
        for (int delta = 0; delta <= 3; ++delta) {
            for (int i = 0; i < 200; ++i) {
                const QString subject =
                    index.normalizer().normalize(generate.incoming(i, tracked).subject);
                const QStringList words = SubjectNormalizer::words(subject);
                QList<int> expected;
                for (int t = 0; t < tracked.size() && !subject.isEmpty(); ++t) {
                    if (!index.normalizedSubject(t).isEmpty() &&
                        SubjectNormalizer::wordsDiffering(words, index.normalizedWords(t)) <= delta)
                        expected.append(t);
                }
                QCOMPARE(index.similarSubjects(subject, delta), expected);
            }
        }
    }

    void bytesGrowWithTheEmails()
    {
        MailGenerator generate(5);
        TrackingIndex small(OrgSettings{}), large(OrgSettings{});
        QList<TrackedEmail> tracked;
        for (int i = 0; i < 2000; ++i) {
            tracked.append(generate.tracked(i, tracked));
            if (i < 100)
                small.add(tracked.last());
            large.add(tracked.last());
        }
        QVERIFY(small.bytes() > 100 * 100);
        QVERIFY(large.bytes() > 10 * small.bytes());
    }

    // Only emails in CRM count: not deleted ones, not those waiting to be sent.
    void loadsTheEmailsInCrm()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        auto email = [&](const QString &id, const QString &state, QJsonObject fields,
                         bool deleted = false) {
            fields.insert(QStringLiteral("state"), state);
            SL_VERIFY_OK(store->upsertCrmRecord(
                CrmRecord{id, QStringLiteral("email"), fields, {}, {}, deleted}));
        };
        const QJsonObject base{
            {QStringLiteral("subject"), QStringLiteral("Quote [CRM:000005]")},
            {QStringLiteral("from"), QStringLiteral("Alice@Contoso.com")},
            {QStringLiteral("to"), QJsonArray{QStringLiteral("DAN@fabrikam.com")}},
            {QStringLiteral("cc"), QJsonArray{}},
            {QStringLiteral("regardingobjectid"), QStringLiteral("con-dan")},
            {QStringLiteral("conversationindex"), header(3)}};
        QJsonObject withId = base;
        withId.insert(QStringLiteral("messageid"), QStringLiteral("<sent@crm>"));
        withId.insert(QStringLiteral("token"), QStringLiteral("[CRM:000009]"));
        email(QStringLiteral("e1"), QStringLiteral("sent"), withId);
        email(QStringLiteral("e2"), QStringLiteral("received"), base);
        email(QStringLiteral("e3"), QStringLiteral("tracked"), base);
        email(QStringLiteral("e4"), QStringLiteral("pendingSend"), base);
        email(QStringLiteral("e5"), QStringLiteral("sent"), base, true);
        email(QStringLiteral("e6"), QStringLiteral("pendingSend"), base, true);
        SL_VERIFY_OK(store->upsertCrmRecord(
            CrmRecord{QStringLiteral("con-dan"), QStringLiteral("contact"), base}));

        auto index = TrackingIndex::load(*store, OrgSettings{});
        SL_VERIFY_OK(index);
        QCOMPARE(index->size(), 3);
        const int sent = index->byMessageId(QStringLiteral("<sent@crm>"));
        QVERIFY(sent >= 0);
        QCOMPARE(index->byToken(9), sent); // the token field before the subject's
        QCOMPARE(index->participantKeys(sent),
                 keysOf({QStringLiteral("alice@contoso.com"), QStringLiteral("dan@fabrikam.com")}));
        QCOMPARE(index->summary(sent).regardingId, QStringLiteral("con-dan"));
        QCOMPARE(index->summary(sent).subject, QStringLiteral("Quote"));
        QCOMPARE(index->conversation(sent).toHex(), header(3));
        QCOMPARE(index->byToken(5), index->byMessageId(QStringLiteral("e2")));
        QVERIFY(index->byMessageId(QStringLiteral("e3")) >= 0);
        QCOMPARE(index->byMessageId(QStringLiteral("e4")), -1);
        QCOMPARE(index->byMessageId(QStringLiteral("e5")), -1);

        // The same pass finds the one waiting to be sent, not the deleted one.
        QSet<QString> pending;
        auto withPending = TrackingIndex::load(*store, OrgSettings{}, pending);
        SL_VERIFY_OK(withPending);
        QCOMPARE(withPending->size(), 3);
        QCOMPARE(pending, QSet<QString>{QStringLiteral("e4")});
    }

    void fromExchangeItemReadsTheFields()
    {
        ExchangeItem item;
        item.mailboxId = QStringLiteral("m-alice");
        item.id = QStringLiteral("<x1@mail>");
        item.type = QStringLiteral("email");
        item.folder = QStringLiteral("Inbox/Clients");
        item.trackRequested = true;
        item.regardingId = QStringLiteral("acc-1");
        item.fields = QJsonObject{
            {QStringLiteral("from"), QStringLiteral(" Dan@Fabrikam.com ")},
            {QStringLiteral("to"), QJsonArray{QStringLiteral("alice@contoso.com"), QString()}},
            {QStringLiteral("cc"), QStringLiteral("bob@contoso.com")},
            {QStringLiteral("subject"), QStringLiteral("RE: Quote")},
            {QStringLiteral("inReplyTo"), QStringLiteral("<t1@crm>")},
            {QStringLiteral("conversationIndex"), header(1)}};
        IncomingEmail e = fromExchangeItem(item);
        QCOMPARE(e.mailboxId, item.mailboxId);
        QCOMPARE(e.messageId, item.id);
        QCOMPARE(e.from, QStringLiteral("Dan@Fabrikam.com"));
        QCOMPARE(e.to, QStringList{QStringLiteral("alice@contoso.com")});
        QCOMPARE(e.cc, QStringList{QStringLiteral("bob@contoso.com")});
        QCOMPARE(e.subject, QStringLiteral("RE: Quote"));
        QCOMPARE(e.inReplyTo, QStringLiteral("<t1@crm>"));
        QCOMPARE(e.conversationIndex, header(1));
        QCOMPARE(e.folder, item.folder);
        QVERIFY(e.trackRequested);
        QCOMPARE(e.regardingId, QStringLiteral("acc-1"));

        item.fields.remove(QStringLiteral("cc"));
        e = fromExchangeItem(item);
        QVERIFY(e.cc.isEmpty());
    }

    // Read from the stored text, an email is the one its parsed fields make.
    void fromFieldsTextIsFromTheParsedFields_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        const QString from = QStringLiteral("from"), to = QStringLiteral("to"),
                      cc = QStringLiteral("cc"), subject = QStringLiteral("subject");
        QTest::newRow("every field")
            << QJsonObject{{from, QStringLiteral(" Dan@Fabrikam.com ")},
                           {to, QJsonArray{QStringLiteral("alice@contoso.com"), QString(),
                                           QStringLiteral(" b@x ")}},
                           {cc, QStringLiteral("bob@contoso.com")},
                           {subject, QStringLiteral("RE: \"Quote\" \\ Zo\u00eb")},
                           {QStringLiteral("inReplyTo"), QStringLiteral("<t1@crm>")},
                           {QStringLiteral("conversationIndex"), header(1)},
                           {QStringLiteral("body"), QStringLiteral("not read")}};
        QTest::newRow("none") << QJsonObject{};
        QTest::newRow("not strings")
            << QJsonObject{{from, 7},
                           {to, QJsonArray{1, QStringLiteral("a@x"), QJsonValue::Null}},
                           {cc, true},
                           {subject, QJsonObject{{subject, QStringLiteral("x")}}}};
        QTest::newRow("empty lists") << QJsonObject{{to, QJsonArray{}}, {cc, QString()}};
    }

    void fromFieldsTextIsFromTheParsedFields()
    {
        QFETCH(QJsonObject, fields);
        ExchangeItem item;
        item.mailboxId = QStringLiteral("m-alice");
        item.id = QStringLiteral("<x2@mail>");
        item.folder = QStringLiteral("Inbox");
        item.fields = fields;
        const auto fromText =
            fromExchangeItem(item, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        QVERIFY(fromText);
        const IncomingEmail expected = fromExchangeItem(item);
        QCOMPARE(fromText->from, expected.from);
        QCOMPARE(fromText->to, expected.to);
        QCOMPARE(fromText->cc, expected.cc);
        QCOMPARE(fromText->subject, expected.subject);
        QCOMPARE(fromText->inReplyTo, expected.inReplyTo);
        QCOMPARE(fromText->conversationIndex, expected.conversationIndex);
        QCOMPARE(fromText->folder, expected.folder);
        QCOMPARE(fromText->messageId, expected.messageId);
    }

    // Text compactJson() would not write is left to the parser (and its error).
    void fromFieldsTextLeavesOtherTextToTheParser()
    {
        ExchangeItem item;
        QVERIFY(!fromExchangeItem(item, "{ \"from\": \"a@x\" }"));
        QVERIFY(!fromExchangeItem(item, "{\"from\":"));
        QVERIFY(!fromExchangeItem(item, "not JSON"));
    }

    void fromCrmRecordFallsBackToTheRecordId()
    {
        const TrackingToken tokens(OrgSettings{}.tracking);
        CrmRecord r{QStringLiteral("e9"), QStringLiteral("email"),
                    QJsonObject{{QStringLiteral("subject"), QStringLiteral("[CRM:01] no token")},
                                {QStringLiteral("token"), QStringLiteral("none")}}};
        const TrackedEmail e = fromCrmRecord(r, tokens);
        QCOMPARE(e.messageId, QStringLiteral("e9"));
        QCOMPARE(e.token, qint64(0));
        QVERIFY(!e.conversation.isValid());
        QVERIFY(isInCrm(r));
        r.fields.insert(QStringLiteral("state"), QStringLiteral("pendingSend"));
        QVERIFY(!isInCrm(r));
    }

    // The sync indexes a tracked email from the email itself, not from the
    // CRM record it writes: both must give the index the same entry.
    void trackedFromIncomingReadsAsTheRecord_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QString>("regarding");
        QTest::addColumn<QString>("conversation");
        QTest::newRow("plain") << QStringLiteral("<a@x>") << QStringLiteral("Quote")
                               << QStringLiteral("dan@fabrikam.com")
                               << QStringList{QStringLiteral("alice@contoso.com")} << QStringList{}
                               << QStringLiteral("con-dan") << header(2);
        QTest::newRow("addresses to normalise")
            << QStringLiteral("<b@x>") << QStringLiteral("RE: Quote [CRM:000042]")
            << QStringLiteral("Dan@Fabrikam.COM")
            << QStringList{QStringLiteral(" Alice@Contoso.com "), QString(), QStringLiteral("  ")}
            << QStringList{QStringLiteral("BOB@contoso.com")} << QString() << QString();
        QTest::newRow("not ascii")
            << QStringLiteral("<c@x>") << QStringLiteral("Devis \u00e9t\u00e9 \U0001F4C5")
            << QStringLiteral("J\u00f6rg@M\u00fcller.de") << QStringList{}
            << QStringList{QStringLiteral("\u00c9lise@x.fr")} << QStringLiteral("acc-\u65e5")
            << header(5);
        QTest::newRow("id with spaces") << QStringLiteral(" <d@x> ") << QString() << QString()
                                        << QStringList{} << QStringList{} << QString() << QString();
    }

    void trackedFromIncomingReadsAsTheRecord()
    {
        QFETCH(QString, id);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QString, regarding);
        QFETCH(QString, conversation);
        IncomingEmail email = addressed(incoming(subject, from), to, cc);
        email.conversationIndex = conversation;
        // The record as EmailSync writes it for a tracked email.
        QJsonObject fields{{QStringLiteral("messageid"), id},
                           {QStringLiteral("subject"), email.subject},
                           {QStringLiteral("from"), email.from},
                           {QStringLiteral("to"), QJsonArray::fromStringList(email.to)},
                           {QStringLiteral("cc"), QJsonArray::fromStringList(email.cc)},
                           {QStringLiteral("state"), QStringLiteral("tracked")},
                           {QStringLiteral("conversationindex"), conversation}};
        if (!regarding.isEmpty())
            fields.insert(QStringLiteral("regardingobjectid"), regarding);
        const TrackingToken tokens(OrgSettings{}.tracking);
        const TrackedEmail read =
            fromCrmRecord(CrmRecord{id, QStringLiteral("email"), fields}, tokens);
        const TrackedEmail direct = trackedFromIncoming(id, email, regarding, tokens);
        QCOMPARE(direct.messageId, read.messageId);
        QCOMPARE(direct.subject, read.subject);
        QCOMPARE(direct.from, read.from);
        QCOMPARE(direct.to, read.to);
        QCOMPARE(direct.cc, read.cc);
        QCOMPARE(direct.regardingId, read.regardingId);
        QCOMPARE(direct.token, read.token);
        QCOMPARE(direct.conversation.toHex(), read.conversation.toHex());
    }
};

QTEST_GUILESS_MAIN(TestTrackingIndex)
#include "tst_trackingindex.moc"
