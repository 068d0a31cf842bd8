#include "memoryorgreader.h"
#include "temporg.h"
#include "totext.h"
#include "tracking/trackingcontextloader.h"
#include "tracking/trackingindex.h"

#include <QTest>

using namespace SyncLens;

namespace {

void record(OrgStore &store, const QString &id, const QString &type, const QJsonObject &fields,
            bool deleted = false)
{
    SL_VERIFY_OK(store.upsertCrmRecord(CrmRecord{id, type, fields, {}, {}, deleted}));
}

// Alice (records), her mailbox, and people who share addresses.
std::unique_ptr<OrgStore> org(Test::TempOrg &temp)
{
    auto store = temp.create();
    if (!store)
        return nullptr;
    const bool people =
        store
            ->upsertUser(User{QStringLiteral("alice"), QStringLiteral("Alice Adams"),
                              QStringLiteral("Alice@Contoso.com"), EmailFiltering::Records})
            .ok() &&
        store->upsertMailbox(Mailbox{QStringLiteral("m-alice"), QStringLiteral("alice")}).ok();
    if (!people)
        return nullptr;
    const auto email = [](const char *address) {
        return QJsonObject{{QStringLiteral("emailaddress1"), QLatin1String(address)},
                           {QStringLiteral("fullname"), QStringLiteral("Dan Park")}};
    };
    record(*store, QStringLiteral("acc-1"), QStringLiteral("account"),
           QJsonObject{{QStringLiteral("emailaddress1"), QStringLiteral("info@fabrikam.com")},
                       {QStringLiteral("name"), QStringLiteral("Fabrikam")}});
    record(*store, QStringLiteral("con-2"), QStringLiteral("contact"), email("DAN@fabrikam.com"));
    record(*store, QStringLiteral("con-1"), QStringLiteral("contact"), email("dan@fabrikam.com"));
    record(*store, QStringLiteral("con-0"), QStringLiteral("contact"), email("gone@fabrikam.com"),
           true);
    record(*store, QStringLiteral("lead-1"), QStringLiteral("lead"), email("info@fabrikam.com"));
    record(*store, QStringLiteral("q-1"), QStringLiteral("queue"),
           QJsonObject{{QStringLiteral("emailaddress"), QStringLiteral("support@contoso.com")},
                       {QStringLiteral("name"), QStringLiteral("Support")}});
    return store;
}

} // namespace

