#pragma once

#include "model/mailbox.h"
#include "model/result.h"

#include <QAbstractTableModel>

namespace SyncLens {

class OrgStore;

// The mailboxes of an org as the admin's table: who, which address, the
// status of each channel, the last cycle and how many alerts.
class MailboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxTableModel)

public:
    enum Column
    {
        UserColumn,
        EmailColumn,
        IncomingColumn,
        OutgoingColumn,
        ActColumn,
        StateColumn,
        LastCycleColumn,
        AlertsColumn,
        ColumnCount
    };
    // Qt::UserRole: a value to sort by (numbers and times sort as such).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int MailboxIdRole = Qt::UserRole + 1;
    // StateFlags of the row, for filtering by state.
    static constexpr int StateFlagsRole = Qt::UserRole + 2;
    enum StateFlag
    {
        Failing = 1,
        Disabled = 2,
        AwaitingApproval = 4,
        HasAlerts = 8
    };

    explicit MailboxTableModel(QObject *parent = nullptr);

    // Reads the mailboxes, their users and alert counts from the store.
    Result<void> reload(OrgStore &store);
    void clear();
    // Takes the engine's new view of the mailboxes row by row (dataChanged
    // only, so selections and sort stay). Returns false when mailboxes came
    // or went: then the caller reloads from the store.
    bool updateMailboxes(const QList<Mailbox> &mailboxes);
    void setAlertCounts(const QHash<QString, int> &counts);

    std::optional<Mailbox> mailbox(const QString &mailboxId) const;
    QString userName(const QString &mailboxId) const;
    int rowOf(const QString &mailboxId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Mailbox mailbox;
        QString userName;
        QString email;
        int alerts = 0;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    int stateFlags(const Row &row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace SyncLens
