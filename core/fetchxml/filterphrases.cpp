// FilterDescriber: one phrase per operator. Each phrase is its own tr() call
// so that translators see whole phrases, with %1 the field's display name.
#include "fetchvalue.h"
#include "filterdescriber.h"
#include "likepattern.h"
#include "relativedate.h"

namespace SyncLens {

namespace {

bool isOwner(const FetchCondition &c)
{
    return c.attribute == u"ownerid" && c.entityName.isEmpty();
}

} // namespace

QString FilterDescriber::conditionPhrase(const FetchCondition &c, const QString &entity,
                                         const QString &field) const
{
    using O = FetchOperator;
    const OperatorInfo &info = operatorInfo(c.op);
    if (info.relativeDate)
        return relativePhrase(c, field);
    const auto fieldInfo = m_catalog.field(entity, c.attribute);
    const bool isDate = (fieldInfo && fieldInfo->type == FieldType::DateTime) ||
                        (!fieldInfo && !c.values.isEmpty() && c.values.first().size() >= 10 &&
                         FetchValue::parseDateTime(c.values.first()));
    auto value = [&](int i) { return formatValue(entity, c.attribute, c.values.value(i)); };
    QStringList all;
    for (int i = 0; i < c.values.size(); ++i)
        all.append(value(i));
    const QString raw = c.values.value(0);

    switch (c.op) {
    case O::Eq:
        return tr("whose %1 is %2").arg(field, value(0));
    case O::Ne:
    case O::Neq:
        return tr("whose %1 is not %2").arg(field, value(0));
    case O::Gt:
        return isDate ? tr("whose %1 is after %2").arg(field, value(0))
                      : tr("whose %1 is greater than %2").arg(field, value(0));
    case O::Ge:
        return isDate ? tr("whose %1 is on or after %2").arg(field, value(0))
                      : tr("whose %1 is at least %2").arg(field, value(0));
    case O::Lt:
        return isDate ? tr("whose %1 is before %2").arg(field, value(0))
                      : tr("whose %1 is less than %2").arg(field, value(0));
    case O::Le:
        return isDate ? tr("whose %1 is on or before %2").arg(field, value(0))
                      : tr("whose %1 is at most %2").arg(field, value(0));
    case O::Like:
    case O::NotLike:
        return patternPhrase(LikePattern(raw), c.op == O::NotLike, field);
    // Without a wildcard the value is shown as written; with one, as like's.
    case O::BeginsWith:
    case O::NotBeginWith:
    case O::EndsWith:
    case O::NotEndWith: {
        const bool no = c.op == O::NotBeginWith || c.op == O::NotEndWith;
        const LikePattern pattern(LikePattern::forOperator(c.op, raw));
        const bool plain = LikePattern(raw).shape() == LikePattern::Shape::Equals;
        const QString text = m_locale.quoteString(plain ? raw : pattern.literal());
        if (pattern.shape() == LikePattern::Shape::BeginsWith)
            return no ? tr("whose %1 does not begin with %2").arg(field, text)
                      : tr("whose %1 begins with %2").arg(field, text);
        if (pattern.shape() == LikePattern::Shape::EndsWith)
            return no ? tr("whose %1 does not end with %2").arg(field, text)
                      : tr("whose %1 ends with %2").arg(field, text);
        return patternPhrase(pattern, no, field);
    }
    case O::In:
        return tr("whose %1 is %2").arg(field, joinList(all, true));
    case O::NotIn:
        return tr("whose %1 is none of %2").arg(field, all.join(tr(", ")));
    case O::Between:
        return tr("whose %1 is between %2 and %3").arg(field, value(0), value(1));
    case O::NotBetween:
        return tr("whose %1 is not between %2 and %3").arg(field, value(0), value(1));
    case O::Null:
        return tr("with no %1").arg(field);
    case O::NotNull:
        return tr("with a %1").arg(field);
    case O::EqUserId:
        return isOwner(c) ? tr("that you own") : tr("whose %1 is you").arg(field);
    case O::NeUserId:
        return isOwner(c) ? tr("that someone else owns")
                          : tr("whose %1 is someone other than you").arg(field);
    case O::EqUserOrUserTeams:
        return isOwner(c) ? tr("that you or one of your teams own")
                          : tr("whose %1 is you or one of your teams").arg(field);
    case O::EqUserTeams:
        return isOwner(c) ? tr("that one of your teams owns")
                          : tr("whose %1 is one of your teams").arg(field);
    case O::EqBusinessId:
        return tr("whose %1 is your business unit").arg(field);
    case O::NeBusinessId:
        return tr("whose %1 is not your business unit").arg(field);
    case O::On:
        return tr("whose %1 is on %2").arg(field, formatDate(raw));
    case O::OnOrBefore:
        return tr("whose %1 is on or before %2").arg(field, formatDate(raw));
    case O::OnOrAfter:
        return tr("whose %1 is on or after %2").arg(field, formatDate(raw));
    default:
        break;
    }
    // Not reached for the operators the parser accepts; a test checks that.
    return tr("whose %1 meets the condition %2 %3")
        .arg(field, operatorName(c.op), all.join(tr(", ")));
}

QString FilterDescriber::patternPhrase(const LikePattern &pattern, bool no,
                                       const QString &field) const
{
    const QString text = m_locale.quoteString(pattern.literal());
    switch (pattern.shape()) {
    case LikePattern::Shape::Equals:
        return no ? tr("whose %1 is not %2").arg(field, text)
                  : tr("whose %1 is %2").arg(field, text);
    case LikePattern::Shape::Contains:
        return no ? tr("whose %1 does not contain %2").arg(field, text)
                  : tr("whose %1 contains %2").arg(field, text);
    case LikePattern::Shape::BeginsWith:
        return no ? tr("whose %1 does not begin with %2").arg(field, text)
                  : tr("whose %1 begins with %2").arg(field, text);
    case LikePattern::Shape::EndsWith:
        return no ? tr("whose %1 does not end with %2").arg(field, text)
                  : tr("whose %1 ends with %2").arg(field, text);
    case LikePattern::Shape::Pattern:
        break;
    }
    return no ? tr("whose %1 does not match the pattern %2").arg(field, text)
              : tr("whose %1 matches the pattern %2").arg(field, text);
}

// A calendar-based condition names the time zone its days are counted in,
// unless that is UTC (the default).
QString FilterDescriber::inTimeZone(const FetchCondition &c, const QString &phrase) const
{
    if (m_zoneId.isEmpty() || m_zoneId == u"UTC" || !isCalendarOperator(c.op))
        return phrase;
    if (m_zoneUser.isEmpty()) {
        //: %1 a condition ("whose due date is today"), %2 an IANA time zone name
        return tr("%1 in the time zone %2").arg(phrase, m_zoneId);
    }
    //: %1 a condition ("whose due date is today"), %2 a user's name, %3 an IANA time zone name
    return tr("%1 in %2's time zone, %3").arg(phrase, m_zoneUser, m_zoneId);
}

QString FilterDescriber::relativePhrase(const FetchCondition &c, const QString &field) const
{
    using O = FetchOperator;
    const int n = FetchValue::parseCount(c.values.value(0)).value_or(0);
    switch (c.op) {
    case O::Today:
        return tr("whose %1 is today").arg(field);
    case O::Yesterday:
        return tr("whose %1 was yesterday").arg(field);
    case O::Tomorrow:
        return tr("whose %1 is tomorrow").arg(field);
    case O::ThisWeek:
        return tr("whose %1 is this week").arg(field);
    case O::LastWeek:
        return tr("whose %1 was last week").arg(field);
    case O::NextWeek:
        return tr("whose %1 is next week").arg(field);
    case O::ThisMonth:
        return tr("whose %1 is this month").arg(field);
    case O::LastMonth:
        return tr("whose %1 was last month").arg(field);
    case O::NextMonth:
        return tr("whose %1 is next month").arg(field);
    case O::ThisYear:
        return tr("whose %1 is this year").arg(field);
    case O::LastYear:
        return tr("whose %1 was last year").arg(field);
    case O::NextYear:
        return tr("whose %1 is next year").arg(field);
    case O::LastSevenDays:
        return tr("whose %1 is in the last seven days").arg(field);
    case O::NextSevenDays:
        return tr("whose %1 is in the next seven days").arg(field);
    case O::LastXHours:
        return tr("whose %1 is in the last %n hour(s)", nullptr, n).arg(field);
    case O::NextXHours:
        return tr("whose %1 is in the next %n hour(s)", nullptr, n).arg(field);
    case O::LastXDays:
        return tr("whose %1 is in the last %n day(s)", nullptr, n).arg(field);
    case O::NextXDays:
        return tr("whose %1 is in the next %n day(s)", nullptr, n).arg(field);
    case O::LastXWeeks:
        return tr("whose %1 is in the last %n week(s)", nullptr, n).arg(field);
    case O::NextXWeeks:
        return tr("whose %1 is in the next %n week(s)", nullptr, n).arg(field);
    case O::LastXMonths:
        return tr("whose %1 is in the last %n month(s)", nullptr, n).arg(field);
    case O::NextXMonths:
        return tr("whose %1 is in the next %n month(s)", nullptr, n).arg(field);
    case O::LastXYears:
        return tr("whose %1 is in the last %n year(s)", nullptr, n).arg(field);
    case O::NextXYears:
        return tr("whose %1 is in the next %n year(s)", nullptr, n).arg(field);
    case O::OlderThanXMinutes:
        return tr("whose %1 is more than %n minute(s) ago", nullptr, n).arg(field);
    case O::OlderThanXHours:
        return tr("whose %1 is more than %n hour(s) ago", nullptr, n).arg(field);
    case O::OlderThanXDays:
        return tr("whose %1 is more than %n day(s) ago", nullptr, n).arg(field);
    case O::OlderThanXWeeks:
        return tr("whose %1 is more than %n week(s) ago", nullptr, n).arg(field);
    case O::OlderThanXMonths:
        return tr("whose %1 is more than %n month(s) ago", nullptr, n).arg(field);
    case O::OlderThanXYears:
        return tr("whose %1 is more than %n year(s) ago", nullptr, n).arg(field);
    default:
        return {};
    }
}

} // namespace SyncLens
