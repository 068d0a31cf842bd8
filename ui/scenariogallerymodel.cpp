#include "scenariogallerymodel.h"

#include "scenario/scenarioloader.h"

#include <QDir>

namespace SyncLens {

ScenarioGalleryModel::ScenarioGalleryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const QDir dir(Directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        // Two dozen small files: read once, for their titles and stories.
        auto scenario = ScenarioLoader::load(dir.filePath(file));
        if (!scenario)
            continue;
        const QString number = file.section(u'-', 0, 0);
        m_entries.append({dir.filePath(file), number, scenario->title, scenario->story});
    }
}

int ScenarioGalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ScenarioGalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: a scenario in the gallery: %1 its number, %2 its title
        return tr("%1 · %2").arg(e.number, e.title);
    case Qt::ToolTipRole:
    case StoryRole:
        return e.story;
    case PathRole:
        return e.path;
    case TitleRole:
        return e.title;
    default:
        return {};
    }
}

int ScenarioGalleryModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == path)
            return row;
    }
    return -1;
}

} // namespace SyncLens
