#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "scenario/scenarioreport.h"
#include "totext.h"

#include <QDir>
#include <QTest>

using namespace SyncLens;

// Every scenario in resources/scenarios is an executable story: each must
// load, play and pass all its checks (scenario-format.md).
class TestScenarios : public QObject
{
    Q_OBJECT

    static QDir scenarioDir()
    {
        return QDir(qEnvironmentVariable("SYNCLENS_SOURCE_DIR") +
                    QStringLiteral("/resources/scenarios"));
    }

private Q_SLOTS:
    void everyScenarioPasses_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files =
            scenarioDir().entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 25, qPrintable(scenarioDir().path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << scenarioDir().filePath(file);
    }

    void everyScenarioPasses()
    {
        QFETCH(QString, path);
        const ScenarioFileResult result = ScenarioPlayer::run(path);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QVERIFY2(!result.checks.isEmpty(), "a scenario without checks proves nothing");
        QStringList failures;
        for (const CheckResult &check : result.checks) {
            if (!check.passed)
                failures.append(ScenarioReport::checkLine(check));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // `inScope` reads the scope the engine decided at its last cycle, not
    // what the filters say now: after a filter change and before the next
    // cycle the engine's scope is stale, and the check shows it.
    void inScopeIsTheEnginesDecision()
    {
        const QByteArray text = R"({"format": "synclens-scenario/1", "title": "Stale scope",
  "start": "2026-03-02T08:00:00Z",
  "users": [{"id": "alice", "name": "Alice", "email": "alice@contoso.com"}],
  "mailboxes": [{"id": "m-alice", "user": "alice"}],
  "filters": [{"id": "f-appt", "user": "alice", "type": "appointment",
    "fetchxml": "<fetch><entity name='appointment'><filter><condition attribute='subject' operator='like' value='Review%'/></filter></entity></fetch>"}],
  "records": [{"id": "a1", "type": "appointment", "fields": {"subject": "Review",
    "ownerid": "alice", "scheduledstart": "2026-03-10T09:00:00Z"}}],
  "steps": [
    {"do": "expect", "inScope": "a1", "user": "alice", "value": false},
    {"do": "sync"},
    {"do": "expect", "inScope": "a1", "user": "alice", "value": true},
    {"do": "filter.set", "filter": {"id": "f-appt", "user": "alice", "type": "appointment",
      "fetchxml": "<fetch><entity name='appointment'><filter><condition attribute='subject' operator='like' value='Budget%'/></filter></entity></fetch>"}},
    {"do": "expect", "inScope": "a1", "user": "alice", "value": true},
    {"do": "sync"},
    {"do": "expect", "inScope": "a1", "user": "alice", "value": false},
    {"do": "expect", "last": "a1", "mailbox": "m-alice", "reason": "LEFT_SCOPE"}
  ]})";
        auto scenario = ScenarioLoader::loadFromData(text, QStringLiteral("stale.json"));
        SL_VERIFY_OK(scenario);
        ScenarioPlayer player(*scenario);
        SL_VERIFY_OK(player.start());
        auto checks = player.playToEnd();
        SL_VERIFY_OK(checks);
        QCOMPARE(checks->size(), 5);
        for (const CheckResult &check : std::as_const(*checks))
            QVERIFY2(check.passed, qPrintable(ScenarioReport::checkLine(check)));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
