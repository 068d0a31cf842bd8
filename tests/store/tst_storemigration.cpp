#include "store/orgstore.h"
#include "store/schema.h"
#include "temporg.h"
#include "totext.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QStringList statements = Schema::migrationTo(1);
            statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
                       << QStringLiteral("PRAGMA user_version = 1")
                       << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Old org')")
                       << QStringLiteral("INSERT INTO meta VALUES ('sequence.token', '41')")
                       << QStringLiteral(
                              "INSERT INTO users VALUES ('alice', 'Alice', 'a@x.com', 'all')")
                       << QStringLiteral(
                              "INSERT INTO journal (time, cycle, mailbox_id, item_id, code,"
                              " facts) VALUES (1, 1, 'm1', 'a1', 'OUT_CREATE', '{}')");
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

    // A file as the version-4 program left it: every migration up to 4.
    static void makeVersion4File(const QString &path)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QStringList statements;
            for (int version = 1; version <= 4; ++version)
                statements << Schema::migrationTo(version);
            statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
                       << QStringLiteral("PRAGMA user_version = 4")
                       << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Org of v4')")
                       << QStringLiteral(
                              "INSERT INTO users VALUES ('bob', 'Bob', 'b@x.com', 'responses')");
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
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
        const User bob = (*store)->users()->first();
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

    void everyVersionHasAMigration()
    {
        // 5 is reserved for a change on another branch (empty until merged).
        for (int version = 1; version <= Schema::CurrentVersion; ++version)
            if (version != 5)
                QVERIFY2(!Schema::migrationTo(version).isEmpty(),
                         qPrintable(QString::number(version)));
        QVERIFY(Schema::migrationTo(Schema::CurrentVersion + 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
