#include "sandboxcreatecommand.h"

#include "progressprinter.h"
#include "sandbox/sandboxgenerator.h"

#include <QElapsedTimer>

namespace SyncLens::Cli {

QStringList SandboxCreateCommand::words() const
{
    return {QStringLiteral("sandbox"), QStringLiteral("create")};
}

QString SandboxCreateCommand::summary() const
{
    return Command::tr(
        "Create a deterministic sandbox org: people, companies, meetings, tasks, filters and "
        "a year of email.");
}

void SandboxCreateCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("users"), Command::tr("Number of users and mailboxes (1 to 10000)."),
         Command::tr("N"), QStringLiteral("25")},
        {QStringLiteral("items"), Command::tr("Number of CRM records and Exchange items in all."),
         Command::tr("M"), QStringLiteral("20000")},
        {QStringLiteral("seed"), Command::tr("Seed: the same seed gives the same org."),
         Command::tr("S"), QStringLiteral("1")},
        {QStringLiteral("history"),
         Command::tr("Days the org lives before it is handed over: email arrives, meetings "
                     "move, filters change, and the engine runs its cycles across them "
                     "(0 to 365; 0: none)."),
         Command::tr("DAYS"), QStringLiteral("0")},
        {QStringLiteral("out"), Command::tr("The org file to write."), Command::tr("FILE")},
        {QStringLiteral("name"), Command::tr("The org's name."), Command::tr("NAME")},
        {QStringLiteral("force"), Command::tr("Replace FILE if it exists.")},
    });
}

int SandboxCreateCommand::run(const QCommandLineParser &parser)
{
    const auto users = integerOption(parser, QStringLiteral("users"), 25);
    const auto items = integerOption(parser, QStringLiteral("items"), 20000);
    const auto seed = integerOption(parser, QStringLiteral("seed"), 1);
    const auto history = integerOption(parser, QStringLiteral("history"), 0);
    if (!users || !items || !seed || !history)
        return BadInput;
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(Command::tr("sandbox create needs --out FILE"));
        return BadInput;
    }
    if (*seed < 0) {
        printError(Command::tr("--seed: expected a whole number from 0, not %1").arg(*seed));
        return BadInput;
    }
    SandboxSpec spec;
    spec.users = int(std::clamp<qint64>(*users, -1, 1000000));
    spec.items = *items;
    spec.seed = quint64(*seed);
    spec.historyDays = int(std::clamp<qint64>(*history, -1, SandboxSpec::MaxHistoryDays + 1));
    spec.orgName = parser.value(QStringLiteral("name"));
    if (auto valid = spec.validate(); !valid) {
        printError(valid.error().message);
        return BadInput;
    }
    const QString out = parser.value(QStringLiteral("out"));
    ProgressPrinter progress(Command::tr("Creating %1").arg(out));
    QElapsedTimer timer;
    timer.start();
    const auto result = SandboxGenerator::createFile(
        out, spec, parser.isSet(QStringLiteral("force")),
        [&](qint64 done, qint64 total) { return progress.update(done, total); });
    progress.finish();
    if (!result) {
        printError(result.error().message);
        return BadInput;
    }
    printOut(Command::tr("Created %1: %2 users, %3 items, seed %4, %5 days of history, in %6 s\n")
                 .arg(out)
                 .arg(spec.users)
                 .arg(spec.items)
                 .arg(spec.seed)
                 .arg(spec.historyDays)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace SyncLens::Cli
