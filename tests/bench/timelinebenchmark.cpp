#include "timelinebenchmark.h"

#include "benchmark.h"
#include "timeline/timelinedatabuilder.h"
#include "timelinewidget.h"

#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace SyncLens::Bench {

namespace {

constexpr int kWidth = 1600;
constexpr int kHeight = 400;
constexpr int kMailboxes = 6; // as many as fit in 400 pixels
const qint64 kT0 = QDateTime(QDate(2025, 3, 2), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kCycleMs = 15 * 60'000;

// A year of cycles every 15 minutes over six mailboxes, with the mix of a
// real journal: mostly creates and updates, some untracked email, a few
// scope changes, overwrites and deletes.
// Plus `causes` markers (filter changes, now and then an org setting, which
// spans every row) spread over the year, as a lived org has them.
std::shared_ptr<const TimelineData> generate(qsizetype events, int causes)
{
    using R = ReasonCode;
    const std::pair<ReasonCode, int> mix[] = {
        {R::OutCreate, 30},       {R::OutUpdate, 25},
        {R::InUpdate, 10},        {R::NotTrackedNoSignal, 15},
        {R::InNotTracked, 5},     {R::NotInScope, 8},
        {R::LeftScope, 2},        {R::InOverwriteOutOfScope, 1},
        {R::CrmDelete, 2},        {R::ExchangeDeleteUntracked, 1},
        {R::TransientFailure, 1},
    };
    QRandomGenerator random(7);
    TimelineDataBuilder builder;
    for (int m = 0; m < kMailboxes; ++m)
        builder.addMailbox(QStringLiteral("mb%1").arg(m), QStringLiteral("User %1").arg(m));
    builder.reserve(events);
    const int cycles = 365 * 96;
    for (qint64 i = 0; builder.eventCount() < events; ++i) {
        int pick = random.bounded(100);
        ReasonCode code = mix[0].first;
        for (const auto &[c, weight] : mix) {
            if ((pick -= weight) < 0) {
                code = c;
                break;
            }
        }
        const int cycle = random.bounded(cycles);
        const QString item =
            code == R::TransientFailure ? QString() : QStringLiteral("item%1").arg(i / 3);
        builder.add(kT0 + cycle * kCycleMs, cycle, random.bounded(kMailboxes), item, code);
    }
    for (int c = 0; c < causes; ++c) {
        TimelineCause cause;
        cause.time = kT0 + random.bounded(365 * 96) * kCycleMs - 8 * 60'000;
        cause.kind = c % 10 == 0 ? TimelineCause::Kind::Setting : TimelineCause::Kind::Filter;
        cause.mailbox =
            cause.kind == TimelineCause::Kind::Setting ? -1 : random.bounded(kMailboxes);
        cause.eventId = c + 1;
        cause.title = QStringLiteral("Change %1").arg(c);
        builder.addCause(std::move(cause));
    }
    return builder.build();
}

std::vector<double> paintTimes(TimelineWidget &widget, int runs)
{
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        widget.render(&image);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

// The same marks the naive way: one item each in a scene, time along x and
// one row per mailbox lane, all of it rendered into the same image size.
double sceneMedian(const TimelineData &data, int runs)
{
    QGraphicsScene scene;
    const double scale = 1.0 / 60'000; // a pixel per minute
    for (const TimelineEvent &e : data.events()) {
        auto *item = new QGraphicsRectItem(double(e.time - data.firstTime()) * scale,
                                           TimelineData::rowOf(e) * 20.0, 8, 8);
        item->setBrush(QColor::fromHsv(int(e.mark()) * 40, 200, 200));
        item->setPen(Qt::NoPen);
        scene.addItem(item);
    }
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const QRectF source = scene.itemsBoundingRect(); // builds the index, untimed
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        image.fill(Qt::white);
        QPainter painter(&image);
        QElapsedTimer timer;
        timer.start();
        scene.render(&painter, QRectF(0, 0, kWidth, kHeight), source, Qt::IgnoreAspectRatio);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

// The baseline that matters: the plain QPainter loop a first version would
// write, one small rectangle per visible event over the whole range, into
// the same image size. No culling, no merging of marks on a pixel.
double plainPainterMedian(const TimelineData &data, int runs)
{
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const double span = double(std::max<qint64>(1, data.lastTime() - data.firstTime()));
    const double rowHeight = double(kHeight) / (kMailboxes * 2);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(Qt::NoPen);
        for (const TimelineEvent &e : data.events()) {
            painter.setBrush(QColor::fromHsv(int(e.mark()) * 40, 200, 200));
            const double x = double(e.time - data.firstTime()) / span * (kWidth - 3);
            painter.drawRect(QRectF(x, TimelineData::rowOf(e) * rowHeight + 2, 3, rowHeight - 4));
        }
        painter.end();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

QJsonObject runTimeline(const QStringList &arguments)
{
    const qsizetype events = option(arguments, QStringLiteral("--events"), 1'000'000);
    const int causes = std::max(0, option(arguments, QStringLiteral("--causes"), 365));
    // Every side gets the same number of runs; the scene is slow, so fewer by default.
    const int runs = std::max(1, option(arguments, QStringLiteral("--runs"), 9));
    QElapsedTimer timer;
    timer.start();
    const auto data = generate(events, causes);
    const double buildMs = timer.nsecsElapsed() / 1e6;

    TimelineWidget widget;
    widget.setTimeZone(QTimeZone::utc());
    widget.resize(kWidth, kHeight);
    widget.setData(data);
    const double zoomedOut = median(paintTimes(widget, runs));
    // Half a day in the middle of the year: every row shows its marks.
    const qint64 middle = kT0 + 182 * 96 * kCycleMs;
    widget.setVisibleRange(QDateTime::fromMSecsSinceEpoch(middle),
                           QDateTime::fromMSecsSinceEpoch(middle + 48 * kCycleMs));
    const double zoomedIn = median(paintTimes(widget, runs));
    const double plain = plainPainterMedian(*data, runs);
    const double scene = sceneMedian(*data, runs);

    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("timeline")},
        {QStringLiteral("events"), data->eventCount()},
        {QStringLiteral("causes"), qint64(data->causes().size())},
        {QStringLiteral("mailboxes"), kMailboxes},
        {QStringLiteral("image"), QStringLiteral("%1x%2").arg(kWidth).arg(kHeight)},
        {QStringLiteral("build_ms"), rounded(buildMs, 3)},
        {QStringLiteral("median_ms"), rounded(zoomedOut, 3)},
        {QStringLiteral("zoomed_in_median_ms"), rounded(zoomedIn, 3)},
        {QStringLiteral("plain_painter_median_ms"), rounded(plain, 3)},
        {QStringLiteral("ratio"), std::round(plain / zoomedOut * 10) / 10},
        {QStringLiteral("scene_median_ms"), rounded(scene, 3)},
        {QStringLiteral("scene_ratio"), std::round(scene / zoomedOut * 10) / 10},
        {QStringLiteral("bytes_per_event"),
         std::round(double(data->bytes()) / double(data->eventCount()) * 10) / 10},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("peak_rss_mb"), double(peakResidentBytes() / (1024 * 1024))},
    };
}

} // namespace

void registerTimelineBenchmark()
{
    benchmarks().emplace(QStringLiteral("timeline"), runTimeline);
    widgetBenchmarks().insert(QStringLiteral("timeline"));
}

} // namespace SyncLens::Bench
