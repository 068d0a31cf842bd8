#include "timelineticks.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace SyncLens {

namespace {

using U = TimelineTicks::Unit;
using Step = TimelineTicks::Step;

// From fine to coarse; each step divides the next larger unit evenly, so
// ticks stay on round times (…:15, 6:00, the 1st of a quarter).
constexpr std::array kSteps{
    Step{U::Second, 1},  Step{U::Second, 5},  Step{U::Second, 10}, Step{U::Second, 15},
    Step{U::Second, 30}, Step{U::Minute, 1},  Step{U::Minute, 5},  Step{U::Minute, 10},
    Step{U::Minute, 15}, Step{U::Minute, 30}, Step{U::Hour, 1},    Step{U::Hour, 3},
    Step{U::Hour, 6},    Step{U::Hour, 12},   Step{U::Day, 1},     Step{U::Day, 2},
    Step{U::Week, 1},    Step{U::Month, 1},   Step{U::Month, 3},   Step{U::Month, 6},
    Step{U::Year, 1},    Step{U::Year, 2},    Step{U::Year, 5},    Step{U::Year, 10},
    Step{U::Year, 50},   Step{U::Year, 100},
};

bool isSubDay(Step step)
{
    return step.unit == U::Second || step.unit == U::Minute || step.unit == U::Hour;
}

} // namespace

qint64 TimelineTicks::Step::approxMs() const
{
    constexpr qint64 day = 86'400'000;
    switch (unit) {
    case U::Second:
        return count * 1000LL;
    case U::Minute:
        return count * 60'000LL;
    case U::Hour:
        return count * 3'600'000LL;
    case U::Day:
        return count * day;
    case U::Week:
        return count * 7 * day;
    case U::Month:
        return count * day * 3044 / 100;
    case U::Year:
        return count * day * 36525 / 100;
    }
    return day;
}

TimelineTicks::TimelineTicks(QLocale locale, QTimeZone zone)
    : m_locale(std::move(locale))
    , m_zone(std::move(zone))
{}

TimelineTicks::Step TimelineTicks::stepFor(double msPerPixel, double minSpacing)
{
    for (const Step &step : kSteps)
        if (double(step.approxMs()) / msPerPixel >= minSpacing)
            return step;
    return kSteps.back();
}

QList<TimelineTicks::Tick> TimelineTicks::ticks(double start, double end, Step step) const
{
    QList<Tick> result;
    const auto first = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(start)), m_zone);
    for (QDateTime t = floorTo(first, step); t.isValid() && t.toMSecsSinceEpoch() <= end;
         t = advance(t, step)) {
        if (t.toMSecsSinceEpoch() < start)
            continue;
        const bool major = isMajor(t, step);
        result.append({t.toMSecsSinceEpoch(), major, label(t, step, major)});
        if (result.size() > 10'000) // a step far too fine for the range: stop
            break;
    }
    return result;
}

QDateTime TimelineTicks::floorTo(const QDateTime &time, Step step) const
{
    const QDate d = time.date();
    const QTime t = time.time();
    const int n = step.count;
    switch (step.unit) {
    case U::Second:
        return QDateTime(d, QTime(t.hour(), t.minute(), t.second() - t.second() % n), m_zone);
    case U::Minute:
        return QDateTime(d, QTime(t.hour(), t.minute() - t.minute() % n), m_zone);
    case U::Hour:
        return QDateTime(d, QTime(t.hour() - t.hour() % n, 0), m_zone);
    case U::Day:
        return QDateTime(d.addDays(-(d.toJulianDay() % n)), QTime(0, 0), m_zone);
    case U::Week: {
        const int back = (d.dayOfWeek() - int(m_locale.firstDayOfWeek()) + 7) % 7;
        return QDateTime(d.addDays(-back), QTime(0, 0), m_zone);
    }
    case U::Month:
        return QDateTime(QDate(d.year(), d.month() - (d.month() - 1) % n, 1), QTime(0, 0), m_zone);
    case U::Year:
        return QDateTime(QDate(d.year() - d.year() % n, 1, 1), QTime(0, 0), m_zone);
    }
    return time;
}

