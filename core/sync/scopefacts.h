#pragma once

#include "model/compactjson.h"
#include "syncstate.h"

#include <QJsonObject>

namespace SyncLens::ScopeFacts {

// Why a record is in a user's scope: {"filter": id, "filterName": name},
// inserted into facts being written as text (none when no filter keeps it).
void insertInScope(CompactJsonObject &facts, const UserScope &scope, int row);
// Why it is not: each of the user's filters of its type with the condition
// the record fails (several for a failed "or") — {"filters": [{"id", "name",
// "conditions": [{"entity", "attribute", "operator", "values"}]}]} — or
// {"noFilter": true}; with "timeZone" (an IANA name) when the user's is not UTC.
// Stored as data, so an explanation can be phrased in any language later.
QJsonObject outOfScope(const UserScope &scope, int row);
// The same members, inserted into facts being written as text.
void insertOutOfScope(CompactJsonObject &facts, const UserScope &scope, int row);

} // namespace SyncLens::ScopeFacts
