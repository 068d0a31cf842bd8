// The policy report of a live org (issue 18): a sandbox served by the
// in-process fake Dataverse and imported; the report's numbers are the
// engine's on the imported org, and its mailboxes are the sandbox's.
#include "livefixture.h"
#include "report/reportgatherer.h"
#include "report/reporthtml.h"
#include "sync/syncstate.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

class TestLiveReport : public QObject
{
    Q_OBJECT

    static std::unique_ptr<OrgStore> openOrg(const QString &path)
    {
        auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
        return store ? std::move(store).value() : nullptr;
    }

private Q_SLOTS:
    void theReportOfALiveOrgIsTheEngines()
    {
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        SL_VERIFY_OK(fixture.import(fixture.path(QStringLiteral("live.db"))));
        auto live = openOrg(fixture.path(QStringLiteral("live.db")));
        auto sandbox = openOrg(fixture.sandboxPath());
        QVERIFY(live && sandbox);

        const auto report = ReportGatherer::gather(*live, {});
        SL_VERIFY_OK(report);
        QCOMPARE(report->source, QStringLiteral("live"));
        QCOMPARE(report->users.size(), live->users()->size());
        QVERIFY(report->filterCount() > 0);

        SyncState state;
        SL_VERIFY_OK(state.refresh(*live));
        int compared = 0;
        for (const auto &u : report->users) {
            for (const QString &type : {QStringLiteral("contact"), QStringLiteral("appointment"),
                                        QStringLiteral("task")}) {
                QList<qint64> counts;
                for (const auto &f : u.filters) {
                    if (f.type == type && f.enabled)
                        counts.append(f.inScope);
                }
                const auto scope = state.scopeOf(UserId(u.user.id), type, report->orgClock);
                SL_VERIFY_OK(scope);
                if (counts.size() == 1) {
                    QCOMPARE(counts.first(), qint64((*scope)->rows.size()));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 0);

        // The mailboxes' states came over from the sandbox as they were.
        const auto fromSandbox = ReportGatherer::gather(*sandbox, {});
        SL_VERIFY_OK(fromSandbox);
        QCOMPARE(report->mailboxCount(), int(live->mailboxes()->size()));
        QCOMPARE(report->mailboxesByState, fromSandbox->mailboxesByState);
        QMap<AlertSeverity, int> alerts;
        for (const Mailbox &m : *live->mailboxes()) {
            for (const Alert &a : *live->alerts(m.id)) {
                if (a.time >= report->orgClock.addDays(-7) && a.time <= report->orgClock)
                    alerts[a.severity] += 1;
            }
        }
        QCOMPARE(report->alertsLast7Days, alerts);
        QVERIFY(ReportHtml::write(*report).contains(QLatin1String("source: live")));
    }
};

QTEST_GUILESS_MAIN(TestLiveReport)
#include "tst_livereport.moc"
