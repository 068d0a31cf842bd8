#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/relativedate.h"

#include <QTest>

using namespace SyncLens;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QString text(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("(open)");
}

} // namespace

// Every calendar-based operator at its boundaries (midnight, week, month and
// year ends, New Year, daylight-saving changes) in UTC, a zone east
// (Asia/Tokyo), one west (America/Los_Angeles) and Europe/Paris around its
// changes. Expected instants are written in UTC, worked out by hand (and
// checked against Python's zoneinfo), so that the test does not repeat the
// code's own conversion. Weeks run Sunday to Saturday.
class TestRelativeDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("from"); // "" open, "now", "now+" (now included)
        QTest::addColumn<QString>("to");   // exclusive
        auto row = [](const char *name, const char *zone, const char *now, const char *op,
                      const char *value, const char *from, const char *to) {
            QTest::newRow(name) << QString::fromLatin1(zone) << QString::fromLatin1(now)
                                << QString::fromLatin1(op) << QString::fromLatin1(value)
                                << QString::fromLatin1(from) << QString::fromLatin1(to);
        };
        row("utc new year eve", "UTC", "2026-12-31T23:30:00Z", "today", "", "2026-12-31T00:00:00Z",
            "2027-01-01T00:00:00Z");
        row("utc tomorrow is new year", "UTC", "2026-12-31T23:30:00Z", "tomorrow", "",
            "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z");
        row("utc yesterday", "UTC", "2026-12-31T23:30:00Z", "yesterday", "", "2026-12-30T00:00:00Z",
            "2026-12-31T00:00:00Z");
        row("utc this-week from sunday", "UTC", "2026-12-31T23:30:00Z", "this-week", "",
            "2026-12-27T00:00:00Z", "2027-01-03T00:00:00Z");
        row("utc last-week", "UTC", "2026-12-31T23:30:00Z", "last-week", "", "2026-12-20T00:00:00Z",
            "2026-12-27T00:00:00Z");
        row("utc next-week over new year", "UTC", "2026-12-31T23:30:00Z", "next-week", "",
            "2027-01-03T00:00:00Z", "2027-01-10T00:00:00Z");
        row("utc this-month december", "UTC", "2026-12-31T23:30:00Z", "this-month", "",
            "2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z");
        row("utc last-month", "UTC", "2026-12-31T23:30:00Z", "last-month", "",
            "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
        row("utc next-month over new year", "UTC", "2026-12-31T23:30:00Z", "next-month", "",
            "2027-01-01T00:00:00Z", "2027-02-01T00:00:00Z");
        row("utc this-year", "UTC", "2026-12-31T23:30:00Z", "this-year", "", "2026-01-01T00:00:00Z",
            "2027-01-01T00:00:00Z");
        row("utc last-year", "UTC", "2026-12-31T23:30:00Z", "last-year", "", "2025-01-01T00:00:00Z",
            "2026-01-01T00:00:00Z");
        row("utc next-year", "UTC", "2026-12-31T23:30:00Z", "next-year", "", "2027-01-01T00:00:00Z",
            "2028-01-01T00:00:00Z");
        row("utc on", "UTC", "2026-12-31T23:30:00Z", "on", "2026-12-31", "2026-12-31T00:00:00Z",
            "2027-01-01T00:00:00Z");
        row("utc on-or-before", "UTC", "2026-12-31T23:30:00Z", "on-or-before", "2026-12-31", "",
            "2027-01-01T00:00:00Z");
        row("utc on-or-after", "UTC", "2026-12-31T23:30:00Z", "on-or-after", "2027-01-01",
            "2027-01-01T00:00:00Z", "");
        row("utc last-x-days from midnight", "UTC", "2026-12-31T23:30:00Z", "last-x-days", "2",
            "2026-12-29T00:00:00Z", "now+");
        row("utc next-x-days to midnight", "UTC", "2026-12-31T23:30:00Z", "next-x-days", "1", "now",
            "2027-01-02T00:00:00Z");
        row("utc last-x-weeks", "UTC", "2026-12-31T23:30:00Z", "last-x-weeks", "1",
            "2026-12-24T00:00:00Z", "now+");
        row("utc next-x-weeks", "UTC", "2026-12-31T23:30:00Z", "next-x-weeks", "1", "now",
            "2027-01-08T00:00:00Z");
        row("utc last-x-months", "UTC", "2026-12-31T23:30:00Z", "last-x-months", "1",
            "2026-11-30T00:00:00Z", "now+");
        row("utc next-x-months", "UTC", "2026-12-31T23:30:00Z", "next-x-months", "1", "now",
            "2027-02-01T00:00:00Z");
        row("utc last-x-years", "UTC", "2026-12-31T23:30:00Z", "last-x-years", "1",
            "2025-12-31T00:00:00Z", "now+");
        row("utc next-x-years", "UTC", "2026-12-31T23:30:00Z", "next-x-years", "1", "now",
            "2028-01-01T00:00:00Z");
        row("utc olderthan-x-days", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-days", "1", "",
            "2026-12-30T00:00:00Z");
        row("utc olderthan-x-weeks", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-weeks", "1", "",
            "2026-12-24T00:00:00Z");
        row("utc olderthan-x-months", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-months", "1", "",
            "2026-11-30T00:00:00Z");
        row("utc olderthan-x-years", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-years", "1", "",
            "2025-12-31T00:00:00Z");
        row("utc last-seven-days from now", "UTC", "2026-12-31T23:30:00Z", "last-seven-days", "",
            "2026-12-24T23:30:00Z", "now+");
        row("utc next-seven-days from now", "UTC", "2026-12-31T23:30:00Z", "next-seven-days", "",
            "now", "2027-01-07T23:30:00Z");
        row("utc last-x-hours", "UTC", "2026-12-31T23:30:00Z", "last-x-hours", "2",
            "2026-12-31T21:30:00Z", "now+");
        row("utc next-x-hours", "UTC", "2026-12-31T23:30:00Z", "next-x-hours", "1", "now",
            "2027-01-01T00:30:00Z");
        row("utc olderthan-x-minutes", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-minutes", "30",
            "", "2026-12-31T23:00:00Z");
        row("utc olderthan-x-hours", "UTC", "2026-12-31T23:30:00Z", "olderthan-x-hours", "1", "",
            "2026-12-31T22:30:00Z");
        row("utc at midnight today", "UTC", "2027-01-01T00:00:00Z", "today", "",
            "2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z");
        row("utc at midnight yesterday", "UTC", "2027-01-01T00:00:00Z", "yesterday", "",
            "2026-12-31T00:00:00Z", "2027-01-01T00:00:00Z");
        row("utc at midnight this-year", "UTC", "2027-01-01T00:00:00Z", "this-year", "",
            "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
        row("utc saturday last second this-week", "UTC", "2026-03-07T23:59:59Z", "this-week", "",
            "2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z");
        row("utc sunday midnight this-week", "UTC", "2026-03-08T00:00:00Z", "this-week", "",
            "2026-03-08T00:00:00Z", "2026-03-15T00:00:00Z");
        row("utc sunday midnight last-week", "UTC", "2026-03-08T00:00:00Z", "last-week", "",
            "2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z");
        row("tokyo today is new year", "Asia/Tokyo", "2026-12-31T23:30:00Z", "today", "",
            "2026-12-31T15:00:00Z", "2027-01-01T15:00:00Z");
        row("tokyo yesterday", "Asia/Tokyo", "2026-12-31T23:30:00Z", "yesterday", "",
            "2026-12-30T15:00:00Z", "2026-12-31T15:00:00Z");
        row("tokyo tomorrow", "Asia/Tokyo", "2026-12-31T23:30:00Z", "tomorrow", "",
            "2027-01-01T15:00:00Z", "2027-01-02T15:00:00Z");
        row("tokyo this-week", "Asia/Tokyo", "2026-12-31T23:30:00Z", "this-week", "",
            "2026-12-26T15:00:00Z", "2027-01-02T15:00:00Z");
        row("tokyo last-week", "Asia/Tokyo", "2026-12-31T23:30:00Z", "last-week", "",
            "2026-12-19T15:00:00Z", "2026-12-26T15:00:00Z");
        row("tokyo this-month is january", "Asia/Tokyo", "2026-12-31T23:30:00Z", "this-month", "",
            "2026-12-31T15:00:00Z", "2027-01-31T15:00:00Z");
        row("tokyo last-month", "Asia/Tokyo", "2026-12-31T23:30:00Z", "last-month", "",
            "2026-11-30T15:00:00Z", "2026-12-31T15:00:00Z");
        row("tokyo this-year is 2027", "Asia/Tokyo", "2026-12-31T23:30:00Z", "this-year", "",
            "2026-12-31T15:00:00Z", "2027-12-31T15:00:00Z");
        row("tokyo last-year", "Asia/Tokyo", "2026-12-31T23:30:00Z", "last-year", "",
            "2025-12-31T15:00:00Z", "2026-12-31T15:00:00Z");
        row("tokyo on a date", "Asia/Tokyo", "2026-12-31T23:30:00Z", "on", "2027-01-01",
            "2026-12-31T15:00:00Z", "2027-01-01T15:00:00Z");
        row("tokyo on an instant", "Asia/Tokyo", "2026-12-31T23:30:00Z", "on",
            "2026-12-31T23:30:00Z", "2026-12-31T15:00:00Z", "2027-01-01T15:00:00Z");
        row("tokyo last-x-days", "Asia/Tokyo", "2026-12-31T23:30:00Z", "last-x-days", "1",
            "2026-12-30T15:00:00Z", "now+");
        row("tokyo olderthan-x-days", "Asia/Tokyo", "2026-12-31T23:30:00Z", "olderthan-x-days", "1",
            "", "2026-12-30T15:00:00Z");
        row("tokyo last-x-hours counts hours", "Asia/Tokyo", "2026-12-31T23:30:00Z", "last-x-hours",
            "1", "2026-12-31T22:30:00Z", "now+");
        row("la today is new year eve", "America/Los_Angeles", "2027-01-01T05:00:00Z", "today", "",
            "2026-12-31T08:00:00Z", "2027-01-01T08:00:00Z");
        row("la tomorrow", "America/Los_Angeles", "2027-01-01T05:00:00Z", "tomorrow", "",
            "2027-01-01T08:00:00Z", "2027-01-02T08:00:00Z");
        row("la this-year is 2026", "America/Los_Angeles", "2027-01-01T05:00:00Z", "this-year", "",
            "2026-01-01T08:00:00Z", "2027-01-01T08:00:00Z");
        row("la next-year", "America/Los_Angeles", "2027-01-01T05:00:00Z", "next-year", "",
            "2027-01-01T08:00:00Z", "2028-01-01T08:00:00Z");
        row("la this-week", "America/Los_Angeles", "2027-01-01T05:00:00Z", "this-week", "",
            "2026-12-27T08:00:00Z", "2027-01-03T08:00:00Z");
        row("la this-month", "America/Los_Angeles", "2027-01-01T05:00:00Z", "this-month", "",
            "2026-12-01T08:00:00Z", "2027-01-01T08:00:00Z");
        row("la last-x-days", "America/Los_Angeles", "2027-01-01T05:00:00Z", "last-x-days", "1",
            "2026-12-30T08:00:00Z", "now+");
        row("la next-x-days", "America/Los_Angeles", "2027-01-01T05:00:00Z", "next-x-days", "1",
            "now", "2027-01-02T08:00:00Z");
        row("la on-or-before a date", "America/Los_Angeles", "2027-01-01T05:00:00Z", "on-or-before",
            "2026-12-31", "", "2027-01-01T08:00:00Z");
        row("la on-or-after an instant", "America/Los_Angeles", "2027-01-01T05:00:00Z",
            "on-or-after", "2027-01-01T05:00:00Z", "2026-12-31T08:00:00Z", "");
        row("la on a date", "America/Los_Angeles", "2027-01-01T05:00:00Z", "on", "2027-01-01",
            "2027-01-01T08:00:00Z", "2027-01-02T08:00:00Z");
        row("la saturday night this-week", "America/Los_Angeles", "2026-03-08T07:59:00Z",
            "this-week", "", "2026-03-01T08:00:00Z", "2026-03-08T08:00:00Z");
        row("la saturday night next-week has 167 hours", "America/Los_Angeles",
            "2026-03-08T07:59:00Z", "next-week", "", "2026-03-08T08:00:00Z",
            "2026-03-15T07:00:00Z");
        row("la saturday night tomorrow has 23 hours", "America/Los_Angeles",
            "2026-03-08T07:59:00Z", "tomorrow", "", "2026-03-08T08:00:00Z", "2026-03-09T07:00:00Z");
        row("la sunday midnight this-week", "America/Los_Angeles", "2026-03-08T08:00:00Z",
            "this-week", "", "2026-03-08T08:00:00Z", "2026-03-15T07:00:00Z");
        row("la sunday midnight last-week", "America/Los_Angeles", "2026-03-08T08:00:00Z",
            "last-week", "", "2026-03-01T08:00:00Z", "2026-03-08T08:00:00Z");
        row("paris march change today has 23 hours", "Europe/Paris", "2026-03-29T12:00:00Z",
            "today", "", "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z");
        row("paris march change yesterday", "Europe/Paris", "2026-03-29T12:00:00Z", "yesterday", "",
            "2026-03-27T23:00:00Z", "2026-03-28T23:00:00Z");
        row("paris march change this-week", "Europe/Paris", "2026-03-29T12:00:00Z", "this-week", "",
            "2026-03-28T23:00:00Z", "2026-04-04T22:00:00Z");
        row("paris march change last-week", "Europe/Paris", "2026-03-29T12:00:00Z", "last-week", "",
            "2026-03-21T23:00:00Z", "2026-03-28T23:00:00Z");
        row("paris march change last-x-days", "Europe/Paris", "2026-03-29T12:00:00Z", "last-x-days",
            "1", "2026-03-27T23:00:00Z", "now+");
        row("paris march change olderthan-x-days", "Europe/Paris", "2026-03-29T12:00:00Z",
            "olderthan-x-days", "1", "", "2026-03-27T23:00:00Z");
        row("paris march change this-month", "Europe/Paris", "2026-03-29T12:00:00Z", "this-month",
            "", "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z");
        row("paris wednesday after the change this-week", "Europe/Paris", "2026-04-01T10:00:00Z",
            "this-week", "", "2026-03-28T23:00:00Z", "2026-04-04T22:00:00Z");
        row("paris first minute of april this-month", "Europe/Paris", "2026-03-31T22:30:00Z",
            "this-month", "", "2026-03-31T22:00:00Z", "2026-04-30T22:00:00Z");
        row("paris first minute of april last-month", "Europe/Paris", "2026-03-31T22:30:00Z",
            "last-month", "", "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z");
        row("paris first minute of april today", "Europe/Paris", "2026-03-31T22:30:00Z", "today",
            "", "2026-03-31T22:00:00Z", "2026-04-01T22:00:00Z");
        row("paris october change today has 25 hours", "Europe/Paris", "2026-10-25T12:00:00Z",
            "today", "", "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z");
        row("paris october change this-week", "Europe/Paris", "2026-10-25T12:00:00Z", "this-week",
            "", "2026-10-24T22:00:00Z", "2026-10-31T23:00:00Z");
        row("paris october change last-week", "Europe/Paris", "2026-10-25T12:00:00Z", "last-week",
            "", "2026-10-17T22:00:00Z", "2026-10-24T22:00:00Z");
        row("paris october change on", "Europe/Paris", "2026-10-25T12:00:00Z", "on", "2026-10-25",
            "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z");
        row("paris new year next-year", "Europe/Paris", "2026-12-31T23:30:00Z", "next-year", "",
            "2027-12-31T23:00:00Z", "2028-12-31T23:00:00Z");
        row("paris new year this-year", "Europe/Paris", "2026-12-31T23:30:00Z", "this-year", "",
            "2026-12-31T23:00:00Z", "2027-12-31T23:00:00Z");
    }

    void ranges()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(QTimeZone(zone.toLatin1()).isValid());
        EvaluationContext context{QStringLiteral("alice"), {}, {}, utc(now)};
        context.timeZone = EvaluationContext::zoneNamed(zone);
        QCOMPARE(QString::fromLatin1(context.timeZone.id()), zone);
        const auto fetchOp = operatorFromName(op);
        QVERIFY(fetchOp);
        const OperatorInfo &info = operatorInfo(*fetchOp);
        const int count = info.value == OperatorValue::Count ? value.toInt() : 0;
        const auto day = info.value == OperatorValue::Date ? calendarDay(value, context.timeZone)
                                                           : std::optional<QDate>(QDate());
        QVERIFY(day);
        const TimeRange range = relativeRange(*fetchOp, count, *day, context);
        auto expected = [&](const QString &bound) {
            if (bound.isEmpty())
                return QDateTime();
            if (bound == u"now")
                return utc(now);
            if (bound == u"now+")
                return utc(now).addMSecs(1);
            return utc(bound);
        };
        QCOMPARE(text(range.from), text(expected(from)));
        QCOMPARE(text(range.to), text(expected(to)));
        QCOMPARE(isCalendarOperator(*fetchOp),
                 !op.contains(u"hours") && !op.contains(u"minutes") && !op.contains(u"seven"));
    }

    // The same instant is "today" for one user and not for another: the
    // compiled filter counts days in the context's zone.
    void todayDependsOnTheUsersZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("expected");
        // The clock: 2026-03-04T20:00Z, i.e. 21:00 in Paris, 05:00 on the 5th in
        // Tokyo, 12:00 in Los Angeles.
        const QString t1 = QStringLiteral("t1"), t2 = QStringLiteral("t2"),
                      t3 = QStringLiteral("t3");
        QTest::newRow("UTC: the 4th") << "UTC" << QStringList{t1, t2};
        QTest::newRow("Paris: the 4th until 23:00 UTC") << "Europe/Paris" << QStringList{t1};
        QTest::newRow("Tokyo: already the 5th") << "Asia/Tokyo" << QStringList{t2, t3};
        QTest::newRow("Los Angeles: the 4th until 08:00 UTC on the 5th")
            << "America/Los_Angeles" << QStringList{t1, t2, t3};
    }

    void todayDependsOnTheUsersZone()
    {
        QFETCH(QString, zone);
        QFETCH(QStringList, expected);
        auto query = FetchXmlParser().parse(
            QStringLiteral("<fetch><entity name=\"task\"><filter><condition "
                           "attribute=\"scheduledend\" operator=\"today\"/></filter></entity>"
                           "</fetch>"));
        QVERIFY(query);
        auto snapshot = std::make_shared<RecordSnapshot>(
            QStringLiteral("task"), QStringList{QStringLiteral("scheduledend")});
        auto task = [](const char *id, const char *due) {
            return CrmRecord{QString::fromLatin1(id), QStringLiteral("task"),
                             QJsonObject{{QStringLiteral("scheduledend"), QLatin1String(due)}}};
        };
        snapshot->append(task("t1", "2026-03-04T12:00:00Z"));
        snapshot->append(task("t2", "2026-03-04T23:00:00Z")); // 00:00 on the 5th in Paris
        snapshot->append(task("t3", "2026-03-05T07:30:00Z")); // 23:30 on the 4th in LA
        SnapshotSet snapshots;
        snapshots.add(snapshot);
        User user{QStringLiteral("alice"), {}, {}, EmailFiltering::Responses};
        user.timeZone = zone;
        const auto context =
            EvaluationContext::forUser(user, {}, utc(QStringLiteral("2026-03-04T20:00:00Z")));
        auto compiled = CompiledFilter::compile(*query, snapshots, context);
        QVERIFY(compiled);
        QStringList ids;
        for (int row : compiled->selectRows())
            ids.append(snapshot->id(row));
        ids.sort();
        QCOMPARE(ids, expected);
    }

    void unknownZoneNameIsUtc()
    {
        QCOMPARE(EvaluationContext::zoneNamed(QStringLiteral("Mars/Olympus")), QTimeZone::utc());
        QCOMPARE(EvaluationContext::zoneNamed(QString()), QTimeZone::utc());
    }

    void contextHasTheUsersTeams()
    {
        const User bob{QStringLiteral("bob"), {}, {}, EmailFiltering::Responses};
        const QList<Team> teams{
            Team{QStringLiteral("t1"), QStringLiteral("Sales"), {QStringLiteral("bob")}},
            Team{QStringLiteral("t2"), QStringLiteral("Events"), {QStringLiteral("carol")}}};
        const auto context = EvaluationContext::forUser(bob, teams, QDateTime());
        QCOMPARE(context.teamIds, QStringList{QStringLiteral("t1")});
        QCOMPARE(context.firstDayOfWeek, Qt::Sunday);
    }
};

QTEST_GUILESS_MAIN(TestRelativeDate)
#include "tst_relativedate.moc"
