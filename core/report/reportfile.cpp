#include "reportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace SyncLens {

Result<ReportFile::Format> ReportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"pdf")
        return Format::Pdf;
    return makeError(Error::Code::InvalidArgument,
                     tr("%1: a report is written as .html or .pdf, not \"%2\"").arg(path, suffix));
}

Result<void> ReportFile::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return makeError(Error::Code::Io, tr("%1: the folder %2 does not exist")
                                              .arg(path, QDir::toNativeSeparators(dir.filePath())));
    if (info.isDir())
        return makeError(Error::Code::Io, tr("%1 is a folder, not a file").arg(path));
    if (!dir.isWritable() || (info.exists() && !info.isWritable()))
        return makeError(Error::Code::Io, tr("%1 cannot be written: permission denied").arg(path));
    return {};
}

Result<void> ReportFile::write(const QString &path, const QByteArray &data)
{
    if (auto r = checkWritable(path); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace SyncLens
