#include "reportbenchmark.h"

#include "benchmark.h"
#include "report/reportgatherer.h"
#include "report/reporthtml.h"
#include "reportpdf.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace SyncLens::Bench {

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QJsonObject runReport(const QStringList &args)
{
    QTemporaryDir dir;
    QString path = option(args, QStringLiteral("--org"), {});
    if (path.isEmpty()) {
        SandboxSpec spec;
        spec.users = option(args, QStringLiteral("--users"), QStringLiteral("50")).toInt();
        spec.items =
            option(args, QStringLiteral("--items"), QStringLiteral("1000000")).toLongLong();
        spec.seed = 7;
        path = dir.filePath(QStringLiteral("org.db"));
        if (auto r = SandboxGenerator::createFile(path, spec, true); !r)
            return {{QStringLiteral("error"), r.error().message}};
    }
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!store)
        return {{QStringLiteral("error"), store.error().message}};
    QElapsedTimer timer;
    timer.start();
    auto report = ReportGatherer::gather(**store, {});
    if (!report)
        return {{QStringLiteral("error"), report.error().message}};
    const qint64 gatherMs = timer.elapsed();
    const QByteArray html = ReportHtml::write(*report).toUtf8();
    const qint64 htmlMs = timer.elapsed();
    timer.restart();
    auto again = ReportGatherer::gather(**store, {});
    if (!again)
        return {{QStringLiteral("error"), again.error().message}};
    const QPageSize a4(QPageSize::A4);
    const auto pdf = ReportPdf::render(*again, a4);
    if (!pdf)
        return {{QStringLiteral("error"), pdf.error().message}};
    const qint64 pdfMs = timer.elapsed();
    return {{QStringLiteral("benchmark"), QStringLiteral("report")},
            {QStringLiteral("users"), qint64(report->users.size())},
            {QStringLiteral("gather_ms"), gatherMs},
            {QStringLiteral("html_ms"), htmlMs},
            {QStringLiteral("html_bytes"), qint64(html.size())},
            {QStringLiteral("pdf_ms"), pdfMs},
            {QStringLiteral("pdf_pages"), ReportPdf::layout(*again, a4).pageCount()},
            {QStringLiteral("pdf_bytes"), qint64(pdf->size())},
            {QStringLiteral("goal_ms"), 10000},
            {QStringLiteral("peak_rss_bytes"), peakResidentBytes()}};
}

} // namespace

void registerReportBenchmark()
{
    benchmarks()[QStringLiteral("report")] = runReport;
    // The PDF needs fonts and a painter: a QGuiApplication (offscreen).
    widgetBenchmarks().insert(QStringLiteral("report"));
}

} // namespace SyncLens::Bench
