#pragma once

namespace SyncLens::Bench {

// `play --org FILE [--cycles N] [--step MIN] [--interval MS]`: the main window
// over a copy of the org (offscreen; the file itself is not changed), then
// Play at the fastest pace (¼ s, a 15-minute step by default) until N cycles
// (20 by default) have finished. The UI thread's liveliness meanwhile, from a
// 5 ms timer as in the designer benchmark: ui_max_gap_ms (issue 16's goal:
// ≤ 50 ms), ui_p99_gap_ms, and the same while the window opens the org
// (open_ui_max_gap_ms). The first mailbox is selected, so its details
// follow each cycle. Use an org with history, e.g. `sandbox create
// --history 365`.
void registerPlayBenchmark();

} // namespace SyncLens::Bench
