#pragma once

#include <QStringList>

namespace SyncLens::Schema {

// The database identifies itself with PRAGMA application_id ("SYNL").
inline constexpr int ApplicationId = 0x53594E4C;
// The schema this program writes. Older files are migrated forward when opened
// read-write; newer ones are refused.
inline constexpr int CurrentVersion = 12;

// The statements that take a database from `version - 1` to `version`.
QStringList migrationTo(int version);

} // namespace SyncLens::Schema
