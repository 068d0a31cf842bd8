#pragma once

namespace SyncLens::Bench {
// synclens-bench sync: a first full cycle, an idle one and one after 1% of the
// items changed, over a sandbox org of 50 mailboxes and 200k items.
void registerSyncBenchmark();
} // namespace SyncLens::Bench
