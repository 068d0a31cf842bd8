#include "mailboxtablemodel.h"

#include "statusicons.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"
#include "timetext.h"

namespace SyncLens {

namespace {

QString statusText(ChannelMode mode, ChannelStatus status)
{
    if (mode == ChannelMode::None)
        return MailboxTableModel::tr("Off");
    switch (status) {
    case ChannelStatus::Success:
        return MailboxTableModel::tr("Success");
    case ChannelStatus::Failure:
        return MailboxTableModel::tr("Failure");
    case ChannelStatus::NotRun:
        return MailboxTableModel::tr("Not run yet");
    }
    return {};
}

QString stateText(const Mailbox &m)
{
    if (!m.approved)
        return MailboxTableModel::tr("Awaiting approval");
    if (!m.enabled)
        return MailboxTableModel::tr("Disabled");
    if (!m.disabledChannels().isEmpty())
        //: the mailbox runs, but one or more of its channels is disabled
        return MailboxTableModel::tr("Partly disabled");
    return MailboxTableModel::tr("Enabled");
}

MailboxChannel channelOf(int column)
{
    switch (column) {
    case MailboxTableModel::IncomingColumn:
        return MailboxChannel::Incoming;
    case MailboxTableModel::OutgoingColumn:
        return MailboxChannel::Outgoing;
    default:
        return MailboxChannel::Act;
    }
}

std::pair<ChannelMode, ChannelStatus> channel(const Mailbox &m, int column)
{
    switch (column) {
    case MailboxTableModel::IncomingColumn:
        return {m.incoming, m.incomingStatus};
    case MailboxTableModel::OutgoingColumn:
        return {m.outgoing, m.outgoingStatus};
    default:
        return {m.act, m.actStatus};
    }
}

bool isChannel(int column)
{
    return column == MailboxTableModel::IncomingColumn ||
           column == MailboxTableModel::OutgoingColumn || column == MailboxTableModel::ActColumn;
}

} // namespace

MailboxTableModel::MailboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Result<void> MailboxTableModel::reload(OrgStore &store)
{
    auto mailboxes = store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    auto users = store.users();
    if (!users)
        return users.error();
    auto alerts = store.alertCountsByMailbox();
    if (!alerts)
        return alerts.error();
    QHash<QString, User> byId;
    for (const User &u : *users)
        byId.insert(u.id, u);

    beginResetModel();
    m_rows.clear();
    for (const Mailbox &m : *mailboxes) {
        const User user = byId.value(m.userId);
        m_rows.append(
            Row{m, user.name.isEmpty() ? m.userId : user.name, user.email, alerts->value(m.id)});
    }
    endResetModel();
    return {};
}

void MailboxTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool MailboxTableModel::updateMailboxes(const QList<Mailbox> &mailboxes)
{
    if (mailboxes.size() != m_rows.size())
        return false;
    QHash<QString, int> rowOfId;
    for (int r = 0; r < m_rows.size(); ++r)
        rowOfId.insert(m_rows.at(r).mailbox.id, r);
    for (const Mailbox &m : mailboxes) {
        if (!rowOfId.contains(m.id))
            return false;
    }
    for (const Mailbox &m : mailboxes) {
        const int r = rowOfId.value(m.id);
        if (m_rows.at(r).mailbox == m)
            continue;
        m_rows[r].mailbox = m;
        rowChanged(r);
    }
    return true;
}

void MailboxTableModel::setAlertCounts(const QHash<QString, int> &counts)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const int count = counts.value(m_rows.at(r).mailbox.id);
        if (m_rows.at(r).alerts == count)
            continue;
        m_rows[r].alerts = count;
        rowChanged(r);
    }
}

void MailboxTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<Mailbox> MailboxTableModel::mailbox(const QString &mailboxId) const
{
    const int r = rowOf(mailboxId);
    return r < 0 ? std::nullopt : std::optional<Mailbox>(m_rows.at(r).mailbox);
}

QString MailboxTableModel::userName(const QString &mailboxId) const
{
    const int r = rowOf(mailboxId);
    return r < 0 ? QString() : m_rows.at(r).userName;
}

