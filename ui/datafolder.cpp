#include "datafolder.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace SyncLens {

namespace {

const QString kDemoFile = QStringLiteral("demo.db");
const QString kDrafts = QStringLiteral("drafts");

// SQLite's files beside a database in WAL mode.
const QStringList kSidecars{QStringLiteral("-wal"), QStringLiteral("-shm")};

bool sameFile(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) ==
           QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

// The database first: if it cannot move, nothing does.
bool moveDatabase(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const QString &suffix : kSidecars) {
        if (QFileInfo::exists(from + suffix))
            QFile::rename(from + suffix, to + suffix);
    }
    return true;
}

} // namespace

QString DataFolder::legacyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFolder::path()
{
    // AppDataLocation is <data>/<organisation>/<application> (or
    // <data>/<application> without an organisation): keep the application.
    const QString legacy = legacyPath();
    if (QCoreApplication::organizationName().isEmpty())
        return legacy;
    return QDir::cleanPath(legacy + QStringLiteral("/../../") +
                           QCoreApplication::applicationName());
}

QString DataFolder::demoOrgPath()
{
    return QDir(path()).filePath(kDemoFile);
}

QString DataFolder::migrate()
{
    const QString demo = demoOrgPath();
    const QDir legacy(legacyPath());
    if (sameFile(legacy.path(), path()) || !legacy.exists())
        return demo;
    QDir().mkpath(path());

    const QString oldDemo = legacy.filePath(kDemoFile);
    QString found = demo;
    if (QFileInfo(oldDemo).isFile() && !QFileInfo(demo).isFile()) {
        if (moveDatabase(oldDemo, demo)) {
            AppSettings settings;
            if (sameFile(settings.lastOrgPath(), oldDemo))
                settings.setLastOrgPath(demo);
        } else {
            found = oldDemo; // used where it is
        }
    }
    const QString newDrafts = QDir(path()).filePath(kDrafts);
    if (legacy.exists(kDrafts) && !QFileInfo::exists(newDrafts))
        QDir().rename(legacy.filePath(kDrafts), newDrafts);
    QDir().rmdir(legacy.path()); // only when nothing is left in it
    return found;
}

} // namespace SyncLens
