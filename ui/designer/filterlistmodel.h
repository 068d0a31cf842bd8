#pragma once

#include "model/syncfilter.h"

#include <QAbstractItemModel>

namespace SyncLens {

// A user's sync filters grouped by record type (contacts, appointments,
// tasks), and the filters removed through SyncLens in a group of their own,
// so that they can be brought back. Each filter shows its name, whether it is
// enabled (a check box) and whether it has unsaved changes.
class FilterListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterListModel)

public:
    enum Role
    {
        FilterIdRole = Qt::UserRole + 1,
        TypeRole,
        DirtyRole,
        RemovedRole,
    };

    struct Entry
    {
        SyncFilter filter; // as shown: with unsaved changes
        bool dirty = false;
        bool isNew = false;
        bool removed = false;
    };

    explicit FilterListModel(QObject *parent = nullptr);

    // Replaces the whole list (a reset: the list is short).
    void setEntries(const QList<Entry> &entries);
    // Updates or adds one filter's entry.
    void setEntry(const Entry &entry);
    std::optional<Entry> entry(const QString &filterId) const;
    QModelIndex indexOf(const QString &filterId) const;
    QString filterId(const QModelIndex &index) const;
    QList<Entry> entries() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user ticked or unticked a filter, or renamed it in the list.
    void enabledToggled(const QString &filterId, bool enabled);
    void renamed(const QString &filterId, const QString &name);

private:
    struct Group
    {
        QString key; // a record type, or "removed"
        QList<Entry> entries;
    };
    int groupOf(const Entry &entry) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant entryData(const Entry &entry, int role) const;
    const Entry *entryAt(const QModelIndex &index) const;

    QList<Group> m_groups;
};

} // namespace SyncLens
