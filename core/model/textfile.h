#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace SyncLens {

// Reads the files people hand to SyncLens (scenarios, FetchXML, drafts) whole,
// but never more than a limit: a file that is too large is refused with an
// error naming it and the limit, instead of filling the memory.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TextFile)

public:
    static constexpr qint64 DefaultLimit = qint64(16) << 20; // 16 MiB

    // The bytes of the file at `path` (a resource path too).
    static Result<QByteArray> read(const QString &path, qint64 limit = DefaultLimit);
    // The bytes left in an open `device` (standard input, say) up to its end;
    // `name` says what it is in messages.
    static Result<QByteArray> read(QIODevice &device, const QString &name,
                                   qint64 limit = DefaultLimit);

    // The message for a file over the limit.
    static Error tooLarge(const QString &name, qint64 limit);
};

} // namespace SyncLens
