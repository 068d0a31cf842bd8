#include "fetchxml/fetchxmlparser.h"
#include "model/timezonecode.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "totext.h"
#include "tracking/emailtracker.h"
#include "tracking/senderdirectory.h"
#include "tracking/trackingcontextloader.h"
#include "tracking/trackingemail.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace SyncLens;

namespace {

std::unique_ptr<OrgStore> generate(int users, qint64 items, quint64 seed)
{
    auto store = OrgStore::createInMemory(QStringLiteral("test"));
    if (!store)
        return nullptr;
    SandboxSpec spec;
    spec.users = users;
    spec.items = items;
    spec.seed = seed;
    if (!SandboxGenerator(spec).generate(**store))
        return nullptr;
    return std::move(store).value();
}

QList<CrmRecord> records(OrgStore &store, const QString &type)
{
    QList<CrmRecord> list;
    (void)store.forEachCrmRecord(type, [&](const CrmRecord &r) {
        list.append(r);
        return true;
    });
    return list;
}

QList<ExchangeItem> items(OrgStore &store)
{
    QList<ExchangeItem> list;
    for (const Mailbox &m : *store.mailboxes()) {
        (void)store.forEachExchangeItem(m.id, [&](const ExchangeItem &i) {
            list.append(i);
            return true;
        });
    }
    return list;
}

// A digest of everything the generator wrote.
QByteArray digest(OrgStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CrmRecord &r : records(store, {}))
        hash.addData((r.id + QString::fromUtf8(QJsonDocument(r.fields).toJson())).toUtf8());
    for (const ExchangeItem &i : items(store))
        hash.addData(
            (i.mailboxId + i.id + i.folder + QString::fromUtf8(QJsonDocument(i.fields).toJson()))
                .toUtf8());
    for (const User &u : *store.users())
        hash.addData((u.id + u.name + u.email + emailFilteringName(u.emailFiltering)).toUtf8());
    for (const SyncFilter &f : *store.filters())
        hash.addData((f.id + f.fetchXml).toUtf8());
    return hash.result();
}

} // namespace

class TestSandboxGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameOrg()
    {
        auto a = generate(5, 3000, 3);
        auto b = generate(5, 3000, 3);
        auto c = generate(5, 3000, 4);
        QVERIFY(a && b && c);
        QCOMPARE(digest(*a), digest(*b));
        QVERIFY(digest(*a) != digest(*c));
    }

    void exactItemCount_data()
    {
        QTest::addColumn<qint64>("count");
        for (qint64 n : {0, 1, 7, 99, 1001, 4321, 20000}) // the last: several batches
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void exactItemCount()
    {
        QFETCH(qint64, count);
        auto store = generate(3, count, 1);
        QVERIFY(store);
        const OrgCounts c = *store->counts();
        QCOMPARE(c.crmRecords() + c.exchangeItems(), count);
        QCOMPARE(c.users, 3);
        QCOMPARE(c.mailboxes, 3);
    }

    void everyUserHasAMailboxAndWorkingFilters()
    {
        auto store = generate(12, 2000, 9);
        QVERIFY(store);
        const auto users = *store->users();
        QCOMPARE(users.size(), 12);
        QSet<QString> emails;
        for (const User &u : users) {
            QVERIFY(store->mailbox(QStringLiteral("m-") + u.id)->has_value());
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+@contoso\\.com$"))
                         .match(u.email)
                         .hasMatch(),
                     qPrintable(u.email));
            emails.insert(u.email);
            const auto filters = *store->filters(u.id);
            QSet<QString> types;
            for (const SyncFilter &f : filters) {
                types.insert(f.type);
                const auto query = FetchXmlParser().parse(f.fetchXml);
                QVERIFY2(query.ok(), qPrintable(f.id + QStringLiteral(": ") +
                                                (query.ok() ? QString() : query.error().message)));
                QCOMPARE(query->entity.name, f.type);
            }
            QCOMPARE(types, (QSet<QString>{QStringLiteral("contact"), QStringLiteral("appointment"),
                                           QStringLiteral("task")}));
        }
        QCOMPARE(emails.size(), 12);
        // A mix of the default "My …" filters and narrower ones.
        QSet<QString> names;
        for (const SyncFilter &f : *store->filters())
            names.insert(f.name);
        QVERIFY(names.contains(QStringLiteral("My appointments")));
        QVERIFY(
            names.contains(QStringLiteral("My appointments in the last 30 days and the future")));
        QVERIFY(names.contains(QStringLiteral("My open tasks")));
        // Some mailboxes need the admin's attention.
        int notApproved = 0;
        for (const Mailbox &m : *store->mailboxes())
            notApproved += !m.approved;
        QVERIFY(notApproved >= 1);
    }

    // Users in a few time zones, each one a live org's timezonecode can name;
    // teams of users that own some contacts and appointments.
    void timeZonesAndTeams()
    {
        auto store = generate(12, 4000, 9);
        QVERIFY(store);
        QSet<QString> zones;
        for (const User &u : *store->users()) {
            zones.insert(u.timeZone);
            QVERIFY2(TimeZoneCode::indexOf(u.timeZone), qPrintable(u.timeZone));
        }
        QVERIFY2(zones.size() >= 3, qPrintable(QStringList(zones.values()).join(u' ')));
        const auto teams = *store->teams();
        QCOMPARE(teams.size(), 3);
        QSet<QString> teamIds, members;
        for (const Team &t : teams) {
            teamIds.insert(t.id);
            QVERIFY(!t.members.isEmpty());
            for (const QString &m : t.members)
                members.insert(m);
        }
        QCOMPARE(members.size(), 12); // everyone is in a team
        for (const char *type : {"contact", "appointment"}) {
            int teamOwned = 0;
            for (const CrmRecord &r : records(*store, QLatin1String(type)))
                teamOwned += teamIds.contains(r.field(QStringLiteral("ownerid")));
            QVERIFY2(teamOwned > 0, type);
        }
        bool teamFilter = false;
        for (const SyncFilter &f : *store->filters())
            teamFilter = teamFilter || f.fetchXml.contains(QStringLiteral("eq-useroruserteams"));
        QVERIFY(teamFilter);
        // The same seed, the same zones.
        auto again = generate(12, 10, 9);
        QVERIFY(again);
        QCOMPARE(*(*again).users(), *store->users());
    }

    void emailThreadsExerciseTracking()
    {
        auto store = generate(5, 8000, 2);
        QVERIFY(store);
        const QRegularExpression token(QStringLiteral("\\[CRM:(\\d{6})\\]"));
        QSet<QString> crmIds;
        QHash<QString, QString> conversation;
        QSet<QString> threadIndexes;
        qint64 maxToken = 0;
        for (const CrmRecord &email : records(*store, QStringLiteral("email"))) {
            crmIds.insert(email.id);
            conversation.insert(email.id, email.field(QStringLiteral("conversationindex")));
            threadIndexes.insert(email.field(QStringLiteral("conversationindex")));
            const auto m = token.match(email.field(QStringLiteral("subject")));
            if (m.hasMatch())
                maxToken = std::max(maxToken, m.captured(1).toLongLong());
        }
        QVERIFY(maxToken > 0);
        // Token numbers go on where the sandbox's emails stopped.
        QCOMPARE(*store->nextSequenceValue(QStringLiteral("token")), maxToken + 1);

        int withToken = 0, lostToken = 0, forwards = 0, strangers = 0, childIndexes = 0,
            indexOnly = 0;
        for (const ExchangeItem &i : items(*store)) {
            if (i.type != u"email")
                continue;
            const QString subject = i.fields.value(QStringLiteral("subject")).toString();
            const QString inReplyTo = i.fields.value(QStringLiteral("inReplyTo")).toString();
            const QString index = i.fields.value(QStringLiteral("conversationIndex")).toString();
            if (!inReplyTo.isEmpty())
                QVERIFY2(crmIds.contains(inReplyTo), qPrintable(inReplyTo));
            if (token.match(subject).hasMatch())
                ++withToken;
            else if (subject.startsWith(QStringLiteral("RE: ")))
                ++lostToken;
            if (subject.startsWith(QStringLiteral("FW: ")))
                ++forwards;
            if (inReplyTo.isEmpty() && !subject.startsWith(QStringLiteral("RE: ")) &&
                !subject.startsWith(QStringLiteral("FW: ")))
                ++strangers;
            QVERIFY2(index.isEmpty() || index.size() == 44 || index.size() == 54,
                     qPrintable(index));
            if (index.size() == 54) { // a reply: its parent's header, then a 5-byte block
                if (!inReplyTo.isEmpty())
                    QVERIFY(conversation.value(inReplyTo) == index.left(44));
                QVERIFY(threadIndexes.contains(index.left(44)));
                ++childIndexes;
                indexOnly += inReplyTo.isEmpty();
            }
        }
        QVERIFY(withToken > 0 && lostToken > 0 && forwards > 0 && strangers > 0 &&
                childIndexes > 0 && indexOnly > 0);
    }

    // Some mail is filed under the Inbox by a rule, some reaches a user only
    // through a distribution list or as a Bcc copy (sss-model §2).
    void someEmailIsNeverRead()
    {
        auto store = generate(5, 8000, 2);
        QVERIFY(store);
        QSet<QString> users;
        for (const User &u : *store->users())
            users.insert(u.email);
        int inbox = 0, subfolders = 0, lists = 0, bcc = 0;
        for (const ExchangeItem &i : items(*store)) {
            if (i.type != u"email")
                continue;
            const QJsonArray to = i.fields.value(QStringLiteral("to")).toArray();
            QCOMPARE(to.size(), 1);
            if (i.folder == u"Inbox")
                ++inbox;
            else if (i.folder.startsWith(QStringLiteral("Inbox/")))
                ++subfolders;
            else
                QFAIL(qPrintable(i.folder));
            const QString address = to.first().toString();
            if (users.contains(address))
                continue;
            if (address.endsWith(QStringLiteral("@contoso.com")))
                ++lists;
            else
                ++bcc;
        }
        QVERIFY(subfolders > 0 && lists > 0 && bcc > 0);
        // Most mail is read: a rule files few, and most is addressed to the user.
        QVERIFY(inbox > 4 * subfolders);
        QVERIFY(8 * (lists + bcc) < inbox + subfolders);
    }

    // The demo org's mail reaches every rule of §2 that needs no setting
    // changed, and smart matching once it is on.
    void emailReachesEveryRule_data()
    {
        QTest::addColumn<bool>("smartMatching");
        QTest::newRow("default settings") << false;
        QTest::newRow("smart matching on") << true;
    }

    void emailReachesEveryRule()
    {
        QFETCH(bool, smartMatching);
        auto store = generate(5, 8000, 2);
        QVERIFY(store);
        OrgSettings settings = *store->orgSettings();
        QVERIFY(!settings.smartMatching.enabled);
        settings.smartMatching.enabled = smartMatching;
        const auto index = TrackingIndex::load(*store, settings);
        const auto senders = SenderDirectory::load(*store);
        QVERIFY(index && senders);
        const EmailTracker tracker(settings);
        QSet<ReasonCode> seen;
        for (const ExchangeItem &i : items(*store)) {
            if (i.type != u"email")
                continue;
            const auto loaded = TrackingContextLoader::load(*store, i.mailboxId, *senders);
            QVERIFY(loaded);
            seen.insert(tracker.decide(fromExchangeItem(i), loaded->context, *index).code);
        }
        using C = ReasonCode;
        for (ReasonCode code : {C::InReplyTo, C::Token, C::Conversation, C::NotTrackedFolder,
                                C::NotTrackedNoRecipient, C::NotTrackedNoSignal, C::AllEmail})
            QVERIFY2(seen.contains(code), qPrintable(reasonCodeName(code)));
        QCOMPARE(seen.contains(C::SmartMatch), smartMatching);
    }

    void appointmentsHaveAttendeesAndSeries()
    {
        auto store = generate(5, 6000, 5);
        QVERIFY(store);
        QHash<QString, int> occurrences;
        for (const CrmRecord &a : records(*store, QStringLiteral("appointment"))) {
            QVERIFY(!a.fields.value(QStringLiteral("attendees")).toArray().isEmpty());
            QVERIFY(a.field(QStringLiteral("scheduledstart")) <
                    a.field(QStringLiteral("scheduledend")));
            if (a.fields.contains(QStringLiteral("seriesid")))
                ++occurrences[a.field(QStringLiteral("seriesid"))];
        }
        QVERIFY(!occurrences.isEmpty());
        QVERIFY(*std::max_element(occurrences.cbegin(), occurrences.cend()) >= 2);
    }

    // Model v2: the demo org shows every delete rule. Meetings organised by
    // another user (the owner attends), every state, past meetings still
    // open, tasks open, completed and canceled; the same for the same seed.
    void appointmentsAndTasksShowEveryDeleteRule()
    {
        auto store = generate(5, 6000, 5);
        QVERIFY(store);
        QSet<QString> userIds;
        QHash<QString, QString> emails;
        for (const User &u : *store->users()) {
            userIds.insert(u.id);
            emails.insert(u.id, u.email);
        }
        const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        QSet<int> states;
        int byAnother = 0, pastOpen = 0, futureCanceled = 0;
        for (const CrmRecord &a : records(*store, QStringLiteral("appointment"))) {
            const QString organizer = a.field(QStringLiteral("organizer"));
            QVERIFY2(userIds.contains(organizer), qPrintable(a.id));
            QVERIFY(a.fields.value(QStringLiteral("attendees"))
                        .toArray()
                        .contains(QJsonValue(emails.value(organizer))));
            if (organizer != a.field(QStringLiteral("ownerid")))
                ++byAnother;
            const int state = a.fields.value(QStringLiteral("statecode")).toInt();
            states.insert(state);
            const bool past = a.field(QStringLiteral("scheduledend")) < now.toString(Qt::ISODate);
            pastOpen += past && state == 0;
            futureCanceled += !past && state == 2;
        }
        QCOMPARE(states, (QSet<int>{0, 1, 2, 3}));
        QVERIFY(byAnother > 0 && pastOpen > 0 && futureCanceled > 0);
        QSet<int> taskStates;
        for (const CrmRecord &t : records(*store, QStringLiteral("task")))
            taskStates.insert(t.fields.value(QStringLiteral("statecode")).toInt());
        QCOMPARE(taskStates, (QSet<int>{0, 1, 2}));
    }

    void specValidation_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<qint64>("items");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no users") << 0 << qint64(10) << "users must be from 1 to 10000, not 0";
        QTest::newRow("too many users") << 10001 << qint64(10) << "not 10001";
        QTest::newRow("negative items")
            << 5 << qint64(-1) << "items must be from 0 to 50000000, not -1";
        QTest::newRow("too many items") << 5 << qint64(50000001) << "not 50000001";
        QTest::newRow("fine") << 5 << qint64(10) << "";
    }

    void specValidation()
    {
        QFETCH(int, users);
        QFETCH(qint64, items);
        QFETCH(QString, problem);
        SandboxSpec spec;
        spec.users = users;
        spec.items = items;
        const auto valid = spec.validate();
        QCOMPARE(valid.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(valid.error().message.contains(problem), qPrintable(valid.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSandboxGenerator)
#include "tst_sandboxgenerator.moc"
