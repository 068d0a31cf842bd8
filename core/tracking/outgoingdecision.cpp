#include "outgoingdecision.h"

#include "model/enumnames.h"

#include <QJsonArray>

#include <array>

namespace SyncLens {

namespace {

using OutgoingReasonName = EnumName<OutgoingDecision::Reason>;
using OutgoingReason = OutgoingDecision::Reason;
constexpr std::array kOutgoingReasonNames{
    OutgoingReasonName{OutgoingReason::NoMailbox, QLatin1String("noMailbox")},
    OutgoingReasonName{OutgoingReason::OutgoingNone, QLatin1String("outgoingNone")},
    OutgoingReasonName{OutgoingReason::NotApproved, QLatin1String("notApproved")},
    OutgoingReasonName{OutgoingReason::Disabled, QLatin1String("disabled")},
};

} // namespace

QString OutgoingDecision::reasonName(Reason reason)
{
    return nameOf<Reason>(kOutgoingReasonNames, reason);
}

std::optional<OutgoingDecision::Reason> OutgoingDecision::reasonFromName(QStringView name)
{
    return valueOf<Reason>(kOutgoingReasonNames, name);
}

QJsonObject OutgoingDecision::factsJson() const
{
    QJsonObject o{{QStringLiteral("subject"), subject}};
    if (!mailboxId.isEmpty())
        o.insert(QStringLiteral("mailbox"), mailboxId);
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), token);
    if (!replacedTokens.isEmpty())
        o.insert(QStringLiteral("replacedTokens"), QJsonArray::fromStringList(replacedTokens));
    if (!reasons.isEmpty()) {
        QJsonArray names;
        for (Reason r : reasons)
            names.append(reasonName(r));
        o.insert(QStringLiteral("reason"), names.first());
        o.insert(QStringLiteral("reasons"), names);
    }
    return o;
}

OutgoingDecision OutgoingDecision::fromFacts(ReasonCode code, const QString &emailId,
                                             const QJsonObject &facts)
{
    OutgoingDecision d;
    d.code = code;
    d.emailId = emailId;
    d.mailboxId = facts.value(QStringLiteral("mailbox")).toString();
    d.subject = facts.value(QStringLiteral("subject")).toString();
    d.token = facts.value(QStringLiteral("token")).toString();
    for (const QJsonValue t : facts.value(QStringLiteral("replacedTokens")).toArray())
        d.replacedTokens.append(t.toString());
    for (const QJsonValue r : facts.value(QStringLiteral("reasons")).toArray()) {
        if (const auto reason = reasonFromName(r.toString()))
            d.reasons.append(*reason);
    }
    return d;
}

} // namespace SyncLens
