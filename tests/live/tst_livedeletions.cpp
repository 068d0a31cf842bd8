#include "live/livedeletionreader.h"
#include "livefixture.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

std::unique_ptr<OrgStore> openOrg(const QString &path)
{
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    return store ? std::move(store).value() : nullptr;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList idsOf(const Fake::FakeOrgData &data, const char *set)
{
    QStringList ids;
    const auto *s = data.entitySet(QLatin1String(set));
    for (int i = 0; s && i < s->rows.size(); ++i)
        ids << s->rows.at(i).value(s->primaryKey).toString();
    return ids;
}

int pagesOf(qsizetype rows, int pageSize)
{
    return std::max(1, int((rows + pageSize - 1) / pageSize));
}

// Whether the store has a record whose Dataverse id is `id` (an email's is its activityid).
bool hasRecord(OrgStore &store, const QString &type, const QString &id)
{
    bool found = false;
    (void)store.forEachCrmRecord(type, [&](const CrmRecord &r) {
        const QString primary = type == RecordTypes::Email
                                    ? r.fields.value(QStringLiteral("activityid")).toString()
                                    : r.id;
        found = primary == id;
        return !found;
    });
    return found;
}

} // namespace

// A refresh notices records deleted in the org: by change tracking's delta
// links when it can, by reading the primary ids when Dataverse refuses them
// (a table without change tracking, a stale or invalid token).
class TestLiveDeletions : public QObject
{
    Q_OBJECT

private:
    struct Reading
    {
        Result<void> result;
        TableDeletions found;
        int requests = 0;
    };

