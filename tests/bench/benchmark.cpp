#include "benchmark.h"

#include <QFile>
#include <QRegularExpression>

namespace SyncLens::Bench {

std::map<QString, Benchmark> &benchmarks()
{
    static std::map<QString, Benchmark> registry;
    return registry;
}

std::set<QString> &widgetBenchmarks()
{
    static std::set<QString> names;
    return names;
}

qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression peak(QStringLiteral("VmHWM:\\s*(\\d+)\\s*kB"));
    const auto match = peak.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

} // namespace SyncLens::Bench
