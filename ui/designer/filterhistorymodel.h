#pragma once

#include "model/filterversion.h"

#include <QAbstractTableModel>

namespace SyncLens {

// The saved versions of one filter, newest first: when, who, what changed.
class FilterHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterHistoryModel)

public:
    enum Column
    {
        When,
        Author,
        Change,
        Name,
        ColumnCount
    };
    enum Role
    {
        VersionIdRole = Qt::UserRole + 1,
    };

    explicit FilterHistoryModel(QObject *parent = nullptr);

    // `versions` oldest first, as the store gives them.
    void setVersions(const QList<FilterVersion> &versions);
    const FilterVersion *version(int row) const;
    // "Saved", "Restored the version of 12 March, 14:02", …
    QString changeText(const FilterVersion &version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString when(const QDateTime &time) const;
    QList<FilterVersion> m_versions; // newest first
};

} // namespace SyncLens
