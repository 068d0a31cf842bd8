#include "scenariocommand.h"

#include "scenario/scenarioplayer.h"
#include "scenario/scenarioreport.h"

#include <QJsonDocument>

namespace SyncLens::Cli {

QStringList ScenarioRunCommand::words() const
{
    return {QStringLiteral("scenario"), QStringLiteral("run")};
}

QString ScenarioRunCommand::summary() const
{
    return Command::tr("Play scenario files as checks: a PASS or FAIL line per check.");
}

void ScenarioRunCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("files"), Command::tr("Scenario files."),
                                 Command::tr("FILE…"));
    parser.addOption({QStringLiteral("json"), Command::tr("Print one JSON document.")});
}

int ScenarioRunCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(Command::tr("scenario run needs at least one FILE"));
        return BadInput;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    ScenarioReport report;
    for (const QString &file : files) {
        ScenarioFileResult result = ScenarioPlayer::run(file);
        if (!json) {
            // Lines as each file is played, so a long run shows progress.
            for (const CheckResult &check : std::as_const(result.checks))
                printOut(ScenarioReport::checkLine(check) + u'\n');
            if (result.error)
                printOut(ScenarioReport::errorLine(*result.error) + u'\n');
        }
        report.addFile(std::move(result));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson()));
    else
        printOut(ScenarioReport::summaryLine(report.passed(), report.failed()) + u'\n');
    return report.exitStatus();
}

} // namespace SyncLens::Cli
