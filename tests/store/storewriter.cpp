// Test helper: `storewriter ORG [BATCH_SIZE]` opens ORG and, batch after batch,
// writes BATCH_SIZE records and the batch counter in one transaction, printing
// "ready" once open and "batch N" after each commit, until it is killed.
#include "store/orgstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace SyncLens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const int batchSize = args.size() > 2 ? args.at(2).toInt() : 50;
    auto store = OrgStore::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    auto counter = (*store)->metaValue(QStringLiteral("test.batches"));
    for (qint64 batch = counter->toLongLong() + 1;; ++batch) {
        auto r = (*store)->transaction([&]() -> Result<void> {
            for (int i = 0; i < batchSize; ++i) {
                CrmRecord record{
                    QStringLiteral("b%1-%2").arg(batch).arg(i),
                    QStringLiteral("task"),
                    QJsonObject{{QStringLiteral("batch"), batch},
                                {QStringLiteral("subject"),
                                 QStringLiteral("Task %1 of batch %2").arg(i).arg(batch)}},
                    {},
                    {},
                    false};
                if (auto w = (*store)->upsertCrmRecord(record); !w)
                    return w;
            }
            return (*store)->setMetaValue(QStringLiteral("test.batches"), QString::number(batch));
        });
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("batch %lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}
