#include "trackinglog.h"

Q_LOGGING_CATEGORY(SyncLens::lcTracking, "synclens.tracking", QtInfoMsg)
