#include "sandbox/sandboxgenerator.h"
#include "sandbox/sandboxjob.h"
#include "temporg.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

SandboxSpec smallSpec(quint64 seed = 1)
{
    SandboxSpec spec;
    spec.users = 4;
    spec.items = 3000;
    spec.seed = seed;
    return spec;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Writing a sandbox org to a file: all or nothing, never over someone's org.
class TestSandboxFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsACompleteOrg()
    {
        Test::TempOrg dir;
        SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), smallSpec(), false));
        // Nothing left beside it: no .part, -wal, -shm or .lock.
        QCOMPARE(QDir(dir.dirPath()).entryList(QDir::Files), QStringList{QStringLiteral("org.db")});
        auto store = OrgStore::open(dir.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        const OrgCounts c = *(*store)->counts();
        QCOMPARE(c.crmRecords() + c.exchangeItems(), 3000);
        QCOMPARE(c.name, QStringLiteral("Sandbox org (seed 1)"));
    }

    void cancelLeavesNothing()
    {
        Test::TempOrg dir;
        int calls = 0;
        const auto r = SandboxGenerator::createFile(dir.path(), smallSpec(), false,
                                                    [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(QDir(dir.dirPath()).entryList(QDir::Files).isEmpty());
    }

    void anExistingOrgIsKeptUnlessReplacingIsAllowed()
    {
        Test::TempOrg dir;
        SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), smallSpec(1), false));
        const QByteArray before = fileHash(dir.path());
        const auto refused = SandboxGenerator::createFile(dir.path(), smallSpec(2), false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(dir.path()));
        QCOMPARE(fileHash(dir.path()), before);

        SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), smallSpec(2), true));
        QVERIFY(fileHash(dir.path()) != before);
        QCOMPARE(*(*OrgStore::open(dir.path(), OrgStore::Access::ReadOnly))->orgName(),
                 QStringLiteral("Sandbox org (seed 2)"));
    }

    void anOrgOpenElsewhereIsNotReplaced()
    {
        Test::TempOrg dir;
        SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), smallSpec(1), false));
        auto open = OrgStore::open(dir.path());
        SL_VERIFY_OK(open);
        const auto refused = SandboxGenerator::createFile(dir.path(), smallSpec(2), true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Locked);
    }

    void badTargetsAreClearErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing folder") << "/nonexistent-folder/org.db"
                                        << "does not exist";
        QTest::newRow("a folder") << "/tmp"
                                  << "not a file";
        QTest::newRow("not writable") << "/proc/org.db"
                                      << "cannot be written";
    }

    void badTargetsAreClearErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const auto r = SandboxGenerator::createFile(path, smallSpec(), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(path) && r.error().message.contains(problem),
                 qPrintable(r.error().message));
    }

    void jobReportsProgressAndFinishesOnce()
    {
        Test::TempOrg dir;
        SandboxJob job(dir.path(), smallSpec(), false);
        QSignalSpy progress(&job, &SandboxJob::progress);
        QSignalSpy finished(&job, &SandboxJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 3000);
        QVERIFY(QFile::exists(dir.path()));
    }

    void cancelledJobLeavesNoFile()
    {
        Test::TempOrg dir;
        SandboxSpec big = smallSpec();
        big.items = 2000000; // long enough to be cancelled midway
        SandboxJob job(dir.path(), big, false);
        QSignalSpy finished(&job, &SandboxJob::finished);
        QSignalSpy progress(&job, &SandboxJob::progress);
        job.start();
        QVERIFY(progress.wait(30000)); // under way: cancelled midway, not before it starts
        job.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(QDir(dir.dirPath()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFile)
#include "tst_sandboxfile.moc"
