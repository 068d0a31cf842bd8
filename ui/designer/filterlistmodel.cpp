#include "filterlistmodel.h"

#include "fetchxml/fieldcatalog.h"
#include "model/recordtypes.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace SyncLens {

namespace {

const QString kRemoved = QStringLiteral("removed");
// Internal ids: groups are 0, a filter row carries its group's number + 1.
constexpr quintptr kGroupId = 0;

} // namespace

FilterListModel::FilterListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (const QString &type : {QString(RecordTypes::Contact), QString(RecordTypes::Appointment),
                                QString(RecordTypes::Task), kRemoved})
        m_groups.append(Group{type, {}});
}

int FilterListModel::groupOf(const Entry &entry) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (entry.removed ? m_groups[g].key == kRemoved : m_groups[g].key == entry.filter.type)
            return g;
    }
    return -1;
}

void FilterListModel::setEntries(const QList<Entry> &entries)
{
    QList<QList<Entry>> grouped(m_groups.size());
    for (const Entry &e : entries) {
        const int g = groupOf(e);
        if (g >= 0)
            grouped[g].append(e);
    }
    // The same filters in the same places: update them in place, so that a
    // name being edited in the list or the selection survives a refresh.
    bool sameRows = true;
    for (int g = 0; g < m_groups.size() && sameRows; ++g) {
        const QList<Entry> &old = m_groups[g].entries;
        sameRows = old.size() == grouped[g].size();
        for (int i = 0; sameRows && i < old.size(); ++i)
            sameRows = old[i].filter.id == grouped[g][i].filter.id;
    }
    if (!sameRows)
        beginResetModel();
    for (int g = 0; g < m_groups.size(); ++g)
        m_groups[g].entries = grouped[g];
    if (!sameRows) {
        endResetModel();
        return;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, group);
        if (!m_groups[g].entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0, group),
                               index(int(m_groups[g].entries.size()) - 1, 0, group));
    }
}

void FilterListModel::setEntry(const Entry &entry)
{
    const QModelIndex at = indexOf(entry.filter.id);
    const int group = groupOf(entry);
    if (at.isValid() && int(at.internalId()) - 1 == group) {
        m_groups[group].entries[at.row()] = entry;
        Q_EMIT dataChanged(at, at);
        Q_EMIT dataChanged(index(group, 0), index(group, 0)); // its count
        return;
    }
    if (at.isValid()) { // moved to another group (removed, or brought back)
        const int old = int(at.internalId()) - 1;
        beginRemoveRows(index(old, 0), at.row(), at.row());
        m_groups[old].entries.removeAt(at.row());
        endRemoveRows();
    }
    if (group < 0)
        return;
    const int row = int(m_groups[group].entries.size());
    beginInsertRows(index(group, 0), row, row);
    m_groups[group].entries.append(entry);
    endInsertRows();
}

std::optional<FilterListModel::Entry> FilterListModel::entry(const QString &filterId) const
{
    const Entry *e = entryAt(indexOf(filterId));
    return e ? std::optional<Entry>(*e) : std::nullopt;
}

QList<FilterListModel::Entry> FilterListModel::entries() const
{
    QList<Entry> all;
    for (const Group &g : m_groups)
        all += g.entries;
    return all;
}

QModelIndex FilterListModel::indexOf(const QString &filterId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups[g].entries.size(); ++r) {
            if (m_groups[g].entries[r].filter.id == filterId)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QString FilterListModel::filterId(const QModelIndex &index) const
{
    const Entry *e = entryAt(index);
    return e ? e->filter.id : QString();
}

const FilterListModel::Entry *FilterListModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.entries.size() ? &g.entries.at(index.row()) : nullptr;
}

QModelIndex FilterListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FilterListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupId);
}

int FilterListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int FilterListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FilterListModel::groupData(const Group &group, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QString name = group.key == kRemoved
                                 ? tr("Removed filters")
                                 : FieldCatalog::standard().pluralEntityName(group.key);
        //: a group of filters in the list, e.g. "Appointments (2)"
        return tr("%1 (%2)").arg(name).arg(group.entries.size());
    }
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == TypeRole)
        return group.key;
    return {};
}

QVariant FilterListModel::entryData(const Entry &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        //: a filter with unsaved changes: its name and a mark
        return e.dirty ? tr("%1 •").arg(e.filter.name) : e.filter.name;
    case Qt::EditRole:
        return e.filter.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList parts{e.filter.name};
        if (e.removed)
            parts.append(tr("removed"));
        else if (!e.filter.enabled)
            parts.append(tr("disabled"));
        if (e.isNew && !e.removed)
            parts.append(tr("new, not saved yet"));
        else if (e.dirty)
            parts.append(tr("unsaved changes"));
        return parts.join(tr(", "));
    }
    case Qt::CheckStateRole:
        return e.removed ? QVariant() : QVariant(e.filter.enabled ? Qt::Checked : Qt::Unchecked);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(e.isNew || e.removed);
        return font;
    }
    case Qt::ForegroundRole:
        if (!e.filter.enabled || e.removed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FilterIdRole:
        return e.filter.id;
    case TypeRole:
        return e.filter.type;
    case DirtyRole:
        return e.dirty;
    case RemovedRole:
        return e.removed;
    default:
        return {};
    }
}

QVariant FilterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups.at(index.row()), role);
    const Entry *e = entryAt(index);
    return e ? entryData(*e, role) : QVariant();
}

bool FilterListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Entry *found = entryAt(index);
    if (!found || found->removed)
        return false;
    Entry &e = m_groups[int(index.internalId()) - 1].entries[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (enabled == e.filter.enabled)
            return false;
        e.filter.enabled = enabled;
        Q_EMIT dataChanged(index, index);
        Q_EMIT enabledToggled(e.filter.id, enabled);
        return true;
    }
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == e.filter.name)
            return false;
        e.filter.name = name;
        Q_EMIT dataChanged(index, index);
        Q_EMIT renamed(e.filter.id, name);
        return true;
    }
    return false;
}

Qt::ItemFlags FilterListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    const Entry *e = entryAt(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (e && !e->removed)
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return f;
}

QVariant FilterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Filters");
    return {};
}

} // namespace SyncLens