    static Reading readDeletions(Test::LiveFixture &fixture, const DeletionTable &table)
    {
        ClientCredentialsProvider tokens(fixture.signIn(), fixture.fake().clientSecret);
        DataverseClient client(fixture.fake().url(), &tokens);
        client.setRetryPolicy(Test::LiveFixture::fastRetries());
        LiveDeletionReader reader(&client, {table}, 37);
        std::optional<Result<void>> result;
        reader.start([&result](const Result<void> &r) { result = r; });
        QDeadlineTimer deadline(30000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(5);
        if (!result)
            return {
                makeError(Error::Code::Remote, QStringLiteral("the read did not finish")), {}, 0};
        return {*result, reader.result().value(table.type), client.requestsSent()};
    }

    static DeletionTable contacts(const QString &deltaLink = {})
    {
        return {RecordTypes::Contact,
                QStringLiteral("contacts"),
                QStringLiteral("contactid"),
                true,
                {},
                deltaLink};
    }

private Q_SLOTS:
    void aDeltaLinkGivesTheDeletionsInOneRequest()
    {
        Test::LiveFixture fixture(3, 300, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QStringList ids = idsOf(fixture.fake().data(), "contacts");
        QVERIFY(ids.size() > 37);

        // No delta link yet: every id, in pages, with change tracking.
        const Reading first = readDeletions(fixture, contacts());
        SL_VERIFY_OK(first.result);
        QCOMPARE(first.found.how, QStringLiteral("ids+tracking"));
        QCOMPARE(first.requests, pagesOf(ids.size(), 37));
        QCOMPARE(first.found.present->size(), ids.size());
        QVERIFY(first.found.deltaLink.contains(QStringLiteral("$deltatoken=")));

        QVERIFY(fixture.fake().deleteRow(QStringLiteral("contacts"), ids.at(4)));
        QVERIFY(fixture.fake().deleteRow(QStringLiteral("contacts"), ids.at(40)));
        const Reading delta = readDeletions(fixture, contacts(first.found.deltaLink));
        SL_VERIFY_OK(delta.result);
        QCOMPARE(delta.found.how, QStringLiteral("delta"));
        QCOMPARE(delta.requests, 1);
        QCOMPARE(delta.found.gone, (QSet<QString>{ids.at(4), ids.at(40)}));
        QVERIFY(!delta.found.present);
        QVERIFY(delta.found.deltaLink != first.found.deltaLink);

        // The next delta says nothing more.
        const Reading again = readDeletions(fixture, contacts(delta.found.deltaLink));
        SL_VERIFY_OK(again.result);
        QCOMPARE(again.requests, 1);
        QVERIFY(again.found.gone.isEmpty());
    }

    void aRefusedDeltaLinkReadsTheIdsAgain_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("stale token") << QStringLiteral("stale");
        QTest::newRow("invalid token") << QStringLiteral("invalid");
        QTest::newRow("no change tracking") << QStringLiteral("untracked");
    }

    void aRefusedDeltaLinkReadsTheIdsAgain()
    {
        QFETCH(QString, why);
        Test::LiveFixture fixture(3, 300, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const Reading first = readDeletions(fixture, contacts());
        SL_VERIFY_OK(first.result);
        QString link = first.found.deltaLink;
        if (why == u"stale")
            fixture.fake().changeTracking().expireTokens();
        else if (why == u"invalid")
            link = link.section(QStringLiteral("$deltatoken="), 0, 0) +
                   QStringLiteral("$deltatoken=not-a-token");
        else
            fixture.fake().changeTracking().untracked.insert(QStringLiteral("contacts"));
        const QStringList ids = idsOf(fixture.fake().data(), "contacts");
        QVERIFY(fixture.fake().deleteRow(QStringLiteral("contacts"), ids.at(7)));

        const Reading read = readDeletions(fixture, contacts(link));
        SL_VERIFY_OK(read.result); // not an error: the ids are read again
        QVERIFY(read.found.present);
        QCOMPARE(read.found.present->size(), ids.size() - 1);
        QVERIFY(!read.found.present->contains(ids.at(7)));
        // One refused request, one to ask with tracking when that was what
        // was refused, then the pages of ids.
        const int pages = pagesOf(ids.size() - 1, 37);
        if (why == u"untracked") {
            QCOMPARE(read.found.how, QStringLiteral("ids"));
            QCOMPARE(read.requests, 2 + pages);
            QVERIFY(read.found.deltaLink.isEmpty());
        } else {
            QCOMPARE(read.found.how, QStringLiteral("ids+tracking"));
            QCOMPARE(read.requests, 1 + pages);
            QVERIFY(read.found.deltaLink.contains(QStringLiteral("$deltatoken=")));
        }
    }

    // The whole refresh: deleted records, appointments, tasks and emails are
    // gone from the file; the next refresh finds them by delta links.
    void aRefreshDropsWhatWasDeleted()
    {
        Test::LiveFixture fixture(3, 300, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString path = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(path));
        auto &fake = fixture.fake();
        const QString contact = idsOf(fake.data(), "contacts").at(2);
        const QString appointment = idsOf(fake.data(), "appointments").at(0);
        const QString task = idsOf(fake.data(), "tasks").at(0);
        QString email;
        {
            auto before = openOrg(path);
            QVERIFY(before);
            for (const QString &id : idsOf(fake.data(), "emails")) {
                if (hasRecord(*before, RecordTypes::Email, id)) {
                    email = id;
                    break;
                }
            }
            QVERIFY(hasRecord(*before, RecordTypes::Contact, contact));
            QVERIFY(hasRecord(*before, RecordTypes::Appointment, appointment));
            QVERIFY(hasRecord(*before, RecordTypes::Task, task));
        }
        QVERIFY(!email.isEmpty());
        for (const auto &[set, id] : {std::pair{"contacts", contact},
                                      {"appointments", appointment},
                                      {"tasks", task},
                                      {"emails", email}})
            QVERIFY(fake.deleteRow(QLatin1String(set), id));

        LiveImportSettings refresh = fixture.importSettings(path);
        refresh.changedSince = fixture.spec().now;
        refresh.now = fixture.spec().now.addSecs(600);
        const auto first = fixture.run(refresh);
        SL_VERIFY_OK(first);
        QCOMPARE(first->deleted, qint64(4));
        {
            auto after = openOrg(path);
            QVERIFY(after);
            QVERIFY(!hasRecord(*after, RecordTypes::Contact, contact));
            QVERIFY(!hasRecord(*after, RecordTypes::Appointment, appointment));
            QVERIFY(!hasRecord(*after, RecordTypes::Task, task));
            QVERIFY(!hasRecord(*after, RecordTypes::Email, email));
            QVERIFY(after->metaValue(QStringLiteral("live.deltaLink.contacts"))
                        ->contains(QStringLiteral("$deltatoken=")));
        }

        // The second refresh reads one delta per tracked table.
        const QString another = idsOf(fake.data(), "contacts").at(5);
        QVERIFY(fake.deleteRow(QStringLiteral("contacts"), another));
        const int before = fake.apiRequests();
        refresh.changedSince = refresh.now;
        refresh.now = refresh.now.addSecs(600);
        int secondRequests = 0;
        const auto second = fixture.run(refresh, {}, &secondRequests);
        SL_VERIFY_OK(second);
        QCOMPARE(second->deleted, qint64(1));
        QCOMPARE(fake.apiRequests() - before, secondRequests);
        const int contactPages = pagesOf(idsOf(fake.data(), "contacts").size(), 37);
        qInfo() << "refresh with delta links:" << secondRequests << "requests";
        QVERIFY(secondRequests < first->requests - contactPages + 1);
        auto after = openOrg(path);
        QVERIFY(after && !hasRecord(*after, RecordTypes::Contact, another));
    }

    // A failure at any point of a refresh (the deletions read included)
    // leaves the previous file byte for byte.
    void aFailureMidRefreshLeavesThePreviousFile_data()
    {
        QTest::addColumn<int>("at");
        for (const int at : {1, 3, 6, 12, 17})
            QTest::addRow("request %d", at) << at;
    }

    void aFailureMidRefreshLeavesThePreviousFile()
    {
        QFETCH(int, at);
        Test::LiveFixture fixture(3, 300, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString path = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(path));
        QVERIFY(fixture.fake().deleteRow(QStringLiteral("contacts"),
                                         idsOf(fixture.fake().data(), "contacts").at(1)));
        const QByteArray before = bytesOf(path);
        fixture.fake().faults().add(Fake::FakeFaults::Kind::Truncate,
                                    fixture.fake().apiRequests() + at);
        LiveImportSettings refresh = fixture.importSettings(path);
        refresh.changedSince = fixture.spec().now;
        const auto result = fixture.run(refresh);
        QVERIFY(!result.ok());
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestLiveDeletions)
#include "tst_livedeletions.moc"
