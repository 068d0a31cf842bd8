#pragma once

namespace SyncLens::Bench {

// `sandbox [--items N] [--users N] [--runs N]`: `sandbox create` of N items
// (1M by default, 25 users) into a temporary file, 3 runs. Keys: items,
// runs, wall_ms and cpu_ms (medians), wall_min_ms, items_per_s, file_mb,
// peak_rss_mb.
void registerSandboxBenchmark();

} // namespace SyncLens::Bench
