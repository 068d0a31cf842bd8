// The policy report's content (issue 18): its numbers are the engine's, its
// HTML is self-contained and complete, an empty org gives a short report.
#include "reportfixture.h"

#include "explain/reasoncodetext.h"
#include "model/recordtypes.h"
#include "report/reportfile.h"
#include "report/reportgatherer.h"
#include "report/reporthtml.h"
#include "sync/syncstate.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace SyncLens;

namespace {

// The HTML read as XML: every element closed, every entity known.
QString xmlProblem(const QString &html)
{
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError()
               ? QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())
               : QString();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    Test::TempOrg m_dir;
    std::unique_ptr<OrgStore> m_store;
    PolicyReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        SL_VERIFY_OK(SandboxGenerator::createFile(m_dir.path(), Test::reportSandboxSpec(), false));
        auto store = OrgStore::open(m_dir.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        m_store = std::move(store).value();
        auto report = ReportGatherer::gather(*m_store, {});
        SL_VERIFY_OK(report);
        m_report = *report;
    }

    void everyUserAndRuleIsThere()
    {
        QCOMPARE(m_report.users.size(), 6);
        QCOMPARE(m_report.orgName, QStringLiteral("Report sandbox"));
        QVERIFY(m_report.rules.size() >= 10);
        for (const auto &rule : m_report.rules) {
            QVERIFY2(!rule.sentence.isEmpty() && !rule.setting.isEmpty(), qPrintable(rule.topic));
        }
        QVERIFY(m_report.filterCount() > 0);
    }

    // In scope now: what the engine's own scope holds at the org's clock.
    void inScopeCountsAreTheEngines()
    {
        SyncState state;
        SL_VERIFY_OK(state.refresh(*m_store));
        int compared = 0;
        for (const auto &u : m_report.users) {
            for (const QString &type : {QStringLiteral("contact"), QStringLiteral("appointment"),
                                        QStringLiteral("task")}) {
                QList<PolicyReport::FilterScope> enabled;
                for (const auto &f : u.filters) {
                    if (f.type == type && f.enabled)
                        enabled.append(f);
                }
                const auto scope = state.scopeOf(UserId(u.user.id), type, m_report.orgClock);
                SL_VERIFY_OK(scope);
                const auto engine = qint64((*scope)->rows.size());
                if (enabled.size() == 1) {
                    QCOMPARE(enabled.first().inScope, engine);
                    ++compared;
                }
                for (const auto &f : enabled)
                    QVERIFY(f.inScope <= engine);
            }
        }
        QVERIFY(compared >= 6);
    }

    void mailboxCountsAreTheStores()
    {
        const auto mailboxes = m_store->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QCOMPARE(m_report.mailboxCount(), int(mailboxes->size()));
        int awaiting = 0;
        int disabled = 0;
        int failing = 0;
        for (const Mailbox &m : *mailboxes) {
            awaiting += m.approved ? 0 : 1;
            disabled += m.approved && !m.disabledChannels().isEmpty() ? 1 : 0;
            failing += m.approved && m.disabledChannels().isEmpty() && m.isFailing() ? 1 : 0;
        }
        QCOMPARE(m_report.mailboxesByState.value(ReportMailboxState::AwaitingApproval), awaiting);
        QCOMPARE(m_report.mailboxesByState.value(ReportMailboxState::Disabled), disabled);
        QCOMPARE(m_report.mailboxesByState.value(ReportMailboxState::Failing), failing);
        QCOMPARE(m_report.problemMailboxes.size(), disabled + failing);
    }

    void alertAndDecisionCountsAreTheStores()
    {
        const auto mailboxes = m_store->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QMap<AlertSeverity, int> alerts;
        const QDateTime from = m_report.orgClock.addDays(-7);
        for (const Mailbox &m : *mailboxes) {
            const auto list = m_store->alerts(m.id);
            SL_VERIFY_OK(list);
            for (const Alert &a : *list) {
                if (a.time >= from && a.time <= m_report.orgClock)
                    alerts[a.severity] += 1;
            }
        }
        QCOMPARE(m_report.alertsLast7Days, alerts);
        // Five days lived: the 14 days of the chart hold the whole journal.
        const auto byCode = m_store->journalCountsByCode();
        SL_VERIFY_OK(byCode);
        qint64 journal = 0;
        for (qint64 n : *byCode)
            journal += n;
        qint64 charted = 0;
        for (const auto &day : m_report.decisionsByDay) {
            for (qint64 n : day)
                charted += n;
        }
        QVERIFY(journal > 0);
        QCOMPARE(charted, journal);
    }

