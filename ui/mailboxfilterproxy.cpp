#include "mailboxfilterproxy.h"

#include "mailboxtablemodel.h"

namespace SyncLens {

MailboxFilterProxy::MailboxFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MailboxTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // any column: name, address or state
    // Rows move to their sorted place when the engine changes them.
    setDynamicSortFilter(true);
}

void MailboxFilterProxy::setText(const QString &text)
{
    setFilterFixedString(text);
}

void MailboxFilterProxy::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool MailboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_state != State::All) {
        const int flags = sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(MailboxTableModel::StateFlagsRole)
                              .toInt();
        const int wanted = m_state == State::Failing    ? MailboxTableModel::Failing
                           : m_state == State::Disabled ? MailboxTableModel::Disabled
                           : m_state == State::AwaitingApproval
                               ? MailboxTableModel::AwaitingApproval
                               : MailboxTableModel::HasAlerts;
        if (!(flags & wanted))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace SyncLens
