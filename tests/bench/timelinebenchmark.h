#pragma once

namespace SyncLens::Bench {
// synclens-bench timeline: paints a timeline of 1M generated marks into a
// 1600 × 400 image, fully zoomed out and zoomed in (median of 25 paints
// each), and the same marks as one QGraphicsRectItem each in a scene
// rendered into an image of the same size (median of 3). Needs a
// QApplication: main() creates one for it (offscreen unless told otherwise).
void registerTimelineBenchmark();
} // namespace SyncLens::Bench
