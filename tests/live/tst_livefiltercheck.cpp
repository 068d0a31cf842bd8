#include "live/livefiltercheck.h"
#include "livefilterfixture.h"
#include "totext.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

// The live check: SyncLens's evaluation of every sync filter against the
// fake Dataverse's own (which is tested against hand-written expectations in
// tst_fakefetchevaluator), with impersonation and with the user's id put in
// place of eq-userid, and a deliberately different server (check-differ).
class TestLiveFilterCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_live;
    std::unique_ptr<Test::LiveFilterFixture> m_org;

    LiveFilterCheckSummary check(const QList<SyncFilter> &filters)
    {
        LiveFilterCheckJob job(m_org->store(), &m_org->client());
        QSignalSpy finished(&job, &LiveFilterCheckJob::finished);
        QSignalSpy each(&job, &LiveFilterCheckJob::filterChecked);
        std::optional<Result<LiveFilterCheckSummary>> result;
        connect(&job, &LiveFilterCheckJob::finished, this,
                [&result](const Result<LiveFilterCheckSummary> &r) { result = r; });
        job.start(filters);
        if (!finished.wait(60000) || !result || !*result)
            return {};
        if (each.size() != filters.size())
            return {};
        return **result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveFilterCheck>();
        qRegisterMetaType<Result<LiveFilterCheckSummary>>();
        m_live = std::make_unique<Test::LiveFixture>(24, 6000, 1000);
        QVERIFY2(m_live->ok(), qPrintable(m_live->error()));
        m_org = std::make_unique<Test::LiveFilterFixture>(*m_live, QStringLiteral("check.db"));
        QVERIFY2(m_org->ok(), qPrintable(m_org->error()));
        // The import read the sandbox's teams: eq-useroruserteams has the same
        // teams on both sides.
        QVERIFY(!m_org->store().teams()->isEmpty());
    }

    void init()
    {
        m_live->fake().faults().checkDiffer = false;
        m_live->fake().adminFilters = true;
    }

    void everyFilterAgrees_data()
    {
        QTest::addColumn<bool>("impersonation");
        QTest::newRow("eq-userid by impersonation") << true;
        QTest::newRow("the user's id in place of eq-userid") << false;
    }

    void everyFilterAgrees()
    {
        QFETCH(bool, impersonation);
        m_live->fake().adminFilters = impersonation; // without it, CallerObjectId is refused
        const auto filters = *m_org->store().filters();
        QList<SyncFilter> checked;
        for (const SyncFilter &f : filters) {
            // eq-useroruserteams cannot be substituted: only by impersonation.
            if (impersonation || !f.fetchXml.contains(QLatin1String("userteams")))
                checked.append(f);
        }
        QVERIFY(checked.size() >= 60);
        QElapsedTimer timer;
        timer.start();
        const auto summary = check(checked);
        QCOMPARE(summary.checks.size(), checked.size());
        for (const LiveFilterCheck &c : summary.checks) {
            QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
            if (!c.differences.isEmpty())
                QFAIL(qPrintable(c.filter.id + u' ' + c.differences.first().recordId + u' ' +
                                 c.differences.first().reason));
            QCOMPARE(c.impersonated, impersonation);
            QCOMPARE(c.syncLens, c.dataverse);
        }
        QCOMPARE(summary.differing, 0);
        QCOMPARE(summary.agreed, summary.total);
        QVERIFY(summary.total > 1000);
        qInfo("%lld filters, %lld records agree, %d requests, %lld ms", qint64(checked.size()),
              summary.total, summary.requests, qint64(timer.elapsed()));
    }

    void aDifferentServerIsReportedPerRecord()
    {
        m_live->fake().faults().checkDiffer = true;
        const auto filters = *m_org->store().filters();
        const auto summary = check(filters);
        QCOMPARE(summary.checks.size(), filters.size());
        int differing = 0;
        for (const LiveFilterCheck &c : summary.checks) {
            QVERIFY(c.error.isEmpty());
            if (c.syncLens == 0) {
                QVERIFY(c.differences.isEmpty());
                continue;
            }
            ++differing;
            QCOMPARE(c.differences.size(), 1); // the fault drops one record
            const LiveFilterDifference &d = c.differences.first();
            QVERIFY(d.inSyncLens);
            QVERIFY(!d.inDataverse);
            QVERIFY(!d.reason.isEmpty());
            QCOMPARE(c.agreed, c.total - 1);
            QCOMPARE(c.dataverse, c.syncLens - 1);
        }
        QVERIFY(differing > 20);
        QCOMPARE(summary.differing, differing);
    }

    void substituteUser_data()
    {
        QTest::addColumn<QString>("fetchXml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("eq-userid") << "<condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
                                   << "<condition attribute=\"ownerid\" operator=\"eq\" "
                                      "value=\"u-1\"/>";
        QTest::newRow("ne-userid, single quotes")
            << "<condition attribute='ownerid' operator='ne-userid' />"
            << "<condition attribute='ownerid' operator=\"ne\" value=\"u-1\" />";
        QTest::newRow("other operators stay") << "<condition operator=\"eq-useroruserteams\"/>"
                                              << "<condition operator=\"eq-useroruserteams\"/>";
    }

    void substituteUser()
    {
        QFETCH(QString, fetchXml);
        QFETCH(QString, expected);
        QCOMPARE(LiveFilterCheckJob::substituteUser(fetchXml, QStringLiteral("u-1")), expected);
    }
};

QTEST_GUILESS_MAIN(TestLiveFilterCheck)
#include "tst_livefiltercheck.moc"
