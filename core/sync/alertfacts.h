#pragma once

#include "model/alert.h"

#include <QJsonObject>

namespace SyncLens {

// An alert as the journal keeps it: its code's facts and its severity, no
// sentence (the explainer renders it). A cycle's alerts and a live org's
// imported ones are journalled alike.
QJsonObject alertJournalFacts(const Alert &alert);

} // namespace SyncLens
