#include "livelog.h"

Q_LOGGING_CATEGORY(SyncLens::lcLive, "synclens.live", QtInfoMsg)
