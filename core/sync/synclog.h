#pragma once

#include <QLoggingCategory>

namespace SyncLens {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
