#include "relativedate.h"

namespace SyncLens {

namespace {

QDateTime startOfDay(const QDateTime &t)
{
    return QDateTime(t.toUTC().date(), QTime(0, 0), Qt::UTC);
}

QDateTime startOfWeek(const QDateTime &t, Qt::DayOfWeek first)
{
    const QDateTime day = startOfDay(t);
    const int back = (day.date().dayOfWeek() - int(first) + 7) % 7;
    return day.addDays(-back);
}

QDateTime startOfMonth(const QDateTime &t)
{
    const QDate d = t.toUTC().date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
}

QDateTime startOfYear(const QDateTime &t)
{
    return QDateTime(QDate(t.toUTC().date().year(), 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime shift(const QDateTime &t, FetchOperator op, int n)
{
    using O = FetchOperator;
    switch (op) {
    case O::LastXWeeks:
    case O::NextXWeeks:
    case O::OlderThanXWeeks:
        return t.addDays(7 * qint64(n));
    case O::LastXMonths:
    case O::NextXMonths:
    case O::OlderThanXMonths:
        return t.addMonths(n);
    case O::LastXYears:
    case O::NextXYears:
    case O::OlderThanXYears:
        return t.addYears(n);
    default:
        return t.addDays(n);
    }
}

} // namespace

TimeRange relativeRange(FetchOperator op, int n, const QDateTime &date,
                        const EvaluationContext &context)
{
    using O = FetchOperator;
    const QDateTime now = context.now.toUTC();
    const QDateTime afterNow = now.addMSecs(1); // "up to now" includes now
    const QDateTime today = startOfDay(now);
    const QDateTime week = startOfWeek(now, context.firstDayOfWeek);
    const QDateTime month = startOfMonth(now);
    const QDateTime year = startOfYear(now);
    switch (op) {
    case O::Today:
        return {today, today.addDays(1)};
    case O::Yesterday:
        return {today.addDays(-1), today};
    case O::Tomorrow:
        return {today.addDays(1), today.addDays(2)};
    case O::ThisWeek:
        return {week, week.addDays(7)};
    case O::LastWeek:
        return {week.addDays(-7), week};
    case O::NextWeek:
        return {week.addDays(7), week.addDays(14)};
    case O::ThisMonth:
        return {month, month.addMonths(1)};
    case O::LastMonth:
        return {month.addMonths(-1), month};
    case O::NextMonth:
        return {month.addMonths(1), month.addMonths(2)};
    case O::ThisYear:
        return {year, year.addYears(1)};
    case O::LastYear:
        return {year.addYears(-1), year};
    case O::NextYear:
        return {year.addYears(1), year.addYears(2)};
    case O::LastSevenDays:
        return {now.addDays(-7), afterNow};
    case O::NextSevenDays:
        return {now, now.addDays(7)};
    case O::LastXHours:
        return {now.addSecs(-3600 * qint64(n)), afterNow};
    case O::NextXHours:
        return {now, now.addSecs(3600 * qint64(n))};
    case O::LastXDays:
    case O::LastXWeeks:
    case O::LastXMonths:
    case O::LastXYears:
        return {shift(today, op, -n), afterNow};
    case O::NextXDays:
    case O::NextXWeeks:
    case O::NextXMonths:
    case O::NextXYears:
        return {now, shift(today, op, n).addDays(1)};
    case O::OlderThanXMinutes:
        return {{}, now.addSecs(-60 * qint64(n))};
    case O::OlderThanXHours:
        return {{}, now.addSecs(-3600 * qint64(n))};
    case O::OlderThanXDays:
    case O::OlderThanXWeeks:
    case O::OlderThanXMonths:
    case O::OlderThanXYears:
        return {{}, shift(today, op, -n)};
    case O::On:
        return {startOfDay(date), startOfDay(date).addDays(1)};
    case O::OnOrBefore:
        return {{}, startOfDay(date).addDays(1)};
    case O::OnOrAfter:
        return {startOfDay(date), {}};
    default:
        return {};
    }
}

} // namespace SyncLens
