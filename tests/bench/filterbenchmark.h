#pragma once

namespace SyncLens::Bench {

// `filter [--records N] [--runs R]`: a sandbox org (seed 7, 50 users) with
// 300k appointments by default.
// Previews the change from "My appointments" to "my appointments starting in
// the last 30 days, or whose subject contains 'review'" R times (20 by
// default), and answers the same two questions with SQLite on the same data
// (owner column indexed). Keys: median_ms, min_ms, sqlite_median_ms, ratio
// (SQLite time / ours), bytes_per_record, plus the group sizes as a check.
void registerFilterBenchmark();

} // namespace SyncLens::Bench
