#pragma once

#include "reasoncode.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SyncLens {

enum class AlertSeverity
{
    Error,
    Warning,
    Information
};

QString alertSeverityName(AlertSeverity value);
std::optional<AlertSeverity> alertSeverityFromName(QStringView name);

// A mailbox alert as the admin sees it in the mailbox details.
struct Alert
{
    qint64 id = 0; // assigned by the store
    QString mailboxId;
    QDateTime time;
    AlertSeverity severity = AlertSeverity::Information;
    ReasonCode code = ReasonCode::Recovered;
    QString message;

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace SyncLens
