#pragma once

#include "model/team.h"
#include "model/user.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace SyncLens {

// Who a filter is evaluated for, and when: eq-userid means this user,
// eq-userteams one of `teamIds`, and relative dates count from `now`.
// Calendar-based operators (today, last-week, this-month, on, …) count
// calendar days in `timeZone`, the filter user's (sss-model §1); weeks start
// on `firstDayOfWeek`: Sunday, as Microsoft documents for last-week (no org
// setting that moves it is documented).
struct EvaluationContext
{
    QString userId;
    QStringList teamIds; // for eq-userteams, eq-useroruserteams
    QString businessUnitId;
    QDateTime now;
    QTimeZone timeZone = QTimeZone::utc();
    Qt::DayOfWeek firstDayOfWeek = Qt::Sunday;

    // The context of `user`'s filters: their time zone (UTC when the name is
    // unknown to this system) and the teams among `teams` they belong to.
    static EvaluationContext forUser(const User &user, const QList<Team> &teams,
                                     const QDateTime &now);
    // The zone an IANA name names, or UTC when this system does not know it.
    static QTimeZone zoneNamed(const QString &ianaId);

    friend bool operator==(const EvaluationContext &, const EvaluationContext &) = default;
};

} // namespace SyncLens
