#pragma once

#include <QJsonObject>
#include <QStringList>

#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <vector>

namespace SyncLens::Bench {

// A benchmark takes its own arguments and returns the figures of its JSON line.
using Benchmark = std::function<QJsonObject(const QStringList &arguments)>;

// Registry of the subcommands of synclens-bench; later issues add theirs.
std::map<QString, Benchmark> &benchmarks();

// The benchmarks that paint widgets: main() gives them a QApplication
// (offscreen unless QT_QPA_PLATFORM says otherwise), the rest a
// QCoreApplication, so they keep running without a display.
std::set<QString> &widgetBenchmarks();

// The integer after `name` in a benchmark's arguments, or `fallback`.
int option(const QStringList &arguments, const QString &name, int fallback);

// The middle value of several runs (0 for none).
double median(std::vector<double> values);

// A figure rounded to `decimals` places, as the JSON lines print them.
double rounded(double value, int decimals = 1);

// The CPU time this process has used since `start` (std::clock()), in ms:
// on a shared machine the wall clock also counts the other programs.
double cpuMsSince(std::clock_t start);

// The JSON line of a benchmark that could not run: what went wrong.
QJsonObject failure(const QString &message);

// Peak resident memory of this process so far, in bytes (0 where unknown).
qint64 peakResidentBytes();

} // namespace SyncLens::Bench
