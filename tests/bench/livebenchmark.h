#pragma once

namespace SyncLens::Bench {

// synclens-bench live [--users N] [--items N]: a sandbox org served by
// synclens-fakecrm on loopback, imported by the live client; records per
// second, requests sent, peak memory of the importing process.
void registerLiveBenchmark();

} // namespace SyncLens::Bench
