#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace SyncLens {

int RetryPolicy::backoffMs(int attempt) const
{
    const int doublings = std::clamp(attempt - 2, 0, 20);
    const qint64 full = std::min<qint64>(qint64(baseDelayMs) << doublings, maxDelayMs);
    const qint64 jitter = full / 4;
    return int(full - (jitter > 0 ? QRandomGenerator::global()->bounded(jitter + 1) : 0));
}

int RetryPolicy::retryAfterMs(int seconds) const
{
    return std::clamp(seconds, 0, maxRetryAfterSeconds) * msPerRetryAfterSecond;
}

} // namespace SyncLens
