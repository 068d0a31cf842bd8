// synclens-bench NAME [options]: runs one benchmark and prints one JSON line.
#include "benchmark.h"
#include "designerbenchmark.h"
#include "filterbenchmark.h"
#include "livebenchmark.h"
#include "playbenchmark.h"
#include "reportbenchmark.h"
#include "sandboxbenchmark.h"
#include "store/sqlitestatement.h"
#include "storebenchmark.h"
#include "syncbenchmark.h"
#include "timelinebenchmark.h"
#include "trackingbenchmark.h"

#include <QApplication>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace SyncLens::Bench;

namespace {

// Whether the compiler optimised this build (Release, RelWithDebInfo), as
// opposed to a Debug build whose figures would mislead.
constexpr bool optimizedBuild()
{
#if defined(__OPTIMIZE__) || (defined(_MSC_VER) && defined(NDEBUG))
    return true;
#else
    return false;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    SyncLens::configureSqlite(); // as the programs do
    registerStoreBenchmark();
    registerFilterBenchmark();
    registerSyncBenchmark();
    registerTrackingBenchmark();
    registerTimelineBenchmark();
    registerDesignerBenchmark();
    registerLiveBenchmark();
    registerReportBenchmark();
    registerPlayBenchmark();
    registerSandboxBenchmark();

    // Only the benchmarks that paint get a QApplication; the others run
    // where there is no display at all.
    const bool widgets = argc > 1 && widgetBenchmarks().count(QString::fromLocal8Bit(argv[1])) > 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (widgets)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    const QStringList args = app->arguments().mid(1);
    const auto found = args.isEmpty() ? benchmarks().end() : benchmarks().find(args.first());
    if (found == benchmarks().end()) {
        std::fprintf(stderr, "usage: synclens-bench NAME [options]\nbenchmarks:");
        for (const auto &[name, run] : benchmarks())
            std::fprintf(stderr, " %s", qPrintable(name));
        std::fprintf(stderr, "\n");
        return 2;
    }
    QJsonObject result = found->second(args.mid(1));
    // Figures mean little without the machine and the build they came from.
    result.insert(QStringLiteral("cores"), QThread::idealThreadCount());
    result.insert(QStringLiteral("build_type"), QStringLiteral(SYNCLENS_BUILD_TYPE));
    result.insert(QStringLiteral("optimized"), optimizedBuild());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}
