// synclens-bench NAME [options]: runs one benchmark and prints one JSON line.
#include "benchmark.h"
#include "filterbenchmark.h"
#include "storebenchmark.h"
#include "syncbenchmark.h"
#include "trackingbenchmark.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace SyncLens::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerStoreBenchmark();
    registerFilterBenchmark();
    registerSyncBenchmark();
    registerTrackingBenchmark();

    const QStringList args = app.arguments().mid(1);
    const auto found = args.isEmpty() ? benchmarks().end() : benchmarks().find(args.first());
    if (found == benchmarks().end()) {
        std::fprintf(stderr, "usage: synclens-bench NAME [options]\nbenchmarks:");
        for (const auto &[name, run] : benchmarks())
            std::fprintf(stderr, " %s", qPrintable(name));
        std::fprintf(stderr, "\n");
        return 2;
    }
    const QJsonObject result = found->second(args.mid(1));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}
