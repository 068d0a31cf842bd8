#pragma once

#include <QtGlobal>

namespace SyncLens {

// How the Dataverse client waits before trying a request again: bounded
// exponential back-off with jitter for 503s, timeouts and dropped
// connections, and the server's own Retry-After for 429s. Tests shrink the
// time scale so that a "second" lasts a few milliseconds.
struct RetryPolicy
{
    int maxAttempts = 5;    // tries of one request, the first included
    int baseDelayMs = 500;  // before the second try
    int maxDelayMs = 30000; // no single wait is longer
    int timeoutMs = 60000;  // a request that has not finished by then is retried
    int msPerRetryAfterSecond = 1000;
    int maxRetryAfterSeconds = 300; // a longer Retry-After is capped (and said)
    int maxThrottles = 20;          // 429s in a row before giving up

    // The wait before try number `attempt` (2, 3, …): base · 2^(attempt-2),
    // capped, then between 75% and 100% of that at random.
    int backoffMs(int attempt) const;
    int retryAfterMs(int seconds) const;
};

} // namespace SyncLens
