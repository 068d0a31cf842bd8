#include "sandboxbenchmark.h"

#include "benchmark.h"
#include "sandbox/sandboxgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <map>

namespace SyncLens::Bench {

namespace {

QJsonObject runSandbox(const QStringList &arguments)
{
    SandboxSpec spec;
    spec.items = option(arguments, QStringLiteral("--items"), 1000000);
    spec.users = option(arguments, QStringLiteral("--users"), spec.users);
    const int runs = option(arguments, QStringLiteral("--runs"), 3);
    if (auto valid = spec.validate(); !valid)
        return failure(valid.error().message);
    if (runs < 1)
        return failure(QStringLiteral("--runs must be a positive number"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    // Baseline: the same generator making its records on the writer's thread
    // between writes (one core); measured: its makers on threads of their
    // own. Runs alternate, so that both see the same machine.
    using Makers = SandboxGenerator::Makers;
    std::map<Makers, std::vector<double>> wallMs, cpuMs;
    qint64 fileBytes = 0;
    for (int run = 0; run < runs; ++run) {
        for (const Makers makers : {Makers::SameThread, Makers::OwnThreads}) {
            QFile::remove(path);
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock(); // the process's: every thread
            if (auto r = SandboxGenerator::createFile(path, spec, false, {}, makers); !r)
                return failure(r.error().message);
            cpuMs[makers].push_back(cpuMsSince(cpu));
            wallMs[makers].push_back(double(timer.nsecsElapsed()) / 1e6);
            fileBytes = QFileInfo(path).size();
        }
    }
    const std::vector<double> &threaded = wallMs[Makers::OwnThreads];
    const double wall = median(threaded);
    const double baseline = median(wallMs[Makers::SameThread]);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("sandbox")},
        {QStringLiteral("items"), spec.items},
        {QStringLiteral("users"), spec.users},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("wall_ms"), rounded(wall)},
        {QStringLiteral("wall_min_ms"),
         rounded(*std::min_element(threaded.begin(), threaded.end()))},
        {QStringLiteral("cpu_ms"), rounded(median(cpuMs[Makers::OwnThreads]))},
        {QStringLiteral("same_thread_wall_ms"), rounded(baseline)},
        {QStringLiteral("same_thread_cpu_ms"), rounded(median(cpuMs[Makers::SameThread]))},
        {QStringLiteral("vs_same_thread"), rounded(wall / baseline, 3)},
        {QStringLiteral("items_per_s"), qint64(double(spec.items) * 1000.0 / wall)},
        {QStringLiteral("file_mb"), rounded(double(fileBytes) / (1024.0 * 1024.0))},
        {QStringLiteral("peak_rss_mb"), rounded(double(peakResidentBytes()) / (1024.0 * 1024.0))}};
}

} // namespace

void registerSandboxBenchmark()
{
    benchmarks().emplace(QStringLiteral("sandbox"), runSandbox);
}

} // namespace SyncLens::Bench
