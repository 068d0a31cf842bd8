#include "draftstore.h"

#include "datafolder.h"
#include "model/textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace SyncLens {

namespace {

QString digest(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QJsonObject toJson(const SyncFilter &f, bool isNew, const QString &orgPath)
{
    return {
        {QStringLiteral("org"), orgPath},
        {QStringLiteral("id"), f.id},
        {QStringLiteral("userId"), f.userId},
        {QStringLiteral("type"), f.type},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("fetchXml"), f.fetchXml},
        {QStringLiteral("enabled"), f.enabled},
        {QStringLiteral("isNew"), isNew},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

} // namespace

DraftStore::DraftStore(const QString &orgPath, const QString &folder)
    : m_orgPath(QFileInfo(orgPath).absoluteFilePath())
{
    m_folder =
        folder.isEmpty()
            ? QDir(DataFolder::path()).filePath(QStringLiteral("drafts/") + digest(m_orgPath))
            : folder;
}

// File names from a digest of the id: ids may hold any character.
QString DraftStore::fileFor(const QString &filterId) const
{
    return QDir(m_folder).filePath(digest(filterId) + QStringLiteral(".json"));
}

Result<void> DraftStore::save(const SyncFilter &filter, bool isNew)
{
    if (!QDir().mkpath(m_folder))
        return makeError(Error::Code::Io, tr("%1 cannot be created").arg(m_folder));
    QSaveFile file(fileFor(filter.id));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         tr("%1: cannot be written: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(toJson(filter, isNew, m_orgPath)).toJson());
    if (!file.commit())
        return makeError(Error::Code::Io,
                         tr("%1: cannot be written: %2").arg(file.fileName(), file.errorString()));
    return {};
}

void DraftStore::remove(const QString &filterId)
{
    QFile::remove(fileFor(filterId));
}

QList<DraftStore::Draft> DraftStore::drafts(const QString &userId) const
{
    QList<Draft> list;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const auto text = TextFile::read(info.filePath());
        if (!text)
            continue; // unreadable or too large: left alone
        const QJsonObject o = QJsonDocument::fromJson(*text).object();
        if (o.value(QStringLiteral("userId")).toString() != userId ||
            o.value(QStringLiteral("org")).toString() != m_orgPath)
            continue; // another user's, or a damaged file: left alone
        Draft d;
        d.filter = SyncFilter{o.value(QStringLiteral("id")).toString(),
                              userId,
                              o.value(QStringLiteral("type")).toString(),
                              o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("fetchXml")).toString(),
                              o.value(QStringLiteral("enabled")).toBool(true),
                              {}};
        d.isNew = o.value(QStringLiteral("isNew")).toBool();
        d.savedAt =
            QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!d.filter.id.isEmpty())
            list.append(d);
    }
    std::sort(list.begin(), list.end(),
              [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return list;
}

} // namespace SyncLens
