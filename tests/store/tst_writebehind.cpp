#include "sandbox/sandboxgenerator.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/writebehind.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "totext.h"

#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace SyncLens;
using namespace Qt::StringLiterals;

namespace {

Error refused(const QString &what)
{
    return makeError(Error::Code::Database, what);
}

// A write that counts itself.
WriteBehind::Write counting(int &ran)
{
    return [&ran]() -> Result<void> {
        ++ran;
        return {};
    };
}

// Among its mailboxes, one waiting for approval and one without appointment
// sync (SandboxRecords::mailbox()): their ACT channels never run.
SandboxSpec smallOrg()
{
    SandboxSpec spec;
    spec.users = 8;
    spec.items = 2000;
    spec.seed = 7;
    return spec;
}

Result<CycleSummary> runCycle(OrgStore &store, SyncCycle &cycle, int minutes = 15)
{
    return cycle.run(SyncCycle::clock(store).value().addSecs(60 * minutes));
}

// What a cycle wrote, as rows of text: two orgs compare.
QStringList written(const QString &path)
{
    return Test::sqlOnFile(path,
                           {u"SELECT id, time, cycle, mailbox_id, item_id, code, facts FROM journal"
                            " ORDER BY id"_s,
                            u"SELECT * FROM exchange_items ORDER BY mailbox_id, id"_s,
                            u"SELECT * FROM links ORDER BY mailbox_id, item_id"_s,
                            u"SELECT * FROM crm_records ORDER BY id"_s});
}

} // namespace

