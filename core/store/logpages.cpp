#include "logpages.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace SyncLens {

namespace {

constexpr qint64 kHeaderBytes = 32;
constexpr qint64 kFrameHeaderBytes = 24;
constexpr quint32 kMagicLittle = 0x377f0682; // checksums little- or big-endian
constexpr quint32 kMagicBig = 0x377f0683;

quint32 word(const char *bytes, int at)
{
    return qFromBigEndian<quint32>(bytes + at);
}

} // namespace

Result<std::vector<quint32>> LogPages::committed(const QString &logPath, qint64 frames)
{
    QFile file(logPath);
    if (!file.exists() || file.size() == 0)
        return std::vector<quint32>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         tr("cannot read %1: %2").arg(logPath, file.errorString()));
    const QByteArray header = file.read(kHeaderBytes);
    const quint32 magic = header.size() == kHeaderBytes ? word(header.constData(), 0) : 0;
    const quint32 pageBytes = magic ? word(header.constData(), 8) : 0;
    if ((magic != kMagicLittle && magic != kMagicBig) || pageBytes < 512 || pageBytes > 65536 ||
        (pageBytes & (pageBytes - 1)) != 0) {
        return makeError(Error::Code::Corrupt,
                         tr("%1 is not a write-ahead log (its first 32 bytes are not a log's "
                            "header)")
                             .arg(logPath));
    }
    const QByteArray salts = header.mid(16, 8);
    std::vector<quint32> pages, pending; // pending: frames of a commit not yet seen whole
    const qint64 frameBytes = kFrameHeaderBytes + pageBytes;
    const qint64 end = std::min(file.size(), kHeaderBytes + frames * frameBytes);
    for (qint64 at = kHeaderBytes; at + frameBytes <= end; at += frameBytes) {
        file.seek(at);
        const QByteArray frame = file.read(kFrameHeaderBytes);
        if (frame.size() != kFrameHeaderBytes || frame.mid(8, 8) != salts)
            break; // the end of this log; what follows is from an earlier one
        pending.push_back(word(frame.constData(), 0));
        if (word(frame.constData(), 4) != 0) { // the last frame of a commit
            pages.insert(pages.end(), pending.begin(), pending.end());
            pending.clear();
        }
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    return pages;
}

QMap<QString, int> LogPages::byTree(const QHash<quint32, QString> &owners,
                                    const std::vector<quint32> &pages)
{
    QMap<QString, int> counts;
    for (quint32 page : pages)
        ++counts[owners.value(page, QStringLiteral("(free)"))];
    return counts;
}

} // namespace SyncLens
