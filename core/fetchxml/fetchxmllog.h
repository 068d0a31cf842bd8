#pragma once

#include <QLoggingCategory>

namespace SyncLens {
// "synclens.fetchxml": debug output opt-in, e.g. QT_LOGGING_RULES="synclens.fetchxml.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcFetchXml)
} // namespace SyncLens
