#pragma once

#include <QLoggingCategory>

namespace SyncLens {
// "synclens.ui": debug output opt-in, e.g. QT_LOGGING_RULES="synclens.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace SyncLens
