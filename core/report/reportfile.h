#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace SyncLens {

// Writes a report file whole or not at all (QSaveFile): a cancelled or
// failed export never leaves half a file, and an unwritable path is an
// error naming it.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportFile)

public:
    enum class Format
    {
        Html,
        Pdf
    };

    // By the file's suffix (.html, .htm, .pdf); an error for any other.
    static Result<Format> formatOf(const QString &path);
    static Result<void> write(const QString &path, const QByteArray &data);
    // Whether `path` can be written, before the work of making the report.
    static Result<void> checkWritable(const QString &path);
};

} // namespace SyncLens
