#include "textfile.h"

#include <QFile>

#include <algorithm>

namespace SyncLens {

Error TextFile::tooLarge(const QString &name, qint64 limit)
{
    const double mebibytes = double(limit) / double(1 << 20);
    return makeError(Error::Code::InvalidArgument,
                     tr("%1: the file is larger than %2 MiB, the most SyncLens reads")
                         .arg(name)
                         .arg(mebibytes, 0, 'g', 4));
}

Result<QByteArray> TextFile::read(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const auto code = file.exists() ? Error::Code::Io : Error::Code::NotFound;
        return makeError(code, tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    // A regular file says its size: refuse it before reading a byte.
    if (!file.isSequential() && file.size() > limit)
        return tooLarge(path, limit);
    return read(file, path, limit);
}

Result<QByteArray> TextFile::read(QIODevice &device, const QString &name, qint64 limit)
{
    constexpr qint64 chunkSize = qint64(1) << 20;
    QByteArray data;
    for (;;) {
        // One byte past the limit tells a file at the limit from a larger one.
        const qint64 wanted = std::min(chunkSize, limit + 1 - qint64(data.size()));
        const QByteArray chunk = device.read(wanted);
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > limit)
            return tooLarge(name, limit);
    }
    if (const auto *file = qobject_cast<QFileDevice *>(&device);
        file && file->error() != QFileDevice::NoError) {
        return makeError(Error::Code::Io,
                         tr("%1: cannot be read: %2").arg(name, device.errorString()));
    }
    return data;
}

} // namespace SyncLens
