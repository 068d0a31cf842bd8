#include "tracking/flatkeyindex.h"
#include "tracking/trackingindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

// The flat key table behind the tracking index's message ids, tokens and
// threads: 32 bits of each key's hash per slot, so a lookup can answer
// another key's row, which the index then checks.
class TestFlatKeyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFindsNothing()
    {
        const FlatKeyIndex index;
        QCOMPARE(index.find(0), -1);
        QCOMPARE(index.find(42), -1);
        index.prefetch(42); // harmless on an empty table
        QCOMPARE(index.size(), 0);
    }

    void firstRowStays()
    {
        FlatKeyIndex index;
        QCOMPARE(index.insert(7, 1), -1);
        QCOMPARE(index.insert(7, 2), 1);  // the row already there
        QCOMPARE(index.insert(0, 3), -1); // zero is a key like any other
        QCOMPARE(index.find(7), 1);
        QCOMPARE(index.find(0), 3);
        QCOMPARE(index.size(), 2);
    }

    // Many keys, some repeated, some close together (as tokens are), some
    // random (as hashes are), through growth: each key finds its first row,
    // or the row that had its slot first (which insert said).
    void findsWhatWasInserted_data()
    {
        QTest::addColumn<bool>("sequential");
        QTest::newRow("sequential keys") << true;
        QTest::newRow("random keys") << false;
    }

    void findsWhatWasInserted()
    {
        QFETCH(bool, sequential);
        QRandomGenerator random(3);
        FlatKeyIndex index;
        QHash<quint64, int> expected; // key → what find must answer
        for (int row = 0; row < 50000; ++row) {
            const quint64 key = sequential ? quint64(row % 40000) : random.generate64() % 100000;
            const int there = index.insert(key, row);
            if (!expected.contains(key))
                expected.insert(key, there >= 0 ? there : row);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(index.find(it.key()), it.value());
        int strangers = 0; // keys never inserted that answer a row
        for (quint64 key = 1000000; key < 1100000; ++key)
            strangers += index.find(key) >= 0;
        QVERIFY2(strangers < 10, qPrintable(QString::number(strangers)));
        QVERIFY(index.bytes() >= qint64(index.size()) * 8);
    }

    // Enough tokens and message ids that some share a slot: the index still
    // answers each one with its own email.
    void theIndexChecksWhatASlotAnswers()
    {
        constexpr int count = 150000;
        FlatKeyIndex probe;
        int shared = 0;
        for (int t = 1; t <= count; ++t)
            shared += probe.insert(quint64(t), t) >= 0;
        QVERIFY2(shared > 0, "no two tokens share a slot: the test proves nothing");

        TrackingIndex index{OrgSettings{}};
        for (int t = 1; t <= count; ++t) {
            TrackedEmail e;
            e.messageId = QStringLiteral("<m%1@x>").arg(t);
            e.token = t;
            index.add(e);
        }
        for (int t = 1; t <= count; ++t) {
            QCOMPARE(index.byToken(t), t - 1);
            QCOMPARE(index.byMessageId(QStringLiteral("<m%1@x>").arg(t)), t - 1);
        }
        QCOMPARE(index.byToken(count + 1), -1);
        QCOMPARE(index.byMessageId(QStringLiteral("<m0@x>")), -1);
    }
};

QTEST_GUILESS_MAIN(TestFlatKeyIndex)
#include "tst_flatkeyindex.moc"
