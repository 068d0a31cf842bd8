#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

#include <vector>

namespace SyncLens {

// Which pages the write-ahead log of a database holds: what the commits since
// the last checkpoint wrote, the pages a checkpoint will copy into the file.
// Read from the log file's frame headers (sqlite.org/fileformat2.html#walformat).
class LogPages
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LogPages)

public:
    // The page numbers of the committed frames among the first `frames` of
    // `logPath` (the log as SQLite counts it: a checkpoint starts it again
    // without rewriting the file), each once, in ascending order; none when
    // the file is missing or empty. Frames left from before the log last
    // started again (their salts differ from the header's) and a torn last
    // frame are not counted. A file that is not a write-ahead log is an
    // error naming it.
    static Result<std::vector<quint32>> committed(const QString &logPath, qint64 frames);

    // How many of `pages` each table or index owns, by name ("(free)" for
    // pages that none owns any more), given each page's owner (as the
    // database's dbstat table names them).
    static QMap<QString, int> byTree(const QHash<quint32, QString> &owners,
                                     const std::vector<quint32> &pages);
};

} // namespace SyncLens
