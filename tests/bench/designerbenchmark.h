#pragma once

namespace SyncLens::Bench {

// `designer --org FILE [--runs R] [--delay MS]`: the filter designer over an
// org (e.g. `synclens-cli sandbox create --users 50 --items 1200000 --seed 7`,
// 300k appointments), offscreen. Opens the first user's appointment filter,
// then R times (20 by default) types one key into the FetchXML editor and
// waits for the preview of that text. Keys: median_ms and max_ms from the key
// press to the updated preview (the debounce, `delay_ms`, 100 by default as
// in the window, included), after_debounce_median_ms (the same less the
// debounce), worker_median_ms (the worker's own compute time), last_preview
// (its groups, as a check),
// and the UI thread's liveliness meanwhile: a 5 ms timer's ticks per run
// (median) and the longest gap between two ticks (ui_max_gap_ms).
void registerDesignerBenchmark();

} // namespace SyncLens::Bench
