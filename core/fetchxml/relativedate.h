#pragma once

#include "evaluationcontext.h"
#include "fetchoperator.h"

#include <QDateTime>

#include <optional>

namespace SyncLens {

// The instants [from, to) that a date operator selects, counted from the
// context's clock. Calendar days, weeks, months and years are those of the
// context's time zone (the filter user's), so "today" in Tokyo and "today"
// in Paris are different instants, and a day of a daylight-saving change
// lasts 23 or 25 hours. relativedate.cpp says, operator by operator, where
// Microsoft's documentation leaves a boundary open and what SyncLens does.
struct TimeRange
{
    QDateTime from; // invalid: unbounded
    QDateTime to;   // invalid: unbounded, exclusive otherwise
};

// `day` is the calendar day of on, on-or-before and on-or-after (ignored by
// the other operators).
TimeRange relativeRange(FetchOperator op, int n, QDate day, const EvaluationContext &context);

// Whether an operator counts calendar days in the user's time zone (today,
// this-week, on, last-x-days, …), as opposed to hours from now.
bool isCalendarOperator(FetchOperator op);

// The calendar day an on / on-or-before / on-or-after value names in `zone`:
// a bare date ("2026-03-01") is that day; a date with a time is the day that
// instant falls on in the zone. Nothing when the value is not a date.
std::optional<QDate> calendarDay(const QString &value, const QTimeZone &zone);

} // namespace SyncLens
