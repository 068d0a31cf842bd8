#include "storebenchmark.h"

#include "benchmark.h"
#include "store/orgstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace SyncLens::Bench {

namespace {

constexpr qint64 kBatch = 10000;

CrmRecord sampleRecord(qint64 i)
{
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 600);
    return CrmRecord{
        QStringLiteral("a%1").arg(i, 8, 10, QLatin1Char('0')),
        QStringLiteral("appointment"),
        QJsonObject{{QStringLiteral("subject"), QStringLiteral("Quarterly review %1").arg(i)},
                    {QStringLiteral("ownerid"), QStringLiteral("user%1").arg(i % 50)},
                    {QStringLiteral("scheduledstart"), start.toString(Qt::ISODate)},
                    {QStringLiteral("scheduledend"), start.addSecs(3600).toString(Qt::ISODate)},
                    {QStringLiteral("location"), QStringLiteral("Room %1").arg(i % 40)},
                    {QStringLiteral("attendees"),
                     QJsonArray{QStringLiteral("contact%1@fabrikam.com").arg(i % 997)}}},
        start.addDays(-7),
        start.addDays(-7),
        false};
}

QJsonObject runStore(const QStringList &arguments)
{
    qint64 items = 1000000;
    const int at = arguments.indexOf(QStringLiteral("--items"));
    if (at >= 0 && at + 1 < arguments.size())
        items = arguments.at(at + 1).toLongLong();
    if (items <= 0)
        return failure(QStringLiteral("--items must be a positive number"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    auto store = OrgStore::create(path, QStringLiteral("Benchmark"));
    if (!store)
        return failure(store.error().message);

    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < items; first += kBatch) {
        auto r = (*store)->transaction([&]() -> Result<void> {
            for (qint64 i = first; i < std::min(items, first + kBatch); ++i) {
                if (auto w = (*store)->upsertCrmRecord(sampleRecord(i)); !w)
                    return w;
            }
            return {};
        });
        if (!r)
            return failure(r.error().message);
    }
    const double insertSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 read = 0;
    qint64 checksum = 0;
    auto r = (*store)->forEachCrmRecord(QStringLiteral("appointment"), [&](const CrmRecord &rec) {
        ++read;
        checksum += rec.fields.size();
        return true;
    });
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    if (!r)
        return failure(r.error().message);
    if (read != items || checksum != items * 6)
        return failure(QStringLiteral("read back %1 of %2 records").arg(read).arg(items));

    store->reset(); // closes the database and checkpoints the WAL into the file
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("store")},
        {QStringLiteral("items"), items},
        {QStringLiteral("insert_per_s"), qRound64(items / insertSeconds)},
        {QStringLiteral("read_per_s"), qRound64(items / readSeconds)},
        {QStringLiteral("bytes_per_item"), qRound64(double(QFileInfo(path).size()) / items)},
        {QStringLiteral("peak_rss_mb"), qRound64(peakResidentBytes() / 1048576.0)},
    };
}

} // namespace

void registerStoreBenchmark()
{
    benchmarks().emplace(QStringLiteral("store"), runStore);
}

} // namespace SyncLens::Bench
