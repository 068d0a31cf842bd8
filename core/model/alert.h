#pragma once

#include "reasoncode.h"

#include <QDateTime>
#include <QJsonObject>
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

// A mailbox alert as the admin sees it in the mailbox details. It holds no
// sentence: its code and facts are rendered when shown (AlertText), in the
// language the program runs in then. Facts: "channel" (incoming, outgoing,
// act) when one channel failed alone, "failures", "fault", "subject", "why";
// an alert from before schema 5 keeps its old sentence as "text".
struct Alert
{
    qint64 id = 0; // assigned by the store
    QString mailboxId;
    QDateTime time;
    AlertSeverity severity = AlertSeverity::Information;
    ReasonCode code = ReasonCode::Recovered;
    QJsonObject facts;

    // The channel the alert is about; empty for the whole mailbox.
    QString channel() const { return facts.value(QLatin1String("channel")).toString(); }

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace SyncLens
