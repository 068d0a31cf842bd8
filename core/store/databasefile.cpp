#include "databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace SyncLens {

namespace {

constexpr int kHeaderSize = 100;

quint32 readBigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

void DatabaseFile::remove(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<void> DatabaseFile::checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::NotFound, tr("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(Error::Code::NotSyncLens, tr("%1: not a file").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return makeError(Error::Code::NotSyncLens,
                         tr("%1: not a SyncLens org database (not an SQLite file)").arg(path));
    }

    // Offsets from the SQLite file format: page size at 16 (1 means 65536), the
    // page count at 28, valid only when the change counter at 24 equals the
    // "version valid for" number at 92.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian32(header, 28);
    const bool countValid = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return makeError(Error::Code::Corrupt,
                         tr("%1: damaged SQLite header (page size %2)").arg(path).arg(pageSize));
    }
    const qint64 expected = qint64(pageSize) * pageCount;
    if (countValid && pageCount > 0 && info.size() < expected) {
        return makeError(Error::Code::Corrupt,
                         tr("%1: the file is truncated (%2 bytes of %3); restore it from a "
                            "backup")
                             .arg(path)
                             .arg(info.size())
                             .arg(expected));
    }
    return {};
}

} // namespace SyncLens