// What the rules read about a mailbox, loaded from the store.
class TestTrackingContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendersByAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("contact, first by id") << "dan@fabrikam.com"
                                              << "con-1"
                                              << "contact"
                                              << "Dan Park";
        QTest::newRow("any case") << " Dan@Fabrikam.COM"
                                  << "con-1"
                                  << "contact"
                                  << "Dan Park";
        QTest::newRow("lead before account") << "info@fabrikam.com"
                                             << "lead-1"
                                             << "lead"
                                             << "Dan Park";
        QTest::newRow("user") << "alice@contoso.com"
                              << "alice"
                              << "systemuser"
                              << "Alice Adams";
        QTest::newRow("queue") << "support@contoso.com"
                               << "q-1"
                               << "queue"
                               << "Support";
        QTest::newRow("queue, as typed") << " Support@Contoso.COM "
                                         << "q-1"
                                         << "queue"
                                         << "Support";
        QTest::newRow("deleted contact") << "gone@fabrikam.com"
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("nobody") << "x@y.com"
                                << ""
                                << ""
                                << "";
    }

    void sendersByAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QString, name);
        Test::TempOrg temp;
        auto store = org(temp);
        QVERIFY(store);
        const auto senders = SenderDirectory::load(*store);
        SL_VERIFY_OK(senders);
        const auto found = senders->find(address);
        QCOMPARE(found.has_value(), !id.isEmpty());
        if (found) {
            QCOMPARE(found->id, id);
            QCOMPARE(found->type, type);
            QCOMPARE(found->name, name);
        }
    }

    void contextOfAMailbox()
    {
        Test::TempOrg temp;
        auto store = org(temp);
        QVERIFY(store);
        SL_VERIFY_OK(store->setMetaValue(
            TrackingContextLoader::TrackedFoldersKey,
            QStringLiteral(R"({"m-alice":{"Inbox/Clients":"acc-1"},"m-bob":{"X":"y"}})")));
        const auto senders = SenderDirectory::load(*store);
        SL_VERIFY_OK(senders);
        const auto loaded =
            TrackingContextLoader::load(*store, QStringLiteral("m-alice"), *senders);
        SL_VERIFY_OK(loaded);
        QCOMPARE(loaded->user.name, QStringLiteral("Alice Adams"));
        QCOMPARE(loaded->context.emailFiltering, EmailFiltering::Records);
        QCOMPARE(
            loaded->context.trackedFolders,
            (QHash<QString, QString>{{QStringLiteral("Inbox/Clients"), QStringLiteral("acc-1")}}));
        QCOMPARE(loaded->context.findSender(QStringLiteral("dan@fabrikam.com"))->id,
                 QStringLiteral("con-1"));
        // Users' addresses, lower case: the recipients in the org. A contact's
        // or a queue's address is none.
        QCOMPARE(loaded->context.userAddresses, QSet<QString>{QStringLiteral("alice@contoso.com")});
    }

    // The loaders need an OrgReader, not a database: the same org in memory
    // gives the same senders and context (issue 13, point 8).
    void fromMemoryWithoutADatabase()
    {
        Test::MemoryOrgReader org;
        org.people = {User{QStringLiteral("alice"), QStringLiteral("Alice Adams"),
                           QStringLiteral("Alice@Contoso.com"), EmailFiltering::Records}};
        org.mailboxes = {Mailbox{QStringLiteral("m-alice"), QStringLiteral("alice")}};
        org.meta.insert(TrackingContextLoader::TrackedFoldersKey,
                        QStringLiteral(R"({"m-alice":{"Inbox/Clients":"acc-1"}})"));
        const auto contact = [](const char *id, const char *address, bool deleted) {
            return CrmRecord{QLatin1String(id),
                             QStringLiteral("contact"),
                             {{QStringLiteral("emailaddress1"), QLatin1String(address)},
                              {QStringLiteral("fullname"), QStringLiteral("Dan Park")}},
                             {},
                             {},
                             deleted};
        };
        // Out of id order on purpose: the first by id keeps a shared address.
        org.records = {contact("con-2", "DAN@fabrikam.com", false),
                       contact("con-0", "dan@fabrikam.com", true),
                       contact("con-1", "dan@fabrikam.com", false)};
        const auto senders = SenderDirectory::load(org);
        SL_VERIFY_OK(senders);
        const auto loaded = TrackingContextLoader::load(org, QStringLiteral("m-alice"), *senders);
        SL_VERIFY_OK(loaded);
        QCOMPARE(loaded->user.name, QStringLiteral("Alice Adams"));
        QCOMPARE(loaded->context.trackedFolders.value(QStringLiteral("Inbox/Clients")),
                 QStringLiteral("acc-1"));
        QCOMPARE(loaded->context.findSender(QStringLiteral("dan@fabrikam.com"))->id,
                 QStringLiteral("con-1"));
        QCOMPARE(loaded->context.userAddresses, QSet<QString>{QStringLiteral("alice@contoso.com")});
    }

    void noTrackedFoldersByDefault()
    {
        Test::TempOrg temp;
        auto store = org(temp);
        QVERIFY(store);
        const auto folders =
            TrackingContextLoader::trackedFolders(*store, QStringLiteral("m-alice"));
        SL_VERIFY_OK(folders);
        QVERIFY(folders->isEmpty());
    }

    void errorsNameWhatIsWrong()
    {
        Test::TempOrg temp;
        auto store = org(temp);
        QVERIFY(store);
        const SenderDirectory senders;
        const auto unknown = TrackingContextLoader::load(*store, QStringLiteral("m-x"), senders);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("m-x")));
        SL_VERIFY_OK(store->setMetaValue(TrackingContextLoader::TrackedFoldersKey,
                                         QStringLiteral("{not json")));
        const auto damaged =
            TrackingContextLoader::load(*store, QStringLiteral("m-alice"), senders);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, Error::Code::Corrupt);
    }

    // An explanation leaves the email itself out of what it correlates with.
    void indexWithoutOneMessage()
    {
        Test::TempOrg temp;
        auto store = org(temp);
        QVERIFY(store);
        for (const char *id : {"<a@x>", "<b@x>"})
            record(*store, QLatin1String(id), QStringLiteral("email"),
                   QJsonObject{{QStringLiteral("messageid"), QLatin1String(id)},
                               {QStringLiteral("subject"), QStringLiteral("Quote")},
                               {QStringLiteral("state"), QStringLiteral("tracked")}});
        const auto all = TrackingIndex::load(*store, OrgSettings{});
        SL_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        const auto without = TrackingIndex::load(*store, OrgSettings{}, QStringLiteral("<a@x>"));
        SL_VERIFY_OK(without);
        QCOMPARE(without->size(), 1);
        QCOMPARE(without->byMessageId(QStringLiteral("<a@x>")), -1);
        QVERIFY(without->byMessageId(QStringLiteral("<b@x>")) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestTrackingContext)
#include "tst_trackingcontext.moc"
