#pragma once

#include <QLoggingCategory>

namespace SyncLens {
// "synclens.live": debug output opt-in, e.g. QT_LOGGING_RULES="synclens.live.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLive)
} // namespace SyncLens
