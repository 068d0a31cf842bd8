#pragma once

#include "model/alert.h"

#include <QAbstractTableModel>

namespace SyncLens {

// A mailbox's alerts, newest first: severity (icon and text), time and message.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Column
    {
        SeverityColumn,
        TimeColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole; // the reason code's name

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(QList<Alert> alerts);
    const Alert &alertAt(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(AlertSeverity severity);

private:
    QVariant display(const Alert &alert, int column) const;

    QList<Alert> m_alerts;
};

} // namespace SyncLens
