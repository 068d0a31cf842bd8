#include "liveorgwriter.h"

#include "store/databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>

#include <filesystem>

namespace SyncLens {

namespace {

// The database and its lock file (the temporary org is opened read-write).
void removeDatabaseFiles(const QString &path)
{
    DatabaseFile::remove(path);
    QFile::remove(path + QLatin1String(".lock"));
}

} // namespace

LiveOrgWriter::LiveOrgWriter(QString target, QString temp)
    : m_target(std::move(target))
    , m_temp(std::move(temp))
{}

LiveOrgWriter::~LiveOrgWriter()
{
    if (!m_committed)
        discard();
}

void LiveOrgWriter::discard()
{
    m_store.reset();
    removeDatabaseFiles(m_temp);
}

Result<std::unique_ptr<LiveOrgWriter>> LiveOrgWriter::begin(const QString &target,
                                                            const QString &orgName)
{
    const QFileInfo info(target);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::Io, tr("%1 is not a file").arg(target));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(Error::Code::Io,
                         tr("%1: the folder %2 does not exist").arg(target, info.absolutePath()));
    const QString temp = info.absolutePath() +
                         QStringLiteral("/.%1.importing-%2-%3")
                             .arg(info.fileName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    std::unique_ptr<LiveOrgWriter> writer(new LiveOrgWriter(info.absoluteFilePath(), temp));
    auto store = OrgStore::create(temp, orgName);
    if (!store)
        return store.error();
    writer->m_store = std::move(store).value();
    return writer;
}

Result<void> LiveOrgWriter::commit()
{
    if (auto r = m_store->checkpoint(); !r) {
        discard();
        return r;
    }
    m_store.reset(); // closed: the new file is whole, without a log beside it
    if (auto r = replaceFile(m_temp, m_target); !r)
        return r;
    m_committed = true;
    return {};
}

Result<void> LiveOrgWriter::replaceFile(const QString &from, const QString &target)
{
    // Nobody may have the target open while it is replaced.
    QLockFile lock(target + QLatin1String(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        removeDatabaseFiles(from);
        return makeError(Error::Code::Locked,
                         tr("%1 is open in SyncLens; close it there and import again").arg(target));
    }
    // A log left by a writer that died belongs to the old file only.
    QFile::remove(target + QLatin1String("-wal"));
    QFile::remove(target + QLatin1String("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    lock.unlock();
    if (error) {
        removeDatabaseFiles(from);
        return makeError(Error::Code::Io,
                         tr("%1 cannot be replaced: %2")
                             .arg(target, QString::fromLocal8Bit(error.message().c_str())));
    }
    QFile::remove(from + QLatin1String(".lock"));
    return {};
}

} // namespace SyncLens
