#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

namespace SyncLens {

// Checks a file on disk before SQLite touches it, so that a file that is not a
// SyncLens database, or is truncated, is refused without being changed.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::DatabaseFile)

public:
    // Ok when `path` is a complete SQLite 3 file; otherwise NotFound, Io,
    // NotSyncLens or Corrupt with a message naming the file and the problem.
    static Result<void> checkHeader(const QString &path);

    // Removes the file and what SQLite keeps beside it (-wal, -shm, -journal).
    static void remove(const QString &path);
};

} // namespace SyncLens
