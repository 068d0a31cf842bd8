#pragma once

#include "evaluationcontext.h"
#include "fetchoperator.h"

#include <QDateTime>

namespace SyncLens {

// The instants [from, to) that a date operator selects, counted from the
// context's clock in UTC:
//  - today, this-week, last-month, …: whole calendar days, weeks (from the
//    context's first day of the week), months and years;
//  - last-seven-days / next-seven-days: the 7 × 24 hours before / after now;
//  - last-x-hours / next-x-hours: x hours before / after now;
//  - last-x-days|weeks|months|years: from the start of the day x units ago up
//    to now; next-x-…: from now to the end of the day x units ahead;
//  - olderthan-x-minutes|hours: before now − x; olderthan-x-days|…|years:
//    before the start of today − x units;
//  - on / on-or-before / on-or-after: the value's whole day and before / after.
struct TimeRange
{
    QDateTime from; // invalid: unbounded
    QDateTime to;   // invalid: unbounded, exclusive otherwise
};

TimeRange relativeRange(FetchOperator op, int count, const QDateTime &date,
                        const EvaluationContext &context);

} // namespace SyncLens
