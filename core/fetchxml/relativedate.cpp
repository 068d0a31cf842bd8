#include "relativedate.h"

#include "fetchvalue.h"

namespace SyncLens {

namespace {

// Whole calendar units in the user's zone, as dates; instants come last.
QDate weekStart(QDate day, Qt::DayOfWeek first)
{
    return day.addDays(-((day.dayOfWeek() - int(first) + 7) % 7));
}

QDate shift(QDate day, FetchOperator op, int n)
{
    using O = FetchOperator;
    switch (op) {
    case O::LastXWeeks:
    case O::NextXWeeks:
    case O::OlderThanXWeeks:
        return day.addDays(7 * qint64(n));
    case O::LastXMonths:
    case O::NextXMonths:
    case O::OlderThanXMonths:
        return day.addMonths(n);
    case O::LastXYears:
    case O::NextXYears:
    case O::OlderThanXYears:
        return day.addYears(n);
    default:
        return day.addDays(n);
    }
}

} // namespace

bool isCalendarOperator(FetchOperator op)
{
    using O = FetchOperator;
    switch (op) {
    case O::LastSevenDays:
    case O::NextSevenDays:
    case O::LastXHours:
    case O::NextXHours:
    case O::OlderThanXMinutes:
    case O::OlderThanXHours:
        return false;
    default:
        return operatorInfo(op).relativeDate || operatorInfo(op).value == OperatorValue::Date;
    }
}

std::optional<QDate> calendarDay(const QString &value, const QTimeZone &zone)
{
    const auto instant = FetchValue::parseDateTime(value);
    if (!instant)
        return std::nullopt;
    if (value.trimmed().size() == 10) // a bare date names the user's day itself
        return instant->date();
    return instant->toTimeZone(zone).date();
}

TimeRange relativeRange(FetchOperator op, int n, QDate day, const EvaluationContext &context)
{
    using O = FetchOperator;
    const QTimeZone &zone = context.timeZone;
    const QDateTime now = context.now.toUTC();
    const QDateTime afterNow = now.addMSecs(1); // "up to now" includes now
    const QDate today = now.toTimeZone(zone).date();
    const QDate week = weekStart(today, context.firstDayOfWeek);
    const QDate month(today.year(), today.month(), 1);
    const QDate year(today.year(), 1, 1);
    // The first instant of a day in the user's zone (after a gap, if
    // daylight saving skips midnight).
    auto at = [&zone](QDate d) { return d.startOfDay(zone).toUTC(); };
    auto days = [&at](QDate from, QDate to) { return TimeRange{at(from), at(to)}; };
    switch (op) {
    case O::Today:
        return days(today, today.addDays(1));
    case O::Yesterday:
        return days(today.addDays(-1), today);
    case O::Tomorrow:
        return days(today.addDays(1), today.addDays(2));
    // Weeks: Microsoft documents last-week as "Sunday through Saturday" and
    // says nothing of this-week and next-week; SyncLens uses the same weeks.
    case O::ThisWeek:
        return days(week, week.addDays(7));
    case O::LastWeek:
        return days(week.addDays(-7), week);
    case O::NextWeek:
        return days(week.addDays(7), week.addDays(14));
    case O::ThisMonth:
        return days(month, month.addMonths(1));
    case O::LastMonth:
        return days(month.addMonths(-1), month);
    case O::NextMonth:
        return days(month.addMonths(1), month.addMonths(2));
    case O::ThisYear:
        return days(year, year.addYears(1));
    case O::LastYear:
        return days(year.addYears(-1), year);
    case O::NextYear:
        return days(year.addYears(1), year.addYears(2));
    // last-seven-days / next-seven-days: documented as "within the last /
    // next seven days" with no word on whether whole days count. SyncLens
    // takes the 7 × 24 hours before (up to and including now) / after now.
    case O::LastSevenDays:
        return {now.addDays(-7), afterNow};
    case O::NextSevenDays:
        return {now, now.addDays(7)};
    case O::LastXHours:
        return {now.addSecs(-3600 * qint64(n)), afterNow};
    case O::NextXHours:
        return {now, now.addSecs(3600 * qint64(n))};
    // last-x-days|weeks|months|years: documented as "within the last X
    // days" without saying whether X days count from now or from midnight.
    // SyncLens counts from the start of the user's day X units ago up to now
    // (today's earlier hours are in; later today is not).
    case O::LastXDays:
    case O::LastXWeeks:
    case O::LastXMonths:
    case O::LastXYears:
        return {at(shift(today, op, -n)), afterNow};
    // next-x-…: from now to the end of the user's day X units ahead.
    case O::NextXDays:
    case O::NextXWeeks:
    case O::NextXMonths:
    case O::NextXYears:
        return {now, at(shift(today, op, n).addDays(1))};
    // olderthan-x-minutes|hours: before now − x. olderthan-x-days and longer:
    // the documentation says "older than X days" only; SyncLens takes what
    // is before the start of the user's day X units ago.
    case O::OlderThanXMinutes:
        return {{}, now.addSecs(-60 * qint64(n))};
    case O::OlderThanXHours:
        return {{}, now.addSecs(-3600 * qint64(n))};
    case O::OlderThanXDays:
    case O::OlderThanXWeeks:
    case O::OlderThanXMonths:
    case O::OlderThanXYears:
        return {{}, at(shift(today, op, -n))};
    // on, on-or-before, on-or-after: the whole of the value's day in the
    // user's zone; on-or-before includes that day to its end.
    case O::On:
        return days(day, day.addDays(1));
    case O::OnOrBefore:
        return {{}, at(day.addDays(1))};
    case O::OnOrAfter:
        return {at(day), {}};
    default:
        return {};
    }
}

} // namespace SyncLens
