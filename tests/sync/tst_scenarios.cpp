#include "sync/scenarioplayer.h"
#include "sync/scenarioreport.h"

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
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
