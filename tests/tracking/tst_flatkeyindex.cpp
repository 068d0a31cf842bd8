#include "tracking/flatkeyindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

// The flat key table behind the tracking index's message ids and tokens.
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
        index.insert(7, 1);
        index.insert(7, 2);
        index.insert(0, 3); // zero is a key like any other
        QCOMPARE(index.find(7), 1);
        QCOMPARE(index.find(0), 3);
        QCOMPARE(index.size(), 2);
    }

    // Many keys, some repeated, some close together (as tokens are), some
    // random (as hashes are): the same answers as a QHash, through growth.
    void sameAsQHash_data()
    {
        QTest::addColumn<bool>("sequential");
        QTest::newRow("sequential keys") << true;
        QTest::newRow("random keys") << false;
    }

    void sameAsQHash()
    {
        QFETCH(bool, sequential);
        QRandomGenerator random(3);
        FlatKeyIndex index;
        QHash<quint64, int> expected;
        for (int row = 0; row < 50000; ++row) {
            const quint64 key = sequential ? quint64(row % 40000) : random.generate64() % 100000;
            index.insert(key, row);
            if (!expected.contains(key))
                expected.insert(key, row);
        }
        QCOMPARE(index.size(), int(expected.size()));
        for (quint64 key = 0; key < 100000; ++key)
            QCOMPARE(index.find(key), expected.value(key, -1));
        QVERIFY(index.bytes() >= qint64(expected.size()) * 12);
    }
};

QTEST_GUILESS_MAIN(TestFlatKeyIndex)
#include "tst_flatkeyindex.moc"
