#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace SyncLens {

// Where the time axis puts its ticks and what it writes under them: steps of
// whole seconds, minutes, hours, days, weeks, months or years, aligned to the
// calendar of a time zone, labelled in a locale. A tick that starts a larger
// unit (midnight, the first of a month, January) is major and says which one.
class TimelineTicks
{
public:
    enum class Unit
    {
        Second,
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year
    };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 approxMs() const;
        friend bool operator==(const Step &, const Step &) = default;
    };
    struct Tick
    {
        qint64 time = 0;
        bool major = false;
        QString label;
    };

    TimelineTicks(QLocale locale = {}, QTimeZone zone = QTimeZone::systemTimeZone());

    // The smallest step whose ticks are at least `minSpacing` pixels apart.
    static Step stepFor(double msPerPixel, double minSpacing);
    // The ticks of `step` with start <= time <= end.
    QList<Tick> ticks(double start, double end, Step step) const;
    // What a reader needs beside the ticks to place them: the date (or, for
    // coarse steps, nothing) at `time`; `compact` for the short form.
    QString contextLabel(double time, Step step, bool compact = false) const;
    // An instant to the second, for tooltips: "3/2/26 9:15:00 AM".
    QString instantLabel(qint64 time) const;
    // The widest label this step can write, to measure the spacing it needs.
    QString sampleLabel(Step step) const;

private:
    QDateTime floorTo(const QDateTime &time, Step step) const;
    static QDateTime advance(const QDateTime &time, Step step);
    bool isMajor(const QDateTime &time, Step step) const;
    QString label(const QDateTime &time, Step step, bool major) const;
    QString dayLabel(const QDate &date) const;

    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace SyncLens