int MailboxTableModel::rowOf(const QString &mailboxId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).mailbox.id == mailboxId)
            return r;
    }
    return -1;
}

int MailboxTableModel::stateFlags(const Row &row) const
{
    int flags = 0;
    if (row.mailbox.isFailing())
        flags |= Failing;
    if (!row.mailbox.enabled || !row.mailbox.disabledChannels().isEmpty())
        flags |= Disabled;
    if (!row.mailbox.approved)
        flags |= AwaitingApproval;
    if (row.alerts > 0)
        flags |= HasAlerts;
    return flags;
}

int MailboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case UserColumn:
        return row.userName;
    case EmailColumn:
        return row.email;
    case StateColumn:
        return stateText(row.mailbox);
    case LastCycleColumn:
        return TimeText::format(row.mailbox.lastCycle, tr("Never"));
    case AlertsColumn:
        return row.alerts;
    default: {
        const auto [mode, status] = channel(row.mailbox, column);
        // A channel disabled alone says so; the others show their own status.
        if (mode == ChannelMode::Sss && row.mailbox.enabled &&
            row.mailbox.health(channelOf(column)).disabled)
            return tr("Disabled");
        return statusText(mode, status);
    }
    }
}

QVariant MailboxTableModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case LastCycleColumn:
        return row.mailbox.lastCycle.isValid() ? row.mailbox.lastCycle.toMSecsSinceEpoch()
                                               : qint64(-1);
    case AlertsColumn:
        return row.alerts;
    default:
        return display(row, column).toString().toLower();
    }
}

QString MailboxTableModel::toolTip(const Row &row, int column) const
{
    if (isChannel(column)) {
        const auto [mode, status] = channel(row.mailbox, column);
        if (mode == ChannelMode::None)
            return tr("This channel is not synchronised by Server-Side Synchronization.");
        const ChannelHealth &h = row.mailbox.health(channelOf(column));
        if (row.mailbox.enabled && h.disabled)
            return tr("This channel alone is disabled after its own failures; the other channels "
                      "go on. Test & Enable re-enables it.");
        if (h.retryAfter.isValid())
            return tr("This channel failed and waits until %1 before it tries again; the other "
                      "channels go on.")
                .arg(TimeText::format(h.retryAfter));
        if (status == ChannelStatus::Failure)
            return tr("The last attempt failed; see the mailbox's alerts.");
        if (status == ChannelStatus::NotRun)
            return tr("No synchronisation has run for this channel yet.");
        return tr("The last synchronisation succeeded.");
    }
    if (column == StateColumn && !row.mailbox.approved)
        return tr("An administrator must approve this mailbox before anything synchronises.");
    if (column == StateColumn && !row.mailbox.enabled)
        return tr("Synchronisation is switched off for this mailbox until it is enabled again.");
    if (column == StateColumn && !row.mailbox.disabledChannels().isEmpty()) {
        QStringList channels;
        for (MailboxChannel c : row.mailbox.disabledChannels())
            channels.append(MailboxHealth::channelLabel(c));
        //: %1 lists channels, e.g. "Appointments, contacts and tasks"
        return tr("Disabled: %1. The other channels go on; Test & Enable re-enables every "
                  "channel.")
            .arg(channels.join(QLatin1String("; ")));
    }
    return display(row, column).toString();
}

QVariant MailboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (isChannel(index.column())) {
            const auto [mode, status] = channel(row.mailbox, index.column());
            return StatusIcons::forStatus(mode, status);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AlertsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(row, index.column());
    case MailboxIdRole:
        return row.mailbox.id;
    case StateFlagsRole:
        return stateFlags(row);
    default:
        return {};
    }
}

QVariant MailboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip says a title whole where a narrow column elides it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("Email");
    case IncomingColumn:
        return tr("Incoming");
    case OutgoingColumn:
        return tr("Outgoing");
    case ActColumn:
        //: Appointments, contacts and tasks: one synchronisation channel
        return tr("Appointments, contacts, tasks");
    case StateColumn:
        return tr("Mailbox");
    case LastCycleColumn:
        return tr("Last cycle");
    case AlertsColumn:
        return tr("Alerts");
    default:
        return {};
    }
}

} // namespace SyncLens
