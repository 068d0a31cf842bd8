// The one job type for long work: result, error, progress, cancel and
// destruction, each on the caller's thread.
#include "model/job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace SyncLens;

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsTheResultOutOnTheCallersThread()
    {
        Job job;
        auto answer = std::make_shared<int>(0);
        auto workerThread = std::make_shared<QThread *>(nullptr);
        QSignalSpy finished(&job, &Job::finished);
        QVERIFY(job.start([answer, workerThread](const Job::Control &) -> Result<void> {
            *workerThread = QThread::currentThread();
            *answer = 42;
            return {};
        }));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(*answer, 42);
        QVERIFY(*workerThread != QThread::currentThread());
        QVERIFY(!job.isRunning());
        QVERIFY(!job.error());
    }

    void aFailureKeepsItsError()
    {
        Job job;
        QSignalSpy finished(&job, &Job::finished);
        job.start([](const Job::Control &) -> Result<void> {
            return Error{Error::Code::NotFound, QStringLiteral("no such org: x.db")};
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(job.error());
        QCOMPARE(job.error()->code, Error::Code::NotFound);
        QCOMPARE(job.error()->message, QStringLiteral("no such org: x.db"));
        QVERIFY(!job.wasCancelled());
    }

    void reportsProgressInOrder()
    {
        Job job;
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        job.start([](const Job::Control &control) -> Result<void> {
            for (int i = 1; i <= 3; ++i)
                control.report(i, 3);
            return {};
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(progress.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(progress.at(i).at(0).toLongLong(), i + 1);
            QCOMPARE(progress.at(i).at(1).toLongLong(), 3);
        }
    }

    void cancelStopsTheWorkAndSaysSo()
    {
        Job job;
        auto started = std::make_shared<std::atomic_bool>(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start([started](const Job::Control &control) -> Result<void> {
            started->store(true);
            while (!control.isCancelled())
                QThread::yieldCurrentThread();
            return {};
        });
        QTRY_VERIFY(started->load());
        QVERIFY(!job.start([](const Job::Control &) -> Result<void> { return {}; }));
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(job.wasCancelled());
        // Free again: a new work starts.
        QVERIFY(job.start([](const Job::Control &) -> Result<void> { return {}; }));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
    }

    void destroyingARunningJobCancelsAndWaits()
    {
        auto stopped = std::make_shared<std::atomic_bool>(false);
        auto started = std::make_shared<std::atomic_bool>(false);
        {
            Job job;
            job.start([started, stopped](const Job::Control &control) -> Result<void> {
                started->store(true);
                while (!control.isCancelled())
                    QThread::yieldCurrentThread();
                stopped->store(true);
                return {};
            });
            QTRY_VERIFY(started->load());
        }
        QVERIFY(stopped->load()); // the work ended before the job was gone
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
