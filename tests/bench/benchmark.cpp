#include "benchmark.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 ? arguments.value(at + 1).toInt() : fallback;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double cpuMsSince(std::clock_t start)
{
    return double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}

QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), message}};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
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
