#include "outgoingdecision.h"

#include "model/enumnames.h"

#include <QJsonArray>

#include <array>

namespace SyncLens {

namespace {

using N = EnumName<OutgoingDecision::Reason>;
using R = OutgoingDecision::Reason;
constexpr std::array kReasonNames{
    N{R::NoMailbox, QLatin1String("noMailbox")},
    N{R::OutgoingNone, QLatin1String("outgoingNone")},
    N{R::NotApproved, QLatin1String("notApproved")},
    N{R::Disabled, QLatin1String("disabled")},
};

} // namespace

QString OutgoingDecision::reasonName(Reason reason)
{
    return nameOf<Reason>(kReasonNames, reason);
}

std::optional<OutgoingDecision::Reason> OutgoingDecision::reasonFromName(QStringView name)
{
    return valueOf<Reason>(kReasonNames, name);
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

} // namespace SyncLens
