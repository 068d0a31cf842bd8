#include "store/orgstore.h"
#include "sync/filterhistory.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;
using Change = FilterVersion::Change;

namespace SyncLens {
inline char *toString(FilterVersion::Change change)
{
    return QTest::toString(filterChangeName(change));
}
} // namespace SyncLens

namespace {

const QString kMine =
    QStringLiteral(R"(<fetch><entity name="appointment"><filter><condition attribute="ownerid" )"
                   R"(operator="eq-userid"/></filter></entity></fetch>)");
const QString kRecent = QStringLiteral(
    R"(<fetch><entity name="appointment"><filter><condition attribute="ownerid" )"
    R"(operator="eq-userid"/><condition attribute="scheduledstart" operator="last-x-days" )"
    R"(value="7"/></filter></entity></fetch>)");

SyncFilter appointments(const QString &user, const QString &fetchXml,
                        const QString &name = QStringLiteral("My appointments"))
{
    return SyncFilter{QStringLiteral("f-%1-appointments").arg(user),
                      user,
                      QStringLiteral("appointment"),
                      name,
                      fetchXml,
                      true,
                      {}};
}

FilterHistory::Stamp stamp(int minute = 0)
{
    const QDateTime wall(QDate(2026, 5, 4), QTime(9, minute), Qt::UTC);
    return {QStringLiteral("admin"), wall, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
}

} // namespace

// The filter history (schema 4): every change through SyncLens is one
// transaction that writes the filter and records the version, so that it can
// be undone and any version brought back.
class TestFilterHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempOrg> m_org;
    std::unique_ptr<OrgStore> m_store;

    QList<FilterVersion> versions(const QString &filterId)
    {
        return m_store->filterVersions(filterId).value();
    }
    std::optional<SyncFilter> stored(const QString &filterId)
    {
        return m_store->filter(filterId).value();
    }

private Q_SLOTS:
    void init()
    {
        m_org = std::make_unique<Test::TempOrg>(); // a new org for each test
        m_store = m_org->create();
        QVERIFY(m_store);
        for (const char *id : {"alice", "bob", "carol"}) {
            const QString name = QLatin1String(id);
            SL_VERIFY_OK(m_store->upsertUser(User{name, name, name + QStringLiteral("@x.test")}));
        }
        SL_VERIFY_OK(m_store->upsertFilter(appointments(QStringLiteral("alice"), kMine)));
    }

    void cleanup()
    {
        m_store.reset();
        m_org.reset();
    }