// Writes run behind the caller, in order, one at a time; a failure stops them
// and is reported when the caller settles.
class TestWriteBehind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRunInOrderOnAnotherThread()
    {
        std::vector<int> ran;
        std::atomic<int> elsewhere = 0;
        const auto caller = std::this_thread::get_id();
        {
            WriteBehind behind(4);
            for (int i = 0; i < 100; ++i) {
                behind.add([&ran, &elsewhere, caller, i]() -> Result<void> {
                    if (!WriteBehind::inWrite())
                        return refused(u"not marked as a write"_s);
                    ran.push_back(i); // never two at once: no lock needed
                    if (std::this_thread::get_id() != caller)
                        ++elsewhere;
                    return {};
                });
            }
            SL_VERIFY_OK(behind.settle());
            QVERIFY(!WriteBehind::inWrite());
        }
        QCOMPARE(ran.size(), size_t(100));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(ran[size_t(i)], i);
        QVERIFY(elsewhere > 0); // batches of 4 ran behind
    }

    void fewerThanABatchRunWhenSettled()
    {
        int ran = 0;
        WriteBehind behind(1000);
        for (int i = 0; i < 10; ++i)
            behind.add(counting(ran));
        SL_VERIFY_OK(behind.settle());
        QCOMPARE(ran, 10);
    }

    void aFailureStopsTheWritesAfterItAndStays()
    {
        int ran = 0;
        WriteBehind behind(2);
        for (int i = 0; i < 20; ++i) {
            behind.add([&ran, i]() -> Result<void> {
                if (i == 5)
                    return refused(u"write 5 refused"_s);
                ++ran;
                return {};
            });
        }
        auto settled = behind.settle();
        QVERIFY(!settled);
        QCOMPARE(settled.error().message, u"write 5 refused"_s);
        QCOMPARE(ran, 5);
        behind.add(counting(ran)); // dropped
        QVERIFY(!behind.settle());
        QCOMPARE(ran, 5);
        behind.discard(); // the failure goes with it
        behind.add(counting(ran));
        SL_VERIFY_OK(behind.settle());
        QCOMPARE(ran, 6);
    }

    void discardDropsWhatWaits()
    {
        int ran = 0;
        WriteBehind behind(1000);
        for (int i = 0; i < 10; ++i)
            behind.add(counting(ran));
        behind.discard();
        SL_VERIFY_OK(behind.settle());
        QCOMPARE(ran, 0);
    }

    // A caller that adds faster than the thread writes waits for room: the
    // rows held stay a few batches, however many a cycle writes.
    void theCallerWaitsWhenTooManyWait()
    {
        std::atomic<int> waiting = 0, most = 0;
        WriteBehind behind(8);
        for (int i = 0; i < 500; ++i) {
            most = std::max(most.load(), ++waiting);
            behind.add([&waiting]() -> Result<void> {
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                --waiting;
                return {};
            });
        }
        SL_VERIFY_OK(behind.settle());
        QCOMPARE(waiting.load(), 0);
        // At most two batches wait while the thread writes the two before.
        QVERIFY2(most <= 2 * 2 * 8 + 1, qPrintable(QString::number(most)));
    }

    // Through the store: the rows written behind are all there once the
    // transaction commits, each journal entry under the id it was given, and
    // a read in between sees the writes before it.
    void theStoreWritesBehindUntilCommit()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        QList<qint64> ids;
        auto r = store->transaction([&]() -> Result<void> {
            store->writeBehindUntilCommit();
            for (int i = 0; i < 2000; ++i) {
                const QString id = u"t%1"_s.arg(i);
                if (auto w = store->upsertCrmRecord(CrmRecord{id, u"task"_s}); !w)
                    return w;
                JournalEntry e{0,  QDateTime::currentDateTimeUtc(), 1, QString(),
                               id, ReasonCode::OutCreate,           {}};
                auto entry = store->appendJournalEntryJson(e, "{}");
                if (!entry)
                    return entry.error();
                ids.append(*entry);
                if (i == 1500) {
                    auto read = store->crmRecord(id);
                    if (!read || !*read)
                        return refused(u"the record written before is not read back"_s);
                }
            }
            return {};
        });
        SL_VERIFY_OK(r);
        QCOMPARE(store->counts()->crmRecords(), 2000);
        auto journal = store->journalForItem(u"t1999"_s);
        SL_VERIFY_OK(journal);
        QCOMPARE(journal->size(), 1);
        QCOMPARE(journal->first().id, ids.last());
        QCOMPARE(ids.last() - ids.first(), qint64(1999));
    }

    // Journal entries go behind by the batch, one statement for many: every
    // count of them, whole batches or not, lands with its id and facts; a
    // read of the journal in between sees every entry before it; a rollback
    // drops the entries still waiting for their batch.
    void journalEntriesGoBehindByTheBatch_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("readAfter"); // -1: no read in between
        QTest::newRow("one") << 1 << -1;
        QTest::newRow("one short of a batch") << 31 << -1;
        QTest::newRow("a batch") << 32 << -1;
        QTest::newRow("a batch and one") << 33 << -1;
        QTest::newRow("batches and a few, read in a batch") << 70 << 40;
        QTest::newRow("read right after a batch") << 64 << 31;
    }

    void journalEntriesGoBehindByTheBatch()
    {
        QFETCH(int, entries);
        QFETCH(int, readAfter);
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(1780000000000, QTimeZone::utc());
        QMap<qint64, QString> expected; // id: item
        auto write = [&](bool fail) {
            return store->transaction([&]() -> Result<void> {
                store->writeBehindUntilCommit();
                for (int i = 0; i < entries; ++i) {
                    const QString item = u"i%1"_s.arg(i);
                    JournalEntry e{0, time, 1, u"m1"_s, item, ReasonCode::OutCreate, {}};
                    auto id = store->appendJournalEntryJson(e, u"{\"n\":%1}"_s.arg(i).toUtf8());
                    if (!id)
                        return id.error();
                    if (!fail)
                        expected.insert(*id, item);
                    if (i == readAfter) {
                        auto read = store->journalForItem(item);
                        if (!read || read->size() != 1 || read->first().id != *id)
                            return refused(u"entry %1 is not read back"_s.arg(i));
                    }
                }
                return fail ? refused(u"rolled back"_s) : Result<void>();
            });
        };
        QVERIFY(!write(true));
        QCOMPARE(store->counts()->journalEntries, qint64(0));
        SL_VERIFY_OK(write(false));
        QCOMPARE(store->counts()->journalEntries, qint64(entries));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            auto read = store->journalForItem(it.value());
            SL_VERIFY_OK(read);
            QCOMPARE(read->size(), 1);
            QCOMPARE(read->first().id, it.key());
            QCOMPARE(read->first().mailboxId, u"m1"_s);
            QCOMPARE(read->first().time, time);
            QCOMPARE(read->first().facts.value(u"n"_s).toInt(),
                     it.value().mid(1).toInt()); // each row its own facts
        }
    }

    // A batch of entries is written by one statement that skips a bad row
    // rather than abort half-way (no statement journal): the rows it skipped
    // are counted, and the transaction fails naming them.
    void aBadEntryInABatchFailsTheTransaction()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(1780000000000, QTimeZone::utc());
        auto r = store->transaction([&]() -> Result<void> {
            store->writeBehindUntilCommit();
            for (int i = 0; i < 64; ++i) {
                // The sixth has no time, which the journal requires.
                JournalEntry e{0,
                               i == 5 ? QDateTime() : time,
                               1,
                               u"m1"_s,
                               u"i%1"_s.arg(i),
                               ReasonCode::OutCreate,
                               {}};
                if (auto id = store->appendJournalEntryJson(e, "{}"); !id)
                    return id.error();
            }
            return {};
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"1 of 32 journal entries (ids 1 to 32)"_s),
                 qPrintable(r.error().message));
        QCOMPARE(store->counts()->journalEntries, qint64(0));
        auto read = store->journalForItem(u"i0"_s);
        SL_VERIFY_OK(read);
        QVERIFY(read->isEmpty());
    }

    // A write that fails behind fails the transaction when it ends, and
    // nothing of it is written.
    void aWriteFailingBehindRollsBackTheTransaction()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        store->failNthWriteForTesting(700);
        auto r = store->transaction([&]() -> Result<void> {
            store->writeBehindUntilCommit();
            for (int i = 0; i < 2000; ++i) {
                if (auto w = store->upsertCrmRecord(CrmRecord{u"t%1"_s.arg(i), u"task"_s}); !w)
                    return w;
            }
            return {};
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"simulated"_s), qPrintable(r.error().message));
        QCOMPARE(store->counts()->crmRecords(), 0);
        // The store writes as before afterwards.
        SL_VERIFY_OK(store->upsertCrmRecord(CrmRecord{u"after"_s, u"task"_s}));
        QCOMPARE(store->counts()->crmRecords(), 1);
    }

    // A record's and an item's texts written behind are the bytes given, each
    // in its column: an empty text stays empty, a missing one NULL, as when
    // written at once.
    void rowsWrittenBehindKeepTheirTexts_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("regardingId");
        QTest::addColumn<QByteArray>("fields");
        QTest::newRow("all texts") << u"Calendar"_s << u"acc-1"_s << QByteArray(R"({"a":"é"})");
        QTest::newRow("no folder, no regarding") << QString() << QString() << QByteArray("{}");
        QTest::newRow("empty folder") << u""_s << u"acc-2"_s << QByteArray(R"({"b":[1,2]})");
    }

    void rowsWrittenBehindKeepTheirTexts()
    {
        QFETCH(QString, folder);
        QFETCH(QString, regardingId);
        QFETCH(QByteArray, fields);
        const auto rows = [&](bool behind) {
            Test::TempOrg org;
            auto store = org.create();
            if (!store)
                return QStringList{u"no store"_s};
            auto r = store->transaction([&]() -> Result<void> {
                if (behind)
                    store->writeBehindUntilCommit();
                if (auto w = store->upsertUser(User{u"u1"_s, u"Ann"_s, u"ann@contoso.com"_s}); !w)
                    return w;
                Mailbox mailbox;
                mailbox.id = u"m1"_s;
                mailbox.userId = u"u1"_s;
                if (auto w = store->upsertMailbox(mailbox); !w)
                    return w;
                if (auto w = store->upsertCrmRecord(CrmRecord{u"t1"_s, u"task"_s}, fields); !w)
                    return w;
                ExchangeItem item{u"m1"_s, u"x1"_s, u"task"_s, {}, folder};
                item.regardingId = regardingId;
                return store->upsertExchangeItem(item, fields);
            });
            if (!r)
                return QStringList{r.error().message};
            store.reset();
            return Test::sqlOnFile(
                org.path(), {u"SELECT id, type, fields FROM crm_records"_s,
                             u"SELECT mailbox_id, id, type, fields, coalesce(folder, 'NULL'),"
                             " coalesce(regarding_id, 'NULL') FROM exchange_items"_s});
        };
        const QStringList behind = rows(true);
        QCOMPARE(behind, rows(false));
        QVERIFY2(behind.join(u'\n').contains(QString::fromUtf8(fields)),
                 qPrintable(behind.join(u'\n')));
        QCOMPARE(behind.join(u'\n').contains(u"NULL"_s), folder.isNull());
    }

    // Any other write (a mailbox's row, a user's, a change mark) goes behind
    // too: it fails the transaction when it ends, not at once, and a read
    // after it sees it.
    void otherWritesGoBehindToo()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        auto r = store->transaction([&]() -> Result<void> {
            store->writeBehindUntilCommit();
            if (auto w = store->upsertUser(User{u"u1"_s, u"Ann"_s, u"ann@contoso.com"_s}); !w)
                return w;
            auto users = store->users();
            if (!users || users->size() != 1 || users->first().name != u"Ann")
                return refused(u"the user written behind is not read back"_s);
            return {};
        });
        SL_VERIFY_OK(r);
        QCOMPARE(store->users()->size(), 1);

        store->failNthWriteForTesting(1);
        bool queued = false;
        r = store->transaction([&]() -> Result<void> {
            store->writeBehindUntilCommit();
            auto w = store->upsertUser(User{u"u2"_s, u"Ben"_s, u"ben@contoso.com"_s});
            queued = bool(w); // written now, it would have failed here
            return w;
        });
        QVERIFY(queued);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"simulated"_s), qPrintable(r.error().message));
        QCOMPARE(store->users()->size(), 1);
    }

    // A first cycle decides every record and writes behind; a cycle after a
    // few changes reads about a row for each it writes, and does not, even
    // with mailboxes whose ACT channel has never run (and never will).
    void aFirstCycleWritesBehindALaterOneDoesNot()
    {
        Test::TempOrg org;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), smallOrg(), true));
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        SyncCycle cycle(**store);
        auto first = runCycle(**store, cycle);
        SL_VERIFY_OK(first);
        QVERIFY(first->decisions > 1000);
        QCOMPARE((*store)->writeBehindRuns(), quint64(1));
        auto later = runCycle(**store, cycle);
        SL_VERIFY_OK(later);
        QCOMPARE((*store)->writeBehindRuns(), quint64(1));
    }

    // A write that fails behind in a first cycle leaves the org as it was,
    // and the cycle run again writes what it would have.
    void aFirstCycleFailingBehindLeavesTheOrgAsItWas()
    {
        Test::TempOrg failing, plain;
        SL_VERIFY_OK(SandboxGenerator::createFile(failing.path(), smallOrg(), true));
        SL_VERIFY_OK(SandboxGenerator::createFile(plain.path(), smallOrg(), true));
        const QStringList before = written(failing.path());
        {
            auto store = OrgStore::open(failing.path());
            SL_VERIFY_OK(store);
            SyncCycle cycle(**store);
            (*store)->failNthWriteForTesting(1500);
            auto failed = runCycle(**store, cycle);
            QVERIFY(!failed);
            QVERIFY2(failed.error().message.contains(u"simulated"_s),
                     qPrintable(failed.error().message));
            QCOMPARE((*store)->writeBehindRuns(), quint64(1));
        }
        QCOMPARE(written(failing.path()), before);
        for (const Test::TempOrg *org : {&failing, &plain}) {
            auto store = OrgStore::open(org->path());
            SL_VERIFY_OK(store);
            SyncCycle cycle(**store);
            SL_VERIFY_OK(runCycle(**store, cycle));
        }
        QCOMPARE(written(failing.path()), written(plain.path()));
    }
};

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"
