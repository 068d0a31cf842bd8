#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/schema.h"
#include "sync/mailboxhealth.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// A file written by the version-1 program is migrated forward when opened,
// keeping its data.
class TestStoreMigration : public QObject
{
    Q_OBJECT

private:
    static void makeVersion1File(const QString &path)
    {
        QStringList statements = Test::orgSchemaUpTo(1);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Old org')")
                   << QStringLiteral("INSERT INTO meta VALUES ('sequence.token', '41')")
                   << QStringLiteral(
                          "INSERT INTO users VALUES ('alice', 'Alice', 'a@x.com', 'all')")
                   << QStringLiteral("INSERT INTO journal (time, cycle, mailbox_id, item_id, code,"
                                     " facts) VALUES (1, 1, 'm1', 'a1', 'OUT_CREATE', '{}')");
        QCOMPARE(Test::execOnFile(path, statements), QString());
    }

    // A file as the version-4 program left it: a mailbox backing off and an
    // alert that kept its sentence (written in German).
    static void makeVersion4File(const QString &path)
    {
        QStringList statements = Test::orgSchemaUpTo(4);
        statements
            << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Org v4')")
            << QStringLiteral("INSERT INTO users VALUES ('alice', 'Alice', 'a@x.com', 'all')")
            << QStringLiteral("INSERT INTO users VALUES ('bob', 'Bob', 'b@x.com', 'responses')")
            << QStringLiteral("INSERT INTO mailboxes (id, user_id, incoming, outgoing, act,"
                              " approved, enabled, incoming_status, outgoing_status, act_status,"
                              " failures, last_cycle, retry_after, last_seq, fault, fault_cycles)"
                              " VALUES ('m1', 'alice', 'sss', 'sss', 'sss', 1, 1, 'Failure',"
                              " 'Failure', 'Failure', 2, 1000, 2000, 7, 'throttle', 3)")
            << QStringLiteral("INSERT INTO alerts (mailbox_id, time, severity, code,"
                              " message) VALUES ('m1', 1000, 'Warning',"
                              " 'TRANSIENT_FAILURE', 'Exchange hat \"gedrosselt\"')");
        QCOMPARE(Test::execOnFile(path, statements), QString());
    }

private Q_SLOTS:
    // Version 6: users get a time zone (UTC for those already there), and
    // teams with members can be stored.
    void version4GetsTimeZonesAndTeams()
    {
        Test::TempOrg org;
        makeVersion4File(org.path());
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        const User bob = (*store)->user(QStringLiteral("bob"))->value();
        QCOMPARE(bob.timeZone, QStringLiteral("UTC"));
        QVERIFY((*store)->teams()->isEmpty());
        User moved = bob;
        moved.timeZone = QStringLiteral("Asia/Tokyo");
        SL_VERIFY_OK((*store)->upsertUser(moved));
        QCOMPARE((*(*store)->user(QStringLiteral("bob")))->timeZone, QStringLiteral("Asia/Tokyo"));
        const Team sales{QStringLiteral("t-sales"),
                         QStringLiteral("Sales"),
                         {QStringLiteral("bob"), QStringLiteral("carol")}};
        SL_VERIFY_OK((*store)->upsertTeam(sales));
        SL_VERIFY_OK(
            (*store)->upsertTeam(Team{QStringLiteral("t-empty"), QStringLiteral("Empty"), {}}));
        Team fewer = sales;
        fewer.members = {QStringLiteral("carol")};
        SL_VERIFY_OK((*store)->upsertTeam(fewer)); // replaces the members
        const QList<Team> teams = *(*store)->teams();
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.at(0).id, QStringLiteral("t-empty"));
        QVERIFY(teams.at(0).members.isEmpty());
        QCOMPARE(teams.at(1), fewer);
    }

    void version4ReadOnlyHasUtcAndNoTeams()
    {
        Test::TempOrg org;
        makeVersion4File(org.path());
        auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), 4);
        QCOMPARE((*store)->users()->first().timeZone, QStringLiteral("UTC"));
        QVERIFY((*store)->teams()->isEmpty());
    }

    // Version 5: per-channel health starts clear, the mailbox keeps what it
    // had; an old alert keeps its sentence as the fact "text".
    void version4IsMigratedToVersion5()
    {
        Test::TempOrg org;
        makeVersion4File(org.path());
        for (const auto access : {OrgStore::Access::ReadOnly, OrgStore::Access::ReadWrite}) {
            auto store = OrgStore::open(org.path(), access);
            SL_VERIFY_OK(store);
            QCOMPARE((*store)->schemaVersion(),
                     access == OrgStore::Access::ReadOnly ? 4 : Schema::CurrentVersion);
            const auto mailbox = (*store)->mailbox(QStringLiteral("m1"));
            SL_VERIFY_OK(mailbox);
            QVERIFY(mailbox->has_value());
            const Mailbox &m = **mailbox;
            QCOMPARE(m.consecutiveFailures, 2);
            QCOMPARE(m.lastSeq, qint64(7));
            QCOMPARE(m.fault, FaultKind::Throttle);
            QCOMPARE(m.faultCycles, 3);
            QVERIFY(m.disabledChannels().isEmpty());
            QCOMPARE(m.incomingSince(), qint64(7));
            for (const ChannelHealth &h : m.channels)
                QVERIFY(h == ChannelHealth{});
            const auto alerts = (*store)->alerts(QStringLiteral("m1"));
            SL_VERIFY_OK(alerts);
            QCOMPARE(alerts->size(), 1);
            const QString old = QStringLiteral("Exchange hat \"gedrosselt\"");
            QCOMPARE(alerts->first().facts.value(QStringLiteral("text")).toString(), old);
            QCOMPARE(MailboxHealth::message(alerts->first()), old);
        }
        // Written back and read again: the channel state survives a round trip.
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        Mailbox m = (*store)->mailbox(QStringLiteral("m1"))->value_or(Mailbox{});
        m.health(MailboxChannel::Act).disabled = true;
        m.health(MailboxChannel::Incoming).failures = 3;
        m.health(MailboxChannel::Incoming).retryAfter =
            QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m.health(MailboxChannel::Outgoing).fault = FaultKind::Auth;
        m.health(MailboxChannel::Outgoing).faultCycles = 2;
        m.incomingSeq = 5;
        SL_VERIFY_OK((*store)->upsertMailbox(m));
        QVERIFY((*store)->mailbox(QStringLiteral("m1"))->value_or(Mailbox{}) == m);
    }

    void version1IsMigratedToCurrent()
    {
        Test::TempOrg org;
        makeVersion1File(org.path());
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(*(*store)->orgName(), QStringLiteral("Old org"));
        QCOMPARE((*store)->users()->first().emailFiltering, EmailFiltering::All);
        QCOMPARE((*store)->journalForItem(QStringLiteral("a1"))->first().code,
                 ReasonCode::OutCreate);
        // Version 2 moved the token sequence out of meta; it goes on from 41.
        QCOMPARE(*(*store)->nextSequenceValue(QStringLiteral("token")), 42);
        QCOMPARE(*(*store)->metaValue(QStringLiteral("sequence.token")), QString());
    }

    void readOnlyOpenDoesNotMigrate()
    {
        Test::TempOrg org;
        makeVersion1File(org.path());
        auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), 1);
        QCOMPARE(*(*store)->orgName(), QStringLiteral("Old org"));
    }

    // Version 10: an org of version 9 gets an empty table of org events; read
    // only, it has none and says so without failing.
    void version9GetsOrgEvents()
    {
        Test::TempOrg org;
        QStringList statements = Test::orgSchemaUpTo(9);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Org v9')");
        QCOMPARE(Test::execOnFile(org.path(), statements), QString());
        {
            auto readOnly = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(readOnly);
            QCOMPARE((*readOnly)->schemaVersion(), 9);
            QVERIFY((*readOnly)->orgEvents()->isEmpty());
        }
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        QVERIFY((*store)->orgEvents()->isEmpty());
        OrgEvent event;
        event.time = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
        event.kind = OrgEvent::Kind::EmailFilteringChanged;
        event.userId = QStringLiteral("alice");
        event.author = QStringLiteral("Alice");
        event.facts = {{QStringLiteral("before"), QStringLiteral("responses")},
                       {QStringLiteral("after"), QStringLiteral("all")}};
        const auto id = (*store)->appendOrgEvent(event);
        SL_VERIFY_OK(id);
        event.id = *id;
        const auto events = (*store)->orgEvents();
        SL_VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        QVERIFY(events->first() == event);
        QVERIFY((*store)->orgEvents({}, event.time)->isEmpty());
        QVERIFY(!(*store)->appendOrgEvent(OrgEvent{}).ok()); // no time: refused
    }

    // Version 11: Exchange items lose their index by type; their counts by
    // type, which are what read it, stay the same.
    void version10LosesTheItemTypeIndex()
    {
        Test::TempOrg org;
        const QString typeIndex =
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'exchange_items_type'");
        QStringList statements = Test::orgSchemaUpTo(10);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Org v10')");
        for (const char *item : {"('m1', 'e1', 'email', '{}', 0)", "('m1', 'e2', 'email', '{}', 1)",
                                 "('m1', 't1', 'task', '{}', 0)"}) {
            statements << QStringLiteral("INSERT INTO exchange_items (mailbox_id, id, type,"
                                         " fields, deleted) VALUES %1")
                              .arg(QLatin1String(item));
        }
        QCOMPARE(Test::execOnFile(org.path(), statements), QString());
        QCOMPARE(Test::sqlNumber(org.path(), typeIndex), 1);
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(Test::sqlNumber(org.path(), typeIndex), 0);
        const auto counts = (*store)->counts();
        SL_VERIFY_OK(counts);
        const QMap<QString, qint64> live{{QStringLiteral("email"), 1}, {QStringLiteral("task"), 1}};
        QCOMPARE(counts->exchangeItemsByType, live);
    }

    // Version 12: the journal's counts by mailbox and code move from two
    // indexes to a table of counts, filled from the journal as it is; read
    // only, an older file counts its journal and gives the same answer.
    void version11CountsItsJournal()
    {
        Test::TempOrg org;
        const QString codeIndexes =
            QStringLiteral("SELECT count(*) FROM sqlite_master"
                           " WHERE name IN ('journal_code', 'journal_mailbox_code')");
        QStringList statements = Test::orgSchemaUpTo(11);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Org v11')");
        for (const char *values :
             {"'m1', 'a1', 'OUT_CREATE'", "'m1', 'a2', 'OUT_CREATE'", "'m1', 'a3', 'TOKEN'",
              "'m2', 'a1', 'OUT_CREATE'", "NULL, 'a4', 'MAILBOX_NOT_APPROVED'"}) {
            statements << QStringLiteral("INSERT INTO journal (time, cycle, mailbox_id, item_id,"
                                         " code, facts) VALUES (1, 1, %1, '{}')")
                              .arg(QLatin1String(values));
        }
        QCOMPARE(Test::execOnFile(org.path(), statements), QString());
        QCOMPARE(Test::sqlNumber(org.path(), codeIndexes), 2);
        const QHash<ReasonCode, qint64> all{{ReasonCode::OutCreate, 3},
                                            {ReasonCode::Token, 1},
                                            {ReasonCode::MailboxNotApproved, 1}};
        const QHash<ReasonCode, qint64> m1{{ReasonCode::OutCreate, 2}, {ReasonCode::Token, 1}};
        {
            auto readOnly = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(readOnly);
            QCOMPARE((*readOnly)->schemaVersion(), 11);
            QCOMPARE(*(*readOnly)->journalCountsByCode(), all);
            QCOMPARE(*(*readOnly)->journalCountsByCode(QStringLiteral("m1")), m1);
        }
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(Test::sqlNumber(org.path(), codeIndexes), 0);
        QCOMPARE(*(*store)->journalCountsByCode(), all);
        QCOMPARE(*(*store)->journalCountsByCode(QStringLiteral("m1")), m1);
        JournalEntry more{0,
                          QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC),
                          2,
                          QStringLiteral("m1"),
                          QStringLiteral("a5"),
                          ReasonCode::Token};
        SL_VERIFY_OK((*store)->appendJournalEntry(more));
        QCOMPARE((*store)->journalCountsByCode(QStringLiteral("m1"))->value(ReasonCode::Token), 2);
    }

    void everyVersionHasAMigration()
    {
        for (int version = 1; version <= Schema::CurrentVersion; ++version)
            QVERIFY2(!Schema::migrationTo(version).isEmpty(), qPrintable(QString::number(version)));
        QVERIFY(Schema::migrationTo(Schema::CurrentVersion + 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