    void savingKeepsTheOriginalThenTheNewVersion()
    {
        const qint64 markBefore = *m_store->changeMark(
            OrgStore::filtersMark(UserId(QStringLiteral("alice")), QStringLiteral("appointment")));
        auto saved =
            FilterHistory(*m_store).save(appointments(QStringLiteral("alice"), kRecent), stamp(5));
        SL_VERIFY_OK(saved);
        const auto list = versions(QStringLiteral("f-alice-appointments"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].change, Change::Original);
        QCOMPARE(list[0].filter.fetchXml, kMine);
        QCOMPARE(list[1].change, Change::Saved);
        QCOMPARE(list[1].author, QStringLiteral("admin"));
        QCOMPARE(list[1].time, stamp(5).time);
        QCOMPARE(list[1], *saved);
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->fetchXml, kRecent);
        // The org's clock stamps the filter; the change mark makes the next cycle look again.
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->modifiedOn, stamp().orgClock);
        QVERIFY(*m_store->changeMark(OrgStore::filtersMark(
                    UserId(QStringLiteral("alice")), QStringLiteral("appointment"))) > markBefore);
    }

    void undoBringsBackTheVersionBefore()
    {
        FilterHistory history(*m_store);
        SL_VERIFY_OK(history.save(appointments(QStringLiteral("alice"), kRecent), stamp(1)));
        QVERIFY(FilterHistory::canUndo(versions(QStringLiteral("f-alice-appointments"))));
        auto undone = history.undo(QStringLiteral("f-alice-appointments"), stamp(2));
        SL_VERIFY_OK(undone);
        QCOMPARE(undone->change, Change::Undone);
        QVERIFY(undone->present);
        QCOMPARE(undone->basedOn, versions(QStringLiteral("f-alice-appointments"))[0].id);
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->fetchXml, kMine);
    }

    void undoingACreationRemovesTheFilter()
    {
        FilterHistory history(*m_store);
        SyncFilter fresh = appointments(QStringLiteral("bob"), kRecent, QStringLiteral("Recent"));
        fresh.id.clear(); // a new id is made
        auto created = history.save(fresh, stamp());
        SL_VERIFY_OK(created);
        QCOMPARE(created->change, Change::Created);
        QVERIFY(created->filter.id.startsWith(QStringLiteral("f-bob-")));
        QVERIFY(stored(created->filter.id));
        auto undone = history.undo(created->filter.id, stamp(1));
        SL_VERIFY_OK(undone);
        QVERIFY(!undone->present);
        QVERIFY(!stored(created->filter.id));
    }

    void removedFiltersComeBackByRestore()
    {
        FilterHistory history(*m_store);
        auto removed = history.remove(QStringLiteral("f-alice-appointments"), stamp(1));
        SL_VERIFY_OK(removed);
        QCOMPARE(removed->change, Change::Removed);
        QVERIFY(!removed->present);
        QVERIFY(!stored(QStringLiteral("f-alice-appointments")));
        auto restored = history.restore(removed->id, stamp(2));
        SL_VERIFY_OK(restored);
        QCOMPARE(restored->change, Change::Restored);
        QCOMPARE(restored->basedOn, removed->id);
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->fetchXml, kMine);
        // And any version: the one saved in between.
        SL_VERIFY_OK(history.save(appointments(QStringLiteral("alice"), kRecent), stamp(3)));
        const qint64 original = versions(QStringLiteral("f-alice-appointments")).first().id;
        SL_VERIFY_OK(history.restore(original, stamp(4)));
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->fetchXml, kMine);
        QCOMPARE(m_store->filterVersionsOfUser(QStringLiteral("alice"))->size(), 5);
    }

    void nothingToUndoIsAnError()
    {
        auto undone = FilterHistory(*m_store).undo(QStringLiteral("f-alice-appointments"), stamp());
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code, Error::Code::NotFound);
        QVERIFY(!FilterHistory(*m_store).restore(999, stamp()).ok());
        QVERIFY(!FilterHistory(*m_store).remove(QStringLiteral("nope"), stamp()).ok());
    }

    void aFailedWriteLeavesFilterAndHistoryAsTheyWere()
    {
        // The third write of the save (after the original and the filter) fails.
        m_store->failNthWriteForTesting(3);
        auto saved =
            FilterHistory(*m_store).save(appointments(QStringLiteral("alice"), kRecent), stamp());
        QVERIFY(!saved.ok());
        m_store->failNthWriteForTesting(0);
        QCOMPARE(stored(QStringLiteral("f-alice-appointments"))->fetchXml, kMine);
        QVERIFY(versions(QStringLiteral("f-alice-appointments")).isEmpty());
    }

    void applyToUsersReplacesByNameAndCanDisableOthers()
    {
        SL_VERIFY_OK(m_store->upsertFilter(appointments(QStringLiteral("bob"), kMine)));
        SyncFilter other = appointments(QStringLiteral("bob"), kMine, QStringLiteral("Other"));
        other.id = QStringLiteral("f-bob-other");
        SL_VERIFY_OK(m_store->upsertFilter(other));
        const SyncFilter proposal = appointments(QStringLiteral("alice"), kRecent);
        auto recorded = FilterHistory(*m_store).applyToUsers(
            proposal, {QStringLiteral("bob"), QStringLiteral("carol")}, true, stamp());
        SL_VERIFY_OK(recorded);
        QCOMPARE(recorded->size(), 3); // bob's replaced, bob's other disabled, carol's created
        QCOMPARE(stored(QStringLiteral("f-bob-appointments"))->fetchXml, kRecent);
        QVERIFY(!stored(QStringLiteral("f-bob-other"))->enabled);
        const auto carol = m_store->filters(QStringLiteral("carol")).value();
        QCOMPARE(carol.size(), 1);
        QCOMPARE(carol.first().name, proposal.name);
        QCOMPARE(carol.first().fetchXml, kRecent);
        QCOMPARE(recorded->at(2).change, Change::Created);
    }
};

QTEST_GUILESS_MAIN(TestFilterHistory)
#include "tst_filterhistory.moc"