QDateTime TimelineTicks::advance(const QDateTime &time, Step step)
{
    switch (step.unit) {
    case U::Second:
        return time.addSecs(step.count);
    case U::Minute:
        return time.addSecs(60LL * step.count);
    case U::Hour:
        return time.addSecs(3600LL * step.count);
    case U::Day:
        return time.addDays(step.count);
    case U::Week:
        return time.addDays(7LL * step.count);
    case U::Month:
        return time.addMonths(step.count);
    case U::Year:
        return time.addYears(step.count);
    }
    return time.addYears(1);
}

bool TimelineTicks::isMajor(const QDateTime &time, Step step) const
{
    if (isSubDay(step))
        return time.time() == QTime(0, 0);
    if (step.unit == U::Day)
        return time.date().day() == 1;
    if (step.unit == U::Week)
        return time.date().day() <= 7;
    if (step.unit == U::Month)
        return time.date().month() == 1;
    return false;
}

QString TimelineTicks::label(const QDateTime &time, Step step, bool major) const
{
    const QDate date = time.date();
    const QString year = m_locale.toString(date, u"yyyy");
    if (isSubDay(step)) {
        if (major)
            return dayLabel(date);
        QString format = m_locale.timeFormat(step.unit == U::Second ? QLocale::LongFormat
                                                                    : QLocale::ShortFormat);
        format.remove(u't');          // the zone: the axis shows one zone, said once
        if (step.unit != U::Second) { // some short formats (C's) still show seconds
            static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
            format.remove(seconds);
        }
        return m_locale.toString(time.time(), format.trimmed());
    }
    if (step.unit == U::Day || step.unit == U::Week) {
        return major ? m_locale.standaloneMonthName(date.month(), QLocale::LongFormat) +
                           QLatin1Char(' ') + year
                     : dayLabel(date);
    }
    if (step.unit == U::Month && !major)
        return m_locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    return year;
}

// The locale's long date without the year and with short names:
// "Tue, Jan 5" (en_US), "Di., 5. Jan." (de), "mar. 5 janv." (fr).
QString TimelineTicks::dayLabel(const QDate &date) const
{
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.replace(QStringLiteral("dddd"), QStringLiteral("ddd"));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    static const QRegularExpression year(QStringLiteral("[\\s,./-]*y+[\\s.年년]*"));
    static const QRegularExpression trailing(QStringLiteral("(\\s*'[^']*'\\s*|[\\s,./-]+)$"));
    format.remove(year);
    format.remove(trailing);
    return m_locale.toString(date, format.trimmed());
}

QString TimelineTicks::contextLabel(double time, Step step, bool compact) const
{
    const auto at = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(time)), m_zone);
    if (isSubDay(step))
        return m_locale.toString(at.date(), compact ? QLocale::ShortFormat : QLocale::LongFormat);
    if (step.unit == U::Day || step.unit == U::Week)
        return m_locale.standaloneMonthName(at.date().month(), QLocale::LongFormat) +
               QLatin1Char(' ') + m_locale.toString(at.date(), u"yyyy");
    if (step.unit == U::Month)
        return m_locale.toString(at.date(), u"yyyy");
    return {};
}

QString TimelineTicks::instantLabel(qint64 time) const
{
    const auto at = QDateTime::fromMSecsSinceEpoch(time, m_zone);
    return m_locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           label(at, Step{U::Second, 1}, false);
}

QString TimelineTicks::sampleLabel(Step step) const
{
    // A Wednesday in September at 22:58:58: long names and wide digits.
    const QDateTime sample(QDate(2000, 9, 27), QTime(22, 58, 58), m_zone);
    const QString minor = label(sample, step, false);
    const QString major = label(sample, step, true);
    return minor.size() >= major.size() ? minor : major;
}

} // namespace SyncLens
