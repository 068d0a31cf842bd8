#pragma once

namespace SyncLens::Bench {

// `store [--items N]`: inserts N CRM records (1M by default) in transactions of
// 10k, then streams them all back. Keys: items, insert_per_s, read_per_s,
// bytes_per_item, peak_rss_mb.
void registerStoreBenchmark();

} // namespace SyncLens::Bench
