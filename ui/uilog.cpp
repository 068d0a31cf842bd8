#include "uilog.h"

Q_LOGGING_CATEGORY(SyncLens::lcUi, "synclens.ui", QtInfoMsg)
