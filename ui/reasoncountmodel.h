#pragma once

#include "model/reasoncode.h"

#include <QAbstractTableModel>
#include <QHash>

namespace SyncLens {

// How many decisions of each reason code a mailbox has in its journal, most
// frequent first: the code, its plain name and the count.
class ReasonCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonCountModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        CountColumn,
        ColumnCount
    };
    static constexpr int CountRole = Qt::UserRole; // the count as a number

    explicit ReasonCountModel(QObject *parent = nullptr);

    void setCounts(const QHash<ReasonCode, qint64> &counts);
    qint64 count(ReasonCode code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ReasonCode code;
        qint64 count;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

} // namespace SyncLens
