#pragma once

#include <QSortFilterProxyModel>

namespace SyncLens {

// The mailbox table as the admin narrows it: by text (name, address or any
// shown value) and by state (failing, disabled, awaiting approval, with
// alerts). Sorts by MailboxTableModel::SortRole.
class MailboxFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxFilterProxy)

public:
    enum class State
    {
        All,
        Failing,
        Disabled,
        AwaitingApproval,
        WithAlerts
    };

    explicit MailboxFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setState(State state);
    State state() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::All;
};

} // namespace SyncLens
