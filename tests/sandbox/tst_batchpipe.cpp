#include "sandbox/batchpipe.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace SyncLens;

// The sandbox's maker thread hands its batches of rows to the writer through a
// BatchPipe: in order, never more than its capacity ahead, and it stops when
// the writer gives up.
class TestBatchPipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesArriveInOrder()
    {
        BatchPipe<std::vector<int>> pipe(2);
        std::thread maker([&pipe] {
            for (int i = 0; i < 1000; i += 10) {
                std::vector<int> batch;
                for (int k = i; k < i + 10; ++k)
                    batch.push_back(k);
                if (!pipe.push(std::move(batch)))
                    return;
            }
            pipe.close();
        });
        std::vector<int> received;
        while (auto batch = pipe.pop())
            received.insert(received.end(), batch->begin(), batch->end());
        maker.join();
        QCOMPARE(received.size(), std::size_t(1000));
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(received[std::size_t(i)], i);
    }

    void theMakerWaitsWhenThePipeIsFull()
    {
        BatchPipe<int> pipe(2);
        std::atomic<int> pushed = 0;
        std::thread maker([&] {
            for (int i = 0; i < 3; ++i) {
                if (!pipe.push(i))
                    return;
                ++pushed;
            }
        });
        QTRY_COMPARE(pushed.load(), 2);
        QTest::qWait(50); // the third waits for room, however long
        QCOMPARE(pushed.load(), 2);
        QCOMPARE(pipe.pop(), std::optional<int>(0));
        QTRY_COMPARE(pushed.load(), 3);
        maker.join();
    }

    void closingStopsAWaitingMaker()
    {
        BatchPipe<int> pipe(1);
        std::atomic<int> refused = -1;
        std::thread maker([&] {
            for (int i = 0;; ++i) {
                if (!pipe.push(i)) {
                    refused = i;
                    return;
                }
            }
        });
        QCOMPARE(pipe.pop(), std::optional<int>(0));
        pipe.close(); // the writer gives up (an error, a cancel)
        maker.join(); // would hang if the waiting push() did not wake up
        QVERIFY(refused.load() >= 1 && refused.load() <= 2);
    }

    void tryPopDoesNotWait()
    {
        BatchPipe<int> pipe(2);
        QCOMPARE(pipe.tryPop(), std::nullopt); // empty and open: pop() would wait
        QVERIFY(pipe.push(5));
        QCOMPARE(pipe.tryPop(), std::optional<int>(5));
        QCOMPARE(pipe.tryPop(), std::nullopt);
    }

    void whatWasPushedBeforeClosingIsStillTaken()
    {
        BatchPipe<int> pipe(4);
        QVERIFY(pipe.push(1));
        QVERIFY(pipe.push(2));
        pipe.close();
        QVERIFY(!pipe.push(3));
        QCOMPARE(pipe.pop(), std::optional<int>(1));
        QCOMPARE(pipe.pop(), std::optional<int>(2));
        QCOMPARE(pipe.pop(), std::nullopt);
        QCOMPARE(pipe.pop(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestBatchPipe)
#include "tst_batchpipe.moc"