    void findingsCiteUsersOrSettings()
    {
        QVERIFY(!m_report.findings.isEmpty());
        for (const auto &f : m_report.findings) {
            QVERIFY2(!f.consequence.isEmpty() && !f.fix.isEmpty(), qPrintable(f.title));
        }
    }

    void htmlIsSelfContainedAndComplete()
    {
        const QString html = ReportHtml::write(m_report);
        QCOMPARE(xmlProblem(html), QString());
        for (const char *id : {"contents", "rules", "users", "health", "findings"})
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(html.contains(QLatin1String("<svg")));
        QVERIFY(html.contains(QLatin1String("@media print")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        static const QRegularExpression external(
            QStringLiteral("(src|href)\\s*=\\s*\"(https?:)?//"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(QLatin1String("url(")));
        for (const auto &u : m_report.users)
            QVERIFY(html.contains(u.user.name.toHtmlEscaped()));
    }

    void theDecisionChartSaysReasonsInWords()
    {
        QMap<ReasonCode, qint64> totals;
        for (const auto &day : m_report.decisionsByDay) {
            for (auto it = day.cbegin(); it != day.cend(); ++it)
                totals[it.key()] += it.value();
        }
        QVERIFY(!totals.isEmpty());
        const QString html = ReportHtml::write(m_report);
        const ReasonCode commonest = std::max_element(totals.cbegin(), totals.cend()).key();
        QVERIFY2(html.contains(ReasonCodeText::plainName(commonest).toHtmlEscaped()),
                 qPrintable(reasonCodeName(commonest)));
    }

    void anEmptyOrgGivesAShortReport()
    {
        Test::TempOrg dir;
        auto store = dir.create(QStringLiteral("Empty <org> & co"));
        QVERIFY(store);
        auto report = ReportGatherer::gather(*store, {});
        SL_VERIFY_OK(report);
        QVERIFY(report->users.isEmpty());
        QCOMPARE(report->mailboxCount(), 0);
        const QString html = ReportHtml::write(*report);
        QCOMPARE(xmlProblem(html), QString());
        QVERIFY(html.contains(QLatin1String("This org has no users.")));
        QVERIFY(html.contains(QLatin1String("This org has no mailboxes.")));
        QVERIFY(html.contains(QLatin1String("Empty &lt;org&gt; &amp; co")));
    }

    void aUserWithoutFiltersOrMailboxIsSaidSo()
    {
        Test::TempOrg dir;
        auto store = dir.create();
        QVERIFY(store);
        SL_VERIFY_OK(
            store->upsertUser(User{QStringLiteral("eve"), QStringLiteral("Eve <Admin>"),
                                   QStringLiteral("eve@example.org"), EmailFiltering::All}));
        auto report = ReportGatherer::gather(*store, {});
        SL_VERIFY_OK(report);
        const QString html = ReportHtml::write(*report);
        QCOMPARE(xmlProblem(html), QString());
        QVERIFY(html.contains(QLatin1String("No user has a sync filter")));
        QVERIFY(html.contains(QLatin1String("No mailbox: nothing synchronises")));
        QVERIFY(html.contains(QLatin1String("Eve &lt;Admin&gt;")));
        QVERIFY(std::any_of(report->findings.cbegin(), report->findings.cend(), [](const auto &f) {
            return f.users == QStringList{QStringLiteral("Eve <Admin>")};
        }));
    }

    void onlyTheChosenUsers()
    {
        const QString first = m_report.users.at(0).user.id;
        ReportGatherer::Options options;
        options.users = {first, m_report.users.at(1).user.email};
        auto report = ReportGatherer::gather(*m_store, options);
        SL_VERIFY_OK(report);
        QCOMPARE(report->users.size(), 2);
        QCOMPARE(report->users.at(0).user.id, first);
        options.users = {QStringLiteral("nobody")};
        const auto unknown = ReportGatherer::gather(*m_store, options);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("nobody")));
    }

    void cancellingStopsTheGather()
    {
        const auto r = ReportGatherer::gather(*m_store, {}, [](int done, int) { return done < 2; });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
    }

    void anUnwritablePathIsAnErrorAndWritesNothing()
    {
        const QString missing = m_dir.dirPath() + QStringLiteral("/no/such/folder/r.html");
        const auto r = ReportFile::write(missing, "x");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(missing));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!ReportFile::write(m_dir.dirPath(), "x").ok());
        QVERIFY(!ReportFile::formatOf(QStringLiteral("r.docx")).ok());
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
