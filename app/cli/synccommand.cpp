#include "synccommands.h"

#include "progressprinter.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"

#include <QElapsedTimer>

namespace SyncLens::Cli {

QStringList SyncCommand::words() const
{
    return {QStringLiteral("sync")};
}

QString SyncCommand::summary() const
{
    return Command::tr("Run synchronisation cycles on an org's simulated clock.");
}

void SyncCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("org"), Command::tr("The org file."), Command::tr("FILE")},
        {QStringLiteral("until"),
         Command::tr("Run cycles a step apart until this time (ISO 8601, UTC)."),
         Command::tr("TIME")},
        {QStringLiteral("cycles"), Command::tr("Run this many cycles (default 1)."),
         Command::tr("N")},
        {QStringLiteral("step"), Command::tr("Simulated minutes between cycles (default 15)."),
         Command::tr("MINUTES"), QStringLiteral("15")},
    });
}

int SyncCommand::run(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("until")) && parser.isSet(QStringLiteral("cycles"))) {
        printError(Command::tr("give --until or --cycles, not both"));
        return BadInput;
    }
    const auto step = integerOption(parser, QStringLiteral("step"), 15);
    const auto cycles = integerOption(parser, QStringLiteral("cycles"), 1);
    if (!step || !cycles)
        return BadInput;
    if (*step < 1 || *cycles < 1) {
        printError(Command::tr("--step and --cycles must be at least 1"));
        return BadInput;
    }
    QDateTime until;
    if (parser.isSet(QStringLiteral("until"))) {
        until = QDateTime::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid()) {
            printError(Command::tr("--until: \"%1\" is not an ISO 8601 time")
                           .arg(parser.value(QStringLiteral("until"))));
            return BadInput;
        }
    }
    auto store = openOrgOption(parser, OrgStore::Access::ReadWrite);
    if (!store)
        return BadInput;
    auto clock = SyncCycle::clock(*store);
    if (!clock) {
        printError(clock.error().message);
        return BadInput;
    }
    QDateTime at = clock->isValid() ? *clock : QDateTime::currentDateTimeUtc();
    if (until.isValid() && until < at) {
        printError(Command::tr("--until %1 is before the org's clock (%2)")
                       .arg(until.toString(Qt::ISODate), at.toString(Qt::ISODate)));
        return BadInput;
    }
    SyncCycle cycle(*store);
    ProgressPrinter progress(Command::tr("Synchronising"));
    qint64 done = 0;
    const qint64 total = until.isValid() ? at.secsTo(until) / (*step * 60) : *cycles;
    QElapsedTimer timer;
    timer.start();
    qint64 decisions = 0;
    while (done < total) {
        at = at.addSecs(*step * 60);
        auto summary = cycle.run(at);
        if (!summary) {
            progress.finish();
            printError(summary.error().message);
            return summary.error().code == Error::Code::InvalidArgument ? BadInput : CheckFailed;
        }
        decisions += summary->decisions;
        ++done;
        if (!progress.update(done, total))
            break;
    }
    progress.finish();
    cycle.maintain();
    printOut(Command::tr("%n cycle(s) to %1: %2 decisions in %3 s\n", nullptr, int(done))
                 .arg(at.toString(Qt::ISODate))
                 .arg(decisions)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace SyncLens::Cli
