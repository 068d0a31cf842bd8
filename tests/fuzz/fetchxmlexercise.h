#pragma once

#include <QString>

namespace SyncLens::Fuzz {

// Runs one input through everything that reads FetchXML: parse, write and
// parse again (must give the same query), describe, compile and evaluate.
// Returns an empty string when all held, or what did not; `parsed` tells
// whether the input was valid FetchXML (so a test can see its reach).
QString exerciseFetchXml(const QString &text, bool *parsed = nullptr);

} // namespace SyncLens::Fuzz
