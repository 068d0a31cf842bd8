#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

namespace {

QString describe(const QString &entity, const QString &body,
                 const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    const auto query = FetchXmlParser().parse(
        QStringLiteral("<fetch><entity name=\"%1\">%2</entity></fetch>").arg(entity, body));
    if (!query)
        return QStringLiteral("ERROR: ") + query.error().message;
    FilterDescriber describer(locale);
    describer.setUserNames({{QStringLiteral("carol"), QStringLiteral("Carol Chen")}});
    return describer.describe(*query);
}

} // namespace

// Each operator has its own phrasing; checked one by one (source language,
// no translation loaded: plural forms show as "day(s)" until one is).
class TestFilterDescriber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operatorByOperator_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("phrase");
        // attribute "task.x" is field x of a task; otherwise of an appointment
        auto row = [](const char *name, const char *qualified, const char *op, const char *values,
                      const char *phrase) {
            const QStringList parts = QString::fromLatin1(qualified).split(u'.');
            const QString entity =
                parts.size() == 2 ? parts.first() : QStringLiteral("appointment");
            const QString attribute = parts.last();
            QString xml = QStringLiteral("<condition attribute=\"%1\" operator=\"%2\">")
                              .arg(attribute, QLatin1String(op));
            for (const QString &v : QString::fromLatin1(values).split(u'|', Qt::SkipEmptyParts))
                xml += QStringLiteral("<value>%1</value>").arg(v);
            QTest::newRow(name) << entity << xml + QStringLiteral("</condition>")
                                << QString::fromUtf8(phrase);
        };
        row("eq text", "subject", "eq", "Renewal", "whose subject is “Renewal”");
        row("eq option", "statecode", "eq", "3", "whose status is “Scheduled”");
        row("eq boolean", "isalldayevent", "eq", "1", "whose all-day flag is yes");
        row("eq user", "ownerid", "eq", "carol", "whose owner is Carol Chen");
        row("ne", "location", "ne", "Room 4", "whose location is not “Room 4”");
        row("neq", "location", "neq", "Room 4", "whose location is not “Room 4”");
        row("gt date", "scheduledstart", "gt", "2026-03-01",
            "whose start time is after 1 March 2026");
        row("gt number", "task.percentcomplete", "gt", "50",
            "whose percent complete is greater than 50");
        row("ge date", "scheduledend", "ge", "2026-03-01T09:30:00Z",
            "whose end time is on or after 1 March 2026 at 09:30 UTC");
        row("ge number", "task.percentcomplete", "ge", "50",
            "whose percent complete is at least 50");
        row("lt date", "scheduledstart", "lt", "2026-03-01",
            "whose start time is before 1 March 2026");
        row("lt number", "task.percentcomplete", "lt", "50",
            "whose percent complete is less than 50");
        row("le date", "scheduledstart", "le", "2026-03-01",
            "whose start time is on or before 1 March 2026");
        row("le number", "task.percentcomplete", "le", "50",
            "whose percent complete is at most 50");
        row("like contains", "subject", "like", "%renewal%", "whose subject contains “renewal”");
        row("like begins", "subject", "like", "Q1%", "whose subject begins with “q1”");
        row("like ends", "subject", "like", "%review", "whose subject ends with “review”");
        row("like exact", "subject", "like", "lunch", "whose subject is “lunch”");
        row("like pattern", "subject", "like", "a_c%", "whose subject matches the pattern “a_c%”");
        row("not-like", "subject", "not-like", "%internal%",
            "whose subject does not contain “internal”");
        row("begins-with", "subject", "begins-with", "Q1", "whose subject begins with “Q1”");
        row("not-begin-with", "subject", "not-begin-with", "Q1",
            "whose subject does not begin with “Q1”");
        row("ends-with", "subject", "ends-with", "call", "whose subject ends with “call”");
        row("not-end-with", "subject", "not-end-with", "call",
            "whose subject does not end with “call”");
        row("in", "location", "in", "Room 4|Room 7|Teams",
            "whose location is either “Room 4”, “Room 7” or “Teams”");
        row("not-in", "location", "not-in", "Room 4|Room 7",
            "whose location is none of “Room 4”, “Room 7”");
        row("between", "task.percentcomplete", "between", "10|90",
            "whose percent complete is between 10 and 90");
        row("not-between", "scheduledstart", "not-between", "2026-03-01|2026-03-31",
            "whose start time is not between 1 March 2026 and 31 March 2026");
        row("null", "location", "null", "", "with no location");
        row("not-null", "location", "not-null", "", "with a location");
        row("eq-userid owner", "ownerid", "eq-userid", "", "that you own");
        row("ne-userid owner", "ownerid", "ne-userid", "", "that someone else owns");
        row("eq-useroruserteams", "ownerid", "eq-useroruserteams", "",
            "that you or one of your teams own");
        row("eq-userteams", "ownerid", "eq-userteams", "", "that one of your teams owns");
        row("eq-userteams other", "new_reviewer", "eq-userteams", "",
            "whose new_reviewer is one of your teams");
        row("begins-with a wildcard", "subject", "begins-with", "Q_ review",
            "whose subject matches the pattern “Q_ review%”");
        row("ends-with %", "subject", "ends-with", "%call", "whose subject ends with “call”");
        row("not-end-with a set", "subject", "not-end-with", "[0-9]",
            "whose subject does not match the pattern “%[0-9]”");
        row("eq-userid other", "new_reviewer", "eq-userid", "", "whose new_reviewer is you");
        row("eq-businessid", "owningbusinessunit", "eq-businessid", "",
            "whose owningbusinessunit is your business unit");
        row("ne-businessid", "owningbusinessunit", "ne-businessid", "",
            "whose owningbusinessunit is not your business unit");
        row("today", "scheduledstart", "today", "", "whose start time is today");
        row("yesterday", "scheduledstart", "yesterday", "", "whose start time was yesterday");
        row("tomorrow", "scheduledstart", "tomorrow", "", "whose start time is tomorrow");
        row("this-week", "scheduledstart", "this-week", "", "whose start time is this week");
        row("last-week", "scheduledstart", "last-week", "", "whose start time was last week");
        row("next-week", "scheduledstart", "next-week", "", "whose start time is next week");
        row("this-month", "scheduledstart", "this-month", "", "whose start time is this month");
        row("last-month", "scheduledstart", "last-month", "", "whose start time was last month");
        row("next-month", "scheduledstart", "next-month", "", "whose start time is next month");
        row("this-year", "scheduledstart", "this-year", "", "whose start time is this year");
        row("last-year", "scheduledstart", "last-year", "", "whose start time was last year");
        row("next-year", "scheduledstart", "next-year", "", "whose start time is next year");
        row("last-seven-days", "scheduledstart", "last-seven-days", "",
            "whose start time is in the last seven days");
        row("next-seven-days", "scheduledstart", "next-seven-days", "",
            "whose start time is in the next seven days");
        row("last-x-hours", "scheduledstart", "last-x-hours", "6",
            "whose start time is in the last 6 hour(s)");
        row("next-x-hours", "scheduledstart", "next-x-hours", "6",
            "whose start time is in the next 6 hour(s)");
        row("last-x-days", "scheduledstart", "last-x-days", "30",
            "whose start time is in the last 30 day(s)");
        row("next-x-days", "scheduledstart", "next-x-days", "30",
            "whose start time is in the next 30 day(s)");
        row("last-x-weeks", "scheduledstart", "last-x-weeks", "2",
            "whose start time is in the last 2 week(s)");
        row("next-x-weeks", "scheduledstart", "next-x-weeks", "2",
            "whose start time is in the next 2 week(s)");
        row("last-x-months", "scheduledstart", "last-x-months", "3",
            "whose start time is in the last 3 month(s)");
        row("next-x-months", "scheduledstart", "next-x-months", "3",
            "whose start time is in the next 3 month(s)");
        row("last-x-years", "scheduledstart", "last-x-years", "1",
            "whose start time is in the last 1 year(s)");
        row("next-x-years", "scheduledstart", "next-x-years", "1",
            "whose start time is in the next 1 year(s)");
        row("olderthan-x-minutes", "modifiedon", "olderthan-x-minutes", "15",
            "whose last modification is more than 15 minute(s) ago");
        row("olderthan-x-hours", "modifiedon", "olderthan-x-hours", "15",
            "whose last modification is more than 15 hour(s) ago");
        row("olderthan-x-days", "modifiedon", "olderthan-x-days", "15",
            "whose last modification is more than 15 day(s) ago");
        row("olderthan-x-weeks", "modifiedon", "olderthan-x-weeks", "15",
            "whose last modification is more than 15 week(s) ago");
        row("olderthan-x-months", "modifiedon", "olderthan-x-months", "15",
            "whose last modification is more than 15 month(s) ago");
        row("olderthan-x-years", "modifiedon", "olderthan-x-years", "15",
            "whose last modification is more than 15 year(s) ago");
        row("on", "scheduledstart", "on", "2026-03-10", "whose start time is on 10 March 2026");
        row("on-or-before", "scheduledstart", "on-or-before", "2026-03-10",
            "whose start time is on or before 10 March 2026");
        row("on-or-after", "scheduledstart", "on-or-after", "2026-03-01",
            "whose start time is on or after 1 March 2026");
    }

    void operatorByOperator()
    {
        QFETCH(QString, entity);
        QFETCH(QString, condition);
        QFETCH(QString, phrase);
        const QString plural =
            entity == u"task" ? QStringLiteral("Tasks ") : QStringLiteral("Appointments ");
        QCOMPARE(describe(entity, QStringLiteral("<filter>%1</filter>").arg(condition)),
                 plural + phrase);
    }

    void everyOperatorHasAPhrase()
    {
        // No operator falls through to the generic "is <operator>" wording.
        FilterDescriber describer;
        for (FetchOperator op : allOperators()) {
            FetchCondition c{{}, QStringLiteral("scheduledstart"), op};
            const OperatorInfo &info = operatorInfo(op);
            const int n = info.arity == OperatorArity::None  ? 0
                          : info.arity == OperatorArity::Two ? 2
                                                             : 1;
            for (int i = 0; i < n; ++i)
                c.values.append(info.value == OperatorValue::Count ? QStringLiteral("2")
                                                                   : QStringLiteral("2026-03-01"));
            const QString phrase = describer.describeCondition(c, QStringLiteral("appointment"));
            QVERIFY2(!phrase.contains(QStringLiteral("meets the condition")), qPrintable(phrase));
            QVERIFY2(!phrase.isEmpty(), qPrintable(operatorName(op)));
        }
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no filter") << "task"
                                   << ""
                                   << "All tasks";
        QTest::newRow("the seed's filter")
            << "appointment"
            << "<filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
               "<condition attribute=\"scheduledstart\" operator=\"on-or-after\" "
               "value=\"2026-03-01\"/></filter>"
            << "Appointments that you own and whose start time is on or after 1 March 2026";
        QTest::newRow("either or")
            << "appointment"
            << "<filter type=\"or\"><condition attribute=\"scheduledstart\" "
               "operator=\"on-or-after\" value=\"2026-03-01\"/>"
               "<condition attribute=\"subject\" operator=\"like\" value=\"%renewal%\"/></filter>"
            << "Appointments either whose start time is on or after 1 March 2026 or whose subject "
               "contains “renewal”";
        QTest::newRow("nested groups")
            << "appointment"
            << "<filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/><filter "
               "type=\"or\">"
               "<condition attribute=\"scheduledstart\" operator=\"last-x-days\" value=\"30\"/>"
               "<filter><condition attribute=\"subject\" operator=\"like\" value=\"%review%\"/>"
               "<condition attribute=\"location\" "
               "operator=\"not-null\"/></filter></filter></filter>"
            << "Appointments that you own and either whose start time is in the last 30 day(s) or "
               "(whose subject contains “review” and with a location)";
        QTest::newRow("inner link")
            << "contact"
            << "<filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/></filter>"
               "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\">"
               "<filter><condition attribute=\"address1_city\" operator=\"eq\" "
               "value=\"Paris\"/></filter></link-entity>"
            << "Contacts that you own and that have a related account whose city is “Paris”";
        QTest::newRow("outer link, none related")
            << "contact"
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\" "
               "alias=\"a\" link-type=\"outer\"/>"
               "<filter><condition entityname=\"a\" attribute=\"accountid\" "
               "operator=\"null\"/></filter>"
            << "Contacts that have no related account";
        QTest::newRow("condition through an alias")
            << "contact"
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\" "
               "alias=\"a\" link-type=\"outer\"/>"
               "<filter><condition entityname=\"a\" attribute=\"name\" operator=\"begins-with\" "
               "value=\"Con\"/></filter>"
            << "Contacts whose account name of the related account begins with “Con”";
    }

    void sentences()
    {
        QFETCH(QString, entity);
        QFETCH(QString, body);
        QFETCH(QString, sentence);
        QCOMPARE(describe(entity, body), sentence);
    }

    // Calendar-based conditions name the user's time zone; hour-based ones
    // and UTC do not.
    void calendarConditionsNameTheTimeZone_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("today in Paris")
            << "today"
            << ""
            << "Europe/Paris"
            << "whose due date is today in Alice Adams's time zone, Europe/Paris";
        QTest::newRow("on in Tokyo")
            << "on"
            << "2026-03-10"
            << "Asia/Tokyo"
            << "whose due date is on 10 March 2026 in Alice Adams's time zone, Asia/Tokyo";
        QTest::newRow("last-x-days in Los Angeles")
            << "last-x-days"
            << "3"
            << "America/Los_Angeles"
            << "whose due date is in the last 3 day(s) in Alice Adams's time zone, "
               "America/Los_Angeles";
        QTest::newRow("hours are hours everywhere") << "last-x-hours"
                                                    << "3"
                                                    << "Europe/Paris"
                                                    << "whose due date is in the last 3 hour(s)";
        QTest::newRow("UTC is not named") << "today"
                                          << ""
                                          << "UTC"
                                          << "whose due date is today";
    }

    void calendarConditionsNameTheTimeZone()
    {
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, zone);
        QFETCH(QString, phrase);
        FilterDescriber describer(QLocale(QLocale::English, QLocale::UnitedKingdom));
        describer.setTimeZone(QStringLiteral("Alice Adams"), zone);
        const auto fetchOp = operatorFromName(op);
        QVERIFY(fetchOp);
        FetchCondition c{{}, QStringLiteral("scheduledend"), *fetchOp};
        if (!value.isEmpty())
            c.values.append(value);
        QCOMPARE(describer.describeCondition(c, QStringLiteral("task")), phrase);
    }

    void datesFollowTheLocale()
    {
        const QString body =
            QStringLiteral("<filter><condition attribute=\"scheduledstart\" "
                           "operator=\"on-or-after\" value=\"2026-03-01\"/></filter>");
        QVERIFY(describe(QStringLiteral("appointment"), body,
                         QLocale(QLocale::German, QLocale::Germany))
                    .contains(QStringLiteral("1. März 2026")));
        QVERIFY(
            describe(QStringLiteral("appointment"), body, QLocale(QLocale::French, QLocale::France))
                .contains(QStringLiteral("1 mars 2026")));
        QVERIFY(describe(QStringLiteral("appointment"), body,
                         QLocale(QLocale::English, QLocale::UnitedStates))
                    .contains(QStringLiteral("March 1, 2026")));
    }
};

QTEST_GUILESS_MAIN(TestFilterDescriber)
#include "tst_filterdescriber.moc"
