#include "filterhistorymodel.h"

#include "model/timetext.h"

#include <algorithm>

namespace SyncLens {

FilterHistoryModel::FilterHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FilterHistoryModel::setVersions(const QList<FilterVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    endResetModel();
}

const FilterVersion *FilterHistoryModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

// Local time: the admin reads when they acted on their own clock.
QString FilterHistoryModel::when(const QDateTime &time) const
{
    return TimeText::formatLocal(time);
}

QString FilterHistoryModel::changeText(const FilterVersion &v) const
{
    auto basedOn = [&]() -> QString {
        for (const FilterVersion &other : m_versions) {
            if (other.id == v.basedOn)
                return when(other.time);
        }
        return tr("an earlier version");
    };
    using C = FilterVersion::Change;
    switch (v.change) {
    case C::Created:
        return tr("Created");
    case C::Saved:
        return tr("Saved");
    case C::Removed:
        return tr("Deleted");
    case C::Restored:
        //: %1 when the restored version was saved
        return tr("Restored the version of %1").arg(basedOn());
    case C::Undone:
        return v.present ? tr("Undid the last change") : tr("Undid the creation (deleted)");
    case C::Original:
        return tr("As it was before SyncLens changed it");
    }
    return {};
}

int FilterHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int FilterHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilterHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FilterVersion &v = m_versions.at(index.row());
    if (role == VersionIdRole)
        return v.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return when(v.time);
    case Author:
        return v.author.isEmpty() ? tr("unknown") : v.author;
    case Change:
        return changeText(v);
    case Name:
        return v.filter.enabled ? v.filter.name : tr("%1 (disabled)").arg(v.filter.name);
    default:
        return {};
    }
}

QVariant FilterHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Author:
        return tr("Who");
    case Change:
        return tr("What");
    case Name:
        return tr("Filter");
    default:
        return {};
    }
}

} // namespace SyncLens
