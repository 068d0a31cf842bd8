#include "alertlistmodel.h"

#include "explain/reasoncodetext.h"
#include "statusicons.h"
#include "sync/mailboxhealth.h"
#include "timetext.h"

#include <algorithm>

namespace SyncLens {

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlertListModel::setAlerts(QList<Alert> alerts)
{
    // Newest first: the admin looks for what happened last.
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    if (alerts == m_alerts)
        return;
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Error:
        return tr("Error");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Information:
        return tr("Information");
    }
    return {};
}

QVariant AlertListModel::display(const Alert &alert, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityText(alert.severity);
    case TimeColumn:
        return TimeText::format(alert.time);
    case MessageColumn:
        // Rendered now, in the current language; a channel's alert names it.
        return MailboxHealth::message(alert);
    default:
        return {};
    }
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(alert, index.column());
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return StatusIcons::forSeverity(alert.severity);
        return {};
    case Qt::ToolTipRole:
        //: %1 a reason code such as MAILBOX_NOT_APPROVED, %2 its meaning
        return tr("%1: %2").arg(reasonCodeName(alert.code), ReasonCodeText::plainName(alert.code));
    case CodeRole:
        return reasonCodeName(alert.code);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip says a title whole where a narrow column elides it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TimeColumn:
        //: The time of an alert (simulated clock, UTC)
        return tr("Time (UTC)");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace SyncLens
