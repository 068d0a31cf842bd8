#include "playbenchmark.h"

#include "benchmark.h"
#include "heartbeat.h"
#include "mainwindow.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "synccontrols.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace SyncLens::Bench {

namespace {

// Runs the event loop until `signal` of `sender` has fired `count` times, or
// `ms` passed; false on time-out.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int count, int ms)
{
    QEventLoop loop;
    int seen = 0;
    QObject::connect(sender, signal, &loop, [&] {
        if (++seen >= count)
            loop.exit(0);
    });
    QTimer::singleShot(ms, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

QJsonObject run(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--org"));
    const QString org = at >= 0 ? arguments.value(at + 1) : QString();
    if (org.isEmpty() || !QFile::exists(org))
        return failure(QStringLiteral("--org FILE is needed (an existing org file)"));
    const int cycles = option(arguments, QStringLiteral("--cycles"), 20);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("play.db"));
    if (!dir.isValid() || !QFile::copy(org, copy))
        return failure(QStringLiteral("cannot copy %1 to a temporary folder").arg(org));

    SyncEngineThread engine;
    MainWindow window(engine.engine());
    window.resize(1280, 820);
    window.show();
    Heartbeat heart;
    heart.start();
    if (auto opened = window.openOrg(copy); !opened)
        return failure(opened.error().message);
    if (!window.isOrgReady() && !waitFor(&window, &MainWindow::orgOpened, 1, 600000))
        return failure(QStringLiteral("the org did not open"));
    QEventLoop settle; // the views load what they show
    QTimer::singleShot(2000, &settle, &QEventLoop::quit);
    settle.exec();
    heart.stop();
    const double openMaxGap = heart.max();

    // A mailbox chosen, so its details (alerts, reason counts) follow every cycle.
    if (auto mailboxes = window.store()->mailboxes(); mailboxes && !mailboxes->isEmpty())
        window.showMailbox(mailboxes->first().id);
    SyncControls *controls = window.syncControls();
    controls->setStepMinutes(option(arguments, QStringLiteral("--step"), 15));
    controls->setIntervalMs(option(arguments, QStringLiteral("--interval"), 250));
    heart.start();
    QElapsedTimer playing;
    playing.start();
    controls->playAction()->trigger();
    const bool done = waitFor(engine.engine(), &SyncEngine::cycleFinished, cycles, 600000);
    const double playMs = double(playing.nsecsElapsed()) / 1e6;
    heart.stop();
    if (controls->isPlaying())
        controls->playAction()->trigger();
    if (!done)
        return failure(QStringLiteral("fewer than %1 cycles in 10 minutes").arg(cycles));
    return {
        {QStringLiteral("benchmark"), QStringLiteral("play")},
        {QStringLiteral("cycles"), cycles},
        {QStringLiteral("step_minutes"), controls->stepMinutes()},
        {QStringLiteral("interval_ms"), controls->intervalMs()},
        {QStringLiteral("play_ms"), rounded(playMs)},
        {QStringLiteral("open_ui_max_gap_ms"), rounded(openMaxGap)},
        {QStringLiteral("ui_ticks"), heart.ticks()},
        {QStringLiteral("ui_p99_gap_ms"), rounded(heart.percentile(0.99))},
        {QStringLiteral("ui_max_gap_ms"), rounded(heart.max())},
    };
}

} // namespace

void registerPlayBenchmark()
{
    benchmarks()[QStringLiteral("play")] = run;
    widgetBenchmarks().insert(QStringLiteral("play"));
}

} // namespace SyncLens::Bench
