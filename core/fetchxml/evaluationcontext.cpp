#include "evaluationcontext.h"

namespace SyncLens {

QTimeZone EvaluationContext::zoneNamed(const QString &ianaId)
{
    const QByteArray id = ianaId.toLatin1();
    if (id.isEmpty() || id == "UTC")
        return QTimeZone::utc();
    // Not isTimeZoneIdAvailable(): it leaves out valid names such as Etc/GMT+12.
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

EvaluationContext EvaluationContext::forUser(const User &user, const QList<Team> &teams,
                                             const QDateTime &now)
{
    EvaluationContext context;
    context.userId = user.id;
    context.now = now;
    context.timeZone = zoneNamed(user.timeZone);
    for (const Team &team : teams) {
        if (team.members.contains(user.id))
            context.teamIds.append(team.id);
    }
    return context;
}

} // namespace SyncLens
