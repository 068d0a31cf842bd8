#include "store/orgstore.h"
#include "temporg.h"
#include "totext.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

// Two processes and one org: the second gets a clear message, and a lock left
// by a killed process does not keep the org closed for ever.
class TestStoreLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondProcessIsToldAndCrashedOwnerReleases()
    {
        Test::TempOrg org;
        QVERIFY(org.create());
        QProcess writer;
        writer.start(QStringLiteral(STOREWRITER_PATH), {org.path()});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running,
                                 10000);
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));

        auto second = OrgStore::open(org.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY2(second.error().message.contains(QString::number(writer.processId())),
                 qPrintable(second.error().message));

        writer.kill();
        QVERIFY(writer.waitForFinished());
        auto after = OrgStore::open(org.path());
        SL_VERIFY_OK(after);
    }
};

QTEST_GUILESS_MAIN(TestStoreLock)
#include "tst_storelock.moc"
