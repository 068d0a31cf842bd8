#pragma once

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <map>

namespace SyncLens::Bench {

// A benchmark takes its own arguments and returns the figures of its JSON line.
using Benchmark = std::function<QJsonObject(const QStringList &arguments)>;

// Registry of the subcommands of synclens-bench; later issues add theirs.
std::map<QString, Benchmark> &benchmarks();

// Peak resident memory of this process so far, in bytes (0 where unknown).
qint64 peakResidentBytes();

} // namespace SyncLens::Bench
