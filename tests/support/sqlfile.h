#pragma once

#include <QStringList>

namespace SyncLens::Test {

// Runs `statements` on the database file at `path` through a connection of
// their own, as another program (the sqlite3 shell, an older SyncLens) would.
// Returns what went wrong ("<statement>: <error>"), empty when all ran:
// QCOMPARE(execOnFile(…), QString()) shows the statement that failed.
QString execOnFile(const QString &path, const QStringList &statements);

// Every value of every row `statements` return, in order, read as
// execOnFile() runs them. A failure ends the list with "(failed: <what>)".
QStringList sqlOnFile(const QString &path, const QStringList &statements);

// The first value `statement` returns, as a number; -1 when it returns none.
qint64 sqlNumber(const QString &path, const QString &statement);

// The statements that make a new file an org of schema `version`, empty: the
// tables of every step up to it, the application id and the version.
QStringList orgSchemaUpTo(int version);

} // namespace SyncLens::Test
