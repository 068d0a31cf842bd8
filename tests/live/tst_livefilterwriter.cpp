#include "livefilterfixture.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;
using Status = LiveFilterOutcome::Status;

namespace {

const QString kNewFetch = QStringLiteral(
    "<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"contact\"><filter type=\"and\">"
    "<condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
    "<condition attribute=\"statecode\" operator=\"eq\" value=\"1\"/></filter></entity></fetch>");

QByteArray statusName(Status s)
{
    return liveFilterStatusName(s).toUtf8();
}

} // namespace

// Writing sync filters to a live org (the in-process fake): If-Match on the
// ETag read, conflicts in both orders and between read and write, Undo,
// delete, state, create, read-only, non-filters, 403 and the local history.
class TestLiveFilterWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_live;
    std::unique_ptr<Test::LiveFilterFixture> m_org;
    int m_file = 0;

    SyncFilter firstFilter() { return m_org->store().filters()->first(); }
    LiveFilterWriter::Options options() const { return {false, QStringLiteral("tester")}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_live = std::make_unique<Test::LiveFixture>(5, 300, 500);
        QVERIFY2(m_live->ok(), qPrintable(m_live->error()));
    }

    void init()
    {
        m_live->fake().outOfReachOwners.clear();
        m_org = std::make_unique<Test::LiveFilterFixture>(
            *m_live, QStringLiteral("live%1.db").arg(++m_file));
        QVERIFY2(m_org->ok(), qPrintable(m_org->error()));
    }

    void importKeepsEachFiltersETag()
    {
        const auto filters = m_org->store().filters();
        SL_VERIFY_OK(filters);
        QVERIFY(filters->size() >= 10);
        for (const SyncFilter &f : *filters) {
            const auto etag = m_org->store().filterETag(f.id);
            SL_VERIFY_OK(etag);
            QCOMPARE(*etag, m_org->row(f.id).value(QStringLiteral("@odata.etag")).toString());
            QVERIFY(etag->startsWith(QLatin1String("W/\"")));
        }
    }

    void saveWritesWithIfMatchAndKeepsHistory()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        const QString before = *m_org->store().filterETag(f.id);
        f.fetchXml = kNewFetch;
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] { writer.save(f); });
        QCOMPARE(statusName(outcome.status), statusName(Status::Done));
        const QJsonObject row = m_org->row(f.id);
        QCOMPARE(row.value(QStringLiteral("fetchxml")).toString(), kNewFetch);
        QCOMPARE(outcome.etag, row.value(QStringLiteral("@odata.etag")).toString());
        QVERIFY(outcome.etag != before);
        QCOMPARE(*m_org->store().filterETag(f.id), outcome.etag);
        QCOMPARE((*m_org->store().filter(f.id))->fetchXml, kNewFetch);
        const auto versions = *m_org->store().filterVersions(f.id);
        QCOMPARE(versions.size(), 2); // the original, then the save
        QCOMPARE(versions.first().change, FilterVersion::Change::Original);
        QCOMPARE(versions.last().author, QStringLiteral("tester"));
        QCOMPARE(versions.last().filter.fetchXml, kNewFetch);
        const auto writes = *m_org->store().liveFilterWrites();
        QCOMPARE(writes.value(versions.last().id),
                 (QStringList{m_live->fake().url().toString(), before, outcome.etag}));
    }

    void conflictInBothOrders_data()
    {
        QTest::addColumn<bool>("firstWinsAsA");
        QTest::newRow("A saves, then B with A's stale version") << true;
        QTest::newRow("B saves, then A with B's stale version") << false;
    }

    void conflictInBothOrders()
    {
        QFETCH(bool, firstWinsAsA);
        Test::LiveFilterFixture other(*m_live, QStringLiteral("other%1.db").arg(m_file));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        LiveFilterWriter a(m_org->store(), &m_org->client(), options());
        LiveFilterWriter b(other.store(), &other.client(), options());
        LiveFilterWriter &first = firstWinsAsA ? a : b;
        LiveFilterWriter &second = firstWinsAsA ? b : a;
        SyncFilter theirs = firstFilter();
        theirs.name = QStringLiteral("Written first");
        SyncFilter ours = theirs;
        ours.name = QStringLiteral("Written second");
        QCOMPARE(
            statusName(Test::LiveFilterFixture::run(first, [&] { first.save(theirs); }).status),
            statusName(Status::Done));
        const auto outcome = Test::LiveFilterFixture::run(second, [&] { second.save(ours); });
        QCOMPARE(statusName(outcome.status), statusName(Status::Conflict));
        QVERIFY(outcome.conflict.has_value());
        QCOMPARE(outcome.conflict->ours.name, QStringLiteral("Written second"));
        QVERIFY(outcome.conflict->theirs.has_value());
        QCOMPARE(outcome.conflict->theirs->name, QStringLiteral("Written first"));
        QCOMPARE(m_org->row(theirs.id).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Written first")); // nothing overwritten
        QCOMPARE(outcome.conflict->theirsETag,
                 m_org->row(theirs.id).value(QStringLiteral("@odata.etag")).toString());
    }

    // Changed between the check and the write: the org's 412 is a conflict.
    void changedBetweenReadAndWriteIsAConflict()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        bool touched = false;
        QObject context;
        connect(&m_live->fake(), &Fake::FakeDataverse::requestServed, &context,
                [&](const QString &path, int) {
                    if (!touched && path.startsWith(QLatin1String("userqueries("))) {
                        touched = m_live->fake().touchUserQuery(
                            f.id, {{QStringLiteral("name"), QStringLiteral("Meanwhile")}});
                    }
                });
        f.name = QStringLiteral("Ours");
        const int writesBefore = m_live->fake().writeRequests();
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] { writer.save(f); });
        QVERIFY(touched);
        QCOMPARE(statusName(outcome.status), statusName(Status::Conflict));
        QCOMPARE(outcome.httpStatus, 412);
        QCOMPARE(m_live->fake().writeRequests(), writesBefore + 1); // the PATCH, refused
        QCOMPARE(outcome.conflict->theirs->name, QStringLiteral("Meanwhile"));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Meanwhile"));
        QCOMPARE(m_org->store().filterVersions(f.id)->size(), 0); // nothing recorded
    }

    void acceptTheirsThenOverwriteKnowingly()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        QVERIFY(m_live->fake().touchUserQuery(
            f.id, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        f.name = QStringLiteral("Ours");
        const auto conflict = Test::LiveFilterFixture::run(writer, [&] { writer.save(f); });
        QCOMPARE(statusName(conflict.status), statusName(Status::Conflict));
        SL_VERIFY_OK(writer.acceptTheirs(*conflict.conflict));
        QCOMPARE((*m_org->store().filter(f.id))->name, QStringLiteral("Theirs"));
        QCOMPARE(*m_org->store().filterETag(f.id), conflict.conflict->theirsETag);
        const auto again = Test::LiveFilterFixture::run(
            writer, [&] { writer.save(f, conflict.conflict->theirsETag); });
        QCOMPARE(statusName(again.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("name")).toString(), QStringLiteral("Ours"));
    }

    void undoWritesThePreviousVersion()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        const QString original = f.fetchXml;
        f.fetchXml = kNewFetch;
        QCOMPARE(statusName(Test::LiveFilterFixture::run(writer, [&] { writer.save(f); }).status),
                 statusName(Status::Done));
        const QString afterSave = *m_org->store().filterETag(f.id);
        const auto undone = Test::LiveFilterFixture::run(writer, [&] { writer.undo(f.id); });
        QCOMPARE(statusName(undone.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("fetchxml")).toString(), original);
        QCOMPARE((*m_org->store().filter(f.id))->fetchXml, original);
        QCOMPARE(m_org->store().filterVersions(f.id)->last().change, FilterVersion::Change::Undone);
        QCOMPARE(m_org->store().liveFilterWrites()->value(undone.versionId).at(1), afterSave);
    }

    void deleteAndUndoTheDelete()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        const SyncFilter f = firstFilter();
        const auto removed = Test::LiveFilterFixture::run(writer, [&] { writer.remove(f.id); });
        QCOMPARE(statusName(removed.status), statusName(Status::Done));
        QVERIFY(m_org->row(f.id).isEmpty());
        QVERIFY(!m_org->store().filter(f.id)->has_value());
        QCOMPARE(m_org->store().filterVersions(f.id)->last().change,
                 FilterVersion::Change::Removed);
        const auto back = Test::LiveFilterFixture::run(writer, [&] { writer.undo(f.id); });
        QCOMPARE(statusName(back.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("fetchxml")).toString(), f.fetchXml);
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("_ownerid_value")).toString(), f.userId);
        QVERIFY(m_org->store().filter(f.id)->has_value());
    }

    void deactivateAndActivate()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        const SyncFilter f = firstFilter();
        auto off = Test::LiveFilterFixture::run(writer, [&] { writer.setActive(f.id, false); });
        QCOMPARE(statusName(off.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("statecode")).toInt(), 1);
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("statuscode")).toInt(), 2);
        QVERIFY(!(*m_org->store().filter(f.id))->enabled);
        auto on = Test::LiveFilterFixture::run(writer, [&] { writer.setActive(f.id, true); });
        QCOMPARE(statusName(on.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("statecode")).toInt(), 0);
        QVERIFY((*m_org->store().filter(f.id))->enabled);
    }

    void createAndUndoTheCreation()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        f.id.clear();
        f.name = QStringLiteral("Created by SyncLens");
        const auto created = Test::LiveFilterFixture::run(writer, [&] { writer.create(f); });
        QCOMPARE(statusName(created.status), statusName(Status::Done));
        const QJsonObject row = m_org->row(created.filterId);
        QCOMPARE(row.value(QStringLiteral("querytype")).toInt(), 256);
        QCOMPARE(row.value(QStringLiteral("_ownerid_value")).toString(), f.userId);
        QCOMPARE(m_org->store().filterVersions(created.filterId)->first().change,
                 FilterVersion::Change::Created);
        const auto undone =
            Test::LiveFilterFixture::run(writer, [&] { writer.undo(created.filterId); });
        QCOMPARE(statusName(undone.status), statusName(Status::Done));
        QVERIFY(m_org->row(created.filterId).isEmpty());
        QVERIFY(!m_org->store().filter(created.filterId)->has_value());
    }

    void rename()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        const SyncFilter f = firstFilter();
        const auto renamed = Test::LiveFilterFixture::run(
            writer, [&] { writer.rename(f.id, QStringLiteral("Renamed")); });
        QCOMPARE(statusName(renamed.status), statusName(Status::Done));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("fetchxml")).toString(), f.fetchXml);
        QCOMPARE((*m_org->store().filter(f.id))->name, QStringLiteral("Renamed"));
    }

    void readOnlyWritesNothing_data()
    {
        QTest::addColumn<int>("operation");
        for (int op = 0; op < 6; ++op)
            QTest::newRow(qPrintable(QStringLiteral("operation %1").arg(op))) << op;
    }

    void readOnlyWritesNothing()
    {
        QFETCH(int, operation);
        LiveFilterWriter writer(m_org->store(), &m_org->client(), {true, {}});
        SyncFilter f = firstFilter();
        const int requests = m_live->fake().apiRequests();
        const int writes = m_live->fake().writeRequests();
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] {
            switch (operation) {
            case 0:
                return writer.save(f);
            case 1:
                return writer.create(f);
            case 2:
                return writer.rename(f.id, QStringLiteral("x"));
            case 3:
                return writer.setActive(f.id, false);
            case 4:
                return writer.remove(f.id);
            default:
                return writer.undo(f.id);
            }
        });
        QCOMPARE(statusName(outcome.status), statusName(Status::Refused));
        QVERIFY(outcome.message.contains(QLatin1String("read-only")));
        QCOMPARE(m_live->fake().apiRequests(), requests); // not even a read
        QCOMPARE(m_live->fake().writeRequests(), writes);
    }

    // The fake's ordinary view (querytype 0), even when the file claims it is
    // a filter, is never written; nor is a filter of another kind created.
    void notASyncFilterIsNeverWritten()
    {
        const QJsonObject view = m_org->row(QStringLiteral("zz-view-0001"));
        QCOMPARE(view.value(QStringLiteral("querytype")).toInt(), 0);
        SyncFilter f{QStringLiteral("zz-view-0001"),
                     view.value(QStringLiteral("_ownerid_value")).toString(),
                     QStringLiteral("contact"), QStringLiteral("My Outlook Contacts"), kNewFetch};
        SL_VERIFY_OK(m_org->store().upsertFilter(f));
        SL_VERIFY_OK(m_org->store().setFilterETag(
            f.id, view.value(QStringLiteral("@odata.etag")).toString()));
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        const int writes = m_live->fake().writeRequests();
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] { writer.save(f); });
        QCOMPARE(statusName(outcome.status), statusName(Status::Refused));
        QVERIFY(outcome.message.contains(QLatin1String("not a sync filter")));
        const auto created =
            Test::LiveFilterFixture::run(writer, [&] { writer.create(f, QStringLiteral("view")); });
        QCOMPARE(statusName(created.status), statusName(Status::Refused));
        QCOMPARE(m_live->fake().writeRequests(), writes);
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("fetchxml")).toString(),
                 view.value(QStringLiteral("fetchxml")).toString());
    }

    void cancelBeforeTheWriteSendsNone()
    {
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        SyncFilter f = firstFilter();
        f.name = QStringLiteral("Never written");
        const int writes = m_live->fake().writeRequests();
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] {
            writer.save(f);
            writer.cancel(); // the check of the org's row is on its way
        });
        QCOMPARE(statusName(outcome.status), statusName(Status::Cancelled));
        QCOMPARE(m_live->fake().writeRequests(), writes);
        QVERIFY(m_org->row(f.id).value(QStringLiteral("name")).toString() != f.name);
    }

    // The fake's impersonation: as the owner (CallerObjectId) a filter out of
    // the signed-in account's reach may be written; a stale ETag still is 412.
    void impersonatedOwnerMayWriteTheirOwn()
    {
        const SyncFilter f = firstFilter();
        m_live->fake().outOfReachOwners.insert(f.userId);
        DataverseRequest r;
        r.what = QStringLiteral("a filter");
        r.entitySet = QStringLiteral("userqueries");
        r.url = m_org->client().apiUrl(QStringLiteral("userqueries(%1)").arg(f.id));
        r.method = QByteArrayLiteral("PATCH");
        r.body = QByteArrayLiteral("{\"name\":\"By the owner\"}");
        r.ifMatch = *m_org->store().filterETag(f.id);
        r.callerObjectId = QStringLiteral("aad-") + f.userId;
        QList<int> statuses;
        QObject context;
        m_org->client().write(r, &context,
                              [&](int status, const Result<QJsonObject> &) { statuses << status; });
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 1, 10000);
        QCOMPARE(statuses.first(), 200);
        QCOMPARE(m_org->row(f.id).value(QStringLiteral("name")).toString(),
                 QStringLiteral("By the owner"));
        m_org->client().write(r, &context, // the same ETag again: stale now
                              [&](int status, const Result<QJsonObject> &) { statuses << status; });
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 2, 10000);
        QCOMPARE(statuses.last(), 412);
        r.callerObjectId.clear(); // as the signed-in account: beyond its reach
        r.ifMatch = m_org->row(f.id).value(QStringLiteral("@odata.etag")).toString();
        m_org->client().write(r, &context,
                              [&](int status, const Result<QJsonObject> &) { statuses << status; });
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 3, 10000);
        QCOMPARE(statuses.last(), 403);
        QVERIFY(m_live->fake().requestLog().contains(
            QStringLiteral("PATCH userqueries(%1)").arg(f.id)));
    }

    void forbiddenNamesThePrivilege()
    {
        SyncFilter f = firstFilter();
        m_live->fake().outOfReachOwners.insert(f.userId);
        LiveFilterWriter writer(m_org->store(), &m_org->client(), options());
        f.name = QStringLiteral("Not allowed");
        const auto outcome = Test::LiveFilterFixture::run(writer, [&] { writer.save(f); });
        QCOMPARE(statusName(outcome.status), statusName(Status::Forbidden));
        QCOMPARE(outcome.httpStatus, 403);
        QVERIFY2(outcome.message.contains(QLatin1String("manage user synchronization filters")),
                 qPrintable(outcome.message));
        QVERIFY(m_org->row(f.id).value(QStringLiteral("name")).toString() != f.name);
        QCOMPARE(m_org->store().filterVersions(f.id)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveFilterWriter)
#include "tst_livefilterwriter.moc"
