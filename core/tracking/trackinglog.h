#pragma once

#include <QLoggingCategory>

namespace SyncLens {
// "synclens.tracking": debug output opt-in, e.g. QT_LOGGING_RULES="synclens.tracking.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTracking)
} // namespace SyncLens
