#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

namespace {

// What a reader must agree on with the writer: the committed state, whole.
struct Snapshot
{
    qint64 journal = 0;
    qint64 links = 0;
    qint64 crmRecords = 0;
    int itemDecisions = 0;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

char *toString(const Snapshot &s)
{
    return QTest::toString(QStringLiteral("journal %1, links %2, records %3, item decisions %4")
                               .arg(s.journal)
                               .arg(s.links)
                               .arg(s.crmRecords)
                               .arg(s.itemDecisions));
}

Result<Snapshot> snapshotOf(OrgStore &store, const QString &itemId)
{
    auto counts = store.counts();
    if (!counts)
        return counts.error();
    auto history = store.journalForItem(itemId);
    if (!history)
        return history.error();
    return Snapshot{counts->journalEntries, counts->links, counts->crmRecords(),
                    int(history->size())};
}

// Renames some appointments, so that the next cycle has updates to decide.
Result<QString> editAppointments(OrgStore &store, int round)
{
    QList<CrmRecord> records;
    auto read = store.forEachCrmRecord(QStringLiteral("appointment"), [&](const CrmRecord &r) {
        if (!r.deleted)
            records.append(r);
        return records.size() < 200;
    });
    if (!read)
        return read.error();
    if (records.isEmpty())
        return makeError(Error::Code::NotFound, QStringLiteral("no appointments"));
    auto written = store.transaction([&]() -> Result<void> {
        for (CrmRecord r : std::as_const(records)) {
            r.fields.insert(QStringLiteral("subject"), QStringLiteral("Renamed %1").arg(round));
            if (auto w = store.upsertCrmRecord(r); !w)
                return w;
        }
        return {};
    });
    if (!written)
        return written.error();
    return records.first().id;
}

} // namespace

// A read-only store opened before any writer (explain, org info, a long
// preview) keeps answering while the engine runs cycles and checkpoints its
// log into the file: never an error, never a torn or stale answer — what it
// reads is always the state of the writer's last commit.
class TestReaderDuringCycles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerSeesEachCommitWhole()
    {
        Test::TempOrg org;
        SandboxSpec spec;
        spec.users = 3;
        spec.items = 1500;
        spec.seed = 11;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), spec, false));

        // The reader comes first, while no writer has the file open.
        auto reader = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(reader);
        auto writer = OrgStore::open(org.path());
        SL_VERIFY_OK(writer);
        OrgStore &w = **writer;
        OrgStore &r = **reader;

        auto clock = SyncCycle::clock(w);
        SL_VERIFY_OK(clock);
        SyncCycle cycle(w);
        QString item;
        int midCycleReads = 0;
        for (int round = 1; round <= 4; ++round) {
            if (round > 1) {
                auto edited = editAppointments(w, round);
                SL_VERIFY_OK(edited);
                item = *edited;
            }
            const auto before = snapshotOf(w, item);
            SL_VERIFY_OK(before);
            // Mid-cycle (inside the writer's transaction) the reader sees
            // the state before the cycle.
            std::optional<Snapshot> during;
            QString duringError;
            cycle.setProgressHandler([&](int, int) {
                auto s = snapshotOf(r, item);
                if (!s)
                    duringError = s.error().message;
                else if (!during)
                    during = *s;
            });
            SL_VERIFY_OK(cycle.run(clock->addSecs(round * 15 * 60)));
            QVERIFY2(duringError.isEmpty(), qPrintable(duringError));
            if (during) {
                QCOMPARE(*during, *before);
                ++midCycleReads;
            }

            SL_VERIFY_OK(w.checkpoint());
            const auto committed = snapshotOf(w, item);
            SL_VERIFY_OK(committed);
            QVERIFY(committed->journal > before->journal);
            const auto seen = snapshotOf(r, item);
            SL_VERIFY_OK(seen);
            QCOMPARE(*seen, *committed);
        }
        QVERIFY(midCycleReads > 0);
        QVERIFY(r.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestReaderDuringCycles)
#include "tst_readerduringcycles.moc"
