#pragma once

#include "model/user.h"
#include "previewrequest.h"

#include <QAbstractTableModel>

#include <array>

namespace SyncLens {

// The per-user table of "apply to other users": each user (ticked to take
// the filter), the filters of that type they have now, and how many records
// would enter, leave and stay in their scope.
class BulkPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPreviewModel)

public:
    enum Column
    {
        UserName,
        TheirFilters,
        Entering,
        Leaving,
        Staying,
        Result, // live orgs: how the write for the user ended
        ColumnCount
    };

    struct Row
    {
        User user;
        QStringList filterNames; // their enabled filters of the type
        bool checked = false;
        quint64 requestId = 0; // the preview on its way, or 0
        std::optional<std::array<int, 3>> counts;
        QString error;
        QString result;        // "Written", "Conflict", "Forbidden", …
        QString resultMessage; // why, for the tooltip
    };

    explicit BulkPreviewModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const Row &row(int index) const { return m_rows.at(index); }
    void setChecked(int index, bool checked);
    void setRequest(int index, quint64 requestId);
    // Takes a preview's counts; false when no row waits for it.
    bool takeOutcome(const PreviewOutcome &outcome);
    // How the write to a live org ended for `userId` (Result column).
    void setResult(const QString &userId, const QString &result, const QString &message);
    void clearResults();
    // Forgets every count (the proposal changed).
    void clearCounts();
    QStringList checkedUserIds() const;
    bool checkedReady() const;
    // Entering, leaving, staying summed over the ticked users.
    std::array<int, 3> checkedTotals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged(int row, bool checked);

private:
    QVariant countText(const Row &row, int group) const;
    QList<Row> m_rows;
};

} // namespace SyncLens
