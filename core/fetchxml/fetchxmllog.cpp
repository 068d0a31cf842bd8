#include "fetchxmllog.h"

Q_LOGGING_CATEGORY(SyncLens::lcFetchXml, "synclens.fetchxml", QtInfoMsg)
