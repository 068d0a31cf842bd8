#include "livefixture.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace SyncLens;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

// Each fault of the fake, alone and mixed, at several points of an import:
// survived, or one clear line with the previous file byte for byte intact.
class TestLiveFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsAreSurvivedOrLeaveTheFileIntact_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<bool>("survives");
        QTest::addColumn<QString>("message"); // part of the error when it does not

        const QString none;
        QTest::newRow("expired token first")
            << QStringList{QStringLiteral("401@1")} << true << none;
        QTest::newRow("expired token mid-way")
            << QStringList{QStringLiteral("401@9")} << true << none;
        QTest::newRow("expired token late")
            << QStringList{QStringLiteral("401@18")} << true << none;
        QTest::newRow("token never accepted")
            << QStringList{QStringLiteral("401@3x500")} << false << QStringLiteral("sign in again");
        QTest::newRow("429 once") << QStringList{QStringLiteral("429@2")} << true << none;
        QTest::newRow("429 three times") << QStringList{QStringLiteral("429@10x3")} << true << none;
        QTest::newRow("503 once") << QStringList{QStringLiteral("503@4")} << true << none;
        QTest::newRow("503 twice late") << QStringList{QStringLiteral("503@19x2")} << true << none;
        QTest::newRow("503 for good") << QStringList{QStringLiteral("503@5x500")} << false
                                      << QStringLiteral("failed 5 times");
        QTest::newRow("slow answer") << QStringList{QStringLiteral("slow@6")} << true << none;
        QTest::newRow("dropped connection")
            << QStringList{QStringLiteral("drop@3")} << true << none;
        QTest::newRow("dropped late") << QStringList{QStringLiteral("drop@20")} << true << none;
        QTest::newRow("truncated body early") << QStringList{QStringLiteral("truncate@2")} << false
                                              << QStringLiteral("not a complete JSON");
        QTest::newRow("truncated body late") << QStringList{QStringLiteral("truncate@21")} << false
                                             << QStringLiteral("not a complete JSON");
        QTest::newRow("mixed, survivable")
            << QStringList{QStringLiteral("429@2"), QStringLiteral("503@5"),
                           QStringLiteral("drop@8"), QStringLiteral("401@11"),
                           QStringLiteral("slow@14")}
            << true << none;
        QTest::newRow("mixed, ending in a cut body")
            << QStringList{QStringLiteral("429@3"), QStringLiteral("drop@6"),
                           QStringLiteral("truncate@20")}
            << false << QStringLiteral("not a complete JSON");
    }

    void faultsAreSurvivedOrLeaveTheFileIntact()
    {
        QFETCH(QStringList, faults);
        QFETCH(bool, survives);
        QFETCH(QString, message);
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString target = fixture.path(QStringLiteral("live.db"));
        const auto first = fixture.import(target);
        SL_VERIFY_OK(first);
        const QByteArray before = hashOf(target);

        for (const QString &spec : faults)
            QVERIFY(fixture.fake().faults().add(
                spec.section(u'@', 0, 0) + u'@' +
                QString::number(fixture.fake().apiRequests() +
                                spec.section(u'@', 1).section(u'x', 0, 0).toInt()) +
                (spec.contains(u'x') ? u'x' + spec.section(u'x', 1) : QString())));
        const auto second = fixture.import(target);
        if (survives) {
            SL_VERIFY_OK(second);
            QCOMPARE(second->users, first->users);
            QCOMPARE(second->records, first->records);
            QCOMPARE(second->filters, first->filters);
            QCOMPARE(second->alerts, first->alerts);
            auto store = OrgStore::open(target, OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(store);
            QCOMPARE(int((*store)->users()->size()), first->users);
        } else {
            QVERIFY(!second.ok());
            const QString text = second.error().message;
            QVERIFY2(text.contains(message), qPrintable(text));
            QVERIFY2(!text.contains(u'\n'), qPrintable(text));
            QCOMPARE(hashOf(target), before);
        }
        // Besides the orgs, only SQLite's -wal/-shm of read-only connections to them.
        QStringList left = QDir(fixture.path({})).entryList(QDir::Files | QDir::Hidden);
        left.removeIf(
            [](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        QCOMPARE(left, (QStringList{QStringLiteral("live.db"), QStringLiteral("sandbox.db")}));
    }

    void aThrottleStormDoesNotMultiplyRequests()
    {
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString target = fixture.path(QStringLiteral("live.db"));
        int baseline = 0;
        SL_VERIFY_OK(fixture.import(target, {}, &baseline));
        // Twelve 429s in a row, while up to four requests are in flight:
        // each costs exactly one more request, and all sending pauses.
        fixture.fake().faults().add(Fake::FakeFaults::Kind::Throttle,
                                    fixture.fake().apiRequests() + 3, 12);
        const int served = fixture.fake().apiRequests();
        int requests = 0;
        int waits = 0;
        SL_VERIFY_OK(fixture.import(target, {}, &requests, &waits));
        QCOMPARE(requests, baseline + 12);
        QCOMPARE(fixture.fake().apiRequests() - served, baseline + 12);
        QVERIFY(waits >= 1);
        QVERIFY(fixture.fake().maxConcurrent() <= 4);
    }
};

QTEST_GUILESS_MAIN(TestLiveFaults)
#include "tst_livefaults.moc"
