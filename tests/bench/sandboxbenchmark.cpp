#include "sandboxbenchmark.h"

#include "benchmark.h"
#include "sandbox/sandboxgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

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
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
    qint64 fileBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(path);
        QElapsedTimer timer;
        timer.start();
        // The generator runs on this thread: its CPU time is the process's.
        const std::clock_t cpu = std::clock();
        if (auto r = SandboxGenerator::createFile(path, spec, false); !r)
            return failure(r.error().message);
        cpuMs.push_back(cpuMsSince(cpu));
        wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        fileBytes = QFileInfo(path).size();
    }
    const double wall = median(wallMs);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("sandbox")},
        {QStringLiteral("items"), spec.items},
        {QStringLiteral("users"), spec.users},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("wall_ms"), rounded(wall)},
        {QStringLiteral("wall_min_ms"), rounded(*std::min_element(wallMs.begin(), wallMs.end()))},
        {QStringLiteral("cpu_ms"), rounded(median(cpuMs))},
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
