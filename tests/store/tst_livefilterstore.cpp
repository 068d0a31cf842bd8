#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/schema.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// Schema 9 (live filters): a file of schema 7 with an imported filter gets
// the ETag and write tables when opened read-write; read-only it has none
// and answers empty.
class TestLiveFilterStore : public QObject
{
    Q_OBJECT

private:
    static void makeVersion7File(const QString &path)
    {
        QStringList statements = Test::orgSchemaUpTo(7);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Live v7')")
                   << QStringLiteral("INSERT INTO meta VALUES ('source', 'live')")
                   << QStringLiteral(
                          "INSERT INTO users (id, name, email, email_filtering) VALUES ('alice',"
                          " 'Alice', 'a@x.com', 'all')")
                   << QStringLiteral("INSERT INTO filters (id, user_id, type, name, fetchxml,"
                                     " enabled, modified_on) VALUES ('f1', 'alice',"
                                     " 'contact', 'Mine', '<fetch/>', 1, 1000)")
                   << QStringLiteral("INSERT INTO live_filter_kinds VALUES ('f1', 'outlook')");
        QCOMPARE(Test::execOnFile(path, statements), QString());
    }

private Q_SLOTS:
    void version7GetsETagsAndWrites()
    {
        Test::TempOrg org;
        makeVersion7File(org.path());
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        OrgStore &s = **store;
        QCOMPARE(s.schemaVersion(), Schema::CurrentVersion);
        QVERIFY(s.schemaVersion() >= 9);
        QCOMPARE((*s.filter(QStringLiteral("f1")))->name, QStringLiteral("Mine"));
        QCOMPARE(*s.filterETag(QStringLiteral("f1")), QString()); // unknown until refreshed
        SL_VERIFY_OK(s.setFilterETag(QStringLiteral("f1"), QStringLiteral("W/\"7\"")));
        QCOMPARE(*s.filterETag(QStringLiteral("f1")), QStringLiteral("W/\"7\""));
        SL_VERIFY_OK(s.setFilterETag(QStringLiteral("f1"), QStringLiteral("W/\"8\"")));
        QCOMPARE(*s.filterETag(QStringLiteral("f1")), QStringLiteral("W/\"8\""));
        SL_VERIFY_OK(s.recordLiveFilterWrite(3, QStringLiteral("https://org.example"),
                                             QStringLiteral("W/\"7\""), QStringLiteral("W/\"8\"")));
        QCOMPARE(s.liveFilterWrites()->value(3),
                 (QStringList{QStringLiteral("https://org.example"), QStringLiteral("W/\"7\""),
                              QStringLiteral("W/\"8\"")}));
        SL_VERIFY_OK(s.setFilterETag(QStringLiteral("f1"), {})); // forgotten
        QCOMPARE(*s.filterETag(QStringLiteral("f1")), QString());
    }

    void version7ReadOnlyHasNone()
    {
        Test::TempOrg org;
        makeVersion7File(org.path());
        auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), 7);
        QCOMPARE(*(*store)->filterETag(QStringLiteral("f1")), QString());
        QVERIFY((*store)->liveFilterWrites()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveFilterStore)
#include "tst_livefilterstore.moc"
