#pragma once

namespace SyncLens::Bench {

// `tracking [--incoming N] [--tracked N] [--sample N]`: a sandbox-like org in
// memory (seed 7, 50 users) with N tracked emails in CRM (100k by default)
// and N incoming emails (1M by default: replies that keep their token or
// lose it, forwards, conversation-index replies, strangers), decided one by
// one on one thread. A straightforward reference that scans every tracked
// email per message decides a sample of them (20k by default).
// Keys: decisions_per_s and reference_decisions_per_s (on this thread's CPU
// time: the machine is shared), wall_decisions_per_s, ratio, index_bytes,
// plus the sizes, how many sample decisions differ (must be 0) and the codes.
void registerTrackingBenchmark();

} // namespace SyncLens::Bench
