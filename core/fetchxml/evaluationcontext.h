#pragma once

#include <QDateTime>
#include <QStringList>

namespace SyncLens {

// Who a filter is evaluated for, and when: eq-userid means this user, and
// relative dates (today, last-x-days, …) count from `now`, in UTC.
struct EvaluationContext
{
    QString userId;
    QStringList teamIds; // for eq-useroruserteams
    QString businessUnitId;
    QDateTime now;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
};

} // namespace SyncLens
